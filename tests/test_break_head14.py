"""Heads of broken paragraphs under a headline (issue 9, head14).

The line right under a headline, over the first body paragraph, is a subtitle or the head
of the lead cut from it. A subtitle ends where a title ends and its lead opens a sentence
of its own; a cut lead leaves a line that ends on half a word (…议长在新) or whose words go
on into the paragraph under it (…部门联合 | 发布通告，…; …站台必须 | 安排…). A subtitle that
asks (…怎么调) or ends on a verb, and a lead that opens with a frame (截至目前，…; 经过…，…),
a dateline, a subject or a time, stay silent. Under a later article's headline only a cut
word tells (为了更 | 好地…), not a column's label over its text (编者点评 | 感谢…).
Between body paragraphs, a name over what it says (某某 | 强调指出，…) or over the rest of
the name, and a title-like line cut into the one under it (…的音乐 | 会昨天举行…).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_head_lines import lead_cut_under_headline
from lint_news.document import Document

from .break_support import broken_paragraph_rule, lines


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


# a headline, the line under it ({line}, line 3) and the paragraph under that ({para})
UNDER_HEADLINE = (
    "城区公交线网迎来大调整\n\n"
    "{line}\n\n"
    "{para}\n\n"
    "调整后，城区公交线路总数将达到86条，覆盖率进一步提高。\n\n"
    "市民可通过官方网站查询新的线路走向。"
)
LINE = 3


@pytest.mark.parametrize(
    ("line", "para"),
    [
        # the paragraph under it opens with the predicate the line's subject waits for
        ("市交通运输局会同公安交警部门联合", "发布通告，自下月起对城区12条公交线路进行调整。"),
        # a modal with nothing after it, and the verb it waits for under it
        ("老城区公交站台必须", "安排专人值守，否则早晚高峰的秩序难以保证。"),
        # half a word after a preposition (新 | 年)
        ("杜马议长在新", "年致辞中说，过去一年议会通过了多项重要法律。"),
    ],
)
def test_a_lead_cut_under_the_headline_is_a_break(rule, line, para):
    assert LINE in lines(rule, UNDER_HEADLINE.format(line=line, para=para))


@pytest.mark.parametrize(
    ("line", "para"),
    [
        ("十二条线路下月起调整", "市交通运输局昨天发布通告，自下月起对城区12条公交线路进行调整。"),
        (
            "老城区公交线路将有变化",
            "记者昨天从市交通运输局获悉，自下月起城区12条公交线路将进行调整。",
        ),
        (
            "方便市民出行",
            "本报讯（记者王芳）市交通运输局昨天发布通告，自下月起调整城区12条公交线路。",
        ),
        ("优化线网提升效率", "今年以来，市交通运输局多次征求市民意见，最终确定了调整方案。"),
        ("市民出行更便捷", "为缓解早晚高峰拥堵，市交通运输局决定调整城区12条公交线路。"),
        # a subtitle that asks, ending on a verb of one character
        ("公交线网怎么调", "发布会上，市交通运输局负责人介绍了调整的具体安排。"),
        ("楼市下半年怎么走", "业内人士普遍认为，下半年楼市将保持平稳。"),
        ("城区公交线路调整方案出炉", "经过半年的调研论证，市交通运输局最终确定了调整方案。"),
        ("新线路覆盖更多小区", "据了解，此次调整涉及城区12条公交线路。"),
        # a lead that opens with a frame verb and its comma, not a predicate
        ("十二条公交线路将调整", "截至目前，已有3条线路完成了站点改造。"),
        # a column's label over its text
        ("编者点评", "感谢这位读者，用简短的来信说出了许多市民的心声。"),
    ],
)
def test_a_subtitle_over_its_lead_is_no_break(rule, line, para):
    assert LINE not in lines(rule, UNDER_HEADLINE.format(line=line, para=para))


def _para(text: str):
    return Document(text).blocks[0]


@pytest.mark.parametrize(
    ("line", "para", "cut"),
    [
        (
            "市交通运输局会同公安交警部门联合",
            "发布通告，自下月起对城区12条公交线路进行调整。",
            True,
        ),
        ("十二条公交线路将调整", "截至目前，已有3条线路完成了站点改造。", False),
        ("公交线网怎么调", "发布会上，市交通运输局负责人介绍了调整的具体安排。", False),
        ("杜马议长在新", "年致辞中说，过去一年议会通过了多项重要法律。", True),
    ],
)
def test_lead_cut_under_headline(line, para, cut):
    assert lead_cut_under_headline(line, _para(para)) is cut


# two articles: the line under the second one's headline ({line}, line 9) and the paragraph
# under it ({para})
LATER = (
    "城区公交线网迎来大调整\n\n"
    "市交通运输局昨天发布通告，自下月起对城区12条公交线路进行调整。\n\n"
    "调整后，城区公交线路总数将达到86条。\n\n"
    "老城区停车难有望缓解\n\n"
    "{line}\n\n"
    "{para}\n\n"
    "新建的停车场将在年底前全部投入使用。"
)


@pytest.mark.parametrize(
    ("line", "para", "flagged"),
    [
        ("为了更", "好地方便市民停车，区里今年新建了5个停车场。", True),  # half a word
        ("驻守在北部边陲的黑龙江", "省军区某部新兵营，今年新兵全部按时入营。", True),  # 黑龙江省
        # a column's label, a subhead of a clause: under a later headline, no cut word, silent
        ("编者点评", "感谢这位读者，用简短的来信说出了许多市民的心声。", False),
        ("建设停车场很有必要", "进入新世纪以来，老城区的汽车保有量翻了两番。", False),
    ],
)
def test_a_line_under_a_later_headline(rule, line, para, flagged):
    found = 9 in lines(rule, LATER.format(line=line, para=para))
    assert found is flagged


# a body with a subhead of its own (a family) and a name on a line of its own ({line}, line
# 9) over a paragraph ({para})
NAMED = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "新园建设跑出加速度\n\n"
    "区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "家长们对新园的评价普遍较高。\n\n"
    "{line}\n\n"
    "{para}\n\n"
    "下一步，全区将继续推进学前教育普惠发展。"
)


@pytest.mark.parametrize(
    ("line", "para", "flagged"),
    [
        ("陈志强", "强调指出，今年要把普惠园的比例提高到八成。", True),  # what the name says
        ("陈志强", "说。陈志强表示，新园的师资还要继续充实。", True),  # …”某某 | 说。
        ("孙立", "平向记者表示，新园的师资还要继续充实。", True),  # 孙立 | 平: one name
        ("陈志强", "我们今年要把普惠园的比例提高到八成。", False),  # a subject of its own
        ("陈志强", "今年是他担任局长的第三年。", False),
        ("陈志强", "据介绍，今年要把普惠园的比例提高到八成。", False),
    ],
)
def test_a_name_over_what_it_says_or_the_rest_of_it(rule, line, para, flagged):
    found = 9 in lines(rule, NAMED.format(line=line, para=para))
    assert found is flagged


# two title-like lines between body paragraphs ({line} on line 5, {nxt} on line 7)
TWO_LINES = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "区教育局还为新园配备了专职保健医生。\n\n"
    "{line}\n\n"
    "{nxt}\n\n"
    "下一步，全区将继续推进学前教育普惠发展。"
)


@pytest.mark.parametrize(
    ("line", "nxt", "flagged"),
    [
        ("市民共庆新世纪的到", "来（附图片）", True),  # 到来, cut
        ("城东新园的音乐", "会昨天举行（附图片）", True),  # 音乐会
        ("城东新园的音乐会", "昨天举行（附图片）", False),
        ("新园开学", "教师节（附图片）", False),
        ("区里的新园", "迎来新学期", False),
    ],
)
def test_a_title_like_line_cut_into_the_one_under_it(rule, line, nxt, flagged):
    found = 5 in lines(rule, TWO_LINES.format(line=line, nxt=nxt))
    assert found is flagged
