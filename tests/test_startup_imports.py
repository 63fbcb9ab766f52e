"""What ``lint-news check`` pays for at start-up on an ordinary article: modules it needs
only for other commands or other inputs stay unimported, and the start-up caches stay
as they are when nothing new was compiled."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .conftest import ROOT
from .startup_support import check_with_spy

ARTICLE = (
    "新建社区图书馆开放\n\n"
    "本报讯（记者 李华）城东社区图书馆今天起对外开放，藏书2.6万册。\n\n"
    "馆内设阅览座位120个，周一至周日开放，居民凭身份证即可办理借书证。\n\n"
    "（完）\n"
)

# a module here is imported by check only when its input needs it:
#   tomllib: a pyproject.toml to read; tempfile (with shutil, random, bz2, lzma): fix's
#   writes (start-up caches are written without it); lint_news.archive: the archive command;
#   json: the json formats (the shipped packs' cache is read by json's own C scanner)
LAZY = (
    "tomllib",
    "tempfile",
    "shutil",
    "random",
    "lzma",
    "json",
    "lint_news.archive",
    "lint_news.fixer",
)

_LOADED = f"' '.join(sorted(m for m in {LAZY!r} if m in sys.modules))"


def _check(tmp_path, env: dict[str, str] | None = None) -> str:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    # after the report: the modules imported
    return check_with_spy("import sys\n", _LOADED, article, tmp_path, env).strip()


def test_check_on_a_plain_article_imports_no_lazy_module(tmp_path):
    # the first run in an empty temporary directory writes the start-up caches (with json)
    cache = tmp_path / "cache"
    cache.mkdir()
    assert _check(tmp_path, {"TMPDIR": str(cache)}) in ("", "json")
    assert _check(tmp_path, {"TMPDIR": str(cache)}) == ""
    assert any(p.name.startswith("lint-news-regex-") for p in cache.iterdir())
    assert not [p.name for p in cache.iterdir() if p.name.startswith(".lint-news-")]


def test_a_pyproject_toml_is_read_with_tomllib(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.lint-news]\nignore = ["dates"]\n')
    assert _check(tmp_path) == "tomllib"


def test_a_pyproject_toml_without_our_table_is_read_once(tmp_path):
    """A project's pyproject.toml without [tool.lint-news] is parsed on the first run and
    remembered by size, time and inode; once it changes it is read again."""
    cache = tmp_path / "cache"
    cache.mkdir()
    env = {"TMPDIR": str(cache)}
    _check(tmp_path, env)  # the other start-up caches
    pp = tmp_path / "pyproject.toml"
    pp.write_text('[project]\nname = "desk"\n')
    assert _check(tmp_path, env) == "tomllib"
    assert _check(tmp_path, env) == ""
    pp.write_text('[project]\nname = "desk"\n\n[tool.lint-news]\nselect = ["dates"]\n')
    assert _check(tmp_path, env) == "tomllib"
    pp.write_text("[project\n")
    r = subprocess.run(
        [sys.executable, "-m", "lint_news", "check", "a.txt"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        timeout=120,
    )
    assert r.returncode == 2 and "invalid TOML" in r.stderr


def test_archive_is_listed_and_runs_without_being_imported_first():
    from click.testing import CliRunner

    from lint_news.cli import main

    r = CliRunner().invoke(main, ["--help"])
    assert r.exit_code == 0 and "archive" in r.output
    r = CliRunner().invoke(main, ["archive", "--help"])
    assert r.exit_code == 0 and "--text-field" in r.output


def test_a_second_run_compiles_nothing_new(tmp_path):
    """Every expression a run compiles has the same text in every process (an alternation
    built from a set must be sorted), so the second run of the same article finds them all
    in the cache and does not write it again."""
    cache = tmp_path / "cache"
    cache.mkdir()
    _check(tmp_path, {"TMPDIR": str(cache), "PYTHONHASHSEED": "1"})
    (rx,) = [p for p in cache.iterdir() if p.name.startswith("lint-news-regex-")]
    before = rx.read_bytes()
    _check(tmp_path, {"TMPDIR": str(cache), "PYTHONHASHSEED": "2"})
    assert rx.read_bytes() == before


def test_json_loads_reads_as_json_does():
    import json

    from lint_news.rules import json_loads

    docs = [
        '{"rules": [{"id": "a-b", "n": 3, "x": 1.5e3, "ok": true, "no": null}]}',
        '["\\u00e9\\n", -0, 12345678901234567890, {"": []}]',
        "NaN",
        '"逗号，句号。"',
    ]
    for d in docs:
        got, want = json_loads(d), json.loads(d)
        assert repr(got) == repr(want)
    for bad in ["", "{", "{} x", "[1,]", "{'a': 1}"]:
        with pytest.raises(ValueError):
            json_loads(bad)


def test_a_pack_json_cannot_hold_is_remembered_and_parsed_again(tmp_path, monkeypatch):
    import yaml

    from lint_news import rules

    monkeypatch.setattr(rules, "_shipped_cache_path", lambda: str(tmp_path / "packs.json"))
    monkeypatch.setattr(rules, "_shipped", None)
    pack = rules.builtin_rules_dir() / "facts.yaml"  # its validity dates are YAML dates
    fresh = yaml.load(pack.read_text(encoding="utf-8"), Loader=rules._LineLoader)
    assert rules.read_yaml(pack, rules.MAX_PACK_BYTES, "rule pack") == fresh
    monkeypatch.setattr(rules, "_shipped", None)  # a new process
    assert rules._shipped_cache()[str(pack.resolve())][1] is None
    assert rules.read_yaml(pack, rules.MAX_PACK_BYTES, "rule pack") == fresh
