"""A paragraph inside an article that stops after a full stop of its own (issue 9,
break-lost).

A body paragraph that closes a sentence, runs on and stops on a Chinese character, with
another body paragraph after it and among paragraphs that end in a final mark, has lost the
rest of its last sentence, however short that stub is (a label and its value are the label
rules' to judge).
Its look-alikes stay silent: the same stub after the last paragraph (a credit or a glued
headline stands there), a stub in a text whose paragraphs end open, a figure, a link or web
furniture at the end, a paragraph of one sentence. Every sentence here is written for the
test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_mid_stubs import marks_ends_inside, mid_stub
from lint_news.document import Document

from .break_support import broken_paragraph_rule
from .break_support import lines as lines_in

# a headline, {para} as the third block (line 5), and three more paragraphs that end in 。
TEXT = (
    "城西湿地公园完成改造\n\n"
    "城西湿地公园的改造工程日前完工，园内新增步道四公里。\n\n"
    "{para}\n\n"
    "据介绍，改造后的公园新种植乔木两千余株，水质也明显好转。\n\n"
    "不少市民周末带着孩子来公园散步，对新环境赞不绝口。\n\n"
    "园方表示，下一步将增设科普展板和观鸟平台。"
)
LINE = 5


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


def lines(rule, para: str) -> set[int]:
    return lines_in(rule, TEXT.format(para=para))


@pytest.mark.parametrize(
    "para",
    [
        "园区管理处在开园前组织了多次安全检查。有关专家",  # a subject, its verb lost
        "新建的栈道全部采用防腐木材铺设。游客们可以沿着",  # a preposition's object lost
        "今年夏天公园的游客数量明显增加。记者注意到",
    ],
)
def test_a_stub_after_a_full_stop_inside_an_article_is_a_break(rule, para):
    assert lines(rule, para) == {LINE}


@pytest.mark.parametrize(
    "para",
    [
        "园区管理处在开园前组织了多次安全检查。",  # closed
        "园区管理处在开园前组织了多次安全检查。活动网址www.xidipark.cn",  # a link
        "园区管理处在开园前组织了多次安全检查。［详细］",  # web furniture
        "园区管理处在开园前组织了多次安全检查。  相关新闻",  # a gap of spaces first
    ],
)
def test_a_closed_paragraph_or_an_end_of_figures_or_furniture_stays_silent(rule, para):
    assert lines(rule, para) == set()


# the same stub in the article's last paragraph: credits and glued headlines stand there
AT_END = (
    "城西湿地公园完成改造\n\n"
    "城西湿地公园的改造工程日前完工，园内新增步道四公里。\n\n"
    "据介绍，改造后的公园新种植乔木两千余株，水质也明显好转。\n\n"
    "园方表示，下一步将增设科普展板和观鸟平台。{stub}"
)


@pytest.mark.parametrize("stub", ["本报记者 王晓东", "城北体育馆明年对外开放"])
def test_a_credit_or_glued_headline_after_the_last_paragraph_stays_silent(rule, stub):
    assert lines_in(rule, AT_END.format(stub=stub)) == set()


# paragraphs that end open, as a page of notes or a list laid out in lines does: an open
# end tells nothing there
OPEN_TEXT = (
    "城西湿地公园完成改造\n\n"
    "城西湿地公园的改造工程日前完工，园内新增步道四公里\n\n"
    "{para}\n\n"
    "据介绍，改造后的公园新种植乔木两千余株，水质也明显好转\n\n"
    "园方表示，下一步将增设科普展板和观鸟平台"
)


def test_a_stub_among_paragraphs_that_end_open_stays_silent(rule):
    para = "园区管理处在开园前组织了多次安全检查。有关专家"
    assert LINE not in lines_in(rule, OPEN_TEXT.format(para=para))
    block, blocks = _block(OPEN_TEXT.format(para=para), "园区")
    assert mid_stub(block, blocks) and not marks_ends_inside(blocks, block)


def _block(text: str, start: str):
    doc = Document(text)
    return next(b for b in doc.blocks if b.text.startswith(start)), doc.blocks


@pytest.mark.parametrize(
    "para, stub",
    [
        ("园区管理处在开园前组织了多次安全检查。有关专家", True),
        ("园区管理处在开园前组织了多次安全检查，有关专家", False),  # one sentence, no stop
        ("园区管理处在开园前组织了多次安全检查。１、步道 ２、栈道", False),  # a list run together
        ("园区管理处在开园前组织了多次安全检查。某", False),  # one character: no stub to read
        ("园区管理处在开园前组织了多次安全检查。工作人员说，好", False),  # a one-word clause
        ("园区管理处在开园前组织了多次安全检查。主办：城西区园林局", False),  # a label's
        ("园区管理处在开园前组织了多次安全检查。说明：步道全天开放，栈道", False),  # line
        ("园区管理处在开园前组织了多次安全检查。  相关新闻", False),  # a gap of spaces
    ],
)
def test_mid_stub(para, stub):
    block, blocks = _block(TEXT.format(para=para), "园区")
    assert mid_stub(block, blocks) is stub


def test_mid_stub_wants_a_body_paragraph_after_it():
    block, blocks = _block(AT_END.format(stub="有关专家"), "园方")
    assert not mid_stub(block, blocks)


def test_glued_headlines_after_the_last_full_stop_count_for_neither_side():
    # the last paragraph runs on after its full stop with headlines in clauses: neither a
    # closed end nor an open one; the other two close theirs
    text = (
        "城西湿地公园完成改造\n\n"
        "城西湿地公园的改造工程日前完工，园内新增步道四公里。\n\n"
        "园区管理处在开园前组织了多次安全检查。有关专家\n\n"
        "据介绍，改造后的公园新种植乔木两千余株，水质也明显好转。\n\n"
        "园方表示，下一步将增设科普展板和观鸟平台。城北体育馆明年开放，城南公园将扩建"
    )
    block, blocks = _block(text, "园区")
    assert marks_ends_inside(blocks, block)
    # an open paragraph of clauses in the middle counts against
    text = text.replace("水质也明显好转。", "水质也明显好转")
    text = text.replace("新增步道四公里。", "新增步道四公里")
    block, blocks = _block(text, "园区")
    assert not marks_ends_inside(blocks, block)
