"""Body paragraphs whose tail is lost (issue 9, break-lost): an end that leaves a quotation or
bracket open, an end on a word that still owes what follows it, a one-sentence paragraph of
a list that stops; and the look-alikes that must stay silent. Every sentence is written for
these tests."""

from __future__ import annotations

import pytest

from lint_news.checks.break_evidence import tail_evidence
from lint_news.checks.truncation import open_mark

from .break_support import broken_paragraph_rule, lines

HEAD = (
    "市园林局昨天发布消息，今年春季全市将新增绿地一百二十公顷。\n\n"
    "园林局有关负责人介绍，新增绿地主要分布在城东和城南的老旧小区周边。\n\n"
)
TAIL = "\n\n下一步，园林局还将在各区设立绿化服务站，方便市民咨询。\n"


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


def _flagged(rule, para: str) -> bool:
    return 5 in lines(rule, HEAD + para + TAIL)


# -- an opening mark left open -----------------------------------------------------------


@pytest.mark.parametrize(
    "para",
    [
        "负责人在会上特别提到了社区志愿者的作用。他说：“这些年轻人每个周末都来",
        "详细的补植名单已经在园林局网站公布。［详细",
        "各区的绿化服务站将由街道负责管理，具体地址可以在网站上查询【服务站",
        "这一做法借鉴了外地城市的经验（例如邻近几个城市近年推行的",
    ],
)
def test_a_mark_left_open_at_a_paragraph_end(rule, para):
    assert open_mark(para) is not None
    assert _flagged(rule, para)


@pytest.mark.parametrize(
    "para",
    [
        # closed: a quotation, a bracket, a title
        "负责人在会上说：“这些年轻人每个周末都来帮忙”",
        "详细的补植名单已经在园林局网站公布［详细］",
        "市民可以阅读《城市绿化条例》",
        # a mark that opens and closes alike: no telling whether it is open
        "他在留言里写道：＂希望明年还能看到这么多新绿地",
        # opened long before the end: a stray mark, not the aside the end is in
        "这一做法（借鉴外地城市的经验，已在本市三个区试行了两年多，"
        "取得了良好效果，市民满意度很高，今后还将在全市推广",
    ],
)
def test_no_mark_left_open_near_the_end(para):
    assert open_mark(para) is None


def test_a_closed_web_line_stays_silent(rule):
    text = (
        "春季赏花指南发布。\n\n"
        "公园的樱花将在下周进入盛花期。\n\n"
        "［赏花地图］［交通指南］［游园须知］\n"
    )
    assert lines(rule, text) == set()


# -- a last word that still owes what follows --------------------------------------------


@pytest.mark.parametrize(
    ("tail", "word"),
    [
        ("据了解，园林局已决定将", "将"),
        ("首先是资金的压力，使得", "使得"),
        ("园林部门有可能对这片林地进行", "进行"),
        ("新建的服务站同时配备了", "配备了"),
        ("今年的补植工作采用了", "采用了"),
    ],
)
def test_a_last_word_that_owes_more(tail, word):
    weight, why = tail_evidence(tail)
    assert weight >= 5.0 and word in why


@pytest.mark.parametrize(
    "tail",
    [
        "目前补植工作正在进行",  # no preposition names what it is done to: it ends a clause
        "市民的建议被采用了",  # a passive: the subject is what was adopted
        "这位老园丁的手艺相当了得",  # a common word of the last two characters
        "这样的安排很值得",
    ],
)
def test_a_last_word_that_ends_a_clause(tail):
    assert tail_evidence(tail)[0] == 0.0


def test_a_paragraph_ending_on_an_owing_word_is_flagged(rule):
    assert _flagged(rule, "为了保证成活率，园林部门将对新栽的树苗进行")


# -- a one-sentence paragraph of a list that stops ---------------------------------------


def test_a_short_list_sentence_that_stops(rule):
    assert _flagged(rule, "要综合运用修剪、施肥、病虫")


def test_a_short_line_without_a_list_stays_silent(rule):
    assert not _flagged(rule, "要综合运用修剪施肥和病虫害防治")


# -- a last paragraph before the article's closing credit --------------------------------


def test_a_last_paragraph_that_stops_before_a_closing_credit(rule):
    text = (
        HEAD + "园林局表示，今年的补植任务将在四月底前完成，届时城东的老旧小区将\n\n(记者：王明)\n"
    )
    assert lines(rule, text) == {5}


def test_a_heading_with_commas_over_its_byline_and_body_stays_silent(rule):
    text = (
        "春风吹绿老城区，新增绿地百余公顷\n\n"
        "(记者：王明)\n\n"
        "市园林局昨天发布消息，今年春季全市将新增绿地一百二十公顷。\n\n"
        "园林局有关负责人介绍，新增绿地主要分布在城东和城南的老旧小区周边。\n"
    )
    assert lines(rule, text) == set()


# -- a colon in running text -------------------------------------------------------------


@pytest.mark.parametrize(
    "para",
    [
        # an interview's speaker and an answer of two long clauses
        "张老师：到目前为止我们学校在职的老师一共是三十多名，加上今年新招的几位年轻老师和负责",
        # a lead's dateline and byline, however short the text after them
        "本报北京3月2日讯记者张三报道：市园林局今天从城东",
    ],
)
def test_running_text_after_a_colon_is_open(rule, para):
    assert _flagged(rule, para)


@pytest.mark.parametrize(
    "para",
    [
        # an inscription: written without a final mark
        "市长为活动题词：绿化城市家园，共建美好生活，人人参与植树护绿行动",
        # a short value of two clauses after a label
        "编辑点评：这片绿地和步道连在一起，散步方便多了",
        "报名方式：电话和现场均可报名，名额有限",
        "温馨提示：活动当天请自带水杯，园内不提供饮水",
    ],
)
def test_a_label_and_its_value_stay_silent(rule, para):
    assert not _flagged(rule, para)


def test_a_last_sentence_glued_after_spaces_is_running_text(rule):
    # two paragraphs of a web page run together with spaces between them: the spaces are
    # no page furniture, the last sentence is still running text
    para = "新栽的树苗长势良好，成活率超过九成。    此外，园林局还在城东新区试种了一批耐旱的"
    assert _flagged(rule, para)


def test_furniture_after_the_last_sentence_stays_silent(rule):
    para = "新栽的树苗长势良好，成活率超过九成。    文章来源：城市晚报我要评论"
    assert not _flagged(rule, para)


# -- the number of one item at a paragraph's start ---------------------------------------


def test_a_numbered_paragraph_of_running_text_that_stops(rule):
    para = "三、由市体育局健身基金理事会负责资金的管理，欢迎广大市民和赞助企业监督，随时接"
    assert _flagged(rule, para)


def test_list_items_run_together_stay_silent(rule):
    para = (
        "报名表填写说明 1、姓名请填写身份证上的姓名 2、性别 3、联系电话请填写手机号码 4、所在社区"
    )
    assert not _flagged(rule, para)


# -- a no-break space kept in running text -----------------------------------------------


def test_a_no_break_space_in_running_text_is_no_furniture(rule):
    para = "园林局表示，城东新区的绿道将在2025\xa0年底全部贯通，届时市民可以沿着河岸一路骑行到"
    assert _flagged(rule, para)


def test_headlines_run_together_with_spaces_stay_silent(rule):
    para = "相关新闻：\xa0\xa0\xa0\xa0城东新区新增绿地百余公顷\xa0\xa0\xa0\xa0园林局在各区设立绿化服务站"
    assert not _flagged(rule, para)


# -- a time or place phrase with no clause after it --------------------------------------


@pytest.mark.parametrize(
    ("tail", "word"),
    [
        ("报名的市民领取树苗，登记完成后", "后"),
        ("这是城市发展的必由之路：在发展中", "在"),
        ("园林局将继续推进绿化工作。在城东的几个老旧社区中", "在"),
        ("新的补植方案已经确定，从会议上", "从"),
    ],
)
def test_a_phrase_of_time_or_place_that_owes_its_clause(tail, word):
    weight, why = tail_evidence(tail)
    assert weight >= 5.0 and word in why


@pytest.mark.parametrize(
    "tail",
    [
        "问题出在管理上",  # a verb before the phrase: the phrase is its complement
        "他们在城东的社区中",  # after a subject 在 is the verb: the clause is whole
        "绿化工作这是在改革中",
    ],
)
def test_a_phrase_of_place_that_ends_a_clause(tail):
    assert tail_evidence(tail)[0] == 0.0


# -- running text after web page furniture -----------------------------------------------


def test_a_clause_after_a_link_that_owes_more(rule):
    para = "补植名单已在网站公布。［详细］园林局表示，下一步将对这片林地进行"
    assert _flagged(rule, para)


@pytest.mark.parametrize(
    "para",
    [
        "补植名单已在网站公布。［详细］城东新区新增绿地百余公顷",  # a headline after a link
        "补植名单已在网站公布。［详细］［图集］更多请看对",  # too little after the furniture
    ],
)
def test_furniture_then_a_headline_or_a_scrap_stays_silent(rule, para):
    assert not _flagged(rule, para)


@pytest.mark.parametrize(
    "para",
    [
        "被问到原因时，他吐露实情：自己本想多种几棵树，但跑了几家苗圃都没买到树苗",
        "不少市民感慨：过去这里是一片荒地，如今成了散步的好去处",
        "一位老园丁感叹：这些年城里的树越来越多了，空气也越来越好",
    ],
)
def test_a_colon_after_words_of_saying_opens_running_text(rule, para):
    assert _flagged(rule, para)


@pytest.mark.parametrize(
    "tail",
    ["记者来到他家时，他在家中", "活动时间为上午9时，地点在城东公园南门", "会议开始时，她在会场里"],
)
def test_zai_after_its_subject_is_the_verb_not_a_dangling_preposition(tail):
    # 在 right after a pronoun or a noun that a place is said of (地点, 会场) is the verb
    # of a whole clause: an end without a full stop, not a preposition waiting for its verb
    assert "介词短语" not in tail_evidence(tail)[1]


@pytest.mark.parametrize("tail", ["这家企业去年在城东新区", "公司计划明年在西部地区"])
def test_zai_opening_a_phrase_with_no_predicate_still_waits_for_its_verb(tail):
    weight, why = tail_evidence(tail)
    assert weight > 0 and "介词短语" in why
