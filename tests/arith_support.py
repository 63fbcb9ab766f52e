"""What the arithmetic test files share: the shipped arithmetic pack, its findings on a text
and the check that one finding flags the expected excerpt with the expected related places."""

from __future__ import annotations

from pathlib import Path

from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.rules import Rule

PACK = Path(__file__).resolve().parent.parent / "rules" / "arithmetic.yaml"


def findings(rules: list[Rule], text: str) -> list:
    return [f for f in lint_document(Document(text), rules) if f.category == "arithmetic"]


def flagged(rules: list[Rule], text: str, rule: str, excerpt: str, related: list[str]) -> str:
    """The message of the one finding of ``rule``, after checking its span and related."""
    (f,) = [f for f in findings(rules, text) if f.rule == rule]
    assert text[f.start : f.end] == excerpt
    assert sorted(text[r.start : r.end] for r in f.related) == sorted(related)
    return f.message
