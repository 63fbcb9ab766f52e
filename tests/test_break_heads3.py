"""What makes a family of headings around a short title-like line (issue 9).

A short line between two body paragraphs is a subhead when the text has other headings, and
the head of a broken paragraph when it stands alone. Only headings count as its family: a
sentence on a line of its own (大家都愣住了。), a word of dialogue (不！), a note or credit in brackets ((附图片2张),
（本报记者 王明）) or a name does not make an article one with subheads. Every sentence here is
written for the test; each shape has look-alikes that must stay silent.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_heads import family
from lint_news.document import Document

from .break_support import BODY, LINE, broken_paragraph_rule, lines


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


NOT_HEADINGS = [
    "大家都愣住了。",  # a sentence on its own line
    "不！",  # a word of dialogue
    "（附图片2张）",  # a note on the page's pictures
    "（本报记者 王明）",  # a credit in brackets
    "本报记者 王明",  # a byline
]


@pytest.mark.parametrize("other", NOT_HEADINGS)
def test_a_sentence_note_or_credit_makes_no_family(rule, other):
    text = BODY.format(other=other, line="区里今年刚刚建成")
    assert LINE in lines(rule, text)


@pytest.mark.parametrize("other", ["优化营商环境", "二、完善服务平台", "家门口的好学校"])
def test_a_real_heading_makes_a_family_and_the_line_stays_silent(rule, other):
    for line in ("区里今年刚刚建成", "聚焦民生实事", "社区卫生服务中心"):
        assert LINE not in lines(rule, BODY.format(other=other, line=line))


def test_family_counts_headings_only():
    def fam(other: str) -> bool:
        doc = Document(BODY.format(other=other, line="区里今年刚刚建成"))
        b = doc.blocks[4]
        assert b.text == "区里今年刚刚建成"
        return family(b, doc.blocks)

    assert all(not fam(x) for x in NOT_HEADINGS)
    assert fam("优化营商环境")
    assert fam("他们为何不负债？")  # a question is a subhead's form too
    assert fam("人民不会忘记他们！")  # and an exclamation


# -- list items among items that all end with a final mark ---------------------------------

LIST = (
    "街道今年为老年人办了几件实事。\n\n"
    "1. 社区食堂每天供应早餐和午餐，七十岁以上老人每餐减免三元。\n\n"
    "2. {item}\n\n"
    "3. 家庭医生每月上门随访一次，重点关注独居老人。\n\n"
    "4. 老旧小区加装电梯十二部，居民出行更加方便。\n\n"
    "街道表示，明年还将继续扩大服务范围。"
)


@pytest.mark.parametrize(
    "item",
    [
        "助餐点增加到十五个，并在每个小区设立了",  # a clause that stops
        "助老服务热线全天开通。志愿者队伍已发展到",  # a second sentence that stops
        "文体活动室全部免费开放，老人们在这里下棋",  # an end that could end a clause
    ],
)
def test_an_item_of_running_text_without_the_mark_its_siblings_have_is_reported(rule, item):
    assert 5 in lines(rule, LIST.format(item=item))


@pytest.mark.parametrize(
    "item",
    [
        "助餐点增加到十五个。",  # closed like the others
        "完善助老服务网络",  # a heading-like item: no clause inside
        "助餐、助浴、助医服务全覆盖",  # a list inside the item, no clause
    ],
)
def test_items_that_close_or_hold_no_clause_stay_silent(rule, item):
    assert 5 not in lines(rule, LIST.format(item=item))


def test_a_list_whose_items_end_without_marks_says_nothing(rule):
    # the house style of this list: no item ends with a mark
    text = LIST.format(item="助餐点增加到十五个，并在每个小区设立了")
    text = text.replace("减免三元。", "减免三元").replace(
        "一次，重点关注独居老人。", "一次，重点关注独居老人"
    )
    text = text.replace("更加方便。", "更加方便")
    assert 5 not in lines(rule, text)


def test_a_list_of_two_items_says_nothing(rule):
    text = (
        "街道今年为老年人办了两件实事。\n\n"
        "1. 社区食堂每天供应早餐和午餐，七十岁以上老人每餐减免三元。\n\n"
        "2. 助餐点增加到十五个，老人们在这里下棋\n\n"
        "街道表示，明年还将继续扩大服务范围。"
    )
    assert 5 not in lines(rule, text)


# -- a line of one character ---------------------------------------------------------------


@pytest.mark.parametrize("other", ["家长们都很满意。", "优化营商环境"])
def test_one_character_between_body_paragraphs_is_a_head(rule, other):
    # whether the text has no other heading or longer ones: no subhead of them is that short
    assert LINE in lines(rule, BODY.format(other=other, line="新"))


def test_one_character_under_the_lead_is_a_head(rule):
    text = (
        "今年全区新建幼儿园6所，新增学位2700个。\n\n"
        "据\n\n"
        "教师队伍也在不断壮大，去年新招聘教师180人。\n\n"
        "下一步，全区将继续推进学前教育普惠发展。"
    )
    assert lines(rule, text) == {3}


def test_one_character_subheads_in_a_family_of_them_stay_silent(rule):
    text = BODY.format(other="稳", line="进")
    assert LINE not in lines(rule, text) and 3 not in lines(rule, text)


def test_a_one_character_label_stays_silent(rule):
    assert LINE not in lines(rule, BODY.format(other="家长们都很满意。", line="注"))


@pytest.mark.parametrize("other", ["走进电视台", "来自一线的喜报"])
def test_subheads_ending_like_a_source_still_make_a_family(rule, other):
    assert LINE not in lines(rule, BODY.format(other=other, line="区里今年刚刚建成"))
