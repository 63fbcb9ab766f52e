"""The optional build compiled with mypyc (pyproject.toml, hooks.mypyc; issue 12).

Off by default: a plain install stays pure Python. The mark that keeps a class an ordinary
Python class in a compiled module does nothing without mypy_extensions. Where mypyc and a C
compiler are at hand, two compiled modules give the findings of the pure ones on texts
written here.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _hook() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]


def test_the_compiled_build_is_opt_in_and_names_existing_modules() -> None:
    hook = _hook()
    assert hook["enable-by-default"] is False  # (HATCH_BUILD_HOOK_ENABLE_MYPYC=1 opts in)
    assert hook["include"]
    for path in hook["include"]:
        assert (ROOT / path).is_file(), path
        assert path.startswith("lint_news/") and path.endswith(".py")


def test_the_mark_does_nothing_without_mypy_extensions(monkeypatch) -> None:
    import lint_news._compiled as compiled

    monkeypatch.setitem(sys.modules, "mypy_extensions", None)  # (import fails)
    try:
        fallback = importlib.reload(compiled)

        class Lazy:
            pass

        assert fallback.mypyc_attr(native_class=False)(Lazy) is Lazy
    finally:
        monkeypatch.undo()
        importlib.reload(compiled)


def test_the_lazy_records_fill_their_slots_when_read() -> None:
    # (compiled, a native class would never call __getattr__: they stay Python classes)
    from lint_news.checks.break_pairing import _Head

    h = _Head("会议决定，明年起全面推行。")
    assert h.frame in (True, False) and h.sent == h.text.index("。")


TEXT = (
    "市交通局昨天发布消息，今年全市新开通公交线路十二条，\n\n"
    "其中八条通往城郊的新建小区。\n\n"
    "记者走访了城西的三家养老院，发现护理员\n\n"
    "普遍年龄偏大，三家养老院都在招人。\n\n"
    "市交通局表示，明年还将新开通公交线路十条。"
)


def _findings(pythonpath: str, tmp: Path) -> dict:
    page = tmp / "page.txt"
    page.write_text(TEXT, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=pythonpath, PYTHONDONTWRITEBYTECODE="1")
    r = subprocess.run(
        [sys.executable, "-m", "lint_news", "check", str(page), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp,
    )
    assert r.returncode in (0, 1), r.stderr[-2000:]
    return json.loads(r.stdout)


@pytest.mark.slow
def test_compiled_modules_give_the_pure_findings(tmp_path) -> None:
    pytest.importorskip("mypyc")
    if shutil.which("gcc") is None and shutil.which("cc") is None:
        pytest.skip("no C compiler")
    trees = {}
    for name in ("pure", "compiled"):  # (the checkout itself may be compiled)
        tree = trees[name] = tmp_path / name
        skip = shutil.ignore_patterns("*.so", "__pycache__")
        shutil.copytree(ROOT / "lint_news", tree / "lint_news", ignore=skip)
        shutil.copytree(ROOT / "rules", tree / "rules")
    mods = ["lint_news/checks/break_bigrams.py", "lint_news/checks/break_topic.py"]
    setup = tmp_path / "setup_compiled.py"
    setup.write_text(
        "import os\nfrom setuptools import setup\nfrom mypyc.build import mypycify\n"
        "setup(name='c', packages=[], py_modules=[], ext_modules=mypycify("
        "['--ignore-missing-imports', '--follow-imports=silent',"
        " *os.environ['MODS'].split()]))\n",
        encoding="utf-8",
    )
    r = subprocess.run(
        [sys.executable, str(setup), "build_ext", "--inplace"],
        capture_output=True,
        text=True,
        cwd=trees["compiled"],
        env=dict(os.environ, MODS=" ".join(mods)),
    )
    assert r.returncode == 0, (r.stdout[-2000:], r.stderr[-2000:])
    compiled = sorted(p.name for p in (trees["compiled"] / "lint_news" / "checks").glob("*.so"))
    assert any(n.startswith("break_topic.") for n in compiled), compiled
    pure = _findings(str(trees["pure"]), tmp_path)
    assert _findings(str(trees["compiled"]), tmp_path) == pure
    # (the broken paragraph was paired: the pieces' scores were read)
    assert any(f["rule"] == "broken-paragraph" and f["related"] for f in pure["findings"])
