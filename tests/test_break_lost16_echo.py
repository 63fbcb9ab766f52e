"""A stub after an article's last full stop that takes up the words of the sentence before
it (issue 9, break-lost): the next sentence begun on the last one's subject, its rest lost.
A headline or credit glued there names its own matter, and a stub with words of its own
stays silent. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_echo_stubs import echoed_line, echoed_stub

from .break_support import broken_paragraph_rule
from .break_support import lines as lines_in

AT_END = (
    "城西湿地公园完成改造\n\n"
    "城西湿地公园的改造工程日前完工，园内新增步道四公里。\n\n"
    "据介绍，改造后的公园新种植乔木两千余株，水质也明显好转。\n\n"
    "园方表示，下一步将增设科普展板和观鸟平台。{stub}"
)
LAST = 7


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


@pytest.mark.parametrize("stub", ["展板", "平台"])
def test_a_stub_that_echoes_the_last_sentence_is_a_break(rule, stub):
    assert lines_in(rule, AT_END.format(stub=stub)) == {LAST}


@pytest.mark.parametrize(
    "stub",
    [
        "城北体育馆明年对外开放",  # a glued headline of its own matter
        "本报记者 王晓东",  # a credit
        "观鸟平台选址城北",  # words the last sentence has not
        "科普展板和观鸟平台",  # more than one word: a headline may take up the last sentence
        "增设观鸟平台",
        "城北",  # two characters of its own
    ],
)
def test_a_stub_with_words_of_its_own_stays_silent(rule, stub):
    assert lines_in(rule, AT_END.format(stub=stub)) == set()


@pytest.mark.parametrize(
    "stub, paragraph, echoed",
    [
        ("会议", "双方在会议期间签署了合作协议。会议", True),
        ("会议", "双方在会谈期间签署了合作协议。会议", False),
        ("会议", "会议", False),  # no sentence before it
        ("投资需求", "要合理引导住房消费，抑制投资性购房需求。投资需求", False),  # two words
        ("投资，需求", "抑制投资性购房需求。投资，需求", False),  # a clause mark: no stub
        (
            "住房消费和投资性购房需求",
            "要合理引导住房消费和投资性购房需求。住房消费和投资性购房需求",
            False,
        ),
    ],
)
def test_echoed_stub(stub, paragraph, echoed):
    assert echoed_stub(stub, paragraph) is echoed


# a short line between body paragraphs of a text with subheads: {line} as line 11
BODY = (
    "城西湿地公园完成改造\n\n"
    "城西湿地公园的改造工程日前完工，园内新增步道四公里。\n\n"
    "湖区清淤\n\n"
    "工程队从春天起抽干了东湖，前后用了三个月。\n\n"
    "改造中最难的一环，是清理湖底多年沉积的淤泥。\n\n"
    "{line}\n\n"
    "据介绍，改造后的公园新种植乔木两千余株，水质也明显好转。\n\n"
    "科普设施\n\n"
    "园方表示，下一步将增设科普展板和观鸟平台。"
)
LINE = 11


@pytest.mark.parametrize("line", ["淤泥", "湖底", "湖底多年沉积"])
def test_a_short_line_that_only_repeats_the_last_sentence_is_a_break(rule, line):
    assert LINE in lines_in(rule, BODY.format(line=line))


@pytest.mark.parametrize(
    "line",
    [
        "新种植乔木",  # words of the paragraph after it: a subhead
        "水质好转",
        "清理湖底多年沉积的淤泥之后",  # longer than a stub is read
        "改造，淤泥",  # a clause mark
    ],
)
def test_a_short_line_with_words_of_its_own_stays_silent(rule, line):
    assert LINE not in lines_in(rule, BODY.format(line=line))


@pytest.mark.parametrize(
    "line, before, why",
    [
        ("危机", "它面临着问世以来最严重的一场危机。", True),
        ("危机", "它面临着问世以来最严重的一场危机。新的一年开始了。", False),  # not the last
        ("转机", "它面临着问世以来最严重的一场危机。", False),
        ("某", "它面临着某种危机。", False),  # no word of two characters
    ],
)
def test_echoed_line(line, before, why):
    assert bool(echoed_line(line, before)) is why
