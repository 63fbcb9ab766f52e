"""A short stub after an article's last full stop, left open (issue 9, break-lost).

When the last paragraph of an article was cut early and its rest is lost, what stays after
its last full stop is the head of a sentence: a stub. A stub that runs on in a list or a
clause, opens with a word that points back into the text, or is a few characters that end
on a predicate is reported (a step below the rule's severity). Its look-alikes stay silent:
a credit, a dateline, a name, a date, a headline glued after the last full stop, a stub in
a paragraph laid out as a web page. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_lone_lines import clause_line, frame_line, unechoed_line
from lint_news.checks.break_prose import last_stub, term_closes_paragraph
from lint_news.document import Document

from .break_support import broken_paragraph_rule
from .break_support import lines as lines_in

# a headline and two closed paragraphs; the last paragraph ends with {stub}
TEXT = (
    "河湾公园改造工程启动\n\n"
    "河湾公园的改造工程昨天正式启动，预计明年五月完工。\n\n"
    "工程将新建两条步道和一座儿童乐园，并对沿河的护栏进行加固。\n\n"
    "园林部门表示，施工期间公园北门将暂时关闭，游客可从南门进出。{stub}"
)
LINE = 7


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


def lines(rule, stub: str) -> set[int]:
    return lines_in(rule, TEXT.format(stub=stub))


@pytest.mark.parametrize(
    "stub",
    [
        "东岸、西岸",  # a list that runs on
        "此次改造",  # a first word that points back into the text
        "其实这项工程",
        "区里将积极",  # a few characters that end on an adverb
        "施工方已经承诺",  # ... on a verb after an adverb that ties it into a clause
    ],
)
def test_an_open_stub_after_the_last_full_stop_is_a_break(rule, stub):
    assert lines(rule, stub) == {LINE}


@pytest.mark.parametrize(
    "stub",
    [
        "记者 王晓明",  # a credit
        "本报记者李红",
        "王晓明",  # a name
        "本报南京5月3日电",  # a dateline
        "市园林局规划设计研究中心",  # a body's name
        "城西湿地公园下月起免费开放",  # a related headline glued there
        "（园林局供稿）",
    ],
)
def test_a_credit_name_date_or_glued_headline_stays_silent(rule, stub):
    assert lines(rule, stub) == set()


def test_a_stub_in_a_web_layout_stays_silent():
    assert last_stub("此次改造", "公园北门将暂时关闭。    相关新闻：  此次改造") == ""
    assert last_stub("此次改造", "公园北门将暂时关闭。此次改造") != ""


def test_the_stub_test_reads_marks_and_lengths():
    assert last_stub("施工方已经承诺", "") != ""  # an adverb and a verb, under STUB_SHORT
    assert last_stub("施工方承诺", "") == ""  # a bare verb: a headline ends so too
    assert last_stub("百年古树之争", "") == ""
    assert last_stub("施工单位已经向市民承诺", "") != ""  # longer, its verb tied (已经, 向)
    assert last_stub("施工单位的改造方案全面公布", "") == ""  # longer, a bare verb
    assert last_stub("施工方：承诺", "") == ""  # a label's colon
    assert last_stub("施工方承诺2", "") == ""  # no Chinese character at the end


# -- a title-like line of clauses alone among closed paragraphs (break_lone_lines.clause_line)

BODY = (
    "城南社区图书馆年底开馆\n\n"
    "城南社区图书馆的主体工程已经完工，目前正在进行内部装修。\n\n"
    "{line}\n\n"
    "据介绍，新馆面积约三千平方米，设有少儿阅览区和自习区。\n\n"
    "街道办事处表示，开馆后将定期举办读书分享活动。"
)


@pytest.mark.parametrize(
    "line",
    [
        "据统计，今年前十个月全区",  # a comma and a clause after it
    ],
)
def test_a_lone_line_of_clauses_is_a_break(rule, line):
    assert lines_in(rule, BODY.format(line=line)) == {5}


@pytest.mark.parametrize(
    "line",
    [
        "书香满城，悦读同行",  # a slogan of two even halves
        "以书会友，打造社区阅读新空间",  # a slogan whose second part is longer
        "社区居民的文化生活",  # a heading: one function word
        "阅读空间",
    ],
)
def test_a_lone_slogan_or_heading_stays_silent(rule, line):
    assert lines_in(rule, BODY.format(line=line)) == set()


def test_clause_line_reads_commas_and_halves():
    assert clause_line("新馆开放以后，附近的学生") != ""  # the clause after it cut short
    assert clause_line("新馆开放以后，附近的") != ""  # ... ending open
    assert clause_line("书香满城，悦读同行") == ""  # a slogan of two even halves
    assert clause_line("以书会友，打造社区阅读新空间") == ""  # ... or a longer second half
    assert clause_line("城，市") == ""  # under CLAUSE_LINE characters
    assert clause_line("社区居民的文化生活") == ""


# -- a label's value that runs on in clauses and stops (break_lone_lines.comma_value)

VALUE = (
    "城南商场周末促销\n\n"
    "城南商场本周末举行家电促销，部分商品打八折。\n\n"
    "{para}\n\n"
    "商场负责人表示，促销期间将延长营业时间。"
)


@pytest.mark.parametrize(
    "para",
    [
        "活动期间每天前一百名顾客可领取购物袋。活动说明：旧家电折价回收，新品",  # cut short
        "活动期间每天前一百名顾客可领取购物袋。活动说明：旧家电可以折价回收，并且",  # open
    ],
)
def test_a_label_value_of_clauses_that_stops_is_a_break(rule, para):
    assert lines_in(rule, VALUE.format(para=para)) == {5}


@pytest.mark.parametrize(
    "para",
    [
        "活动期间每天前一百名顾客可领取购物袋。题词：货真价实，童叟无欺",  # a motto
        "活动期间每天前一百名顾客可领取购物袋。第二场：5月3日，城南商场",  # a figure first
        "活动期间每天前一百名顾客可领取购物袋。地点：城南商场一楼大厅",  # no comma
        # a note that ends on a whole clause (a product page leaves it unclosed)
        "活动期间每天前一百名顾客可领取购物袋。活动说明：旧家电折价回收，新品另有赠品",
        "活动期间每天前一百名顾客可领取购物袋。须知：购物小票原件，会员卡原件",  # things
    ],
)
def test_a_motto_a_date_or_a_plain_value_stays_silent(rule, para):
    assert lines_in(rule, VALUE.format(para=para)) == set()


# -- a line among other subheads that the paragraph after it does not take up
# (break_lone_lines.unechoed_line)

SUBHEADS = (
    "城南社区图书馆年底开馆\n\n"
    "城南社区图书馆的主体工程已经完工，目前正在进行内部装修。\n\n"
    "新馆的规划\n\n"
    "据介绍，新馆面积约三千平方米，设有少儿阅览区和自习区。\n\n"
    "{line}\n\n"
    "{para}\n\n"
    "街道办事处表示，开馆后将定期举办读书分享活动。"
)
PARA = "社区居民对此十分期待，不少家长已经提前打听办证的手续。"


@pytest.mark.parametrize(
    "line",
    [
        "老馆搬迁以后，延缓",  # a clause after its comma, cut short
    ],
)
def test_an_open_line_among_subheads_that_the_next_paragraph_ignores_is_a_break(rule, line):
    assert lines_in(rule, SUBHEADS.format(line=line, para=PARA)) == {9}


@pytest.mark.parametrize(
    ("line", "para"),
    [
        # the paragraph under it takes up its words: a heading
        ("居民办证忙", "居民办证的手续十分简便，不少家长已经提前打听。"),
        # the paragraph under it opens an article
        ("馆员们正在把新到的图书和", "本报讯 城北新区的体育馆昨天正式开放，市民可以免费入场。"),
        # a headline's colon or quotes
        ("新馆：居民办证忙", PARA),
        ("“书香”飘进居民家", PARA),
        # a heading that ends whole
        ("居民的期待", PARA),
    ],
)
def test_a_heading_among_subheads_stays_silent(rule, line, para):
    assert lines_in(rule, SUBHEADS.format(line=line, para=para)) == set()


def test_unechoed_line_reads_the_paragraph_after_it():
    doc = Document(SUBHEADS.format(line="新馆开放以后，附近的学生", para=PARA), path="t.txt")
    nxt = doc.blocks[5]
    assert unechoed_line("新馆开放以后，附近的学生", nxt) != ""  # a clause, not taken up
    assert unechoed_line("社区居民对办证期待", nxt) == ""  # its words come back after it
    assert unechoed_line("开馆以后", nxt) == ""  # ends whole, no clause
    assert unechoed_line("新馆：装修工程完", nxt) == ""  # a headline's colon
    assert unechoed_line("居民办证忙", nxt) == ""  # one character after a word: a heading's
    assert unechoed_line("少儿区的绘本由馆员统一采", nxt) != ""  # 采|购, by the dictionary


def test_a_longer_stub_that_ends_on_a_tied_predicate_is_a_break():
    assert last_stub("许多市民近年来都在河边锻炼", "") != ""  # 都, 在 before the verb
    assert last_stub("城东新区的建设工程全面提速", "") == ""  # a headline's bare verb
    assert last_stub("河湾公园改造工程将于8月初进行", "") == ""  # a headline's date
    assert last_stub("许多市民近年来都在河边锻炼的小路", "") == ""  # ends on a noun


# -- a second line under the headline that ends open (break_lone_lines.lone_body_line, i == 1)

UNDER_HEADLINE = (
    "河湾公园改造工程启动\n\n"
    "{line}\n\n"
    "园林部门表示，施工期间公园北门将暂时关闭，游客可从南门进出。\n\n"
    "工程将新建两条步道和一座儿童乐园，预计明年五月完工。"
)


def test_an_open_line_under_the_headline_is_a_break(rule):
    assert lines_in(rule, UNDER_HEADLINE.format(line="沿河的老柳树下，每天")) == {3}


@pytest.mark.parametrize(
    "line",
    [
        "两条新步道明年五月完工",  # a subtitle that ends whole
        "旧貌换新颜，河湾展新姿",  # a slogan of two even halves
    ],
)
def test_a_subtitle_under_the_headline_stays_silent(rule, line):
    assert lines_in(rule, UNDER_HEADLINE.format(line=line)) == set()


# -- a paragraph that stops right after a closing title mark or quote
# (break_prose.term_closes_paragraph)


@pytest.mark.parametrize(
    "para",
    [
        "这部影片已经入围多个电影节。其中最受关注的，是他执导的短片《河湾》",
        "展厅正中挂着一面旗帜，旗上印着“为人民服务”",
    ],
)
def test_a_paragraph_that_stops_after_a_title_or_quoted_words_is_a_break(rule, para):
    assert lines_in(rule, VALUE.format(para=para)) == {5}


@pytest.mark.parametrize(
    "para",
    [
        "馆长在开幕式上说：“欢迎大家常来看看。”",  # a quotation's own final mark
        "本文内容据《城南日报》",  # a source
        "城南商场周末促销",  # no clause before the mark
    ],
)
def test_a_quotation_a_source_or_a_title_line_stays_silent(rule, para):
    assert lines_in(rule, VALUE.format(para=para)) == set()


def test_term_closes_paragraph_reads_the_mark_and_what_precedes_it():
    assert term_closes_paragraph("他执导了多部影片，其中有短片《河湾》")
    assert not term_closes_paragraph("他执导了多部影片，其中有短片《河湾》。")
    assert not term_closes_paragraph("他说：“走吧。”")
    assert not term_closes_paragraph("《河湾》")
    assert not term_closes_paragraph("内容摘自《城南日报》")


# -- a line after the last paragraph that opens a predicate (break_lone_lines.frame_line)

AFTER_LAST = (
    "河湾公园改造工程启动\n\n"
    "河湾公园的改造工程昨天正式启动，预计明年五月完工。\n\n"
    "工程将新建两条步道和一座儿童乐园，并对沿河的护栏进行加固。\n\n"
    "园林部门表示，施工期间公园北门将暂时关闭，游客可从南门进出。\n\n"
    "{line}"
)


@pytest.mark.parametrize("line", ["河湾公园一直是全市", "这批新树苗来自城郊"])
def test_a_line_after_the_last_paragraph_that_opens_a_predicate_is_a_break(rule, line):
    assert lines_in(rule, AFTER_LAST.format(line=line)) == {9}


@pytest.mark.parametrize(
    "line",
    [
        "城东新区建设提速",  # a glued headline with no such word
        "记者 王晓明",  # a credit
        "新馆：书香来自社区",  # a headline's colon
        "河湾",  # too short
    ],
)
def test_a_credit_or_a_headline_after_the_last_paragraph_stays_silent(rule, line):
    assert lines_in(rule, AFTER_LAST.format(line=line)) == set()


def test_frame_line_reads_the_word_after_the_first():
    assert frame_line("河湾公园一直是全市") != ""
    assert frame_line("是河湾公园的新名片") == ""  # the word opens the line
    assert frame_line("河湾公园  是全市") == ""  # a gap of spaces: web layout
