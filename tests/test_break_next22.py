"""Pairing a lead's dateline cut in two (issue 9, next22): its source alone on a line (本报,
新华社某地, 新浪) and the rest of the dateline (…5月8日电, 生活讯) opening the next paragraph.
The joined text is a whole dateline that neither half is, so the next paragraph is the
line's rest. Every sentence is written for the test; each shape has look-alikes."""

from __future__ import annotations

import pytest

from lint_news.checks.truncation_joint import dateline_joint

from .break_support import pairs, structure_rules


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


@pytest.mark.parametrize(
    ("tail", "head"),
    [
        ("新华社南京", "5月8日电 今年全市计划新建公园二十座。"),
        ("新华社北京", "６月５日电某部门今天发布通知。"),
        ("本报", "南京5月8日电记者李明报道：全市新建公园二十座。"),
        ("本报北京", "3月2日电 会议今天闭幕。"),
        ("新浪", "生活讯 全市新建公园二十座。"),
        ("天津", "3月2日电 会议今天闭幕。"),
    ],
)
def test_a_dateline_cut_in_two(tail, head):
    assert dateline_joint(tail, head)


@pytest.mark.parametrize(
    ("tail", "head"),
    [
        ("本报", "记者今天从市园林局获悉，全市新建公园二十座。"),  # no dateline joined
        ("本报讯", "记者从市里获悉，会议今天闭幕。"),  # whole on its line already
        ("新华社北京", "新华社北京6月5日电 某部门今天发布通知。"),  # the rest repeats it
        ("市民", "5月3日讯问了几位专家。"),  # 讯问, a verb: no source before it
        ("新浪", "微博上的消息称，会议今天闭幕。"),
        ("公司", "今天宣布，新产品下月上市。"),
        ("全市今年新建和改造的公园共有二十座", "5月8日电"),  # too long for a source line
    ],
)
def test_no_dateline_across_the_joint(tail, head):
    assert not dateline_joint(tail, head)


PARK = (
    "全市今年新建公园二十座\n\n"
    "{src}\n\n"
    "{rest}今年全市计划新建和改造公园二十座，目前已有十二座完工开放。\n\n"
    "市园林局表示，新建公园将优先布局在居住区周边，方便市民就近休闲。\n\n"
    "下一步，全市还将推进绿道建设，串联各个公园。"
)


@pytest.mark.parametrize(
    ("src", "rest"),
    [("新华社南京", "5月8日电 "), ("本报", "南京5月8日电记者李明报道："), ("新浪", "生活讯 ")],
)
def test_the_source_line_is_paired_with_the_rest_of_its_dateline(rules, src, rest):
    assert pairs(rules, PARK.format(src=src, rest=rest)) == {(3, 5)}


def test_a_source_line_before_a_paragraph_with_no_dateline_takes_no_partner(rules):
    assert pairs(rules, PARK.format(src="本报", rest="记者李明报道：")) == {(3, None)}


def test_a_word_line_before_a_date_is_no_break(rules):
    assert pairs(rules, PARK.format(src="公园", rest="5月8日电 ")) == set()
