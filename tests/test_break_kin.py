"""A short line among its siblings: which other lines make a family of subheads (issue 9).

A lone short line between body paragraphs is the head of a broken paragraph; a subhead has
siblings of its kind. A line that introduces what follows (全文如下：), a line of clauses, a
photo's headline (…（附图片1张）), a line that leaves a quotation open are no subheads an
unnumbered line could be one more of. Under the lead paragraph, in a text with no family of
subheads, a line that stops on half a word is a head; after the last body paragraph, a line
of three or four Chinese characters that is no credit, label or name is one too (no glued
headline is so short). Every sentence here is written for the test; each shape has look-alikes that must stay silent.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_heads import family
from lint_news.document import Document

from .break_support import BODY, LINE, UNDER_LEAD, broken_paragraph_rule, lines


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


NO_KIN = [
    "具体安排如下：",  # a line that introduces what follows
    "新园开学那天，孩子们都来了",  # a line of clauses
    "新园迎来小朋友（附图片1张）",  # a photo's headline
    "园长笑着回答：“还差得远",  # a line that is itself cut: a quotation left open
]


@pytest.mark.parametrize("other", NO_KIN)
def test_a_line_of_another_kind_leaves_the_short_line_lone(rule, other):
    assert LINE in lines(rule, BODY.format(other=other, line="区里今年刚刚建成"))


@pytest.mark.parametrize("other", ["优化营商环境", "家门口的好学校", "以绿养绿，探索新路"])
def test_a_subhead_of_the_same_kind_keeps_it_silent(rule, other):
    assert LINE not in lines(rule, BODY.format(other=other, line="区里今年刚刚建成"))


def test_family_leaves_out_lines_of_another_kind():
    def fam(other: str) -> bool:
        doc = Document(BODY.format(other=other, line="区里今年刚刚建成"))
        assert doc.blocks[4].text == "区里今年刚刚建成"
        return family(doc.blocks[4], doc.blocks)

    assert not any(fam(x) for x in NO_KIN)
    assert fam("家门口的好学校") and fam("二、完善服务平台")  # a numbered line still counts


# -- a line right under the lead paragraph, in a text with no other subhead ----------------


@pytest.mark.parametrize(
    "line",
    [
        "区里还为每所新园配",  # half a word at its end
        "这批新园的教师大多来自第一",  # a numeral with no measure word
    ],
)
def test_a_line_cut_on_half_a_word_under_the_lead_is_a_head(rule, line):
    assert lines(rule, UNDER_LEAD.format(line=line)) == {3}


@pytest.mark.parametrize(
    "line",
    ["聚焦民生实事", "我的幼教生涯", "家门口的好学校", "在希望的田野上", "老街换新颜，小巷焕生机"],
)
def test_a_subhead_under_the_lead_stays_silent(rule, line):
    assert lines(rule, UNDER_LEAD.format(line=line)) == set()


# -- a very short line after the last body paragraph -----------------------------------------

AT_END = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "教师队伍也在不断壮大，去年新招聘教师180人。\n\n"
    "{line}"
)


@pytest.mark.parametrize("line", ["家长们", "区委书记", "冬季供暖", "城东片区"])
def test_a_very_short_last_line_is_a_head(rule, line):
    assert lines(rule, AT_END.format(line=line)) == {5}


@pytest.mark.parametrize(
    "line",
    [
        "王晓东",
        "责任编辑",
        "相关链接",
        "（完）",
        "新华社",
        "幼教新图景",
        "城东A区",
        "返回",  # web page furniture of two characters
    ],
)
def test_a_credit_label_or_glued_headline_at_the_end_stays_silent(rule, line):
    assert lines(rule, AT_END.format(line=line)) == set()
