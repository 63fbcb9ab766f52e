"""A date cut inside its digits: an end on a month and a day's first digit (…7月3) whose
rest is a paragraph that opens with the day's other digit and 日 (1日称，…), or an end on a
year and a month's first digit (…2023年1) before 2月…, is one number cut across the joint,
not a figure and another date (issue 9, session 18: such a tail, moved two paragraphs
away, was passed over for the paragraph right after the break). Look-alikes: a day or a
month that the joined digits would make impossible (7月3 | 5日, 2023年1 | 3月). A date and 至 at the end (5月1日至 | 7日…) is a
range whose other date the next text must bring. Every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from lint_news.checks.break_joint import number_cut

from .break_support import pairs, structure_rules


@pytest.mark.parametrize(
    "end, start",
    [
        ("当地一家通讯社7月3", "1日称，代表团已经回国。"),
        ("该项目原计划于2023年1", "2月底建成投用。"),
        ("会议定于７月１", "２日召开。"),
        ("该项目原计划于2023年5", "月底建成投用。"),
    ],
)
def test_a_date_cut_inside_its_digits_is_a_cut(end, start):
    assert number_cut(end, start)[0] >= 9.0


@pytest.mark.parametrize(
    "end, start",
    [
        ("展期为5月1日至", "7日，地点在市体育馆。"),
        ("代表团１０月２９日至", "１０月３０日上午考察了三峡工程。"),
        ("规划期为2021年至", "2025年。"),
    ],
)
def test_a_date_range_cut_after_its_zhi_is_a_cut(end, start):
    assert number_cut(end, start)[0] > 0


@pytest.mark.parametrize(
    "end, start",
    [("展期为5月1日至", "市体育馆闭馆为止。"), ("他从北京到", "2号线换乘。")],
)
def test_a_range_without_a_date_after_it_is_no_cut(end, start):
    assert number_cut(end, start)[0] <= 0.0


@pytest.mark.parametrize(
    "end, start",
    [
        ("当地一家通讯社7月3", "5日称，代表团已经回国。"),
        ("该项目原计划于2023年1", "3月底建成投用。"),
        ("该项目原计划于2023年1", "年后建成投用。"),
    ],
)
def test_digits_that_would_make_no_date_are_no_cut(end, start):
    assert number_cut(end, start)[0] <= 0.0


def test_the_moved_rest_of_a_date_is_paired_over_the_next_paragraph():
    text = (
        "城东新区今年建设提速\n\n"
        "据本月2日出版的一家报纸报道，当地一家通讯社7月3\n\n"
        "新建的幼儿园已经全部开园，家长们普遍表示满意。\n\n"
        "区里的干部说，今年的任务比往年都重，但大家干劲很足。\n\n"
        "1日称，一个来自城东新区的教育代表团刚刚结束了访问。\n\n"
        "明年，城东新区还将继续加大投入力度。"
    )
    assert pairs(structure_rules(), text) == {(3, 9)}
