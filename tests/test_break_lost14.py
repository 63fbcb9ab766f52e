"""A short stub after an article's last full stop, left open (issue 9, break-lost).

When the last paragraph of an article was cut early and its rest is lost, what stays after
its last full stop is the head of a sentence: a stub. A stub that runs on in a list or a
clause, opens with a word that points back into the text, or is a few characters that end
on a predicate is reported (a step below the rule's severity). Its look-alikes stay silent:
a credit, a dateline, a name, a date, a headline glued after the last full stop, a stub in
a paragraph laid out as a web page. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_prose import last_stub

from .break_support import broken_paragraph_rule
from .break_support import lines as lines_in

# a headline and two closed paragraphs; the last paragraph ends with {stub}
TEXT = (
    "河湾公园改造工程启动\n\n"
    "河湾公园的改造工程昨天正式启动，预计明年五月完工。\n\n"
    "工程将新建两条步道和一座儿童乐园，并对沿河的护栏进行加固。\n\n"
    "园林部门表示，施工期间公园北门将暂时关闭，游客可从南门进出。{stub}"
)
LINE = 7


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


def lines(rule, stub: str) -> set[int]:
    return lines_in(rule, TEXT.format(stub=stub))


@pytest.mark.parametrize(
    "stub",
    [
        "东岸、西岸",  # a list that runs on
        "此次改造",  # a first word that points back into the text
        "其实这项工程",
        "区里将积极",  # a few characters that end on an adverb
        "施工方承诺",  # ... on a verb that wants what follows
    ],
)
def test_an_open_stub_after_the_last_full_stop_is_a_break(rule, stub):
    assert lines(rule, stub) == {LINE}


@pytest.mark.parametrize(
    "stub",
    [
        "记者 王晓明",  # a credit
        "本报记者李红",
        "王晓明",  # a name
        "本报南京5月3日电",  # a dateline
        "市园林局规划设计研究中心",  # a body's name
        "城西湿地公园下月起免费开放",  # a related headline glued there
        "（园林局供稿）",
    ],
)
def test_a_credit_name_date_or_glued_headline_stays_silent(rule, stub):
    assert lines(rule, stub) == set()


def test_a_stub_in_a_web_layout_stays_silent():
    assert last_stub("此次改造", "公园北门将暂时关闭。    相关新闻：  此次改造") == ""
    assert last_stub("此次改造", "公园北门将暂时关闭。此次改造") != ""


def test_the_stub_test_reads_marks_and_lengths():
    assert last_stub("施工方承诺", "") != ""  # a verb end, under STUB_SHORT characters
    assert last_stub("施工单位已经向市民承诺", "") == ""  # a longer stub that ends on a verb
    assert last_stub("施工方：承诺", "") == ""  # a label's colon
    assert last_stub("施工方承诺2", "") == ""  # no Chinese character at the end
