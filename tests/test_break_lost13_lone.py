"""A lone title-like line among body paragraphs that ends open (issue 9, break-lost).

A paragraph cut early whose rest is lost leaves a short line that the classifier takes for
a subhead. Alone in a body without other subheads, after a paragraph that ends in 。, and
ending on a function word or on one character after a longer word, or opening as a
sentence does, it is reported (a step below the rule's severity). Its look-alikes stay silent: a heading
alone in a body that ends on a whole word, a line among other subheads, a line over a
dateline. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_lone_lines import lone_body_line, open_line_end, value_cut
from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.findings import Severity

from .break_support import broken_paragraph_rule
from .break_support import lines as lines_in

# a headline, {line} right under the lead (line 5, where a first subhead may stand), and
# three more body paragraphs that end in a full stop
TEXT = (
    "城南社区图书馆年底开馆\n\n"
    "城南社区图书馆的主体工程已经完工，目前正在进行内部装修。\n\n"
    "{line}\n\n"
    "据介绍，新馆面积约三千平方米，设有少儿阅览区和自习区。\n\n"
    "社区居民对新馆十分期待，不少家长已经提前打听办证的手续。\n\n"
    "街道办事处表示，开馆后将定期举办读书分享活动。"
)
LINE = 5


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


def lines(rule, line: str) -> set[int]:
    return lines_in(rule, TEXT.format(line=line))


@pytest.mark.parametrize(
    "line",
    [
        "馆员们一直忙着",  # an aspect particle that wants its object
        "为什么说",  # a verb that wants its object
    ],
)
def test_a_lone_open_line_among_closed_paragraphs_is_a_break(rule, line):
    assert lines(rule, line) == {LINE}


@pytest.mark.parametrize(
    "line",
    [
        "阅读空间的新面貌",  # a heading alone: it ends on a whole noun
        "社区居民的文化生活",
        "家门口的精神粮仓",
        "新馆的三个亮点",
        "孩子们的新乐园",
        "以书为伴，与城同行",  # a slogan of two parts: a clause mark is no evidence alone
    ],
)
def test_a_lone_heading_that_ends_on_a_whole_word_stays_silent(rule, line):
    assert lines(rule, line) == set()


def test_the_finding_is_a_step_below_the_rules_severity(rule):
    doc = Document(TEXT.format(line="馆员们一直忙着"))
    found = [f for f in lint_document(doc, [rule]) if doc.position(f.start)[0] == LINE]
    assert len(found) == 1
    assert found[0].severity < Severity(rule.severity)
    assert "孤立" in found[0].message


# the same open line in a body that has subheads of its own: it may be one of them
WITH_SUBHEADS = (
    "城南社区图书馆年底开馆\n\n"
    "城南社区图书馆的主体工程已经完工，目前正在进行内部装修。\n\n"
    "{line}\n\n"
    "据介绍，新馆面积约三千平方米，设有少儿阅览区和自习区。\n\n"
    "空间设计\n\n"
    "社区居民对新馆十分期待，不少家长已经提前打听办证的手续。\n\n"
    "街道办事处表示，开馆后将定期举办读书分享活动。"
)


def test_an_open_line_in_a_body_with_subheads_is_left_to_the_other_evidence():
    doc = Document(WITH_SUBHEADS.format(line="馆员们一直忙着"))
    line = next(b for b in doc.blocks if b.text.startswith("馆员"))
    assert lone_body_line(line, doc.blocks) == ""
    doc = Document(TEXT.format(line="馆员们一直忙着"))
    line = next(b for b in doc.blocks if b.text.startswith("馆员"))
    assert lone_body_line(line, doc.blocks) != ""


def test_a_line_after_an_open_paragraph_or_before_a_non_paragraph_is_not_read():
    text = (
        "城南社区图书馆年底开馆\n\n"
        "城南社区图书馆的主体工程已经完工，目前正在进行内部装修\n\n"  # no final mark
        "馆员们一直忙着\n\n"
        "社区居民对新馆十分期待，不少家长已经提前打听办证的手续。"
    )
    doc = Document(text)
    line = next(b for b in doc.blocks if b.text.startswith("馆员"))
    assert lone_body_line(line, doc.blocks) == ""


@pytest.mark.parametrize("line", ["城南晚报记者 王晓明", "李明/文并图"])
def test_a_credit_between_paragraphs_stays_silent(rule, line):
    # a credit line with a paragraph after it (a tail that a layout moved below it)
    assert lines(rule, line) == set()
    doc = Document(TEXT.format(line=line))
    block = next(b for b in doc.blocks if b.text == line)
    assert lone_body_line(block, doc.blocks) == ""


@pytest.mark.parametrize(
    "text, why",
    [
        ("居民可以凭身份证在", True),
        ("新馆的藏书将", True),
        ("整理新到的", True),
        ("新馆的三个亮点", False),
        ("家门口的精神粮仓", False),
        ("阅读空间的新面貌", False),
    ],
)
def test_open_line_end(text, why):
    assert bool(open_line_end(text)) is why


# the same body with {line} after its last paragraph, where credits and sources stand
AT_END = (
    "城南社区图书馆年底开馆\n\n"
    "城南社区图书馆的主体工程已经完工，目前正在进行内部装修。\n\n"
    "据介绍，新馆面积约三千平方米，设有少儿阅览区和自习区。\n\n"
    "社区居民对新馆十分期待，不少家长已经提前打听办证的手续。\n\n"
    "{line}"
)


def test_an_open_line_after_the_last_paragraph_is_a_break(rule):
    assert lines_in(rule, AT_END.format(line="馆员们一直忙着")) == {9}


@pytest.mark.parametrize(
    "line",
    [
        "本报记者 李明",  # a credit
        "李明/文",
        "来源：城南日报",  # a source
        "城南社区图书馆效果图",  # a picture's title
        "开馆时间另行通知",  # a note that is a whole sentence
        "新馆周边交通便利",
    ],
)
def test_a_credit_source_or_whole_line_after_the_last_paragraph_stays_silent(rule, line):
    assert lines_in(rule, AT_END.format(line=line)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "门票价格为每人30元",  # a measure word after its numeral
        "新馆在城市规划范围内",  # a localizer closes its phrase
        "开馆时间定在2025年",
        "街道办事处副主任王",  # a surname: a name's character (another check's evidence)
    ],
)
def test_a_whole_unit_localizer_or_name_is_no_half_word(text):
    assert open_line_end(text) == ""


# a paragraph whose last sentence is a label and its value, the value cut in half a word
# (the paragraph after it reads on its own: the rest is lost)
LABELLED = (
    "城南社区图书馆年底开馆\n\n"
    "城南社区图书馆的主体工程已经完工，目前正在进行内部装修。\n\n"
    "据介绍，新馆面积约三千平方米，设有少儿阅览区和自习区。开馆当天还将举办读书活动。{line}\n\n"
    "社区居民对新馆十分期待，不少家长已经提前打听办证的手续。\n\n"
    "街道办事处表示，开馆后将定期举办读书分享活动。"
)


@pytest.mark.parametrize(
    "line",
    [
        "活动类别：大型亲子读书活动出",  # 出 after a longer word: half of 出发, 出行
        "入选名单：城南小学、城东中学和实验小",  # a name's first half
    ],
)
def test_a_label_value_cut_in_half_a_word_is_a_break(rule, line):
    assert lines_in(rule, LABELLED.format(line=line)) == {5}


@pytest.mark.parametrize(
    "line",
    [
        "主办：城南区文化局",  # a body's name ends whole
        "特邀嘉宾：儿童文学作家",
        "来源：城南日报",  # a source
        "报名方式：现场报名",
    ],
)
def test_a_label_and_a_whole_value_stay_silent(rule, line):
    assert lines_in(rule, LABELLED.format(line=line)) == set()
    assert not value_cut(line)
