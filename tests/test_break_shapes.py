"""Breaks shown by the shape of the head line itself (issue 9).

A paragraph cut a few characters in leaves a short line the classifier takes for a title.
What a title never is shows the break: a first clause that is a time adverbial and its comma
(10月24日，…; 几天来，…; 三个月后，…), a frame of saying (他告诉记者，…), one and a
measure word with no noun (…驶来一艘; 你是个). A word the joined text reads across the joint counts
even where the line ends on what the tagger calls a name (2000年诺贝 | 尔…), when the joined
reading is far likelier. Look-alikes stay silent: headings that state a date without a
comma, counts of an action (再试一次), distributive and repeated counts (每人发一张,
一个接一个), a byline's name before a place. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_evidence import sentence_like, tail_evidence
from lint_news.checks.break_joint import word_cut
from lint_news.document import Document
from lint_news.engine import lint_document

from .break_support import broken_paragraph_rule
from .break_support import lines as flagged


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


LOST = (
    "城西新区召开现场推进会\n\n"
    "{line}\n\n"
    "区发展改革局表示，今年将新开工项目二十个，总投资约八十亿元。\n\n"
    "据了解，新区内的两所学校将在九月开学。"
)


@pytest.mark.parametrize(
    "line",
    [
        "３月１５日，区委书记",  # a date and its comma, then the subject: the rest is lost
        "几天来，新区的工地上",
        "三个月后，人们在河道里发现",
        "截至目前，通过网上平台",
        "他告诉记者，新区非常看",
    ],
)
def test_a_line_under_the_headline_that_opens_as_a_sentence(rule, line):
    assert flagged(rule, LOST.format(line=line)) == {3}


@pytest.mark.parametrize(
    "line",
    [
        "２０２３年新区建设回顾",  # a date in a heading, with no comma after it
        "十年，我们一起走过",  # a span of time is no time adverbial of a clause here
        "——记城西新区的建设者们",
        "三月的新区",
    ],
)
def test_a_subtitle_under_the_headline_stays_silent(rule, line):
    assert flagged(rule, LOST.format(line=line)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10月24日，国家主席", True),
        ("1日晚上，当地居民", True),
        ("晚上10时，记者来到了", True),
        ("到去年，全村已经", True),
        ("2024年，新区", True),
        ("1月1日起施行", False),  # no comma: a date in a heading or a sentence's subject
        ("2008年北京奥运会", False),
        ("十年，我们一起走过", False),
    ],
)
def test_time_adverbial_first_clause(text, expected):
    assert sentence_like(text) is expected


@pytest.mark.parametrize(
    ("text", "strong"),
    [
        ("清晨时分，江面上驶来一艘", True),
        ("你是个", True),
        ("这是一个", True),
        ("他们又走进一家", True),
        ("他买了三个", False),  # a count that ends the clause
        ("每人发一张", False),  # distributive
        ("问题一个接一个", False),
        ("困难一个又一个", False),
        ("再试一次", False),  # the count of an action
    ],
)
def test_one_and_a_measure_word_owe_their_noun(text, strong):
    assert (tail_evidence(text)[0] >= 5.0) is strong


def test_a_word_across_the_joint_outweighs_a_name_read_at_the_end():
    assert word_cut("据介绍，2000年诺贝", "尔化学奖得主之一")[0] >= 5.0
    # a byline's name and the place after it: no cut
    assert word_cut("本报记者董伟", "大庆市近日召开")[0] == 0.0
    assert word_cut("通讯员李建", "设局副局长介绍")[0] == 0.0


TWO = "城西新区召开现场推进会\n\n{first}\n\n{second}\n\n据了解，新区内的两所学校将在九月开学。"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a title-like line, and right after it a paragraph that opens with a word that
        # joins it to what stands before: a conjunction, an aspect particle
        ("区里的主要负责同志应当在不同岗位", "或者不同单位之间轮换，具体办法另行规定。"),
        ("第二章干部的考核", "和任免，由区委组织部负责解释。"),
    ],
)
def test_a_title_like_line_continued_by_a_bound_start(rule, first, second):
    text = (
        "城西新区召开现场推进会\n\n区里日前印发新的干部管理办法。\n\n"
        + TWO.format(first=first, second=second).split("\n\n", 1)[1]
    )
    assert flagged(rule, text) == {5}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("新区建设者的故事", "他们今年春节仍坚守在工地上。"),
        ("一、推进会议程", "上午九时，与会人员参观了新区规划馆。"),
    ],
)
def test_a_subhead_over_a_sentence_of_its_own_stays_silent(rule, first, second):
    text = (
        "城西新区召开现场推进会\n\n区里日前召开了新区建设推进会。\n\n"
        + TWO.format(first=first, second=second).split("\n\n", 1)[1]
    )
    assert flagged(rule, text) == set()


def test_de_before_a_fixed_expression_starts_no_sentence():
    from lint_news.checks.break_evidence import head_evidence

    assert head_evidence("的人际关系。新区的干部们相处融洽。")[0] >= 5.0
    assert head_evidence("的确，新区的干部们相处融洽。")[0] == 0.0


MOVED = (
    "城西新区召开现场推进会\n\n"
    "区里日前召开了新区建设推进会，区直各部门负责人参加。\n\n"
    "{line}\n\n"
    "会议通报了一季度的进展，新开工项目共有十二个。\n\n"
    "区发展改革局表示，今年将新开工项目二十个。\n\n"
    "{tail}\n\n"
    "据了解，新区内的两所学校将在九月开学。"
)


@pytest.mark.parametrize(
    ("line", "tail"),
    [
        # a title-like line whose last character and a paragraph's first one two paragraphs
        # on read as one word: the head of a paragraph whose tail was moved
        ("与会的各部门负责人一", "致认为，新区建设要把民生项目放在首位。"),
        ("新区的规划馆由专业团队设计，场馆的造", "型取自当地的传统民居。"),
        # a word and a bound character (中共中 | 央), the joined reading far likelier
        ("前来授课的是中共中", "央党校的两位教授，课程安排了三天。"),
    ],
)
def test_a_title_like_line_whose_word_completes_far_away(rule, line, tail):
    doc = Document(MOVED.format(line=line, tail=tail))
    found = [f for f in lint_document(doc, [rule]) if doc.position(f.start)[0] == 5]
    assert found and found[0].related
    assert doc.position(found[0].related[0].start)[0] == 11


@pytest.mark.parametrize(
    ("line", "tail"),
    [
        ("２０２４年３月１日", "本通知自发布之日起施行。"),  # a date line, not 日|本
        ("新区建设者的故事", "他们今年春节仍坚守在工地上。"),
    ],
)
def test_a_heading_and_a_far_paragraph_stay_silent(rule, line, tail):
    doc = Document(MOVED.format(line=line, tail=tail))
    assert {doc.position(f.start)[0] for f in lint_document(doc, [rule])} == set()


LIST = (
    "区里印发通知，部署下半年的几项工作\n\n"
    "一、各街道要在月底前完成辖区内的摸底调查。\n\n"
    "{item}\n\n"
    "{para}\n\n"
    "三、各部门要加强协作，形成工作合力。"
)


def test_a_list_item_whose_word_completes_in_the_next_paragraph(rule):
    text = LIST.format(item="二、各单位要把工作进展及时向区里汇", para="报，确保各项工作落到实处。")
    doc = Document(text)
    found = [f for f in lint_document(doc, [rule]) if doc.position(f.start)[0] == 5]
    assert found and doc.position(found[0].related[0].start)[0] == 7


def test_a_list_item_and_a_paragraph_of_its_own_stay_silent(rule):
    text = LIST.format(item="二、全面加强安全", para="生产是各单位的头等大事，不能有丝毫放松。")
    assert flagged(rule, text) == set()
