"""Breaks in an article's lead (issue 9, second round).

A lead opens with its dateline or source (本报讯, 某某讯, 某地某日电) and is running text:
it ends with a full stop even on pages whose later lines (links, prices, credits) do not.
A lead that stops without one has lost its tail. Every sentence here is written for the
test; each shape has look-alikes that must stay silent (a dateline alone on its line, a
byline, a credit after the lead's last full stop, a lead that ends properly).
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_heads import lead_begun
from lint_news.checks.break_leads import cut_lead
from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.findings import Severity
from lint_news.rules import load_pack

from .conftest import ROOT

PACK = ROOT / "rules" / "structure.yaml"
HEADLINE = "城东新区今年新建幼儿园6所\n\n"
BODY = "\n\n区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。"


@pytest.fixture(scope="module")
def rules():
    return {r.id: r for r in load_pack(PACK)}


def found(rules, text: str):
    doc = Document(text)
    fs = list(lint_document(doc, [rules["broken-paragraph"]]))
    return doc, fs


def lines(rules, text: str) -> set[int]:
    doc, fs = found(rules, text)
    return {doc.position(f.start)[0] for f in fs}


CUT_LEADS = [
    "本报讯 今年城东新区新建幼儿园6所。开学当天前来报到的",  # ends on a noun phrase
    "城东日报讯 (记者 王晓东 通讯员 李强) 今年全区学前教育将迎来",  # byline in brackets
    "本报城东5月6日电记者王晓东报道：全区新建的6所幼儿园今天同时开",
    "新华社城东5月6日电 区教育局负责人6日介绍，今年全区新增学位",
]


@pytest.mark.parametrize("lead", CUT_LEADS)
@pytest.mark.parametrize("after", ["", BODY])
def test_lead_that_stops_without_a_mark_is_a_break(rules, lead, after):
    doc, fs = found(rules, HEADLINE + lead + after)
    assert {doc.position(f.start)[0] for f in fs} == {3}


def test_lead_that_stops_on_a_whole_word_is_reported_a_step_down(rules):
    # evidence of where the line stands, not of a cut word: a step below the rule
    lead = "本报讯 今年城东新区新建幼儿园6所。出席开园仪式的有区长王晓东"
    doc, fs = found(rules, HEADLINE + lead + BODY)
    assert [doc.position(f.start)[0] for f in fs] == [3]
    assert fs[0].severity == Severity(rules["broken-paragraph"].severity - 1)


QUIET = [
    "本报讯 今年城东新区新建幼儿园6所，新增学位2700个。",  # a lead that ends properly
    "新华社城东5月6日电",  # a dateline alone on its line
    "本报讯记者 王晓东",  # a dateline and a byline
    "新华社记者王晓东李强本报记者张华",  # bylines of two papers
]


@pytest.mark.parametrize("lead", QUIET)
def test_lead_look_alikes_stay_silent(rules, lead):
    assert lines(rules, HEADLINE + lead + BODY) == set()


@pytest.mark.parametrize("credit", ["图片供稿", "我要评论"])
def test_lead_of_a_one_paragraph_article_with_a_credit_after_it_stays_silent(rules, credit):
    lead = "本报讯 今年城东新区新建幼儿园6所，新增学位2700个。"
    assert lines(rules, HEADLINE + lead + credit) == set()


def test_an_unpunctuated_paragraph_deeper_in_the_body_is_no_lead():
    text = HEADLINE + "今年全区新建幼儿园6所。" + "\n\n本报讯 开学当天前来报到的孩子"
    doc = Document(text)
    assert not cut_lead(doc.blocks[-1], doc.blocks)  # not the first paragraph


def test_lead_begun():
    assert lead_begun("本报讯 (记者 王晓东) 今年全区学前教育将迎来")
    assert lead_begun("新华社城东5月6日电 区教育局负责人6日介绍")
    assert not lead_begun("新华社城东5月6日电 (记者王晓东)")
    assert not lead_begun("今年全区学前教育将迎来新的变化")  # no dateline
    assert not lead_begun("本报记者 王晓东 李强")


# -- a paragraph whose last sentence follows a label and a colon --------------------------

BODY2 = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "{para}\n\n"
    "区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。"
)


@pytest.mark.parametrize(
    "para",
    [
        # clauses of running text after a label: a paragraph that stops
        "记者点评：新园的选址兼顾了老城区和新区，学位分布更加均衡，家长接送也更",
        "小贴士：报名材料需提前准备，户口簿和房产证缺一不可，逾期提交的申请将",
    ],
)
def test_clauses_after_a_label_that_stop_are_a_break(rules, para):
    assert lines(rules, BODY2.format(para=para)) == {3}


@pytest.mark.parametrize(
    "para",
    [
        "报名地点：区政务服务中心二楼东侧窗口",  # a label and its value
        "报名须知：户口簿原件，房产证原件，儿童体检表",  # items, not clauses
        "开放时间：周一至周五，上午9时至11时，下午2时至5时",  # ends on a figure's unit
    ],
)
def test_label_lines_after_a_colon_stay_silent(rules, para):
    assert lines(rules, BODY2.format(para=para)) == set()


def test_clauses_after_a_label_in_the_first_line_stay_silent(rules):
    text = "主题：老城区学位紧张，新区幼儿园空置，学前教育资源亟待统筹\n\n" + BODY2.format(
        para="区里表示将通盘考虑。"
    )
    assert lines(rules, text) == set()


# -- a title-like line whose end no title has ---------------------------------------------

# a body with another subhead (a family of headings: a lone line is not evidence here)
BODY3 = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "{line}\n\n"
    "教师队伍也在不断壮大，去年新招聘教师180人。\n\n"
    "普惠园占比过半\n\n"
    "全区普惠性幼儿园已占幼儿园总数的六成。"
)


@pytest.mark.parametrize(
    "line",
    [
        "新园里最受欢迎的是一款半长款的",  # 的 after a measure word the tagger takes for a numeral
        "孩子们在新园里玩得非常",  # a degree adverb with no adjective
        "家长们对于这所",  # a demonstrative and a measure word with no noun
    ],
)
def test_title_like_line_whose_end_no_title_has_is_a_break(rules, line):
    assert lines(rules, BODY3.format(line=line)) == {5}


@pytest.mark.parametrize(
    "line",
    [
        "新园开园喜中有忧",  # a subhead that ends on a one-character word
        "城东新区的学位保卫战",
        "学位缺口2700个",  # a figure and its measure word
        "咨询电话：87654321",
    ],
)
def test_subhead_look_alikes_stay_silent(rules, line):
    assert lines(rules, BODY3.format(line=line)) == set()
