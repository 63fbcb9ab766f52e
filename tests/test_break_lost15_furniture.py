"""One Chinese character after a paragraph's last web page furniture (issue 9, break-lost).

A paragraph that ends in web page furniture (a bracketed link, a run of spaces) is left
alone: links and prices end so. When one Chinese character follows the last of it, the
line or link that the page started there was cut after its first character (…［详细］
\\ue40c百, …[报价查询]\\xa0数). An end mark or a credit's role alone (…\\xa0\\xa0完) stays
silent, as does a name spaced out to a column's width (记者\\xa0\\xa0王\\xa0\\xa0明). Every
sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_trailers import char_after_furniture

from .break_support import broken_paragraph_rule
from .break_support import lines as lines_in

TEXT = (
    "城东数码广场新品上市\n\n"
    "城东数码广场本周推出多款新品相机，吸引了不少摄影爱好者。\n\n"
    "{para}\n\n"
    "商家表示，本周购买还可获赠存储卡一张。"
)
LINE = 5


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


@pytest.mark.parametrize(
    "para",
    [
        "据商家介绍，新品相机的成像质量比上一代有明显提升。［详细］\ue40c城",
        "据商家介绍，新品相机的成像质量比上一代有明显提升。[报价查询]\xa0 数",
        "据商家介绍，新品相机的成像质量比上一代有明显提升。\xa0\xa0\xa0\xa0相",  # a gap
    ],
)
def test_one_character_after_the_furniture_is_a_break(rule, para):
    assert lines_in(rule, TEXT.format(para=para)) == {LINE}


@pytest.mark.parametrize(
    "para",
    [
        "据商家介绍，新品相机的成像质量比上一代有明显提升。［详细］",
        "据商家介绍，新品相机的成像质量比上一代有明显提升。\xa0\xa0\xa0完",  # an end mark
        "据商家介绍，新品相机的成像质量比上一代有明显提升。\xa0\xa0王晓东/文",
        "据商家介绍，新品相机的成像质量比上一代有明显提升。\xa0\xa0记者\xa0\xa0王\xa0\xa0明",
    ],
)
def test_furniture_an_end_mark_or_a_spaced_name_stays_silent(rule, para):
    assert lines_in(rule, TEXT.format(para=para)) == set()


@pytest.mark.parametrize(
    "text, char",
    [
        ("相机新品上市。［详细］\ue40c城", "城"),
        ("相机新品上市。[报价查询]\xa0 数", "数"),
        ("相机新品上市。［详细］\ue40c城东", ""),  # two characters: another reading's
        ("相机新品上市。\xa0\xa0\xa0完", ""),
        ("记者\xa0\xa0王\xa0\xa0明", ""),  # a spaced name
        ("相机新品上市。城", ""),  # no furniture
    ],
)
def test_char_after_furniture(text, char):
    assert char_after_furniture(text) == char
