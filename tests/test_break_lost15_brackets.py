"""A title-like line that leaves a bracket open near its end (issue 9, break-lost).

A line cut inside a bracket (…S2000HD [参考价格, …观看了文艺演出…［详) is no heading, credit or
label: none stops inside its brackets. Web page furniture of this kind is otherwise left
alone, so the open bracket is what shows the cut, wherever the line stands. Its look-alikes
stay silent: a closed bracket, a quotation mark left open (a heading may open a quotation
that the next paragraph goes on with), a bracket far from the end. Every sentence here is
written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_lone_lines import open_bracket

from .break_support import broken_paragraph_rule
from .break_support import lines as lines_in

# a headline, three paragraphs that end in a full stop, and {line} after the last one
AT_END = (
    "城东数码广场新品上市\n\n"
    "城东数码广场本周推出多款新品相机，吸引了不少摄影爱好者。\n\n"
    "据商家介绍，新品相机的成像质量比上一代有明显提升。\n\n"
    "商家表示，本周购买还可获赠存储卡一张。\n\n"
    "{line}"
)
LINE = 9


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


@pytest.mark.parametrize(
    "line",
    [
        "星光 X200\xa0\xa0\xa0 [参考价格",  # a price label cut inside its bracket
        "星光 X200[商家地址",
        "新品发布会吸引了大批市民…［\u3000详",  # a link cut
    ],
)
def test_a_line_cut_inside_a_bracket_is_a_break(rule, line):
    assert lines_in(rule, AT_END.format(line=line)) == {LINE}


@pytest.mark.parametrize(
    "line",
    [
        "星光 X200\xa0\xa0\xa0 [参考价格] 2600元",  # the bracket closed: a price line
        "（城东晚报记者 王晓明）",  # a credit in brackets
        "［详细］",
    ],
)
def test_a_closed_bracket_stays_silent(rule, line):
    assert lines_in(rule, AT_END.format(line=line)) == set()


@pytest.mark.parametrize(
    "text, mark",
    [
        ("星光 X200 [参考价格", "["),
        ("新品发布会吸引了大批市民…［详", "［"),
        ("城东数码广场（新馆", "（"),
        ("星光 X200 [参考价格] 2600元", ""),
        ("他斩钉截铁地回答：“还不够好", ""),  # a quotation mark: a heading may open one
        ("【活动】城东数码广场本周推出多款新品相机并举办摄影讲座", ""),  # far from the end
        ("星光 X200 [", ""),  # the bracket itself at the end: another reason's
    ],
)
def test_open_bracket(text, mark):
    assert open_bracket(text) == mark
