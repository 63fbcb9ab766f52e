"""Breaks shown by their rest standing elsewhere (issue 9, miss13): a paragraph or a
title-like line whose end could end a sentence, and one paragraph near it that opens where
no sentence opens (``break_rest``); a clause and its colon whose announced words stop
(``clause_label_value``); a numbered item cut short whose rest was moved
(``break_lists._rest_elsewhere``). Every sentence is written for the test; each shape has
look-alikes that stay silent."""

from __future__ import annotations

import pytest

from lint_news.checks.break_rest import (
    clause_label_value,
    end_line_rest,
    orphan_rest,
    speaker_value,
)
from lint_news.checks.break_trailers import _label_value
from lint_news.checks.truncation import _NO_MARK
from lint_news.checks.truncation_joint import Break, _Heads
from lint_news.document import Document

from .break_support import pairs, structure_rules


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


P1 = "市园林局昨天公布了今年的公园建设计划。"
P2 = "按照计划，全市今年将新建公园二十座，改造老旧公园十五座。"
P3 = "园林局的负责人介绍，新建公园将优先布局在居民区周边。"
P4 = "市民对这一计划普遍表示欢迎，不少人希望公园早日开放。"
P5 = "据了解，首批公园将在今年国庆节前向市民开放。"


def text(*blocks: str) -> str:
    return "\n\n".join(["公园建设提速", *blocks])


# -- a clause and its colon ---------------------------------------------------------------


@pytest.mark.parametrize(
    "t",
    [
        "负责人介绍，今年建设提速主要有两个原因：一是市里出台的用地扶持政策",
        "据介绍，本市应对暴雨的主要措施是：在低洼路段和地铁出入口",
        "他认为，解决这个问题最有效的办法是：尽快在全市范围内建立",
    ],
)
def test_a_clause_before_its_colon_announces_what_stops(t):
    assert clause_label_value(_label_value(t))


@pytest.mark.parametrize(
    "t",
    [
        "活动地点：市民中心二楼报告厅",  # a label of a few words
        "时间：5月3日上午九点半开始地点：市民中心二楼报告厅",  # a line of labels
        "负责人介绍，首批公园的开园时间已经确定为：5月3日上午九点",  # a date after it
        "负责人介绍，今年建设提速主要有两个原因：一是审批",  # too few words after it
        "相关阅读：公园建设    城东湿地公园二期工程明年开工建设",  # web page furniture
    ],
)
def test_a_label_and_its_value_are_no_clause(t):
    m = _label_value(t)
    assert m is None or not clause_label_value(m)


LABEL = "园林局的负责人介绍，今年公园建设提速主要有两个原因：一是市里出台的用地扶持政策"


def test_a_clause_colon_paragraph_is_paired_with_its_moved_rest(rules):
    assert pairs(rules, text(P1, P2, LABEL, P3, P5, "加快了项目审批。", P4)) == {(7, 13)}


def test_a_clause_colon_paragraph_stops_with_its_rest_lost(rules):
    assert 7 in {line for line, _ in pairs(rules, text(P1, P2, LABEL, P3, P5, P4))}


@pytest.mark.parametrize("line", ["活动地点：市民中心二楼报告厅", "联系人：园林局王明"])
def test_a_label_line_stays_silent(rules, line):
    assert pairs(rules, text(P1, P2, line, P3, P5, P4)) == set()


# -- a paragraph and its orphan -----------------------------------------------------------


def _break(doc: Document, i: int, title_like: bool = False) -> Break:
    return Break(doc.blocks[i], _NO_MARK, title_like=title_like)


ORPHAN = "都来到公园为开园仪式助兴。"
CUT = "开园那天，负责讲解的工作人员告诉大家：来参观的市民、学生和志愿者"


def test_one_orphan_near_an_open_paragraph_is_its_rest():
    doc = Document(text(P1, P2, CUT, P3, P5, ORPHAN, P4))
    assert orphan_rest(_break(doc, 3), doc.blocks, _Heads(), set()) is doc.blocks[6]


@pytest.mark.parametrize(
    "blocks",
    [
        (P1, P2, CUT, P3, P5, P4),  # no orphan: the rest is lost
        (P1, P2, CUT, P3, ORPHAN, "也纷纷赶来参加开园仪式。", P4),  # two orphans: which one?
        (P1, P2, CUT, P3, P5, P4, P2, P3, P5, P4, ORPHAN),  # too far away
    ],
)
def test_no_single_orphan_near_it_no_rest(blocks):
    doc = Document(text(*blocks))
    assert orphan_rest(_break(doc, 3), doc.blocks, _Heads(), set()) is None


@pytest.mark.parametrize(
    "end",
    [
        "园林局的负责人向记者介绍。本报记者 王明",  # a credit
        "联系人：园林局王明",  # a label's value
        "园林局的负责人向记者介绍。题词：绿色家园，美丽城市",  # a motto
    ],
)
def test_a_credit_or_a_label_takes_no_orphan(end):
    doc = Document(text(P1, P2, end, P3, P5, ORPHAN, P4))
    assert orphan_rest(_break(doc, 3), doc.blocks, _Heads(), set()) is None


def test_an_orphan_taken_by_another_break_is_not_offered():
    doc = Document(text(P1, P2, CUT, P3, P5, ORPHAN, P4))
    assert orphan_rest(_break(doc, 3), doc.blocks, _Heads(), {6}) is None


# -- a title-like line and its orphan -----------------------------------------------------

REST = "将于明年年底开工，预计三年后完工。"


def test_a_line_after_the_last_paragraph_is_paired_with_its_rest(rules):
    assert pairs(rules, text(P1, P2, REST, P3, P4, "城东湿地公园二期工程")) == {(13, 7)}


@pytest.mark.parametrize(
    "blocks",
    [
        (P1, P2, REST, P3, P4, "本报记者 王明"),  # a credit closes the text
        (P1, P2, P3, P4, "城东湿地公园二期工程"),  # no orphan: a glued headline
        (P1, P2, REST, P3, P4, "城东湿地公园二期工程明年开工建设市区绿道建设全面提速"),  # long
    ],
)
def test_a_credit_or_a_headline_after_the_text_stays_silent(rules, blocks):
    assert pairs(rules, text(*blocks)) == set()


@pytest.mark.parametrize("line", ["城东湿地公园二期工程", "绿化工程"])
def test_a_line_after_the_text_takes_its_one_orphan(line):
    doc = Document(text(P1, P2, REST, P3, P4, line))
    assert end_line_rest(_break(doc, 6, True), doc.blocks, _Heads(), set()) is doc.blocks[3]


@pytest.mark.parametrize("line", ["二〇二四年五月三日", "5月3日", "本报记者 王明", "王明"])
def test_a_date_credit_or_name_after_the_text_takes_no_orphan(line):
    doc = Document(text(P1, P2, REST, P3, P4, line))
    assert end_line_rest(_break(doc, 6, True), doc.blocks, _Heads(), set()) is None


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("新建的社区公园", "深受周边居民的欢迎，每天前来散步的人很多。"),
        ("城东新区的居民", "纷纷来到公园散步，享受难得的清闲。"),
        ("新公园的绿化面积", "占到总面积的七成以上。"),
    ],
)
def test_a_line_among_paragraphs_is_paired_with_its_moved_rest(rules, line, rest):
    assert pairs(rules, text(P1, P2, line, P3, P5, rest, P4)) == {(7, 13)}


def test_a_subhead_among_the_texts_headings_stays_silent(rules):
    blocks = (
        "一、新建公园",
        P2,
        "新建的社区公园",
        P3,
        P5,
        "深受周边居民的欢迎。",
        "二、改造旧园",
        P4,
    )
    assert pairs(rules, text(P1, *blocks)) == set()


def test_a_line_whose_last_word_does_not_run_into_the_orphan_stays_silent(rules):
    # 新变化 | 将于…: no phrase across the two (a subhead over its section)
    assert pairs(rules, text(P1, P2, "公园建设的新变化", P3, P5, REST, P4)) == set()


def test_a_line_under_the_headline_takes_no_orphan():
    doc = Document(text("城东湿地公园二期工程", P1, P2, P3, REST, P4))
    assert end_line_rest(_break(doc, 1, True), doc.blocks, _Heads(), set()) is None


# -- a numbered item and its moved rest ---------------------------------------------------

ITEMS = (
    "关于做好秋季开学工作的通知\n\n各区县教育局：\n\n"
    "一、加强校园安全检查，消除各类安全隐患。\n\n二、严格执行国家规定的收费政策。\n\n"
    "三、提前做好\n\n四、切实保障教师工资按时足额发放。\n\n{rest}"
    "五、各地要加强对开学工作的领导。"
)


def test_an_item_cut_short_is_paired_with_its_moved_rest(rules):
    assert pairs(rules, ITEMS.format(rest="迎接新学期的各项准备工作，确保按时开学。\n\n")) == {
        (9, 13)
    }


@pytest.mark.parametrize(
    "rest",
    [
        "",  # no rest: a heading-like item
        "也要按时报送有关情况。\n\n",  # no phrase across the item's end and its start
        "迎接新学期的各项准备工作。\n\n确保按时开学。\n\n",  # two that do: which one?
    ],
)
def test_an_item_with_no_single_rest_stays_silent(rules, rest):
    assert pairs(rules, ITEMS.format(rest=rest)) == set()


# -- web page furniture before a word cut across the joint --------------------------------

EXPO = "节能宣传周活动昨天在市民广场开幕。"
TALKS = "活动期间，各区将组织节能知识讲座和产品展示。"
HOPE = "主办方表示，希望更多市民参与到节能行动中来。"


@pytest.mark.parametrize(
    ("end", "rest"),
    [
        ("会场布置简朴。［详细］各方代表在争执与较", "量中达成了共识。"),
        ("会场布置简朴。［详细］低碳生活是", "否会增加家庭开支，取决于政策设计。"),
    ],
)
def test_a_word_cut_after_web_furniture_is_a_break(rules, end, rest):
    assert pairs(rules, "\n\n".join(["节能宣传周开幕", EXPO, end, rest, TALKS, HOPE])) == {(5, 7)}


@pytest.mark.parametrize(
    "blocks",
    [
        ("会场布置简朴。［详细］更多新闻请看", "本报网站的节能专题。"),  # no word across
        ("会场布置简朴。［详细］各方代表在争执与较",),  # its rest lost: furniture
    ],
)
def test_web_furniture_with_no_word_cut_stays_silent(rules, blocks):
    assert pairs(rules, "\n\n".join(["节能宣传周开幕", EXPO, *blocks, TALKS, HOPE])) == set()


# -- a speaker's words after the colon ----------------------------------------------------


@pytest.mark.parametrize(
    "t",
    [
        "记者：那你会不会主动去做一些",
        "网友：围棋在日本和韩国的普及情况",
        "主持人：所以协会对这些企业还是很",
    ],
)
def test_a_speakers_words_after_the_colon_are_speech(t):
    assert speaker_value(_label_value(t))


@pytest.mark.parametrize(
    "t",
    [
        "记者：王明",  # a byline
        "主持人：李华、张强",  # names
        "摄影：城东公园管理处供图",  # no speaker's role
        "编辑点评：这款相机在其他性能方面还是延续了",  # a reviewer's note
        "记者：那你会不会主动去做一些 [详细]",  # web page furniture
        "记者：那你会不会主动去做一些2",  # no Chinese character at the end
    ],
)
def test_a_role_and_a_name_or_furniture_are_no_speech(t):
    m = _label_value(t)
    assert m is None or not speaker_value(m)


TALK = (
    "记者：公园开放以后，来的人多吗？周末的时候停车方便吗？\n\n"
    "园长：每天都有上千人，周末更多，停车位确实比较紧张。\n\n"
    "{line}\n\n"
    "{rest}"
    "园长：我们正在考虑延长开放时间，具体方案下个月公布。"
)


def test_a_speakers_words_cut_short_are_paired_with_their_rest(rules):
    text_ = TALK.format(line="记者：晚上来的人多，你们会不会把开放", rest="时间再延长一些？\n\n")
    assert pairs(rules, text_) == {(5, 7)}


@pytest.mark.parametrize("line", ["记者：王明", "摄影：李华"])
def test_a_byline_among_the_turns_stays_silent(rules, line):
    assert pairs(rules, TALK.format(line=line, rest="")) == set()
