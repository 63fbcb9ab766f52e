"""A table row cut in two names the next line as its rest (issue 9: the cut row was found
but paired with nothing, since that line is no paragraph). Rows are the tests' own."""

from __future__ import annotations

import pytest

from lint_news.rules import load_pack

from .break_support import PACK, pairs

ROWS = ["广州多云转晴18℃／25℃", "昆明阴转小雨9℃／17℃", "拉萨晴－6℃／8℃"]


@pytest.fixture(scope="module")
def rules():
    return {r.id: r for r in load_pack(PACK)}


@pytest.mark.parametrize(
    ("head", "rest"),
    [
        ("成都多云转", "晴7℃／12℃"),  # the weather column's word opens the next line
        ("成都", "阴转小雨6℃／10℃"),
        ("成都阴转小雨", "6℃／10℃"),  # the figures on the next line
    ],
)
def test_a_row_cut_in_two_is_paired_with_the_next_line(rules, head, rest):
    text = "\n\n".join(["城市天气预报", *ROWS, head, rest, "西宁晴－10℃／3℃"])
    assert pairs(rules, text) == {(9, 11)}


def test_two_rows_and_a_line_the_next_line_completes_pair_up(rules):
    text = "\n\n".join(["城市天气预报", *ROWS[:2], "拉萨晴－6℃／8", "℃"])
    assert pairs(rules, text) == {(7, 9)}


def test_whole_rows_and_a_heading_over_rows_stay_silent(rules):
    text = "\n\n".join(["城市天气预报", *ROWS, "西北地区", "西宁晴－10℃／3℃", "银川多云－8℃／4℃"])
    assert pairs(rules, text) == set()
