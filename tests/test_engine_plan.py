"""The engine's one-pass test of needed strings picks exactly the rules a test per rule picks."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lint_news import engine
from lint_news.config import Config
from lint_news.document import Document
from lint_news.engine import lint_document, select_rules
from lint_news.rules import NOT_ASKED, load_rules

RULES = select_rules(load_rules([]), Config())

TEXTS = [
    "",
    "今天天气很好。",
    "会议于8时15分开始，到场约300人左右。",
    "本报北京5月3日电 全市共有学校120所，其中小学80所，占总数的60%。",
    "他说:我们走吧!",  # half-width marks
    "日本代表团昨日到达。",  # 日 without 日至/日电
    "从5日至9日举行，共计近1000余人参加，星期三闭幕。",
    "莘莘学子凯旋归来，再接再励。",
    "２０２０年有100人。",
]


def _naive(text: str, rules: list) -> list[str]:
    """The rule ids a test of each rule's needed strings lets run, in order."""
    out = []
    for rule in rules:
        needed = rule.needed
        if needed is NOT_ASKED or needed is None or any(s in text for s in needed):
            out.append(rule.id)
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_the_shipped_rules_that_run_are_those_whose_strings_the_text_holds(text):
    plan = engine._Plan(RULES)
    got = [rule.id for rule, _check, _s in plan.runnable(text)]
    assert got == _naive(text, RULES)
    assert len(got) < len(RULES)  # the rules whose strings are all absent are left out


def _with(rule, needed, rid):
    return replace(rule, id=rid, needed=needed, prepared=False, state=None)


def test_strings_sharing_a_first_character_and_overlapping_ones():
    base = next(r for r in RULES if r.kind == "pattern")
    rules = [
        _with(base, ("日至", "日电"), "a"),
        _with(base, ("日",), "b"),
        _with(base, ("至日", "电"), "c"),
        _with(base, ("", "不在"), "d"),  # the empty string is in every text
        _with(base, (), "e"),  # no string can be present: never runs
        _with(base, None, "f"),  # nothing known: always runs
        _with(base, ("日电讯",), "g"),
    ]
    for text in ("", "日", "三日至五日", "至日", "五日电讯", "日 电", "电日至"):
        plan = engine._Plan(rules)
        got = [rule.id for rule, _check, _s in plan.runnable(text)]
        assert got == _naive(text, rules), text


def test_plans_are_kept_per_rule_list_and_findings_do_not_change():
    text = "会议于25时30分开始，到场约300人左右。他说:好!"
    doc = Document(text)
    first = lint_document(doc, RULES)
    assert engine._plan(RULES) is engine._plan(list(RULES))  # found again by the rules
    assert lint_document(Document(text), RULES) == first
    assert {f.rule for f in first} >= {"impossible-time", "approx-and-about"}
    # a rule list of one rule (as tests build) gets its own plan and the same findings
    one = [r for r in RULES if r.id == "impossible-time"]
    assert [f.rule for f in lint_document(Document(text), one)] == ["impossible-time"]


def test_needed_strings_found_wherever_they_overlap_on_random_texts():
    # a small alphabet makes overlaps (一一如, 如如意), repeats and prefixes common: the
    # rules the plan lets run are exactly those one of whose strings the text holds
    import random

    base = next(r for r in RULES if r.kind == "pattern")
    needed = [("一如",), ("如意",), ("一一如意",), ("意",), ("如一", "意意意"), ("-]",), ("^\\",)]
    needed += [("，",), ("，如",), ("。", "-")]  # marks looked for one by one
    rules = [_with(base, n, f"r{i}") for i, n in enumerate(needed)]
    plan = engine._Plan(rules)
    rng = random.Random(7)
    seen = set()
    for _ in range(3000):
        text = "".join(rng.choice("一如意-]^\\，。") for _ in range(rng.randint(0, 9)))
        got = [rule.id for rule, _check, _s in plan.runnable(text)]
        assert got == _naive(text, rules), text
        seen.add(len(got))
    assert len(seen) > 4  # texts that let few rules run and texts that let many run


def test_many_documents_switch_to_the_finer_plan_with_the_same_findings():
    rules = select_rules(load_rules([]), Config())
    texts = [t + "他说:好!会议于25时30分开始。第一、二、三项，一、二个人" for t in TEXTS]
    first = [lint_document(Document(t), rules) for t in texts]
    assert not engine._plan(rules).many
    for _ in range(engine.MANY):
        lint_document(Document(texts[0]), rules)
    finer = engine._plan(rules)
    assert finer.many
    assert [lint_document(Document(t), rules) for t in texts] == first
    # the finer plan never lets a rule run that the first would not, and leaves some out
    base = engine._Plan(rules)
    fewer = False
    for t in [*TEXTS, *texts]:
        a = [r.id for r, _c, _s in base.runnable(t)]
        b = [r.id for r, _c, _s in finer.runnable(t)]
        assert set(b) <= set(a), t
        fewer = fewer or len(b) < len(a)
    assert fewer
