"""A title-like line that stops inside a word the dictionary knows (issue 9, lost16b): the
head of a paragraph whose rest is lost (…到目前为, …与此同, …一目了). Headings, credits and
names end on whole words and stay silent. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_heads import no_title
from lint_news.checks.break_word_prefix import word_prefix_end

from .break_support import BODY, LINE, broken_paragraph_rule
from .break_support import lines as lines_in


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


@pytest.mark.parametrize(
    "line, end",
    [
        ("到目前为", "目前为"),  # 目前为止
        ("与此同", "与此同"),  # 与此同时
        ("迄今为", "迄今为"),  # 迄今为止
        ("新区的图书馆与此同", "与此同"),
        ("这次比赛的冠军归属一目了", "一目了"),  # 一目了然
    ],
)
def test_a_line_that_ends_on_a_words_beginning(line, end):
    assert word_prefix_end(line) == end
    assert no_title(line)


@pytest.mark.parametrize(
    "line",
    [
        "城市的新面孔",  # a heading: whole words
        "技术与文化的互动",
        "故土情",
        "湖区清淤",
        "春风吹进农户家",  # a noun after a word: a noun phrase that ends whole
        "一年之计",  # a word of its own
        "家长对新园的评价",
        "记者何伟",  # names the segmenter splits: the guessing tagger's name
        "编辑：李明",
        "责任编辑：刘华",
        "实习生张伟",
        "本报记者王小明",
        "摄影：欧阳明",
        "来源：人民网",
        "谁之过",  # one-character words, no word's beginning
        "与此",  # too short
    ],
)
def test_a_line_that_ends_on_a_whole_word_stays_silent(line):
    assert word_prefix_end(line) == ""


@pytest.mark.parametrize("line", ["到目前为", "与此同"])
def test_such_a_line_between_paragraphs_is_a_break(rule, line):
    assert lines_in(rule, BODY.format(line=line, other="今年新园全部开学")) == {LINE}


@pytest.mark.parametrize("line", ["城市的新面孔", "教师队伍建设"])
def test_a_heading_between_paragraphs_stays_silent(rule, line):
    assert LINE not in lines_in(rule, BODY.format(line=line, other="今年新园全部开学"))
