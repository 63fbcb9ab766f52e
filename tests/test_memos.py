"""lint_news.memos: every functools cache of the package is either a text memo that
``forget_texts`` clears (a benchmark's "text memos cleared" must measure what new copy
costs) or kept on purpose; forgetting changes no finding."""

from __future__ import annotations

import importlib
import pkgutil

import lint_news
from lint_news import dictseg, memos
from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.rules import load_rules

# kept across documents on purpose: keyed by digits, units, a directory, nothing per text
KEPT = {
    ("lint_news.config", "find_config"),
    ("lint_news.numbers_values", "_steps"),
    ("lint_news.numbers_figures", "_arabic_scale"),
    ("lint_news.numbers_figures", "_cn_parse_core"),
    ("lint_news.units", "_conversion"),
    ("lint_news.units", "base_factor"),
    ("lint_news.web", "asset"),
}

TEXT = (
    "市园林局昨天公布了今年的绿道建设计划，全市将新建绿道26公里，\n\n"
    "其中环湖绿道全长12公里。\n\n"
    "市园林局昨天公布了今年的绿道建设计划，全市将新建绿道26公里，\n\n"
    "其中环湖绿道全长12公里。\n"
)


def _caches() -> set[tuple[str, str]]:
    found = set()
    for info in pkgutil.walk_packages(lint_news.__path__, "lint_news."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # (an optional extra that is not installed)
            continue
        for name, value in vars(module).items():
            if hasattr(value, "cache_clear") and getattr(value, "__module__", "") == info.name:
                found.add((info.name, name))
    return found


def test_every_cache_is_a_text_memo_or_kept_on_purpose() -> None:
    found = _caches()
    assert set(memos.TEXT_CACHES) <= found  # (a renamed memo is noticed)
    assert found - set(memos.TEXT_CACHES) <= KEPT, found - set(memos.TEXT_CACHES) - KEPT


def test_forgetting_empties_the_text_memos_and_changes_no_finding() -> None:
    rules = load_rules()
    first = [f.message for f in lint_document(Document(TEXT), rules)]
    assert first  # (the text repeats a paragraph: something to compare)
    caches = [getattr(importlib.import_module(m), n) for m, n in memos.TEXT_CACHES]
    assert any(c.cache_info().currsize for c in caches)
    memos.forget_texts()
    assert [c.cache_info().currsize for c in caches] == [0] * len(caches)
    d = dictseg._loaded
    if d is not None:
        assert not d._blocks and not d._logprobs
    assert [f.message for f in lint_document(Document(TEXT), rules)] == first
