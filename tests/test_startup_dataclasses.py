"""``lint-news check`` generates no dataclass at start-up beyond the two kept for
``dataclasses.replace``: a dataclass compiles its methods from generated source each time
its module is imported (about half a millisecond each); the other value classes of the
modules every check imports are written out on lint_news/records.py."""

from __future__ import annotations

from .conftest import ROOT
from .startup_support import check_with_spy
from .test_startup_imports import ARTICLE

# replaced as dataclasses elsewhere: Rule (engine, checks.facts), Quantity (arith, and
# tests read their dataclass fields); Source and Finding are written out (archive, split and
# the json report use records.replace)
KEPT = {"Rule", "Quantity"}

_SPY = (
    "import dataclasses, sys\n"
    "made = []\n"
    "_orig = dataclasses._process_class\n"
    "def _spy(cls, *a, **k):\n"
    "    made.append(cls.__module__ + ':' + cls.__qualname__)\n"
    "    return _orig(cls, *a, **k)\n"
    "dataclasses._process_class = _spy\n"
)


def _made(path) -> set[str]:
    return set(check_with_spy(_SPY, "' '.join(sorted(made))", path, path.parent).split())


def test_check_generates_only_the_kept_dataclasses(tmp_path):
    plain = tmp_path / "a.txt"
    plain.write_text(ARTICLE, encoding="utf-8")
    figures = ROOT / "benchmarks" / "figures_article.txt"
    for path in (plain, figures):
        made = _made(path)
        assert made  # the spy saw the kept ones: it works
        assert {m.rsplit(":", 1)[1] for m in made} <= KEPT, made
