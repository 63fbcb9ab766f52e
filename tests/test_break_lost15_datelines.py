"""A dateline alone on its line under the headline, over a paragraph that opens as no lead
does (issue 9, break-lost).

A lead opens with its dateline and runs on in the same line (某某网体育讯 首节比赛…). When the
lead's paragraph is cut right after the dateline and its rest is lost, the dateline stands
alone (with at most its byline) over the story's second paragraph, which opens with neither
the time nor the source of the news (…讯 | 而在城东，…). A dateline over a lead (…讯 | 今天
上午，…; …讯 | 记者从…获悉) stays silent, as do a dateline the classifier knows as one
(新华社城东5月6日电: a page may set it alone), a byline, a source credit. Every sentence here
is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_datelines import dateline_over_body
from lint_news.document import Document

from .break_support import broken_paragraph_rule
from .break_support import lines as lines_in

TEXT = (
    "城东体育馆承办全市篮球联赛\n\n"
    "{line}\n\n"
    "{nxt}\n\n"
    "比赛结束后，双方教练都对年轻球员的表现给予了肯定。"
)
SECOND = "而在城南赛区，主队凭借最后一节的反击逆转取胜。"  # a story's second paragraph


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


@pytest.mark.parametrize(
    "line",
    [
        "城东网体育讯",
        "【城东晚报讯】(记者 王晓东)",
        "城东在线6月24日消息 (城东台记者李明)",
        "据城南《晨报》报",
    ],
)
def test_a_dateline_alone_over_a_second_paragraph_is_a_break(rule, line):
    assert lines_in(rule, TEXT.format(line=line, nxt=SECOND)) == {3}


@pytest.mark.parametrize(
    "nxt",
    [
        "今天上午，全市篮球联赛在城东体育馆开幕。",  # the time of the news
        "记者从市体育局获悉，全市篮球联赛将于下月开幕。",  # its source
        "城东体育馆昨天迎来了全市篮球联赛的揭幕战。",
        "清晨六点，城东体育馆外已经排起了长队。",
    ],
)
def test_a_dateline_over_a_lead_stays_silent(rule, nxt):
    assert 3 not in lines_in(rule, TEXT.format(line="城东网体育讯", nxt=nxt))


@pytest.mark.parametrize(
    "line",
    [
        "新华社城东5月6日电",  # a dateline the classifier knows: a page may set it alone
        "本报记者 王晓东",  # a byline
        "据新华社",  # a source credit
        "城东网体育讯 首节比赛双方战成平手",  # a dateline and a lead's first words
    ],
)
def test_other_lines_under_the_headline_are_not_read(line):
    doc = Document(TEXT.format(line=line, nxt=SECOND))
    assert dateline_over_body(doc.blocks[1], doc.blocks) is None


def test_only_right_under_the_headline():
    text = (
        "城东体育馆承办全市篮球联赛\n\n"
        "全市篮球联赛昨天在城东体育馆开幕，共有十二支球队参赛。\n\n"
        "城东网体育讯\n\n" + SECOND
    )
    doc = Document(text)
    line = next(b for b in doc.blocks if b.text == "城东网体育讯")
    assert dateline_over_body(line, doc.blocks) is None
