"""A line that ends on a numeral of one character whose measure word or noun is lost
(…侥幸躲过一 | 劫, …很重要的一 | 部分, …中国是一 | 个…, …房前有一 | 棵…, …另一 | 位):
session 19, issue 9. No sentence end of the clean corpora (0 of 27,554) ends so. Look-alikes
keep their figure: 说法不一 (not alike), 原因有三 and 答案是三 (a figure of its own), 合二为一,
百里挑一, 三十一, 进入前三, 第一. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from lint_news.checks.break_evidence import STRONG, tail_evidence
from lint_news.checks.break_title_ends import dangling_numeral

from .break_support import pairs, structure_rules


@pytest.mark.parametrize(
    "end",
    [
        "那年夏天，村里的老房子侥幸躲过一",
        "这次合作对我们来说是很重要的一",
        "大家普遍认为，新区是一",
        "老周家的院子里有一",
        "这是区里今年推出的另一",
        "双方经过三轮谈判，终于达成一",
        "工作人员为每位老人准备了一",
        "记者注意到，这一",
        "全市还有几",
    ],
)
def test_a_numeral_that_owes_its_measure_word_is_strong(end):
    weight, why = tail_evidence(end)
    assert weight >= STRONG and "数词" in why
    assert dangling_numeral(end) == end[-1]


@pytest.mark.parametrize(
    "end",
    [
        "对于这件事，各方的说法不一",
        "各地的标准也不一",
        "之所以如此，原因有三",
        "这道题的答案是三",
        "两家公司决定合二为一",
        "这样的人才真是百里挑一",
        "今年他的年龄是三十一",
        "这支球队首次进入前三",
        "他在比赛中获得了第一",
        "这是其中之一",
    ],
)
def test_look_alikes_keep_their_figure(end):
    assert dangling_numeral(end) == ""
    weight, why = tail_evidence(end)
    assert "数词" not in why


def test_a_head_that_stops_on_a_numeral_pairs_with_its_moved_tail():
    text = (
        "城东新区今年建设提速\n\n"
        "城东新区今年共完成投资86亿元，新建学校3所。\n\n"
        "区里的干部告诉记者，新建的城东小学是全区最漂亮的一\n\n"
        "新建的幼儿园已经全部开园，家长们普遍表示满意。\n\n"
        "区里的干部说，今年的任务比往年都重。\n\n"
        "所学校，教学楼、操场和食堂都已投入使用。\n\n"
        "明年，城东新区还将继续加大投入力度。"
    )
    assert pairs(structure_rules(), text) == {(5, 11)}
