"""The strings a pattern rule needs, read off its expression: every match holds one of them,
so a rule left out where they are all absent would have found nothing there."""

from __future__ import annotations

import random
import re

import pytest

from lint_news.checks import pattern as pattern_kind
from lint_news.checks.pattern import needed_strings
from lint_news.config import Config
from lint_news.engine import select_rules
from lint_news.patterns import expand
from lint_news.rules import load_rules

RULES = [r for r in select_rules(load_rules([]), Config()) if r.kind == "pattern"]


def test_neighbouring_parts_join_into_longer_strings():
    assert needed_strings("第[一二三]、") == ("第一、", "第三、", "第二、")
    assert needed_strings("[，、][，。]") == ("、。", "、，", "，。", "，，")
    # an optional part joins as itself or nothing
    assert set(needed_strings(r"(?<![\d.])\d+[余多](?:万|亿)?元")) == {
        a + b + "元" for a in "余多" for b in ("", "万", "亿")
    }
    assert needed_strings(r"\d+[余多][^元]") == ("余", "多")
    # a branch: each alternative must give a string
    assert needed_strings("甲乙|丙") == ("丙", "甲乙")
    assert needed_strings("甲乙|.") is None
    # look-arounds match no character: they neither join nor break a run
    assert needed_strings("第(?<=，第)[一二]") == ("第一", "第二")
    # a text holding 余万 holds 余: the longer string is dropped
    assert needed_strings("[余多](?:万|)") == ("余", "多")


def test_what_says_nothing():
    assert needed_strings(r"\d+") is None
    assert needed_strings("[^，。]+") is None
    assert needed_strings("(?i)abc") is None
    assert needed_strings("a*") is None
    assert needed_strings("(") is None  # not an expression


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_match_of_a_shipped_rule_holds_one_of_its_strings(rule):
    source = expand(rule.params["pattern"])
    derived = needed_strings(source)
    needed = pattern_kind.needs(rule)
    finer = pattern_kind.finer_needs(rule)
    regex = re.compile(source)
    matched = 0
    for text in [*rule.flag, *rule.passes]:
        for m in regex.finditer(text):
            matched += 1
            if derived is not None:  # read off the expression: inside the match itself
                assert any(s in m.group() for s in derived), (rule.id, m.group(), derived)
            for asked in (needed, finer):  # what the engine asks of the text
                if asked is not None:
                    assert any(s in text for s in asked), (rule.id, text, asked)
    assert matched  # its own examples match


def test_derived_strings_never_let_a_rule_run_where_its_requires_would_not():
    for rule in RULES:
        requires = rule.params.get("requires")
        needed = pattern_kind.finer_needs(rule)
        if requires and needed is not None and list(needed) != list(requires):
            assert all(any(r in s for r in requires) for s in needed), rule.id


_PATTERNS = [
    "甲[乙丙丁]{1,2}戊",
    "(?:甲|乙乙)[丙丁]?戊",
    r"(?<![甲])[乙丙](?=戊)戊+",
    "(甲|乙)丙\\1",
    "甲{2,3}乙|丙[^甲]丁",
    "(?:甲乙|乙甲)+丙",
    "(?m)^[甲乙]丙",
    "甲(?:乙|)丙",
    "[丁-丙]{2}",
    "(?>甲+)乙|丙*丁",
]


@pytest.mark.parametrize("pattern", _PATTERNS)
def test_random_texts_every_match_holds_a_needed_string(pattern):
    needed = needed_strings(pattern)
    assert needed is not None, pattern
    regex = re.compile(pattern)
    rng = random.Random(pattern)
    hits = 0
    for _ in range(4000):
        text = "".join(rng.choice("甲乙丙丁戊\n") for _ in range(rng.randint(0, 12)))
        for m in regex.finditer(text):
            if m.group():
                hits += 1
                assert any(s in m.group() for s in needed), (pattern, text, needed)
    assert hits > 20
