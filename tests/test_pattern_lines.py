"""A pattern rule searches only the lines that can hold a match (checks/pattern.py,
``_lines``): the lines holding one of its needed strings, when no match can hold a line
break. The matches must be those of a search over the whole text, on every text."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from lint_news.checks import pattern as pattern_kind
from lint_news.checks.pattern import _lines, _search_lines, line_reach, needed_strings
from lint_news.config import Config
from lint_news.document import Document
from lint_news.engine import select_rules
from lint_news.rules import load_rules

from .conftest import CORPORA, ROOT, SEED

RULES = [r for r in select_rules(load_rules([]), Config()) if r.kind == "pattern"]
ALL_RULES = [r for r in load_rules([]) if r.kind == "pattern"]


def test_what_can_hold_a_line_break_is_searched_whole():
    assert line_reach("甲乙") == 0
    assert line_reach("甲(?=乙丙)") == 2
    assert line_reach("甲(?=乙(?=丙丁))") == 3  # nested look-aheads add up
    assert line_reach("(?<=\n)甲") == 0  # a look-behind reads before the match only
    assert line_reach("甲(?=[，\n]|\\Z)") == 1  # a look-ahead may read the break
    assert line_reach("甲(?![^乙]+乙)") is None  # a look-ahead of any length
    assert line_reach("甲[^，]乙") is None  # a negated class holds the break
    assert line_reach("甲[^，\n]乙") == 0
    assert line_reach("甲\\s乙") is None
    assert line_reach("甲\\S乙") == 0
    assert line_reach("甲.乙") == 0
    assert line_reach("(?s)甲.乙") is None
    assert line_reach("甲(?s:.)乙") is None
    assert line_reach("甲\\D乙") is None
    assert line_reach("甲\\W乙") is None
    assert line_reach("(甲)乙\\1") is None  # a back-reference: not read
    assert line_reach("(?=甲)") is None  # an empty match
    assert line_reach("甲|") is None
    assert line_reach("(?i)甲") is None


# expressions whose matches end at, or read across, a line's end and start
_SYNTHETIC = [
    "a",
    "ab",
    "a(?=\n)",
    "a(?!\n)",
    "a(?=\nb)",
    "a(?!\n\nb)",
    "a$",
    "a\\Z",
    "(?m)a$",
    "(?m)^a",
    "^a",
    "\\Aa",
    "(?<=\n)a",
    "(?<!\n)a+",
    "a[^\n，]*b",
    "a[^，]*b",
    "a\\s*b",
    "a.b",
    "(?s)a.b",
    "a(?=[b，]|\\Z)",
    "a(?=b(?=\n))",
    "a+(?=\n\n)",
    "[ab]{2,3}(?!b)",
    "(?<=[，\n])a(?:b|，)",
    "a(?=.{0,3}\n)",
    "a(?=.{0,3}$)",
    "1a|b1",
    "(?:a|b)(?<!\nb)",
]


@pytest.mark.parametrize("source", _SYNTHETIC)
def test_the_lines_give_the_matches_of_the_whole_text(source):
    regex = re.compile(source)
    reach = line_reach(source)
    strings = needed_strings(source)
    if reach is None or not strings:
        return
    needle = re.compile("|".join(map(re.escape, sorted(strings, key=lambda t: (-len(t), t)))))
    rng = random.Random(source)
    alphabet = ["a", "b", "，", "\n", "\n\n", "1", " "]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        expected = [(m.span(), m.groups()) for m in regex.finditer(text)]
        runs = _lines(text, needle, len(text) + 1)
        assert runs is not None
        got = [(m.span(), m.groups()) for m in _search_lines(regex, text, runs, reach)]
        assert got == expected, (source, text)


def test_a_line_search_is_taken_by_shipped_rules(monkeypatch):
    monkeypatch.setattr(pattern_kind, "_PLAN_AFTER", 0)  # (not only after 20 documents)
    planned = [r.id for r in ALL_RULES if pattern_kind._line_plan(r) is not None]
    assert len(planned) >= len(ALL_RULES) // 2, planned


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    if SEED.exists():
        texts.append(SEED.read_text(encoding="utf-8"))
    if CORPORA.exists():
        files = sorted(p for p in Path(CORPORA).rglob("*") if p.is_file())
        for p in files[:: max(1, len(files) // 40)]:
            texts.append(p.read_text(encoding="utf-8", errors="replace")[:60_000])
    # every rule's own examples, run together on lines of their own and within one line
    rng = random.Random(5)
    examples = [t for r in ALL_RULES for t in (*r.flag, *r.passes)]
    for _ in range(30):
        picked = rng.sample(examples, 12)
        texts.append("".join(t + rng.choice(["\n", "\n\n", "", " ", "，"]) for t in picked))
    return texts


def test_shipped_rules_find_the_same_on_real_copy(monkeypatch):
    texts = _texts()
    docs = [Document(t) for t in texts]
    monkeypatch.setattr(pattern_kind, "_PLAN_AFTER", 0)  # (not only after 20 documents)
    monkeypatch.setattr(pattern_kind, "_LINE_MIN_TEXT", 0)  # (short texts too)
    plain = {}
    for rule in ALL_RULES:
        rule.prepare()
    with monkeypatch.context() as m:
        m.setattr(pattern_kind, "_line_plan", lambda rule: None)
        for rule in ALL_RULES:
            plain[rule.id] = [pattern_kind.check(d, rule) for d in docs]
    searched = []
    by_lines = pattern_kind._search_lines

    def counted(*args):
        searched.append(1)
        return by_lines(*args)

    monkeypatch.setattr(pattern_kind, "_search_lines", counted)
    for rule in ALL_RULES:
        got = [pattern_kind.check(d, rule) for d in docs]
        assert got == plain[rule.id], rule.id
    assert len(searched) > len(docs)  # the lines were searched, not the whole texts
