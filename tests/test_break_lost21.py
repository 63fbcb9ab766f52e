"""Paragraphs whose tail is lost where the head passes for a title (issue 9, break-lost),
session 21: ends that no title and no sentence has, told by jieba's dictionary rather than
its tags. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_fragments import completed_elsewhere
from lint_news.checks.break_title_ends import (
    dictionary_half_word_end,
    dotted_name_cut,
    object_verb_end,
    predicate_adverb_end,
    running_adverb_line,
)
from lint_news.document import Document

from .break_support import BODY, LINE, UNDER_LEAD, broken_paragraph_rule
from .break_support import lines as lines_in


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


SUBHEAD = "新园建设"


def body(line: str, other: str = SUBHEAD) -> str:
    return BODY.format(line=line, other=other)


# -- half a word, told by the dictionary --------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "园长王晓东在谈到对新园的印",  # 印 | 象: a character that begins words, alone
        "新园的保育员今年还要参",  # 参 | 加
        "区里将对新园的课程开展研",  # 研 | 究
        "家长们的意见由园方统一汇",  # 汇 | 总
    ],
)
def test_a_line_that_stops_on_the_first_character_of_a_word_is_a_break(rule, line):
    assert dictionary_half_word_end(line)
    assert LINE in lines_in(rule, body(line))


@pytest.mark.parametrize(
    "line",
    [
        "故土情",  # a character that ends words and titles
        "老汉只有承包权",
        "丝绸之路",
        "城东新区的家",
        "本报记者何伟",  # a name's last character
        "新华社发",  # an organisation's credit
        "城东新园全线开通",  # a verb and its complement
        "幼儿园排名前十",  # after a localizer
        "新园开学第一课",
        "托育服务进社区",
        "园长说",
    ],
)
def test_a_title_that_ends_on_a_whole_word_stays_silent(rule, line):
    assert not dictionary_half_word_end(line)
    assert LINE not in lines_in(rule, body(line))


def test_after_a_figure_or_zhi_no_half_word():
    assert not dictionary_half_word_end("夺宝之战")
    assert not dictionary_half_word_end("新园开学第一")
    assert not dictionary_half_word_end("王晓东")  # a name


def test_a_half_word_under_the_lead_is_a_break(rule):
    assert lines_in(rule, UNDER_LEAD.format(line="新园保教人员的培训由全")) == {3}


def test_a_whole_word_under_the_lead_stays_silent(rule):
    assert lines_in(rule, UNDER_LEAD.format(line="新园保教人员的培训")) == set()


def test_a_last_sentence_that_stops_on_half_a_word_is_a_break(rule):
    text = (
        "城东新区六所幼儿园同日开园\n\n"
        "今年全区新建幼儿园6所，新增学位2700个。\n\n"
        "区教育局还为新园配备了专职保健医生。开园当天，区领导与家长代表一同参"
    )
    assert lines_in(rule, text) == {5}


# -- a last word cut that the text around it writes out whole -----------------------------

# a text that names 学前教育 and Montessori in full, twice or more
NAMED = (
    "今年全区新建幼儿园6所，学前教育投入比去年增加三成。\n\n"
    "{other}\n\n"
    "区里把学前教育列为民生实事，新园全部采用Montessori教具。\n\n"
    "家长们说，学前教育办在家门口，Montessori课程也不再稀奇。\n\n"
    "{line}\n\n"
    "教师队伍也在不断壮大，去年新招聘教师180人。\n\n"
    "下一步，全区将继续推进学前教育普惠发展。"
)


@pytest.mark.parametrize(
    "line",
    [
        "园长王晓东在谈到新园的学前教",  # 学前教 | 育, written whole three times around it
        "新园的教具来自Montess",  # Montess | ori
    ],
)
def test_a_line_ending_on_half_of_a_word_the_text_writes_whole_is_a_break(rule, line):
    doc = Document(NAMED.format(line=line, other=SUBHEAD))
    b = doc.blocks[4]
    assert completed_elsewhere(b, doc.blocks)
    assert LINE in lines_in(rule, NAMED.format(line=line, other=SUBHEAD))


@pytest.mark.parametrize(
    "line",
    [
        "家门口的学前教育",  # the whole word
        "走进Montessori",
        "城东新区学前",  # a word of the segmenter's own at the end (学前)
        "园长王晓东",  # a name
    ],
)
def test_a_line_ending_on_a_whole_word_stays_silent(rule, line):
    doc = Document(NAMED.format(line=line, other=SUBHEAD))
    assert not completed_elsewhere(doc.blocks[4], doc.blocks)


def test_a_fragment_written_whole_only_once_is_no_evidence():
    text = NAMED.replace("学前教育列为", "幼儿教育列为").replace("，学前教育办在", "，幼儿园办在")
    text = text.replace("学前教育投入", "教育投入")  # (only the last paragraph's is left)
    doc = Document(text.format(line="新园的学前教", other=SUBHEAD))
    assert not completed_elsewhere(doc.blocks[4], doc.blocks)


def test_a_fragment_the_text_goes_on_with_two_ways_is_no_evidence():
    text = NAMED.replace("学前教育列为", "学前教学列为")  # 学前教育 three times, 学前教学 once
    doc = Document(text.format(line="新园的学前教", other=SUBHEAD))
    assert not completed_elsewhere(doc.blocks[4], doc.blocks)


# -- a verb that waits for its object -------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "区里对新园的建设作出",  # 作出 what
        "新园的教室布置得更加显得",
        "城东新区的旧厂房正在变成",
    ],
)
def test_a_line_that_stops_on_a_verb_waiting_for_its_object_is_a_break(rule, line):
    assert object_verb_end(line)
    assert LINE in lines_in(rule, body(line))


@pytest.mark.parametrize(
    "line",
    [
        "旧厂房变成新园",  # the object is there
        "新园开学典礼举行",  # verbs a title ends with
        "城东新园建设全面实现",
        "停电由暴雨造成",
        "区里对新园作出部署",
    ],
)
def test_a_title_that_ends_on_a_verb_that_needs_nothing_after_it_stays_silent(rule, line):
    assert not object_verb_end(line)
    assert LINE not in lines_in(rule, body(line))


# -- a foreign name cut after its dot ---------------------------------------------------------


def test_a_line_that_stops_one_character_into_a_dotted_name_is_a_break(rule):
    line = "园长在开学典礼上会见了来访的友好城市代表约翰·史"
    assert dotted_name_cut(line)
    assert LINE in lines_in(rule, body(line))


@pytest.mark.parametrize("line", ["友好城市代表约翰·史密斯", "约翰·史密斯的一天", "新园·新貌"])
def test_a_whole_dotted_name_stays_silent(line):
    assert not dotted_name_cut(line)


# -- a last line in the style of running text -------------------------------------------------

END_TEXT = (
    "城东新区六所幼儿园同日开园\n\n"
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "{line}"
)


@pytest.mark.parametrize(
    "line",
    [
        "新园宽敞的户外场地则让不少家长",  # 则: a sentence's contrast, cut
        "园长说今后还会给每个班级",
        "家长们认为新园不是只有漂亮的教室",
    ],
)
def test_a_last_line_in_the_style_of_running_text_is_a_break(rule, line):
    assert running_adverb_line(line)
    assert lines_in(rule, END_TEXT.format(line=line)) == {7}


@pytest.mark.parametrize(
    "line",
    [
        "城东新区再建三所幼儿园",  # a related headline glued after the article
        "家长们还会来吗",  # a headline that asks, its question mark left out
        "城东新园为何还会受欢迎",
        "本报记者 王晓东",
    ],
)
def test_a_glued_headline_or_credit_at_the_end_stays_silent(rule, line):
    assert not running_adverb_line(line)
    assert lines_in(rule, END_TEXT.format(line=line)) == set()


def test_running_adverb_line_needs_the_adverb_inside_the_line():
    assert not running_adverb_line("学前教育投入为何还在涨")  # asks
    assert not running_adverb_line("新园还是老园")  # (还是: a word of its own)
    assert not running_adverb_line("还会有新园吗")
    assert not running_adverb_line("新园的家长还")  # the adverb last: another rule's


# -- an adverb with no predicate after it -----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "新园开学后的第一个月也许",  # a guess with nothing guessed
        "这就是",
        "全区学位缺口最大的是城东，最",
        "区里新修的这条路通往",  # 通往 where
    ],
)
def test_a_line_that_stops_on_an_adverb_waiting_for_its_predicate_is_a_break(rule, line):
    assert predicate_adverb_end(line) or object_verb_end(line)
    assert LINE in lines_in(rule, body(line))


@pytest.mark.parametrize(
    "line",
    ["城东风采依然", "落叶纷纷", "我们在一起", "城东新园之最", "通往新园的路"],
)
def test_a_title_that_ends_on_a_predicate_stays_silent(rule, line):
    assert not predicate_adverb_end(line)
    assert not object_verb_end(line)
