"""Short heads of broken paragraphs that the layout classifier takes for titles (issue 9).

A paragraph cut after a few characters leaves a line that looks like a subhead. Where it
stands tells them apart: subheads come in families and open sections; a lone line deep in
a body with no other heading is a paragraph's head. Every sentence here is written for the
test; each shape has look-alikes that must stay silent.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_evidence import tail_evidence
from lint_news.checks.break_heads import bare_line_head, heading_shape, runs_on, unclosed
from lint_news.document import PARAGRAPH, Block, Document
from lint_news.engine import lint_document
from lint_news.findings import Severity
from lint_news.rules import load_pack

from .conftest import ROOT

PACK = ROOT / "rules" / "structure.yaml"

# two body paragraphs, then the line, then two more
BODY = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "{line}\n\n"
    "教师队伍也在不断壮大，去年新招聘教师180人。\n\n"
    "下一步，全区将继续推进学前教育普惠发展。"
)
LINE = 5  # the line of {line} in BODY


@pytest.fixture(scope="module")
def rules():
    return {r.id: r for r in load_pack(PACK)}


def found(rules, text: str):
    doc = Document(text)
    return doc, list(lint_document(doc, [rules["broken-paragraph"]]))


def lines(rules, text: str) -> set[int]:
    doc, fs = found(rules, text)
    return {doc.position(f.start)[0] for f in fs}


LONE = [
    "新园开学以来城东片区",  # a cut that left whole words
    "今年秋季开学以后",  # a time phrase
    "区里今年刚刚建成",  # a subject and its verb
    "社区卫生服务中心",  # a name of an institution
]


@pytest.mark.parametrize("line", LONE)
def test_lone_line_deep_in_a_body_is_a_head_reported_a_step_down(rules, line):
    doc, fs = found(rules, BODY.format(line=line))
    assert [doc.position(f.start)[0] for f in fs] == [LINE]
    assert fs[0].severity == Severity.WARNING  # the rule says error: evidence of place only
    assert "孤立" in fs[0].message


def test_lone_line_with_a_cut_word_is_reported_at_the_rules_severity(rules):
    # a figure cut from its unit at the line's end adds evidence of its own
    doc, fs = found(rules, BODY.format(line="城东片区新建道路约40公"))
    assert [doc.position(f.start)[0] for f in fs] == [LINE]
    assert fs[0].severity == Severity.ERROR


@pytest.mark.parametrize("line", [*LONE, "聚焦民生实事"])
def test_subhead_with_siblings_stays_silent(rules, line):
    # the same lines as subheads of an article with other subheads: a family of headings
    text = BODY.format(line=line) + "\n\n优化营商环境\n\n全区新登记市场主体3200户，同比增长12%。"
    assert lines(rules, text) == set()


@pytest.mark.parametrize(
    "line",
    [
        "一、坚持创新驱动",  # numbered
        "（二）完善服务平台",
        "第三章 附则",
        "数读",  # a column label
        "相关链接",
        "主办：市科协",  # a key and its value
        "谨防“数字形式主义”",  # a quoted catchword
        "王晓东",  # a name standing alone
        "2023年5月6日",  # a date
        "区长在全区教育工作会议上强调",  # a headline over the words said
        "技术与教育的融合",  # a noun phrase with a 的-modifier: a subhead's shape
        "以绿养绿，探索生态补偿新路",  # a slogan of two parts
    ],
)
def test_heading_shapes_deep_in_a_body_stay_silent(rules, line):
    assert lines(rules, BODY.format(line=line)) == set()


@pytest.mark.parametrize("line", [*LONE, "聚焦民生实事"])
def test_lone_subhead_under_the_lead_stays_silent(rules, line):
    # an article's first section often opens right after its lead paragraph
    text = (
        "今年全区新建幼儿园6所，新增学位2700个。\n\n"
        f"{line}\n\n"
        "教师队伍也在不断壮大，去年新招聘教师180人。\n\n"
        "下一步，全区将继续推进学前教育普惠发展。"
    )
    assert lines(rules, text) == set()


def test_line_under_the_lead_that_opens_with_a_pronoun_is_a_head(rules):
    text = (
        "今年全区新建幼儿园6所，新增学位2700个。\n\n"
        "他在会上呼吁\n\n"
        "各街道加快推进普惠性幼儿园建设。"
    )
    assert lines(rules, text) == {3}
    assert lines(rules, text.replace("他在会上呼吁", "我的幼教生涯")) == set()


def test_headline_of_the_next_article_over_its_dateline_stays_silent(rules):
    text = BODY.format(line="城东新区建设提速").replace(
        "教师队伍也在不断壮大", "本报城东5月6日讯 城东新区建设步伐不断加快"
    )
    assert lines(rules, text) == set()


def test_list_items_deep_in_a_body_stay_silent(rules):
    # a list after the body is a structure of its own: the line is one of its headings
    text = BODY.format(line="主要措施有三项") + "\n\n1. 加强技能培训\n\n2. 完善服务平台"
    assert LINE not in lines(rules, text)
    # a line right over a list introduces it
    over = BODY.format(line="主要措施有三项\n\n1. 加强技能培训\n\n2. 完善服务平台")
    assert LINE not in lines(rules, over)


# -- the line under the headline ----------------------------------------------------------

HEADLINE = "城东新区新建幼儿园6所\n\n"


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("本报", "城东讯 今年城东新区新建幼儿园6所，新增学位2700个。"),  # a dateline cut
        ("新华社城东", "5月6日电 今年城东新区新建幼儿园6所，新增学位2700个。"),
        ("“城东新区的学位", "缺口终于补上了。”区教育局负责人说。"),  # a quotation left open
        ("城东新区今年突", "破学位瓶颈，新建幼儿园6所，新增学位2700个。"),  # 突|破 across the joint
    ],
)
def test_line_under_the_headline_that_is_the_leads_head(rules, line, rest):
    assert 3 in lines(rules, HEADLINE + f"{line}\n\n{rest}")


@pytest.mark.parametrize("line", ["今年城东新区新建幼儿园6所，新增学", "城东新区今年新建的幼儿园"])
def test_headline_over_one_unfinished_line_is_a_break(rules, line):
    assert lines(rules, HEADLINE + line) == {3}


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("本报记者 王晓东", "今年城东新区新建幼儿园6所，新增学位2700个。"),  # a byline
        ("本报讯", "今年城东新区新建幼儿园6所，新增学位2700个。"),
        ("——记城东新区的幼教工作者", "今年城东新区新建幼儿园6所，新增学位2700个。"),
        ("学位供给再上新台阶", "今年城东新区新建幼儿园6所，新增学位2700个。"),  # a subtitle
        ("——记城东新区的幼教工作者", ""),  # a headline and its subtitle alone
        ("王晓东", ""),
    ],
)
def test_subtitle_or_byline_under_the_headline_stays_silent(rules, line, rest):
    text = HEADLINE + line + (f"\n\n{rest}" if rest else "")
    assert lines(rules, text) == set()


# -- the end of a title-like line or a paragraph -------------------------------------------


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("城东片区新建道路约40公", "半个单位"),  # 公|里
        ("新建绿地面积达120平", "半个单位"),  # 平|方米
        ("全区接受培训的教师约4.4万", "没有单位"),  # a figure with its magnitude only
        ("报名可以通过该", "缺少所指的名词"),  # a demonstrative without its noun
        ("主持人说，下面让我们", "之后缺少动词"),  # 让 and a person, waiting for the verb
        ("她说拍这场戏时一直希望自己", "之后缺少动词"),
        ("这款相机的连拍速度是同级别中最", "最"),  # a degree adverb with nothing to grade
    ],
)
def test_tail_that_needs_its_unit_or_noun(text, why):
    w, reason = tail_evidence(text)
    assert w >= 5.0 and why in reason


@pytest.mark.parametrize(
    "text",
    [
        "城东片区新建道路40公里",
        "全区常住人口达4.4万人",
        "报名请登录该平台",
        "每公顷",
        "让我们共同努力",
        "城东片区的进展最快",
    ],
)
def test_tail_with_its_unit_or_noun_is_no_evidence(text):
    assert tail_evidence(text) == (0.0, "")


def test_unclosed_marks():
    assert unclosed("（据新华社") == "（"
    assert unclosed("“大家对这项业务的") == "“"
    assert unclosed("谨防“数字形式主义”") is None
    assert unclosed("城东新区（一期）") is None


# -- the text after an article's last full stop ---------------------------------------------

ENDING = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n教师队伍也在不断壮大，去年新招聘教师180人。{last}"
)


@pytest.mark.parametrize(
    "last",
    [
        "据悉，城东",  # a frame of a report and its comma
        "他",  # one character: no credit or headline
        "但今年",  # a conjunction that opens running text
        "不过新",
        "根据全区的",  # a preposition and its phrase: an adverbial of running text
        "在城东",
        "据当地媒体报道，城东新区今年新建的三所幼儿园",  # a clause after a report's frame
        "区政府对学前教育十分重",  # it stops on half a word (重|视)
    ],
)
def test_article_ending_on_the_start_of_a_sentence_is_a_break(rules, last):
    assert lines(rules, ENDING.format(last=last)) == {3}


@pytest.mark.parametrize(
    "last",
    [
        "（完）",
        "本报记者 王晓东",
        "据新华社",
        "我要评论",
        "审计署公告称全市收支结余超10亿元",  # a related headline glued after the text
        "城东新区建设提速",
        "本报城东5月6日电",
        "李华/文",
        "（本报记者 王晓东 通讯员 张强）",
        "新华社记者刘明 本报记者王晓东",
        "百年银杏之争",  # a classical noun phrase: a headline glued after the text
    ],
)
def test_article_ending_on_a_credit_or_a_glued_headline_is_silent(rules, last):
    assert lines(rules, ENDING.format(last=last)) == set()


@pytest.mark.parametrize("last", ["目前城东片区新建幼儿园的进", "新园的学位在全区排名第一的新"])
def test_line_after_the_last_paragraph_that_stops_on_half_a_word_is_a_break(rules, last):
    text = ENDING.format(last="") + f"\n\n{last}"
    assert lines(rules, text) == {5}


@pytest.mark.parametrize("last", ["百年银杏之争", "李华/文", "通讯员 张强", "我要评论", "郭晋晖"])
def test_credit_or_title_after_the_last_paragraph_stays_silent(rules, last):
    text = ENDING.format(last="") + f"\n\n{last}"
    assert lines(rules, text) == set()


def test_runs_on_and_heading_shape():
    assert runs_on("据悉，城东") and runs_on("他")
    assert not runs_on("本报记者 王晓东") and not runs_on("（完）")
    assert heading_shape("一、坚持创新驱动") and heading_shape("相关链接")
    assert not heading_shape("城东片区的幼儿园")


# -- list items --------------------------------------------------------------------------

ITEMS = (
    "主要措施有：\n\n"
    "1. 加强技能培训，全年培训返乡创业青年1200人次{a}\n\n"
    "2. 完善服务平台，新建创业孵化基地3个{b}"
)


@pytest.mark.parametrize(
    ("a", "why"),
    [("。重", "半句"), ("，", "逗号")],  # half a word after the item's full stop; a comma
)
def test_list_item_that_stops_mid_sentence_is_a_break(rules, a, why):
    doc, fs = found(rules, ITEMS.format(a=a, b="。"))
    assert [doc.position(f.start)[0] for f in fs] == [3]
    assert why in fs[0].message


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("；", "。"),  # items closed by semicolons
        ("", ""),  # items without marks
        ("，", "，"),  # a list whose items all end in commas
        ("。", "。"),
    ],
)
def test_list_items_with_their_own_ends_stay_silent(rules, a, b):
    assert lines(rules, ITEMS.format(a=a, b=b)) == set()


# -- a paragraph with no punctuation inside -----------------------------------------------


@pytest.mark.parametrize(
    "para",
    [
        "本报讯城东新区今年新建的三所幼儿园将于2023年9月1",  # a lead's head, cut in a date
        "区教育局严格落实《城东新区学前教育三年行动计划实施办",  # a title left open
    ],
)
def test_unpunctuated_lead_or_open_title_is_a_break(rules, para):
    text = f"城东新区新建幼儿园6所\n\n{para}\n\n日起招生，新增学位2700个。"
    assert 3 in lines(rules, text)


def test_unpunctuated_title_stays_silent(rules):
    para = "城东新区今年新建的三所幼儿园全部开园"  # a title left as a paragraph
    text = f"城东新区学前教育\n\n{para}\n\n今年全区新增学位2700个。"
    assert 3 not in lines(rules, text)


def test_bracket_note_over_lines_is_no_lead():
    # a note in brackets that opens the line and closes on a later one (legal texts)
    def para(text: str) -> Block:
        return Block(1, 0, len(text), text, PARAGRAPH)

    assert not bare_line_head(para("（2023年5月6日城东新区第三次人大常委会会议通过"))
    assert bare_line_head(para("区教育局严格落实《城东新区学前教育三年行动计划实施办"))
    assert bare_line_head(para("本报讯城东新区今年新建的三所幼儿园将于2023年9月1"))
    assert not bare_line_head(para("城东新区今年新建的三所幼儿园全部开园"))
