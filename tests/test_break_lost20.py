"""Paragraphs whose tail is lost where the head passes for a title (issue 9, break-lost).

A short line without a final mark reads as a headline, subhead or label; some ends and
openings no title has, wherever the line stands (``break_title_ends``): an article of a law
whose text stops, a numeral left without its measure word, a preposition that frames a
clause with no clause after it, a dateline with the lead's first words under the headline.
And rows of a table at the text's end that stop on a sign or inside a word of the rows'
heads. Titles of the same shapes stay silent. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_tables import table_row_cut
from lint_news.checks.break_title_ends import (
    adverb_preposition_end,
    bare_numeral_end,
    dateline_then_words,
    frame_without_clause,
    law_article_cut,
)
from lint_news.document import Document

from .break_support import BODY, LINE, broken_paragraph_rule
from .break_support import lines as lines_in


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


# a subhead between the first two paragraphs makes the body a text with headings
SUBHEAD = "新园建设"


def body(line: str, other: str = SUBHEAD) -> str:
    return BODY.format(line=line, other=other)


# -- an article of a law ----------------------------------------------------------------

REGULATION = (
    "城东新区物业管理办法\n\n"
    "第一章总则\n\n"
    "第一条为规范本区物业管理活动，维护业主的合法权益，制定本办法。\n\n"
    "{line}\n\n"
    "第三条区住房和建设局负责本区物业管理活动的监督管理工作。\n\n"
    "第四条业主大会应当依法履行职责，不得作出与物业管理无关的决定。"
)


@pytest.mark.parametrize(
    "line",
    [
        "第二条本办法适用于本区行政区域内的",  # the article's text stops on 的
        "第二条物业服务企业应当",
        "第二条业主委员会由业主大会选举产",
    ],
)
def test_an_article_of_a_law_that_stops_is_a_break(rule, line):
    assert lines_in(rule, REGULATION.format(line=line)) == {7}


@pytest.mark.parametrize(
    "line",
    [
        "第二条本办法适用于本区行政区域内的物业管理活动。",  # whole
        "第二条物业服务企业应当履行下列义务：",  # a colon before its items
        "第二章业主和业主大会",  # a chapter has a title
        "第二节物业服务",
    ],
)
def test_a_whole_article_or_a_chapter_title_stays_silent(rule, line):
    assert lines_in(rule, REGULATION.format(line=line)) == set()


def test_law_article_cut():
    assert law_article_cut("第十二条区政府应当")
    assert law_article_cut("第12条 本办法自")
    assert not law_article_cut("第十二条")  # the number alone: a heading's, not a cut text
    assert not law_article_cut("第十二条规定")  # two characters: no text begun
    assert not law_article_cut("第三章法律责任")


# -- a numeral without its measure word ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "区教育局今年还为新园的教师安排了一",
        "新园开学以来已经接连举办了十",
        "全区将继续加大投入并与社会力量合作开办几",
    ],
)
def test_a_numeral_left_without_its_measure_word_is_a_break(rule, line):
    assert LINE in lines_in(rule, body(line))


@pytest.mark.parametrize(
    "line",
    [
        "学前教育投入增二成五",  # a figure of its own
        "新园建设述评之五",
        "托育服务三合一",
        "保教质量天下第一",
        "百里挑一",
        "家长满意度再加一",  # a short verb and its figure
        "园长是从大一",  # a short adjective before the figure: a year at college
    ],
)
def test_a_title_that_ends_on_a_whole_figure_stays_silent(line):
    assert not bare_numeral_end(line)


# -- a frame with no clause -------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "根据区教育局的统计",
        "随着新园陆续开学",
        "对于家长普遍关心的收费和接送",
        "另据区财政局",
    ],
)
def test_a_frame_with_no_clause_after_it_is_a_break(rule, line):
    assert LINE in lines_in(rule, body(line))


@pytest.mark.parametrize(
    "line",
    [
        "根据家长意见调整接送时间",  # the frame's clause is there
        "随着新园开学交通压力上升",
        "为孩子们守护童年",  # prepositions that open titles
        "在希望的田野上",
        "与新园同行",
        "关于新园收费",
        "根据地的故事",  # 根据地: a noun
    ],
)
def test_a_title_that_opens_with_a_preposition_stays_silent(line):
    assert not frame_without_clause(line)


# -- a dateline and the lead's first words ----------------------------------------------

LEAD = "城东新区六所幼儿园同日开园\n\n{line}\n\n今年全区新建幼儿园6所，新增学位2700个。"


@pytest.mark.parametrize(
    "line",
    [
        "本报城东9月1日讯2023年",
        "城东网9月1日消息 (记者 王晓东) 今",
        "2023年9月1日城东讯\u3000区教育局",
    ],
)
def test_a_dateline_and_the_leads_first_words_are_a_break(rule, line):
    assert lines_in(rule, LEAD.format(line=line)) == {3}


@pytest.mark.parametrize(
    "line",
    [
        "本报城东9月1日讯",  # a dateline alone
        "本报城东9月1日讯 记者 王晓东",  # and its credit
        "城东网9月1日消息 (记者 王晓东)",
        "——城东新区学前教育发展纪实",  # a subtitle
    ],
)
def test_a_dateline_and_its_credit_stay_silent(rule, line):
    assert not dateline_then_words(line)
    assert lines_in(rule, LEAD.format(line=line)) == set()


# -- rows of a table at the text's end --------------------------------------------------

ROWS = ["明日天气", "广州多云18℃／25℃", "昆明晴转多云8℃／20℃", "成都阴转小雨6℃／11℃"]


def _last(rows: list[str]) -> str | None:
    doc = Document("\n\n".join(rows))
    return table_row_cut(doc.blocks[-1], doc.blocks)


@pytest.mark.parametrize(
    "rows",
    [
        [*ROWS[:3], "兰州多云－6℃／"],  # two rows of one shape and a row that stops on a sign
        [*ROWS[:3], "兰州多云－"],
        [*ROWS, "兰"],  # one character after the rows
        [*ROWS, "兰州晴转多"],  # stops inside a word of a row's head (晴转多云)
    ],
)
def test_a_row_cut_at_the_end_of_a_short_table_is_a_break(rows):
    assert _last(rows) is not None


@pytest.mark.parametrize(
    "rows",
    [
        [*ROWS[:3], "兰州多云－6"],  # ends on a figure: two rows say nothing of it
        [*ROWS, "完"],  # a credit
        [*ROWS, "今冬雨雪偏多"],  # a line of its own, no head of the rows'
        [*ROWS, "以上数据由市气象台提供"],
        [*ROWS, "兰州多云－6℃／4℃"],  # a whole row
    ],
)
def test_whole_rows_and_lines_after_a_table_stay_silent(rows):
    assert _last(rows) is None


# -- a figure alone after a paragraph's last full stop ----------------------------------

FIGURE = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "区教育局为新园配备了专职保健医生，并开通了线上报名渠道。{end}\n\n"
    "教师队伍也在不断壮大，去年新招聘教师180人。"
)


@pytest.mark.parametrize("end", ["38", "2023", "１２"])
def test_a_figure_alone_after_the_last_full_stop_is_a_break(rule, end):
    assert lines_in(rule, FIGURE.format(end=end)) == {3}


@pytest.mark.parametrize(
    "text",
    [
        FIGURE.format(end=""),  # whole
        FIGURE.format(end="（2023）"),  # no figure alone
        FIGURE.format(end="12345"),  # five figures: a number of its own, a code
        # at the article's end a figure may be a page's number
        "今年全区新建幼儿园6所，新增学位2700个。\n\n区教育局为新园配备了专职保健医生。2",
        # rows of figures, no running text
        "成绩公布\n\n甲班88。1\n\n乙班平均85分。",
    ],
)
def test_a_figure_that_no_sentence_begins_with_stays_silent(rule, text):
    assert 3 not in lines_in(rule, text)


# -- a title-like line that ends on a closing mark but opens as running text --------------


@pytest.mark.parametrize(
    "line",
    [
        "而此后的《城东新区志》",  # a conjunction that joins it to the sentence before
        "据区教育局介绍———“新园”的师资",  # the frame of a report, and a dash inside
        "和区里的民办园（包括普惠园）",
    ],
)
def test_a_line_that_opens_as_running_text_and_ends_on_a_closing_mark_is_a_break(rule, line):
    assert LINE in lines_in(rule, body(line))


@pytest.mark.parametrize(
    "line",
    [
        "走进城东新园（图）",  # a title and its note
        "新园开学第一天——城东新区学前教育见闻",  # a title and its subtitle
        "和平发展谱新篇（附图片1张）",  # 和平: no conjunction
        "①说明：（见附表）",  # a numbered note
    ],
)
def test_a_title_that_ends_on_a_closing_mark_stays_silent(rule, line):
    assert LINE not in lines_in(rule, body(line))


# -- two characters after an article's last full stop -----------------------------------

LAST = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "区教育局为新园配备了专职保健医生，并开通了线上报名渠道。{end}"
)


@pytest.mark.parametrize("end", ["开始", "入冬"])  # a verb: its object or rest is lost
def test_two_characters_that_end_no_phrase_after_the_last_full_stop_are_a_break(rule, end):
    assert lines_in(rule, LAST.format(end=end)) == {3}


@pytest.mark.parametrize("end", ["张三", "新华", "综合", "待续", "完"])
def test_a_credit_or_a_sign_off_after_the_last_full_stop_stays_silent(rule, end):
    assert lines_in(rule, LAST.format(end=end)) == set()


# -- a line before the credit that closes the text -----------------------------------------

CLOSING = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "区教育局为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "{line}\n\n"
    "{credit}"
)


@pytest.mark.parametrize(
    "credit", ["（记者 王晓东）", "（据新华社城东9月1日电）", "(本报城东9月1日电)"]
)
@pytest.mark.parametrize("line", ["9月1日上午，当第一批孩子", "这批新园约六成教师"])
def test_a_line_that_runs_on_before_the_closing_credit_is_a_break(rule, line, credit):
    # the credit closes the article: the line heads none, it ends the text
    assert lines_in(rule, CLOSING.format(line=line, credit=credit)) == {5}


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("城东新园开学", "（记者 王晓东）"),  # a line that could end a text
        ("这批新园约六成教师", "（本报记者 王晓东 摄）"),  # a picture's title over its credit
    ],
)
def test_a_title_before_a_closing_credit_stays_silent(rule, line, credit):
    assert lines_in(rule, CLOSING.format(line=line, credit=credit)) == set()


def test_a_heading_over_a_credit_and_its_body_stays_silent(rule):
    text = CLOSING.format(line="这批新园约六成教师", credit="（记者 王晓东）")
    assert lines_in(rule, text + "\n\n城东新区的新园今天开学，孩子们陆续走进教室。") == set()


# -- the first line under a later article's headline ---------------------------------------

TWO_ARTICLES = (
    "城东新区六所幼儿园同日开园\n\n"
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "城西新区老旧小区改造过半\n\n"
    "{line}\n\n"
    "今年以来，全区已改造老旧小区58个。"
)


@pytest.mark.parametrize("line", ["城", "本报城西9月1日讯今年"])
def test_one_character_or_a_begun_lead_under_a_later_headline_is_a_break(rule, line):
    assert lines_in(rule, TWO_ARTICLES.format(line=line)) == {7}


@pytest.mark.parametrize("line", ["——城西新区城市更新见闻", "本报记者 王晓东", "本报城西9月1日讯"])
def test_a_subtitle_or_a_credit_under_a_later_headline_stays_silent(rule, line):
    assert lines_in(rule, TWO_ARTICLES.format(line=line)) == set()


def test_one_character_between_a_paragraph_and_a_heading_is_a_break(rule):
    text = (
        "城东新区六所幼儿园同日开园\n\n"
        "今年全区新建幼儿园6所，新增学位2700个。\n\n"
        "新\n\n"
        "二、师资建设\n\n"
        "去年全区新招聘教师180人。"
    )
    assert lines_in(rule, text) == {5}
    # the headings of the text are one character each: 新 is one of them
    siblings = text.replace("二、师资建设", "稳").replace("新\n\n", "进\n\n", 1)
    assert lines_in(rule, siblings) == set()


# -- a reporter named in a sentence on the text's last line ------------------------------

END_LINE = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "区教育局为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "{line}"
)


@pytest.mark.parametrize(
    "line",
    [
        "开园当天，有记者问园长今年是否还",  # a clause and a reporter in it
        "记者在园内看到了新添置的滑梯和蹦",  # the reporter as the subject, a half word
    ],
)
def test_a_last_line_that_names_a_reporter_in_a_sentence_is_a_break(rule, line):
    assert lines_in(rule, END_LINE.format(line=line)) == {5}


@pytest.mark.parametrize(
    "line",
    ["本报记者 王晓东", "记者 王晓东 通讯员 李华", "记者手记", "文/记者 王晓东", "责任编辑：李华"],
)
def test_a_credit_on_the_last_line_stays_silent(rule, line):
    assert lines_in(rule, END_LINE.format(line=line)) == set()


# -- an adverb, a preposition and its object, no verb ------------------------------------


@pytest.mark.parametrize("line", ["园长王晓东9月1日一早就从区教育局", "孩子们还与新来的老师"])
def test_a_prepositions_phrase_after_an_adverb_with_no_verb_is_a_break(rule, line):
    assert adverb_preposition_end(line)
    assert LINE in lines_in(rule, body(line))


@pytest.mark.parametrize(
    "line",
    [
        "再与狼共舞",  # the verb is there
        "孩子们正从这里出发",
        "我们也在路上",  # 在 may be the verb
        "他还和你一样",  # a comparison, whole
        "又把目光投向农村",  # 把: the tagger's noun may be the verb
        "新园与老园",  # no adverb: 与 joins two nouns
    ],
)
def test_a_title_with_a_prepositions_phrase_stays_silent(line):
    assert not adverb_preposition_end(line)


# -- a fraction is no credit ---------------------------------------------------------------


def test_a_line_with_a_fraction_is_read_as_any_line(rule):
    # a lone line deep in a body without headings is a paragraph's head; its slash between
    # two figures is a fraction, not the slash of a credit (李华/文)
    other = "区里还新建了两所托育中心。"
    assert LINE in lines_in(rule, body("新园的活动室约占全园面积的1/3", other))
    assert LINE not in lines_in(rule, body("李华/文", other))


# -- a title that ends on the dash of its subtitle ----------------------------------------


@pytest.mark.parametrize("dash", ["——", "－－", "---"])
def test_a_title_that_ends_on_a_dash_is_a_break(rule, dash):
    assert LINE in lines_in(rule, body("城东新区的学前教育" + dash))


@pytest.mark.parametrize(
    "line",
    ["城东新区的学前教育——新园开学见闻", "——新园开学见闻", "新园——", "城东——新园——"],
)
def test_a_title_with_its_subtitle_or_a_short_dash_line_stays_silent(rule, line):
    assert LINE not in lines_in(rule, body(line))
