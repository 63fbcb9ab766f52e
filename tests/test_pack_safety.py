"""Untrusted packs and configurations: plain YAML only, a size limit, no eval/exec, pack
patterns that run under a time budget, and rule directories outside the project named."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from lint_news.checks import pattern as pattern_kind
from lint_news.config import ConfigError, load_config_file
from lint_news.engine import lint_text
from lint_news.patterns import expand
from lint_news.rules import MAX_PACK_BYTES, RuleError, load_pack, load_rules

from .conftest import ROOT, run_cli

PACKAGE = ROOT / "lint_news"

CATASTROPHIC = """\
rules:
  - id: first-ok
    kind: pattern
    category: style
    severity: warning
    message: "一条正常的规则"
    pattern: "的的"
    examples:
      flag: ["我的的书"]
      pass: ["我的书"]
  - id: nested-repeat
    kind: pattern
    category: style
    severity: warning
    message: "嵌套重复"
    pattern: "(a+)+$"
    examples:
      flag: ["aaa"]
      pass: ["b"]
"""


def _pack(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    d = tmp_path / "packs"
    d.mkdir(exist_ok=True)
    (d / name).write_text(text, encoding="utf-8")
    return d


def test_catastrophic_pattern_is_a_rule_error_within_its_budget(tmp_path, monkeypatch):
    d = _pack(tmp_path, CATASTROPHIC)
    article = tmp_path / "a.txt"
    article.write_text("a" * 3000 + "!\n", encoding="utf-8")
    monkeypatch.setattr("lint_news.patterns.TIME_BUDGET", 0.5)
    rules = load_rules([d], include_builtin=False)
    t0 = time.perf_counter()
    with pytest.raises(RuleError) as info:
        lint_text(article.read_text(encoding="utf-8"), path=str(article), rules=rules)
    elapsed = time.perf_counter() - t0
    err = info.value
    assert err.file == str(d / "pack.yaml") and err.line == 11  # the rule's own line
    assert "nested-repeat" in str(err) and "time budget" in str(err)
    # the budget is 0.5 s; regex checks its clock now and then, and CI machines are shared
    assert elapsed < 30, elapsed


def test_catastrophic_pattern_through_the_cli(tmp_path):
    d = _pack(tmp_path, CATASTROPHIC)
    article = tmp_path / "a.txt"
    article.write_text("a" * 3000 + "!\n", encoding="utf-8")
    r = run_cli("check", "--rules", str(d), str(article))
    assert r.returncode == 2
    err = r.stderr.decode()
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert f"{d / 'pack.yaml'}:11:" in err and "nested-repeat" in err


def test_catastrophic_pattern_on_its_own_examples_fails_at_load(tmp_path, monkeypatch):
    monkeypatch.setattr("lint_news.patterns.TIME_BUDGET", 0.2)
    text = CATASTROPHIC.replace('flag: ["aaa"]', 'flag: ["' + "a" * 3000 + '!", "aaa"]')
    d = _pack(tmp_path, text)
    with pytest.raises(RuleError, match=r"pack.yaml:11: rule 'nested-repeat': .*time budget"):
        load_rules([d], include_builtin=False)


@pytest.mark.parametrize(
    "tag",
    [
        '!!python/object/apply:os.system ["echo hi"]',
        "!!python/object:collections.OrderedDict {}",
        "!!python/name:os.system",
    ],
)
def test_object_tags_are_refused_with_file_and_line(tmp_path, tag):
    text = CATASTROPHIC.replace('message: "嵌套重复"', f"message: {tag}")
    d = _pack(tmp_path, text)
    with pytest.raises(RuleError) as info:
        load_pack(d / "pack.yaml")
    assert info.value.line == 15
    assert "refused" in str(info.value) and "python/" in str(info.value)
    r = run_cli("check", "--rules", str(d), "-", input="正文。".encode())
    assert r.returncode == 2
    assert f"{d / 'pack.yaml'}:15:" in r.stderr.decode()


def test_object_tag_in_a_configuration_is_refused(tmp_path):
    cfg = tmp_path / ".lint-news.yaml"
    cfg.write_text("select: [quantity]\nignore: !!python/object/apply:os.getcwd []\n")
    with pytest.raises(ConfigError, match=r"\.lint-news\.yaml:2: tag '!!python/object/apply"):
        load_config_file(cfg)


def test_oversized_pack_and_configuration_are_refused(tmp_path):
    big = CATASTROPHIC + "#" + "x" * MAX_PACK_BYTES + "\n"
    d = _pack(tmp_path, big)
    with pytest.raises(RuleError, match="larger than"):
        load_pack(d / "pack.yaml")
    cfg = tmp_path / ".lint-news.yaml"
    cfg.write_text("select: [quantity]\n#" + "x" * MAX_PACK_BYTES + "\n")
    with pytest.raises(ConfigError, match="larger than"):
        load_config_file(cfg)


def test_no_eval_or_exec_in_the_package():
    offenders = []
    pattern = re.compile(
        r"(?<![\w.])(?:eval|exec|compile)\s*\(|__import__\s*\(|pickle|marshal|"
        r"yaml\.(?:unsafe_load|full_load|FullLoader|UnsafeLoader|Loader\b)|os\.system|subprocess"
    )
    for path in sorted(PACKAGE.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if pattern.search(code):
                offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
    # the loader of packs is a safe one
    from lint_news import rules

    assert issubclass(rules._LineLoader, (rules.yaml.SafeLoader, rules._SafeBase))
    assert "SafeLoader" in rules._SafeBase.__name__


def test_regex_matches_like_re_for_every_shipped_pattern():
    """The pack patterns moved from ``re`` to ``regex`` (for its timeout): the same spans and
    groups on every example of every rule and on the bundled articles."""
    import regex

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    shipped = [r for r in load_rules() if r.kind == "pattern"]
    for r in shipped:
        texts.extend(r.flag + r.passes)
    assert len(shipped) >= 10
    for r in shipped:
        for key in ("pattern", "unless"):
            src = r.params.get(key)
            if not src:
                continue
            a, b = re.compile(expand(src)), regex.compile(expand(src))
            for t in texts:
                x = [(m.span(), m.groups()) for m in a.finditer(t)]
                y = [(m.span(), m.groups()) for m in b.finditer(t)]
                assert x == y, (r.id, key, t[:40])


def test_shipped_patterns_compile_with_regex():
    # (a shipped pattern that cannot backtrack catastrophically compiles with re instead,
    # and one built on {number} uses regex where a text has a run of numerals:
    # tests/test_regex_cache.py)
    r = next(r for r in load_rules() if r.kind == "pattern" and "{number}" in r.params["pattern"])
    r.prepare()
    regex_obj, _ = r.state
    regex_obj.search("百" * 40, timeout=1.0)
    regex_obj = regex_obj._timed
    assert type(regex_obj).__module__.startswith("regex") or "regex" in repr(type(regex_obj))
    assert pattern_kind.time_budget("x" * 1_000_000) > pattern_kind.time_budget("")


def test_verbose_names_rule_directories_outside_the_project(tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    inside = project / "house"
    inside.mkdir()
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    pack = CATASTROPHIC.split("  - id: nested-repeat")[0]
    (inside / "a.yaml").write_text(pack.replace("first-ok", "house-rule"), encoding="utf-8")
    (outside / "b.yaml").write_text(pack.replace("first-ok", "shared-rule"), encoding="utf-8")
    (project / ".lint-news.yaml").write_text("rules: [house, ../elsewhere]\n", encoding="utf-8")
    (project / "a.txt").write_text("这是我的的书。\n", encoding="utf-8")
    quiet = run_cli("check", "a.txt", cwd=project)
    assert quiet.returncode == 1 and quiet.stderr == b""  # allowed, silent without --verbose
    r = run_cli("check", "--verbose", "a.txt", cwd=project)
    assert r.returncode == 1
    notes = r.stderr.decode().splitlines()
    assert any(str(outside) in n and "OUTSIDE the project" in n for n in notes), notes
    assert any(str(inside) in n and "inside the project" in n for n in notes), notes
