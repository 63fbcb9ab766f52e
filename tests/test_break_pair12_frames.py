"""A frame that the break's open clause runs into (issue 9, pair12): a first clause closed
by a localizer or a time word and a comma (开始前，; 视察期间，; 的同时，) reads as a sentence's
own frame in general, but after an end whose clause is open as that clause's rest; and a
place phrase with 在 after a verb is that verb's complement (坚守 | 在岗位上，…). Both are
then scored on their joint instead of being left out. Every sentence is written for the
test; each shape has a look-alike that keeps its reading."""

from __future__ import annotations

import pytest

from lint_news.checks import truncation_joint as tj
from lint_news.checks.break_evidence import lead_like
from lint_news.checks.break_joint import opens_sentence

from .break_support import pair_scores, pairs, structure_rules


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


def _read(tail: str, last: tuple[str, str], head: str) -> tuple[bool, bool]:
    return tj._read_on(tail, last, head, opens_sentence(head), lead_like(head))


@pytest.mark.parametrize(
    "tail, last, head",
    [
        ("赛事组委会透露，本届运动会", ("运动会", "n"), "开幕前，所有场馆都将完成改造。"),
        ("馆方工作人员在维持秩序的", ("的", "uj"), "同时，还向市民发放了参观指南。"),
        ("各施工单位必须在主汛期", ("主汛期", "n"), "到来之前，完成全部管网的铺设。"),
        ("省领导在城东新区", ("新区", "ns"), "视察期间，听取了园区建设的汇报。"),
    ],
)
def test_a_frame_after_an_open_clause_is_its_rest(tail, last, head):
    assert opens_sentence(head)  # (in general, a sentence's own frame)
    assert _read(tail, last, head)[0] is False


@pytest.mark.parametrize(
    "tail, last, head",
    [
        # after a clause mark or a closed sentence the frame opens the next sentence
        ("赛事组委会透露，", ("，", "x"), "开幕前，所有场馆都将完成改造。"),
        ("场馆改造已经全部完成。", ("。", "x"), "开幕前，组委会还将组织一次演练。"),
        # a time of its own, a source or a pronoun opens a sentence after any end
        ("赛事组委会透露，本届运动会", ("运动会", "n"), "今年以来，全市新建场馆六座。"),
        ("赛事组委会透露，本届运动会", ("运动会", "n"), "三年前，这里还是一片荒地。"),
        ("赛事组委会透露，本届运动会", ("运动会", "n"), "这之后，场馆将向市民开放。"),
        ("赛事组委会透露，本届运动会", ("运动会", "n"), "据悉，所有场馆都将完成改造。"),
        ("赛事组委会透露，本届运动会", ("运动会", "n"), "截至目前，六座场馆已经完工。"),
        # a connective of two characters, unless a 的 makes it a noun's (…的 | 同时，)
        ("赛事组委会透露，本届运动会", ("运动会", "n"), "同时，所有场馆都将完成改造。"),
        ("赛事组委会透露，本届运动会", ("运动会", "n"), "会后，所有场馆都将完成改造。"),
        # a time set by the day of writing is a frame's own, and the clause after it its
        # predicate (…，目前 | 洽谈中，…)
        ("新区今年引进项目六个，目前", ("目前", "t"), "洽谈中，另有三个项目。"),
        # a frame with a subject or a place of its own (闭幕式上，; 春节过后，)
        ("赛事组委会透露，本届运动会", ("运动会", "n"), "闭幕式上，组委会颁发了奖杯。"),
        ("赛事组委会透露，本届运动会", ("运动会", "n"), "春节过后，场馆将向市民开放。"),
        # a title-like line (no mark inside it) never closes its clause: no sign of one
        ("运动会场馆改造", ("改造", "vn"), "开幕前，所有场馆都将完成改造。"),
    ],
)
def test_a_frame_of_its_own_still_opens_a_sentence(tail, last, head):
    assert _read(tail, last, head)[0] is True


def test_a_place_after_a_verb_is_its_complement():
    head = "在各自的岗位上，抢在天亮前完成当天的进度。"
    assert lead_like(head)  # (in general, running text's own start)
    assert _read("每天夜里，三十多名工人坚守", ("坚守", "v"), head) == (False, False)
    # after a noun, a comma or a closed sentence it keeps its reading
    assert _read("每天夜里，三十多名工人", ("工人", "n"), head)[1] is True
    assert _read("工程进入冲刺阶段，", ("，", "x"), head)[1] is True
    assert _read("工程进入冲刺阶段。", ("。", "x"), head)[1] is True


# the head's verb waits for its place; the paragraph after it opens with that place, and a
# short closed sentence two paragraphs on competes
KEEP = (
    "城区排水改造提速\n\n"
    "今年汛期将至，城区排水管网的改造工程进入冲刺阶段。每天夜里，三十多名工人坚守\n\n"
    "在各自的岗位上，抢在天亮前完成当天的进度。\n\n"
    "目前已有六个标段完工。"
)


def test_the_complement_is_paired_with_its_verb(rules):
    assert pairs(rules, KEEP) == {(3, 5)}


def test_without_the_verb_it_is_no_rest(rules):
    # the same paragraphs after a closed sentence: no break at all
    text = KEEP.replace("三十多名工人坚守\n", "三十多名工人轮班作业。\n")
    assert pairs(rules, text) == set()


# the frame the end runs into is scored as its rest: not lowered as a sentence's own frame
# (break_pairing.W_FRAME), so it outranks a short closed sentence two paragraphs on
FRAME = (
    "城区排水改造提速\n\n"
    "今年汛期将至，改造工程进入冲刺阶段。区水务局要求，各施工单位必须在主汛期\n\n"
    "到来之前，完成全部管网的铺设和验收。\n\n"
    "目前已有六个标段完工。"
)


def test_the_frame_the_end_runs_into_is_its_rest(rules):
    n = ("主汛期", "n")
    assert tj.frame_runs_on("区水务局要求，各施工单位必须在主汛期", "到来之前，完成全部管网。", n)
    assert not tj.frame_runs_on("各施工单位必须在主汛期", "到来之前，完成全部管网。", n)  # (a line)
    assert pairs(rules, FRAME) == {(3, 5)}


@pytest.mark.pure  # (spies on compiled code: see tests/conftest.py)
def test_the_frame_is_not_lowered_as_a_sentence_frame(rules, monkeypatch):
    from lint_news.checks import break_pairing as bp

    kept = pair_scores(rules, FRAME, monkeypatch)
    monkeypatch.setattr(tj, "frame_runs_on", lambda tail, head, last: False)
    lowered = pair_scores(rules, FRAME, monkeypatch)
    assert kept[0, 2] == pytest.approx(lowered[0, 2] - bp.W_FRAME)
    assert kept[0, 3] == lowered[0, 3]
