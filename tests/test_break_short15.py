"""A short body paragraph that stops without a final mark but opens a clause of running text
(同时，一位参与 | 调查的…) is a paragraph cut short, however short (session 8). Short lines with
no such clause (a slogan with a comma, a numbered heading, a finished short sentence) stay
silent. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from .break_support import broken_paragraph_rule, lines

TEXT = (
    "记者近日走访了城东的几家社区食堂。\n\n"
    "走访发现，多数食堂的菜价比周边餐馆低三成左右。\n\n"
    "社区工作人员介绍，食堂由街道补贴，交给专业公司运营。\n\n"
    "{line}\n\n"
    "{next}\n\n"
    "街道表示，明年还将在另外两个社区开设食堂。"
)
LINE = 7


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


@pytest.mark.parametrize(
    "line, nxt",
    [
        ("同时，一位参与", "调查的居民表示，希望食堂能延长晚餐供应时间。"),
        ("同时，几位参与", "管理的志愿者说，食堂的卫生一直很好。"),
    ],
)
def test_a_short_paragraph_that_opens_a_clause_and_stops_is_reported(rule, line, nxt):
    assert LINE in lines(rule, TEXT.format(line=line, next=nxt))


@pytest.mark.parametrize(
    "line",
    [
        "服务，从一碗饭开始",  # a heading with a comma
        "二、存在的问题",  # a numbered heading
        "老人们说，好吃。",  # a finished short sentence
        "同时，一位参与调查的居民说。",  # the same clause, finished
    ],
)
def test_short_lines_with_no_open_clause_stay_silent(rule, line):
    text = TEXT.format(line=line, next="记者在午餐时段看到，前来就餐的居民排起了长队。")
    assert lines(rule, text) == set()
