"""A line whose first part is a subject and a verb of belief or perception before a comma
(我们坚信，…; 专家预计，…) opens a sentence: that verb's object is the clause after the
comma, so the line is no two-part slogan (科技，擎起…; 库网并举，拓宽…) and, standing alone
among closed paragraphs with no final mark, a paragraph whose tail is lost (issue 9,
session 18). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from lint_news.checks.break_head_grammar import frame_part

from .break_support import broken_paragraph_rule, lines

PAGE = (
    "城东新区今年建设提速\n\n"
    "城东新区今年共完成投资86亿元，新建学校3所。\n\n"
    "区里的干部说，今年的任务比往年都重。\n\n"
    "新建的幼儿园已经全部开园。\n\n"
    "{line}\n\n"
    "家长们普遍表示满意，孩子们也很开心。\n\n"
    "明年，城东新区还将继续加大投入力度。"
)


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


@pytest.mark.parametrize("part", ["我们坚信", "专家预计", "大家发现", "居民们担心", "数据显示"])
def test_a_subject_and_a_verb_of_belief_is_a_sentence_frame(part):
    assert frame_part(part)


@pytest.mark.parametrize("part", ["科技创新", "库网并举", "老街新貌", "坚信"])
def test_a_phrase_of_content_words_is_no_frame(part):
    assert not frame_part(part)


@pytest.mark.parametrize(
    "line",
    ["我们坚信，城东新区的优良传统必将在推动城市", "专家预计，今年全区的投资总额将超过"],
)
def test_a_lone_line_that_opens_with_such_a_frame_is_a_break(rule, line):
    assert lines(rule, PAGE.format(line=line)) == {9}


def test_the_same_line_closed_by_a_full_stop_is_silent(rule):
    assert lines(rule, PAGE.format(line="我们坚信，城东新区的优良传统必将发扬光大。")) == set()
