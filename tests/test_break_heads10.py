"""Short heads of broken paragraphs the check took for titles (issue 9, session 7).

A title is a complete phrase; the head of a paragraph cut after a few characters often is
not. Under the lead paragraph, a line that stops where a clause is cut short (a preposition's
phrase cut on half a word, an adverb with nothing after it) is a head, while a subhead that
ends on a time word, a figure or a whole noun stays silent. Under
a headline, a line of one character, a dateline whose reporter is not yet named (本报讯记者)
and a dateline with the first words of its lead after 报道： are heads. After the last body
paragraph, a line of two Chinese characters that is half a phrase (two words, or one verb)
is a head; a web page's button, a label or a name is not. A line under the lead over a
paragraph that opens as the rest of a sentence (a verb or an adverb with no subject) is a
head; a key and a value cut short between paragraphs (园长：我们) is one; a numbered item
that is its number alone or stops short among items of its level that all close is one.
Every sentence here is written for the test; each shape has look-alikes that must stay silent.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_heads import stops_short

from .break_support import UNDER_LEAD, broken_paragraph_rule, lines


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


@pytest.mark.parametrize(
    "line",
    [
        "新园的收费标准按照规",  # a preposition's phrase cut on half a word
        "相比较",  # an adverb with nothing after it
    ],
)
def test_a_line_under_the_lead_that_stops_short_is_a_head(rule, line):
    assert lines(rule, UNDER_LEAD.format(line=line)) == {3}


@pytest.mark.parametrize(
    "line",
    [
        "为了明天",  # a time word ends a subhead
        "展望2025",  # a year
        "向家长汇报",  # a preposition's phrase of whole words
        "聚焦民生实事",
        "家门口的好学校",
        "新建幼儿园6所",  # a figure and its measure word
    ],
)
def test_a_subhead_under_the_lead_stays_silent(rule, line):
    assert lines(rule, UNDER_LEAD.format(line=line)) == set()


def test_stops_short_reads_the_end_of_a_line():
    assert stops_short("新园的收费标准按照规")
    assert not stops_short("新园的收费标准按照规，今")  # a line of clauses
    assert not stops_short("展望2025") and not stops_short("为了明天")
    assert not stops_short("老匠人如是说")  # a long word the tagger calls a conjunction


UNDER_HEADLINE = (
    "城东新区学前教育提速\n\n"
    "{line}\n\n"
    "{rest}今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "教师队伍也在不断壮大，去年新招聘教师180人。"
)


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("城", "东新区教育局介绍，"),  # one character: no subtitle is so short
        ("本报讯记者", "王晓东 "),  # a role with no name after it
        ("本报城东5月6日电记者王晓东报道：城", "东新区"),  # a lead begun after 报道：
    ],
)
def test_a_cut_line_under_the_headline_is_a_head(rule, line, rest):
    assert lines(rule, UNDER_HEADLINE.format(line=line, rest=rest)) == {3}


@pytest.mark.parametrize(
    "line",
    [
        "本报评论员",  # a signature of its own
        "本报记者 王晓东",  # a byline
        "本报城东5月6日电",  # a dateline alone
        "新园新气象",  # a subtitle
    ],
)
def test_a_subtitle_or_byline_under_the_headline_stays_silent(rule, line):
    assert lines(rule, UNDER_HEADLINE.format(line=line, rest="")) == set()


AT_END = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "教师队伍也在不断壮大，去年新招聘教师180人。\n\n"
    "{line}"
)


@pytest.mark.parametrize("line", ["推进", "看全", "一方"])
def test_two_characters_of_half_a_phrase_at_the_end_are_a_head(rule, line):
    assert lines(rule, AT_END.format(line=line)) == {5}


@pytest.mark.parametrize("line", ["返回", "分享", "专题", "王刚", "图片"])
def test_a_button_label_or_name_at_the_end_stays_silent(rule, line):
    assert lines(rule, AT_END.format(line=line)) == set()


UNDER_LEAD_OVER = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "{line}\n\n"
    "{rest}\n\n"
    "下一步，全区将继续推进学前教育普惠发展。"
)


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("城东片区的两所新园", "也在今年秋季迎来了第一批孩子。"),  # an adverb with no subject
        ("区教育局负责学前教育的同志", "告诉记者，新园的师资已经全部到位。"),  # a verb
    ],
)
def test_a_line_under_the_lead_over_a_paragraph_that_reads_on_is_a_head(rule, line, rest):
    assert 3 in lines(rule, UNDER_LEAD_OVER.format(line=line, rest=rest))


@pytest.mark.parametrize(
    "rest",
    [
        "今年以来，全区还改造了老旧小区58个。",  # a time adverbial, then its clause
        "城东片区的两所新园也在今年秋季迎来了第一批孩子。",  # a sentence with its subject
    ],
)
def test_a_subhead_under_the_lead_over_a_sentence_of_its_own_stays_silent(rule, rest):
    assert lines(rule, UNDER_LEAD_OVER.format(line="聚焦民生实事", rest=rest)) == set()


DEEP = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "家长们对新园的评价普遍较高。\n\n"
    "{line}\n\n"
    "{rest}\n\n"
    "下一步，全区将继续推进学前教育普惠发展。"
)


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("园长：我们", "第一次带孩子们去了城东的科技馆，孩子们都很兴奋。"),  # no predicate
        ("入园须知：请准备好预防接", "种证明和体检表，开学当天交给班主任。"),  # 接 | 种
    ],
)
def test_a_key_and_a_value_cut_short_between_paragraphs_is_a_head(rule, line, rest):
    assert 7 in lines(rule, DEEP.format(line=line, rest=rest))


@pytest.mark.parametrize(
    "line",
    ["主办：区教育局", "时间：9月1日上午", "再当园长：她说只想守住这份责任"],
)
def test_a_key_and_its_value_between_paragraphs_stays_silent(rule, line):
    rest = "开学那天，新园的老师们早早就等在了门口。"
    assert lines(rule, DEEP.format(line=line, rest=rest)) == set()


ITEMS = (
    "申请入园的幼儿应当符合下列条件：\n\n"
    "（一）年满三周岁的；\n\n"
    "{line}\n\n"
    "{rest}\n\n"
    "（四）按规定完成预防接种的。\n\n"
    "报名时间另行通知。"
)


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("（二）户籍或居住证在本", "区的；"),  # a few words after the number, then cut
        ("（二）", "户籍或居住证在本区的；"),  # the number alone
    ],
)
def test_an_item_unlike_the_items_of_its_level_is_a_head(rule, line, rest):
    assert 5 in lines(rule, ITEMS.format(line=line, rest=rest + "\n\n（三）身体健康的；"))


@pytest.mark.parametrize(
    "line",
    [
        "二、报名办法",  # a heading of another level
        "（二）户籍或居住证在本区的；",  # an item that ends like its siblings
    ],
)
def test_a_heading_of_another_level_or_a_whole_item_stays_silent(rule, line):
    text = ITEMS.format(line=line, rest="（三）身体健康的；")
    assert lines(rule, text) == set()


def test_a_list_whose_items_have_no_marks_stays_silent(rule):
    text = "入园时请带齐以下材料：\n\n1. 户口簿\n\n2. 预防接种证\n\n3. 体检表\n\n报名时间另行通知。"
    assert lines(rule, text) == set()


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("聚焦民生实事", "坚持问题导向，逐项制定工作方案，明确完成时限。"),
        ("强化督查考核", "建立月度通报制度，对进度滞后的项目挂牌督办。"),
        ("推动园区提质", "加快标准厂房建设，引导企业向园区集中。"),
    ],
)
def test_a_verb_led_subhead_under_the_lead_over_a_verb_led_paragraph_is_silent(rule, line, rest):
    # government copy: a lone section subhead that opens with a verb, over a paragraph that
    # opens with one too (no subject), is a subhead, not a cut sentence
    assert lines(rule, UNDER_LEAD_OVER.format(line=line, rest=rest)) == set()
