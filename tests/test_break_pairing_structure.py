"""Pairing by the sentence's structure across the joint, and tails of title-like lines
(issue 9: pairing). Every sentence here is written for the test; each shape comes with a
look-alike that must stay unpaired or keep its own pairing."""

from __future__ import annotations

import pytest

from lint_news.checks import break_pairing as bp

from .break_support import pairs, structure_rules


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


# -- the features ------------------------------------------------------------------------


def test_a_quotation_the_head_opens_and_the_candidate_closes():
    f = bp.structure_features("他说：“我们明年打算", "再招两百名工人。”他说。")
    assert f["quote"] == 1.0 and f["stray_close"] == 0.0
    # the candidate closes a quotation that the head never opened
    f = bp.structure_features("他说，他们明年打算", "再招两百名工人。”他说。")
    assert f["quote"] == 0.0 and f["stray_close"] == 1.0
    # a quotation closed inside the head's own sentence leaves nothing open
    f = bp.structure_features("他说：“明年扩产。”公司打算", "再招两百名工人。")
    assert f == {"quote": 0.0, "stray_close": 0.0, "correlative": 0.0}
    # a bracket works the same way
    assert bp.structure_features("新建的体育馆（含", "两座训练馆）已开工。")["quote"] == 1.0


def test_a_correlative_the_candidate_completes():
    assert bp.structure_features("表现最好的不是", "老将，而是新人。")["correlative"] == 1.0
    # answered inside the head already, or not answered by the candidate's first sentence
    assert bp.structure_features("最好的不是老将而是", "新人，大家都很意外。")["correlative"] == 0
    assert bp.structure_features("表现最好的不是", "新人。后来才是老将。")["correlative"] == 0
    # the first half in an earlier, closed sentence of the head does not count
    assert bp.structure_features("虽然下雨。比赛照常", "进行，但观众少了。")["correlative"] == 0


def test_structure_features_raise_the_score():
    last, first = ("打算", "v"), ("再", "d")
    args = (last, first, 0.0, False, 3, True)
    quoted = bp.pair_score("他说：“我们明年打算", "再招两百名工人。”他说。", *args)
    plain = bp.pair_score("他说：“我们明年打算", "再招两百名工人。他说。", *args)
    stray = bp.pair_score("他说，我们明年打算", "再招两百名工人。”他说。", *args)
    assert quoted is not None and plain is not None and stray is not None
    assert quoted > plain > stray


# -- end to end --------------------------------------------------------------------------

CORRELATIVE = (
    "新区建设提速\n\n"
    "去年以来，新区不仅\n\n"
    "新区管委会有关负责人介绍了情况。\n\n"
    "全区已有八成项目按期开工。\n\n"
    "{tail}\n\n"
    "明年，新区将继续加大投入。"
)


def test_a_far_tail_that_completes_a_correlative(rules):
    # the next paragraph could continue 新区不仅 too; the far one brings its 还
    text = CORRELATIVE.format(tail="引进了三家龙头企业，还建成了一座物流园。")
    assert pairs(rules, text) == {(3, 9)}


def test_the_second_half_is_what_counts():
    last, first = ("不仅", "c"), ("引进", "v")
    args = (last, first, 0.0, False, 3, True)
    both = bp.pair_score("去年以来，新区不仅", "引进了三家龙头企业，还建成了物流园。", *args)
    one = bp.pair_score("去年以来，新区不仅", "引进了三家龙头企业，建成了物流园。", *args)
    assert both is not None and one is not None and both > one


# a short line deep in the body, cut mid-word; its tail stands three paragraphs down
BODY = [
    "城区建设提速",
    "今年以来，区里把城市更新作为重点工作，全年安排项目四十个。",
    "区住建局负责人介绍，已开工的项目有二十六个，完成投资九亿元。",
    "在城东片区，两座社区公园已经建成开放，周边居民有了休闲去处。",
    "{head}",
    "区里还为每个项目配备了专门的联络员。",
    "截至目前，已有六个项目通过验收。",
    "{tail}",
    "改造资金由市区两级财政共同承担。",
]


@pytest.mark.parametrize(
    "head, tail",
    [
        ("预计明", "年六月全部建成，投入使用。"),
        ("体育馆的建", "设工期为十八个月，年底前完成主体结构。"),
    ],
)
def test_a_title_like_line_cut_mid_word_finds_its_far_tail(rules, head, tail):
    assert pairs(rules, "\n\n".join(BODY).format(head=head, tail=tail)) == {(9, 15)}


@pytest.mark.parametrize("head", ["预计明", "体育馆的建"])
def test_with_its_tail_lost_a_cut_title_like_line_takes_no_paragraph(rules, head):
    body = [b for b in BODY if b != "{tail}"]
    assert pairs(rules, "\n\n".join(body).format(head=head)) == {(9, None)}


def test_a_whole_word_title_like_line_takes_no_far_paragraph(rules):
    # no word is cut across the joint: nothing says the far paragraph is its rest
    text = "\n\n".join(BODY).format(head="城东体育馆", tail="年底前完成主体结构，明年投入使用。")
    assert {p for p in pairs(rules, text) if p[1] is not None} == set()


def test_own_evidence_is_a_cut_across_the_joint_or_a_start_no_sentence_has():
    # a word cut across the joint (负责 | 人, 明 | 年), or a start no sentence has
    assert bp.own_evidence("对于签约服务的效果，中心负责", "人告诉记者，满意度超过九成。", 0.0)
    assert bp.own_evidence("预计明", "年六月全部建成。", 0.0)
    assert bp.own_evidence("区里新建的", "，两座都已开放。", bp.EVIDENCE_HEAD)
    # look-alikes: a whole word at the joint, a sentence's own start
    assert not bp.own_evidence("对于签约服务的效果，中心主任", "告诉记者，满意度超过九成。", 0.0)
    assert not bp.own_evidence("城东体育馆", "年底前完成主体结构。", 0.0)
    assert not bp.own_evidence("区里新建的体育馆", "他们每周都来锻炼。", 0.0)


def test_a_sentence_start_or_a_title_line_needs_a_real_cut():
    # 今年 | 年底前 reads as one word across the joint, but a line that opens as a sentence
    # does (or reads as a title) needs more than that; 负责 | 人 is a cut all the same
    tail, head = "全区的改造任务力争今年", "年底前全部完成。"
    assert bp.own_evidence(tail, head, 0.0)
    assert not bp.own_evidence(tail, head, 0.0, strict=True)
    assert bp.own_evidence(
        "对于签约服务的效果，中心负责", "人告诉记者，满意度超过九成。", 0.0, True
    )
