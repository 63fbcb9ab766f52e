"""A second ``lint-news check`` of the figures article compiles next to no regular
expression itself: module-level and per-call expressions go through ``patterns.lazy`` /
``patterns.rx`` and come from the on-disk cache the first run wrote. (``re`` compiled
them anew in every process: a class of CJK characters alone costs about 1 ms.)"""

from __future__ import annotations

from .conftest import ROOT
from .startup_support import check_with_spy

FIGURES = ROOT / "benchmarks" / "figures_article.txt"

_SPY = (
    "import sys, traceback\n"
    "from re import _compiler\n"
    "import click, yaml\n"
    "_orig = _compiler.compile\n"
    "made = []\n"
    "def _spy(p, flags=0):\n"
    "    files = [f.filename for f in traceback.extract_stack()[:-1]]\n"
    "    caller = [f for f in files if '/re/' not in f][-1]  # who asked re\n"
    "    if 'lint_news' in caller and not caller.endswith('patterns.py'):\n"
    "        made.append(str(p))\n"
    "    return _orig(p, flags)\n"
    "_compiler.compile = _spy\n"
)


def _compiled(tmp_path) -> list[str]:
    last = check_with_spy(_SPY, "repr(made)", FIGURES, tmp_path, {"TMPDIR": str(tmp_path)})
    return eval(last)  # noqa: S307 - our own repr of a list of str


def test_a_second_check_compiles_no_cjk_class_and_few_expressions(tmp_path):
    first = _compiled(tmp_path)  # writes the cache (and compiles through re as it goes)
    again = _compiled(tmp_path)
    assert len(again) <= len(first)
    assert not [p for p in again if "一-鿿" in p or "\\u4e00" in p], again
    # what is left: a few cheap ASCII expressions built outside lint_news' pattern cache
    # (dataclasses, the pattern kind's own checks, the facts id check, a split guard)
    assert len(again) <= 4, again
