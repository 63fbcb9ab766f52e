"""Paragraphs whose tail is lost where the head passes for a title (issue 9, break-lost),
session 22: a preposition after its subject with no verb after its object, and the times of a
report that stand before their predicate. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_title_ends import (
    half_word_after_mark,
    locative_without_localizer,
    opening_preposition_alone,
    predicate_adverb_end,
    role_then_surname,
    subject_preposition_end,
)

from .break_support import BODY, LINE, broken_paragraph_rule
from .break_support import lines as lines_in


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


def body(line: str) -> str:
    return BODY.format(line=line, other="新园建设")


# -- a preposition after its subject, its verb lost ------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "城东新园的日常管理由区教育局",  # 由 whom, doing what
        "区教育局副局长李建华就明年的招生计划",  # 就 what, saying what
        "这批新教师从师范院校",  # 从 where, coming how
        "城东新园被区政府",  # 被 whom, done what
    ],
)
def test_a_subject_and_a_preposition_without_a_verb_is_a_break(rule, line):
    assert subject_preposition_end(line)
    assert LINE in lines_in(rule, body(line))


@pytest.mark.parametrize(
    "line",
    [
        "新园的未来由孩子们描绘",  # the verb is there
        "李局长就新园建设答家长问",
        "城东新园从无到有",
        "幸福就在身边",  # 就 an adverb before 在
        "从城东到城西",  # no subject before the preposition
        "城东新园与城西新园",  # 与 a conjunction
        "城东队对城西队",  # 对: a match
        "新园园长就是我",
        "城东被遗忘的角落",  # a verb before 的: a noun phrase
    ],
)
def test_a_title_with_its_verb_or_without_a_subject_stays_silent(rule, line):
    assert not subject_preposition_end(line)
    assert LINE not in lines_in(rule, body(line))


# -- a report's time before its predicate ---------------------------------------------------


@pytest.mark.parametrize("line", ["区教育局日前", "城东第二幼儿园近日"])
def test_a_line_that_stops_on_a_reports_time_is_a_break(rule, line):
    assert predicate_adverb_end(line)
    assert LINE in lines_in(rule, body(line))


@pytest.mark.parametrize("line", ["新园的今日", "城东新园的明天", "回望昨日"])
def test_a_title_that_ends_on_another_time_stays_silent(rule, line):
    assert not predicate_adverb_end(line)
    assert LINE not in lines_in(rule, body(line))


# -- a preposition that opens the line, its verb lost ---------------------------------------


@pytest.mark.parametrize("line", ["与哈萨克斯坦", "跟城东新园"])
def test_an_opening_preposition_and_a_place_alone_is_a_break(rule, line):
    assert opening_preposition_alone(line)
    assert LINE in lines_in(rule, body(line))


@pytest.mark.parametrize("line", ["与大师对话", "与狼共舞", "与你同行", "与祖国", "同一个世界"])
def test_an_opening_preposition_with_its_verb_or_a_common_noun_stays_silent(rule, line):
    assert not opening_preposition_alone(line)
    assert LINE not in lines_in(rule, body(line))


# -- a lone character after a comma, half a word --------------------------------------------


@pytest.mark.parametrize("line", ["孩子们在新园里唱歌、跳舞、研", "家长们说新园的老师很耐心，参"])
def test_a_lone_half_word_after_a_comma_is_a_break(rule, line):
    assert half_word_after_mark(line)
    assert LINE in lines_in(rule, body(line))


@pytest.mark.parametrize("line", ["新园开学，回家", "一二三，走", "城东新园、城西新园", "新园，家"])
def test_a_whole_word_after_a_comma_stays_silent(rule, line):
    assert not half_word_after_mark(line)
    assert LINE not in lines_in(rule, body(line))


# -- a role and a surname, the given name lost ----------------------------------------------


@pytest.mark.parametrize("line", ["城东新园园长刘", "区教育局副局长李", "本报通讯员王"])
def test_a_role_and_a_lone_surname_is_a_break(rule, line):
    assert role_then_surname(line)
    assert LINE in lines_in(rule, body(line))


@pytest.mark.parametrize("line", ["新园园长", "园长说", "我的校长", "孩子们长高", "万里长城"])
def test_a_role_alone_or_a_word_with_chang_stays_silent(rule, line):
    assert not role_then_surname(line)
    assert LINE not in lines_in(rule, body(line))


# -- 在 and a phrase that is no place, its localizer lost ------------------------------------


@pytest.mark.parametrize("line", ["在新年音乐会的序", "在城东新园的开学典"])
def test_zai_and_a_lone_noun_character_is_a_break(rule, line):
    assert locative_without_localizer(line)
    assert LINE in lines_in(rule, body(line))


@pytest.mark.parametrize(
    "line", ["在希望的田野上", "在城东种树", "在北京", "在基层", "在那遥远的地方", "在城东新园的家"]
)
def test_zai_with_its_localizer_verb_or_place_stays_silent(rule, line):
    assert not locative_without_localizer(line)
    assert LINE not in lines_in(rule, body(line))
