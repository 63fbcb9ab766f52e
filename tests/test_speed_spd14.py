"""Speed work of session 14 (spd14): each shortcut against the plain computation."""

from __future__ import annotations

import gc
import threading

import pytest

from lint_news import engine
from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.patterns import HAN
from lint_news.rules import load_rules

_TEXT = (
    "本报讯 记者从市交通局获悉，今年前三季度全市新开通公交线路12条，日均客运量达到85万人次。\n\n"
    "据介绍，新线路主要服务于城东新区和高新园区，其中夜间线路4条，方便了市民的\n\n"
    "出行。交通局表示，下一步将继续优化线网。\n"
)


def _findings(text: str) -> list[tuple[str, int, int, str]]:
    rules = load_rules([])
    return [(f.rule, f.start, f.end, f.message) for f in lint_document(Document(text), rules)]


def _collector_states(monkeypatch) -> list[bool]:  # type: ignore[no-untyped-def]
    """Whether the collector was on each time a document's analysis began (a spy around
    ``engine._lint_document``, undone by ``monkeypatch`` after the test)."""
    states: list[bool] = []
    real = engine._lint_document

    def spy(doc, rules):  # type: ignore[no-untyped-def]
        states.append(gc.isenabled())
        return real(doc, rules)

    monkeypatch.setattr(engine, "_lint_document", spy)
    return states


def test_collector_paused_inside_and_restored_after(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen = _collector_states(monkeypatch)
    assert gc.isenabled()
    _findings(_TEXT)
    assert seen == [False]
    assert gc.isenabled()  # given back as it was
    gc.disable()  # a caller that keeps it off: left off
    try:
        _findings(_TEXT)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_given_back_after_an_error(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    class Boom(Exception):
        pass

    def fail(doc, rules):  # type: ignore[no-untyped-def]
        raise Boom

    monkeypatch.setattr(engine, "_lint_document", fail)
    with pytest.raises(Boom):
        _findings(_TEXT)
    assert gc.isenabled()


def test_collector_left_alone_by_other_threads(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A document linted by another thread leaves the collector on (several threads at once
    would keep it off while any of them runs), and the owner's pause is not ended by it."""
    states = _collector_states(monkeypatch)
    t = threading.Thread(target=_findings, args=(_TEXT,))
    t.start()
    t.join(timeout=30)
    with engine._no_cycle_collection:  # (this thread imported the engine: it pauses)
        t = threading.Thread(target=_findings, args=(_TEXT,))
        t.start()
        t.join(timeout=30)
        states.append(gc.isenabled())
    states.append(gc.isenabled())
    assert states == [True, False, False, True]


def test_same_findings_with_the_collector_on() -> None:
    """The pause changes no finding: the same list as the plain path with the collector on
    (and collecting at every allocation's chance)."""
    paused = _findings(_TEXT)
    rules = load_rules([])
    old = gc.get_threshold()
    gc.set_threshold(1)
    try:
        plain = [
            (f.rule, f.start, f.end, f.message)
            for f in engine._lint_document(Document(_TEXT), rules)
        ]
    finally:
        gc.set_threshold(*old)
    assert paused == plain
    assert paused  # (the invented text has a broken paragraph at least)


# -- break_pairing: one character's class by comparison ------------------------------------


def test_one_character_class_by_comparison() -> None:
    """``"\\u4e00" <= c <= "\\u9fff"`` says what ``HAN.match(c)`` says, for the characters
    at the range's edges and around them, marks, digits, Latin, and the empty string."""

    chars = ["", "a", "Z", "1", "０", "〇", "，", "“", "\u4dff", "\u4e00", "\u4e01", "\u9ffe"]
    chars += ["\u9fff", "\ua000", "\uf900", "𠀀", "的", "龥", "ｱ"]
    for c in chars:
        assert ("\u4e00" <= c <= "\u9fff") == (HAN.match(c) is not None), repr(c)


def test_pos_lift_and_content_words_as_with_the_class() -> None:
    """pos_lift and _content_words against their plain forms with ``HAN.match``, on
    invented words and texts (Chinese, Latin, figures, marks at either side)."""
    from lint_news import words
    from lint_news.checks import break_pairing as bp

    def plain_lift(last, first):  # type: ignore[no-untyped-def]
        if not last or not first:
            return 0.0
        (w1, p1), (w2, p2) = last, first
        if not (HAN.match(w1[-1:]) and HAN.match(w2[:1])):
            return 0.0
        model = bp._pos_model()
        if model is None:
            return 0.0
        probs = model.pos_state_probs(
            ("E" if len(w1) > 1 else "S", p1), ("B" if len(w2) > 1 else "S", p2)
        )
        if probs is None:
            return 0.0
        st, tr = probs
        return max(tr, bp._FLOOR) - max(st, bp._FLOOR)

    tagged = [
        ("发展", "vn"),
        ("的", "uj"),
        ("是", "v"),
        ("GDP", "eng"),
        ("2023", "m"),
        ("，", "x"),
        ("市场", "n"),
        ("龥", "n"),
        ("〇", "m"),
        ("推进a", "v"),
    ]
    for last in [None, *tagged]:
        for first in [None, *tagged]:
            assert bp.pos_lift(last, first) == plain_lift(last, first), (last, first)
    for text in [
        "市场监管局开展专项行动",
        "GDP增长5.2%，消费回暖",
        "“保交楼”项目交付",
        "ABC公司和XY集团",
    ]:
        plain = frozenset(
            w for w, p in words.tag(text) if len(w) >= 2 and p[:1] in "njvl" and HAN.match(w)
        )
        assert bp._content_words(text) == plain, text


# -- engine: the needed single characters looked for one by one ----------------------------


def test_runnable_rules_the_same_by_either_scan(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The rules ``runnable`` gives when each needed single character is looked for are
    those it gives when one expression collects them, on invented texts with and without
    figures, units, marks and Latin (and the empty text)."""
    rules = load_rules([])
    plan = engine._Plan(rules)
    many = engine._Plan(rules, many=True)
    texts = [
        "",
        _TEXT,
        "今年前三季度，全市GDP同比增长5.2%，约85亿元左右。",
        "他说：“这是第一次！”随后离开。",
        "ABC Corp. reported 12 cases; 3 of them in May?",
        "截至9月底，共有1200余人参加，比去年多出近400人次。",
        "——（完）",
        "１２３４５６７８９０％",
    ]
    for p in (plan, many):
        for text in texts:
            monkeypatch.setattr(engine, "_FIND_EACH", 10**9)
            each = p.runnable(text)
            monkeypatch.setattr(engine, "_FIND_EACH", -1)
            once = p.runnable(text)
            assert [r.id for r, _, _ in each] == [r.id for r, _, _ in once], text
    assert len(plan.runnable(texts[2])) > len(plan.runnable(""))
