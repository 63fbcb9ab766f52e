"""A dateline alone on its line right before a paragraph that opens with its reporter's
credit: the lead's first line cut in two (issue 9). Sentences are the tests' own."""

from __future__ import annotations

import pytest

from lint_news.rules import load_pack

from .break_support import PACK, broken_paragraph_rule, lines, pairs

HEADLINE = "全市新增公共充电桩两千个"
REST = "全市今年新建公共充电桩2000个，覆盖所有街道。\n\n市发改委表示，明年还将继续加密布局。"


def _text(dateline: str, lead: str) -> str:
    return f"{HEADLINE}\n\n{dateline}\n\n{lead}{REST}"


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


@pytest.mark.parametrize(
    ("dateline", "lead"),
    [
        ("本报讯", "（记者 周某）"),
        ("本报讯", "(记者 周某 通讯员 吴某)"),
        ("本报杭州3月5日电", "记者周某报道："),
        ("新华社南京3月5日电", "（记者　周某）"),
        ("中新社合肥３月５日电", "（本报记者 周某）"),
        ("本报讯", "（驻京记者 周某）"),
    ],
)
def test_a_dateline_cut_from_its_byline_is_a_break_paired_with_the_lead(rule, dateline, lead):
    text = _text(dateline, lead)
    assert lines(rule, text) == {3}
    rules = {r.id: r for r in load_pack(PACK)}
    assert (3, 5) in pairs(rules, text)  # the lead's paragraph is the rest


@pytest.mark.parametrize(
    ("dateline", "lead"),
    [
        ("本报讯", ""),  # a dateline over a lead with no byline: a layout, not a cut
        ("本报杭州3月5日电", "今年以来，"),
        ("新华社南京3月5日电", "（记者手记）"),  # a column label, not a byline
        ("本报讯（记者 周某）", ""),  # dateline and byline together: no cut
    ],
)
def test_a_dateline_over_a_lead_that_opens_otherwise_stays_silent(rule, dateline, lead):
    assert lines(rule, _text(dateline, lead)) == set()


def test_a_byline_paragraph_after_a_plain_paragraph_stays_silent(rule):
    text = f"{HEADLINE}\n\n全市今年新建公共充电桩2000个。\n\n（记者 周某）{REST}"
    assert lines(rule, text) == set()
