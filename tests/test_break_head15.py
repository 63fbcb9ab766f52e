"""A short line that holds a sentence's grammar is no heading (issue 9, head15).

A heading names or claims; it does not report a deed with an adverb and an aspect particle
(…还表彰了, …又新建了校舍), leave an object owed after one (…采用了, …配备了两台), open with a
conjunction that ties it to the sentence before (并…, 可…, 尤其是…), put a personal pronoun
as the subject of a second clause (…，我们来到…), nor set a preposition's phrase after its
subject with no verb to follow (社会对一个人). Such a line between body paragraphs is the
head of a broken paragraph even in a text with subheads of its own, or right under the
lead; under the headline it is the head of the lead, no subtitle. Headings that hold a
preposition, an aspect particle or a pronoun in the ways headings do stay silent.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_head_grammar import dateline_goes_on, frame_part, sentence_grammar

from .break_support import BODY, UNDER_LEAD, broken_paragraph_rule, lines
from .break_support import LINE as BODY_LINE


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("区教育局还表彰了", "aspect"),
        ("该校今年又新建了", "aspect"),
        ("这台新机器配备了两台", "aspect"),
        ("这款新型手机采用了", "aspect"),
        ("并开通了线上报名渠道", "tying"),
        ("可眼下家长们", "tying"),
        ("尤其是通往", "tying"),
        ("沿着新修的公路，我们来到", "person"),
        ("家长对一所新园", "preposition"),
        ("少数学校向家长收取", ""),  # (a verb after the phrase: other tests read its end)
    ],
)
def test_sentence_grammar(line, kind):
    assert sentence_grammar(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "幼儿园在希望的田野上",
        "学前教育见实效",
        "我们走过的路",
        "学校对接社区",
        "教师在一线",
        "走过了风雨",
        "春天来了",
        "孩子们长大了",
        "家长对新园的评价",  # 对…的…: a noun phrase
        "我们对孩子的期望",
        "新园向社区开放",
        "老街换新颜，小巷焕生机",
        "可爱的孩子们",
        "并购重组的新机遇",
        "孩子们笑了吗？",
        "全区各街道都建立了普惠幼儿园",  # a claim with its object
        "城南队对城北队",  # a match: 对 between its two sides
        "实验小学对育才小学",
    ],
)
def test_headings_hold_no_sentence_grammar(line):
    assert sentence_grammar(line) == ""


# an article with a numbered subhead (a family) and a line ({line}) over a paragraph ({nxt})
FAMILY = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "一、扩大普惠供给\n\n"
    "区里为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "家长们对新园的评价普遍较高。\n\n"
    "{line}\n\n"
    "{nxt}\n\n"
    "下一步，全区将继续推进学前教育普惠发展。"
)
LINE = 9


@pytest.mark.parametrize(
    ("line", "nxt"),
    [
        ("区教育局还表彰了", "一批优秀园长和骨干教师，并给予奖励。"),
        ("该区今年又新建了", "三所公办园，新增学位九百个。"),
        ("这所新园配备了", "专职保健医生和营养师。"),
        ("该区今年又新建了三所", "公办园，新增学位九百个。"),
        ("并开通了", "线上报名渠道，家长足不出户就能报名。"),
        ("可现在家长们", "更关心的是孩子能不能就近入园。"),
        ("也许家长一时", "还不习惯新的报名方式。"),
        ("园长对每位新教师", "都要进行一个月的岗前培训。"),
    ],
)
def test_a_line_of_sentence_grammar_among_subheads_is_a_break(rule, line, nxt):
    assert LINE in lines(rule, FAMILY.format(line=line, nxt=nxt))


@pytest.mark.parametrize(
    ("line", "nxt"),
    [
        ("二、提升保教质量", "教师队伍也在不断壮大，去年新招聘教师180人。"),
        ("提升保教质量", "教师队伍也在不断壮大，去年新招聘教师180人。"),
        ("家长对新园的评价", "多数家长认为新园的师资和设施都不错。"),
        ("教师在一线", "全区幼儿园教师都参加了今年的岗位练兵。"),
        ("全区各街道都建立了普惠幼儿园", "家门口的幼儿园让年轻父母省了不少心。"),
    ],
)
def test_a_subhead_among_subheads_is_no_break(rule, line, nxt):
    assert LINE not in lines(rule, FAMILY.format(line=line, nxt=nxt))


@pytest.mark.parametrize(
    "line",
    ["可现在家长们", "也许家长一时", "园长对每位新教师"],
)
def test_a_line_of_sentence_grammar_under_the_lead_is_a_break(rule, line):
    assert 3 in lines(rule, UNDER_LEAD.format(line=line))


@pytest.mark.parametrize("line", ["教师在一线", "孩子们长大了", "学前教育见实效"])
def test_a_subhead_under_the_lead_is_no_break(rule, line):
    assert 3 not in lines(rule, UNDER_LEAD.format(line=line))


UNDER_HEADLINE = (
    "全区学前教育普惠发展取得新进展\n\n"
    "{line}\n\n"
    "{para}\n\n"
    "区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "下一步，全区将继续推进学前教育普惠发展。"
)


@pytest.mark.parametrize(
    ("line", "para"),
    [
        ("区教育局日前还表彰了", "一批优秀园长和骨干教师，并给予奖励。"),
        ("该区今年又新建了", "三所公办园，新增学位九百个。"),
        ("本报东城3月2日讯记者王芳", "报道：区教育局昨天宣布，新园秋季开学。"),
    ],
)
def test_a_lead_of_sentence_grammar_under_the_headline_is_a_break(rule, line, para):
    assert 3 in lines(rule, UNDER_HEADLINE.format(line=line, para=para))


@pytest.mark.parametrize(
    ("line", "para"),
    [
        ("家门口的好学校越来越多", "今年全区新建幼儿园6所，新增学位2700个。"),
        ("孩子们在家门口上了幼儿园", "今年全区新建幼儿园6所，新增学位2700个。"),
    ],
)
def test_a_subtitle_over_its_lead_is_no_break(rule, line, para):
    assert 3 not in lines(rule, UNDER_HEADLINE.format(line=line, para=para))


@pytest.mark.parametrize("line", ["学前教育，我们一起来", "孩子的明天，我们共同守护"])
def test_a_slogan_with_a_pronoun_is_no_sentence(line):
    assert sentence_grammar(line) == ""


@pytest.mark.parametrize(
    "part", ["最近几年", "17日", "会上", "座谈会上", "这些问题", "该区", "数据显示", "专家指出"]
)
def test_a_frame_is_no_slogan_part(part):
    assert frame_part(part)


@pytest.mark.parametrize("part", ["科技", "园网并举", "老街", "新区建设", "学前教育"])
def test_a_slogan_part_is_no_frame(part):
    assert not frame_part(part)


@pytest.mark.parametrize(
    "line",
    ["座谈会上，区领导同志来", "数据显示，全区新园学位", "这些问题，不仅制约着学前"],
)
def test_a_frame_and_a_clause_cut_short_is_a_break(rule, line):
    assert BODY_LINE in lines(rule, BODY.format(line=line, other="区里还新建了两所民办园。"))


@pytest.mark.parametrize("line", ["园网并举，拓宽入园渠道", "科技，点亮孩子的梦想"])
def test_a_slogan_of_two_parts_is_no_break(rule, line):
    assert BODY_LINE not in lines(rule, BODY.format(line=line, other="区里还新建了两所民办园。"))


# an article whose last line ({line}) stands after its last closed paragraph
AT_END = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "区里为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "家长们对新园的评价普遍较高。\n\n"
    "{line}"
)


@pytest.mark.parametrize("line", ["区教育局日前还表彰了", "前年元旦前", "去年春节以来"])
def test_a_last_line_of_sentence_grammar_or_a_time_frame_is_a_break(rule, line):
    assert 7 in lines(rule, AT_END.format(line=line))


@pytest.mark.parametrize("line", ["2009年12月", "本报记者 王芳", "学前教育见实效", "（完）"])
def test_a_last_date_credit_or_title_is_no_break(rule, line):
    assert 7 not in lines(rule, AT_END.format(line=line))


@pytest.mark.parametrize(
    ("line", "kind"),
    [("若家长没有按时", "tying"), ("难怪不少家长", "tying"), ("特别是城郊的", "tying")],
)
def test_a_clause_that_waits_for_its_main_clause(line, kind):
    assert sentence_grammar(line) == kind


# an article whose last paragraph ends with a stub after its last full stop ({stub})
STUB_AT_END = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "区里为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "新园今年秋季开学，首批招收幼儿三百名。{stub}"
)


@pytest.mark.parametrize("stub", ["若家长没有按时报名", "难怪不少家长", "区教育局日前还表彰了"])
def test_a_stub_of_sentence_grammar_after_the_last_stop_is_a_break(rule, stub):
    assert 5 in lines(rule, STUB_AT_END.format(stub=stub))


@pytest.mark.parametrize("stub", ["本报记者 王芳", "学前教育见实效", "新园秋季开学"])
def test_a_credit_or_glued_headline_after_the_last_stop_is_no_break(rule, stub):
    assert 5 not in lines(rule, STUB_AT_END.format(stub=stub))


@pytest.mark.parametrize(
    ("line", "nxt"),
    [
        ("本报东城3月2日讯记者王芳", "报道：区教育局昨天宣布，新园秋季开学。"),
        ("本报东城3月2日", "讯区教育局昨天宣布，新园秋季开学。"),
        ("新华社东城3月2日电记者王芳", "报道，区教育局昨天宣布，新园秋季开学。"),
    ],
)
def test_a_dateline_the_next_block_completes(line, nxt):
    assert dateline_goes_on(line, nxt)


@pytest.mark.parametrize(
    ("line", "nxt"),
    [
        ("本报讯", "电视台昨天播出了新园开学的专题片。"),  # 电视: a word, not the frame's 电
        ("新华社东城3月2日电", "记者今天从区教育局获悉，新园秋季开学。"),
        ("新园秋季开学", "报道：区教育局昨天宣布，新园秋季开学。"),  # no dateline
    ],
)
def test_a_dateline_complete_or_no_dateline(line, nxt):
    assert not dateline_goes_on(line, nxt)


# two articles in one text: the second headline, a line under it ({line}), its lead ({nxt})
TWO_ARTICLES = (
    "全区新建幼儿园六所\n\n"
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "区里为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "城南公园改造完工\n\n"
    "{line}\n\n"
    "{nxt}\n\n"
    "改造后的公园新增绿地一万平方米。"
)


@pytest.mark.parametrize(
    ("line", "nxt"),
    [
        ("本报城南3月2日讯记者王芳", "报道：城南公园改造工程昨天完工，公园将于下周开放。"),
        ("本报城南", "改造后的公园新增了儿童游乐区和健身步道。"),  # (its rest stands elsewhere)
    ],
)
def test_a_dateline_cut_under_a_later_headline_is_a_break(rule, line, nxt):
    assert 9 in lines(rule, TWO_ARTICLES.format(line=line, nxt=nxt))


@pytest.mark.parametrize(
    ("line", "nxt"),
    [
        ("市民休闲有了好去处", "本报讯城南公园改造工程昨天完工，公园将于下周开放。"),
        ("本报城南3月2日讯", "城南公园改造工程昨天完工，公园将于下周开放。"),
    ],
)
def test_a_subtitle_or_a_whole_dateline_under_a_later_headline_is_no_break(rule, line, nxt):
    assert 9 not in lines(rule, TWO_ARTICLES.format(line=line, nxt=nxt))
