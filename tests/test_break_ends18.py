"""Ends no clause has, added in session 18 (issue 9): a quantifier that never stands
without its noun (采取了一系列 | 措施, 推出了诸多 | 举措), a demonstrative and a measure
word written as two words (这套 | 程序, 该批 | 货物), a degree demonstrative without its
adjective (在这么 | 短的时间里), a numeral and 大 without its noun (面临两大 | 难题), 一种/一类 after 是/有/成为 (也是一种 | 支持).
Look-alikes stay silent: quantifiers a clause may end on
(快一些, 增加了许多), a distributive count (每套, 每人一套), words that end in 么 and close a
clause (为什么, 怎么), a party congress (党的十八大, 中共五大), a verb ending in 大 (长大). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from lint_news.checks.break_evidence import STRONG, tail_evidence

from .break_support import pairs, structure_rules


@pytest.mark.parametrize(
    "end",
    [
        "为此，区里今年采取了一系列",
        "园区今年推出了诸多",
        "展会吸引了全国各地的众多",
        "区里为新来的老师们准备了各种",
        "记者了解到，这套",
        "据悉，该批",
        "他们在这么",
        "工期被压缩得那么",
        "延迟退休面临两大",
        "这座城市已经成为全球第三大",
        "这是一大",
        "这种理解，也是一种",
        "这已经成为一类",
    ],
)
def test_an_end_that_waits_for_its_noun_or_adjective_is_strong(end):
    weight, why = tail_evidence(end)
    assert weight >= STRONG and why


@pytest.mark.parametrize(
    "end",
    [
        "希望工程的进度能再快一些",
        "今年的订单比去年增加了许多",
        "每套",
        "新生每人一套",
        "这究竟是为什么",
        "大家不知道该怎么",
        "各地代表团陆续抵京，迎接党的十八大",
        "中共五大",
        "孩子们都已长大",
        "熊猫是熊科的一种",
        "这只是其中的一种",
    ],
)
def test_look_alikes_are_not_read_so(end):
    weight, why = tail_evidence(end)
    assert not (weight >= STRONG and ("缺少所指的名词" in why or "形容词" in why)), why


def test_a_head_line_that_stops_on_such_a_word_pairs_with_its_moved_tail():
    text = (
        "城东新区今年建设提速\n\n"
        "城东新区今年共完成投资86亿元，新建学校3所。\n\n"
        "为了让孩子们按时入学，区里采取了一系列\n\n"
        "新建的幼儿园已经全部开园，家长们普遍表示满意。\n\n"
        "区里的干部说，今年的任务比往年都重。\n\n"
        "措施，确保九月一日前全部完工。\n\n"
        "明年，城东新区还将继续加大投入力度。"
    )
    assert pairs(structure_rules(), text) == {(5, 11)}
