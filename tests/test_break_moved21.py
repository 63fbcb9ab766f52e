"""Pairing a broken paragraph with its rest when the rest was kept out of the competition
(issue 9, moved21): a start that reads as a sentence's own in general but not after this
end, a short line that the classifier took for a subhead but that ends as a sentence does;
and a candidate that opens with a label and a colon, which scores lower. Every sentence is
written for the test; each shape has a look-alike that must stay unpaired."""

from __future__ import annotations

import pytest

from lint_news.checks import break_pairing as bp
from lint_news.checks import truncation_joint as tj
from lint_news.document import Document

from .break_support import pair_scores, pairs, structure_rules


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


def _read(tail: str, last: tuple[str, str], head: str, opens: bool = True, lead: bool = False):
    return tj._read_on(tail, last, head, opens, lead)


# -- a subject pronoun after a comma or a linking conjunction ---------------------------


def test_a_pronoun_after_a_comma_opens_the_next_clause_not_a_sentence():
    comma = ("，", "x")
    assert _read("施工方表示，工程进展顺利，", comma, "他们预计年底前通车。")[0] is False
    assert _read("设备已经全部到货，", comma, "大家都盼着早日投用。")[0] is False
    and_ = ("而且", "c")
    assert _read("新园的老师都很年轻，而且", and_, "她们都有多年的教学经验。")[0] is False


def test_a_pronoun_after_a_full_stop_a_verb_or_the_copula_still_opens_one():
    assert _read("工程进展顺利。", ("。", "x"), "他们预计年底前通车。")[0] is True
    assert _read("负责人提到", ("提到", "v"), "他们还会扩大范围。")[0] is True
    assert _read("表现最好的并不是", ("不是", "c"), "我们还将继续努力。")[0] is True
    # a demonstrative after a comma opens a sentence of its own likelier (这里的…)
    assert _read("馆方也逐条作了回复，", ("，", "x"), "这里的环境好多了。")[0] is True
    # a frame or a source after a comma is not a pronoun: unchanged
    assert _read("工程进展顺利，", ("，", "x"), "据了解，年底前通车。")[0] is True


def test_a_circumstance_after_the_copula_is_its_complement():
    cop = ("是", "v")
    got = _read("今年最大的难点还是", cop, "在施工期间保障交通。", False, True)
    assert got == (False, False)
    # a saying after the copula, or the same phrase after a noun, stays running text's start
    assert _read("最大的难点是", cop, "区交通局表示，将加快进度。", False, True)[1] is True
    assert _read("全区的施工队伍", ("队伍", "n"), "在雨季来临前完工。", False, True)[1] is True


# a head whose end is a comma, a next paragraph that opens with a pronoun: its rest, right
# after it
COMMA = (
    "城西快速路建设提速\n\n"
    "这条快速路全长十二公里，连接城西三个街道。施工方表示，目前沿线桥梁均已完工，\n\n"
    "{tail}\n\n"
    "道路两侧还将种植行道树三千余株。\n\n"
    "区交通局将在沿线增设四条公交线路。"
)


def test_a_pronoun_clause_after_a_comma_is_paired(rules):
    assert pairs(rules, COMMA.format(tail="他们预计年底前实现全线通车。")) == {(3, 5)}


def test_a_full_sentence_after_a_closed_paragraph_is_no_break(rules):
    text = COMMA.format(tail="他们预计年底前实现全线通车。").replace("完工，\n", "完工。\n")
    assert pairs(rules, text) == set()


# -- a short line that ends as a sentence ends ------------------------------------------

SHORT = (
    "城西新建一条快速路\n\n"
    "这条快速路全长十二公里，连接城西三个街道。施工方表示，工程进展顺利，市民们都在打听\n\n"
    "据了解，沿线的两座立交桥已经合龙。\n\n"
    "附近的居民说，出行会方便很多。\n\n"
    "{line}\n\n"
    "区交通局将在沿线增设四条公交线路。"
)


def test_a_short_line_that_ends_as_a_sentence_is_the_rest(rules):
    text = SHORT.format(line="哪天可以通车？")
    assert Document(text).blocks[4].kind == "subhead"  # (what the classifier takes it for)
    assert pairs(rules, text) == {(3, 9)}


@pytest.mark.parametrize(
    "line",
    [
        "交通更便捷",  # a heading: no mark at its end
        "沿线居民盼望已久的这条快速路究竟什么时候才能全线按时通车呢？",  # longer than a line
    ],
)
def test_a_heading_or_a_long_line_is_no_rest(rules, line):
    assert (3, 9) not in pairs(rules, SHORT.format(line=line))


def test_sentence_line_is_a_short_subhead_with_a_final_mark():
    blocks = Document(
        "标题在这里\n\n第一段写了一些内容。\n\n按时通车！\n\n第二段也写了内容。"
    ).blocks
    assert [b.kind for b in blocks][2] == "subhead"
    assert tj._sentence_line(blocks[2])
    assert not tj._sentence_line(blocks[1])  # a paragraph is one already


# the same question as the page's last line, which the classifier takes for a label
LAST_LINE = (
    "城西新建一条快速路\n\n"
    "这条快速路全长十二公里，连接城西三个街道。施工方表示，工程进展顺利，市民们都在打听\n\n"
    "据了解，沿线的两座立交桥已经合龙。\n\n"
    "附近的居民说，出行会方便很多。\n\n"
    "区交通局将在沿线增设四条公交线路。\n\n"
    "{line}"
)


def test_a_last_line_that_ends_as_a_sentence_is_the_rest(rules):
    text = LAST_LINE.format(line="哪天可以通车？")
    assert Document(text).blocks[-1].kind == "label"
    assert pairs(rules, text) == {(3, 11)}


def test_a_last_label_with_no_final_mark_is_no_rest(rules):
    assert (3, 11) not in pairs(rules, LAST_LINE.format(line="交通更便捷"))


# -- a candidate that opens with a label and a colon ------------------------------------


@pytest.mark.parametrize(
    "head", ["主持人：下面请王主任谈谈。", "相关链接：城东快速路开工", "张经理：我们会按期完工。"]
)
def test_a_speaker_or_a_label_before_a_colon_opens_a_paragraph(head):
    assert bp.label_start(head) == bp.W_LABEL_START < 0


@pytest.mark.parametrize(
    "head",
    [
        "他补充说：明年还会扩建。",  # a saying's colon: the end may hold its subject
        "具体安排如下：一是加快进度。",  # a list's colon
        "主要包括：道路、桥梁和隧道。",
        "明年五月建成通车，比原计划提前两个月：",  # a colon after a long first clause
        "五月底前建成通车。",
    ],
)
def test_a_saying_a_list_or_a_plain_start_is_no_label(head):
    assert bp.label_start(head) == 0.0


INTERVIEW = (
    "城西快速路访谈\n\n"
    "这条快速路全长十二公里，连接城西三个街道。目前沿线的两座立交桥已经合龙，全线将于明年\n\n"
    "主持人：沿线居民最关心停车问题。\n\n"
    "五月底前建成通车，比原计划提前两个月。\n\n"
    "区交通局将在沿线增设四条公交线路。"
)


@pytest.mark.pure  # (spies on compiled code: see tests/conftest.py)
def test_the_label_start_is_added_to_the_pair_score(rules, monkeypatch):
    with_label = pair_scores(rules, INTERVIEW, monkeypatch)
    weight = bp.W_LABEL_START
    monkeypatch.setattr(bp, "W_LABEL_START", 0.0)
    without = pair_scores(rules, INTERVIEW, monkeypatch)
    assert with_label.keys() == without.keys()
    label = next(k for k in without if k[1] == 2)  # (the speaker's line, block 2)
    assert with_label[label] == pytest.approx(without[label] + weight)
    assert all(with_label[k] == without[k] for k in without if k != label)
