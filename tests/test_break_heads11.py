"""Rows of a table cut in two (issue 9, session 7, round 2).

A table laid out one row per line (a place or an item, then figures and units: 某地晴－3℃／6℃)
gives every row the same shape. A line among three or more rows of one shape whose figures
stop short of it (…晴－3, …晴－3℃／) is a row cut in two; so is a line with no figures that,
joined with the next line, makes a row whose rest cannot stand alone (a tail with no head,
℃／…, or a word cut across the joint: 多 | 云). A section title inside the table, a row of
another shape and a row that ends on a unit with fewer columns stay silent. Every line here
is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_tables import table_row_cut
from lint_news.document import Document

from .break_support import broken_paragraph_rule, lines


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


ROWS = [
    "明日天气",
    "广州多云18℃／25℃",
    "昆明晴8℃／20℃",
    "成都阴转小雨6℃／11℃",
    "西宁晴转多云－8℃／5℃",
    "兰州多云－6℃／4℃",
    "银川晴－10℃／2℃",
]


def _table(rows: list[str]) -> str:
    return "\n\n".join(rows) + "\n"


@pytest.mark.parametrize(
    "cut, line",
    [
        (["兰州多", "云－6℃／4℃"], 11),  # 多 | 云: a word cut across
        (["兰州多云－6", "℃／4℃"], 11),  # figures stop short
        (["兰州多云", "－6℃／4℃"], 11),  # a tail with no head
        (["兰州多云－6℃／"], 11),  # lost: the rest is gone
    ],
)
def test_a_row_cut_in_two_is_a_break(rule, cut, line):
    rows = ROWS[:5] + cut + ROWS[6:]
    assert line in lines(rule, _table(rows))


def test_a_row_cut_at_the_end_is_a_break(rule):
    assert lines(rule, _table([*ROWS, "呼和浩特晴－1"])) == {15}


@pytest.mark.parametrize(
    "extra",
    [
        ["部分景区预报", "黄山晴－6℃／4℃"],  # a section title over the next rows
        ["部分景区", "黄山晴－6℃／4℃"],
        ["全区平均9℃"],  # a row of fewer columns that ends on a unit
        ["以上数据由市气象台提供"],  # a note after the table
        ["呼和浩特晴－11℃／－3℃"],  # an intact row
    ],
)
def test_rows_and_titles_of_a_whole_table_stay_silent(rule, extra):
    assert lines(rule, _table(ROWS + extra + ROWS[1:3])) == set()


def test_too_few_rows_say_nothing():
    # two rows are no table: a line that ends on a figure there is no cut row
    doc = Document(_table(["成绩公布", "甲班平均88％／92％", "乙班平均85％／90％", "丙班平均8"]))
    assert table_row_cut(doc.blocks[-1], doc.blocks) is None


def test_a_table_of_percentages_is_read_the_same_way():
    rows = ["一季度增长8.5％／7.9％", "二季度增长8.1％／7.6％", "三季度增长7.8％／7.2％"]
    doc = Document(_table(["分季度数据", *rows, "四季度增长7.", "4％／7.0％"]))
    b = doc.blocks[4]
    assert b.text == "四季度增长7."
    assert table_row_cut(b, doc.blocks) == "表格行的数字没有写完"


NAME_BETWEEN = (
    "古装片的服装向来是观众议论的话题。\n\n"
    "剧组为此请来多位专家，翻阅了大量旧照片。\n\n"
    "{name}\n\n"
    "{rest}\n\n"
    "影片预计明年春节上映。"
)


@pytest.mark.parametrize(
    "rest", ["说，为了还原那个年代，她特意走访了几家老裁缝铺。", "表示：每件衣服都要经得起细看。"]
)
def test_a_name_over_a_paragraph_that_opens_with_its_saying_is_a_head(rule, rest):
    assert lines(rule, NAME_BETWEEN.format(name="张秀兰", rest=rest)) == {5}


@pytest.mark.parametrize(
    "rest",
    [
        "为了还原那个年代，她特意走访了几家老裁缝铺。",  # a sentence of its own
        "说明书上写着，每件衣服都要手工缝制。",  # 说明, not 说
        "她说，每件衣服都要经得起细看。",  # the paragraph names its subject
    ],
)
def test_a_name_over_a_paragraph_of_its_own_stays_silent(rule, rest):
    assert lines(rule, NAME_BETWEEN.format(name="张秀兰", rest=rest)) == set()
