"""Two kinds of paragraph head the family of subheads used to hide (issue 9).

1. A line among subheads that holds a clause or a verb and whose last word goes on into
   the paragraph under it (…要努力搞好优质 | 服务工作): a subhead's last word ends in it.
2. A speaker's label (问：, a name and a colon) or a list number (三、) alone on its line
   between two body paragraphs: no label or number stands without its text.

Every sentence here is written for the test; each shape has look-alikes that stay silent.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_heads import _like_siblings
from lint_news.checks.break_lists import _bare_label
from lint_news.document import Document

from .break_support import broken_paragraph_rule, lines


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


# an article with a numbered subhead (a family) and a line ({line}) over a paragraph ({nxt})
TEXT = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "一、扩大普惠供给\n\n"
    "区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "家长们对新园的评价普遍较高。\n\n"
    "{line}\n\n"
    "{nxt}\n\n"
    "下一步，全区将继续推进学前教育普惠发展。"
)
LINE = 9


@pytest.mark.parametrize(
    ("line", "nxt"),
    [
        ("各街道社区要努力搞好售后", "服务工作，方便家长办事。"),
        ("新园建得快，工程", "量却不算小，用去钢材三千吨。"),
        ("张海：", "我们明年还要再建三所新园。"),
        ("记者：", "新园的收费标准定了没有，家长都很关心。"),
        ("三、", "加强监督检查，落实各方责任。"),
    ],
)
def test_a_head_among_subheads_is_a_break(rule, line, nxt):
    assert LINE in lines(rule, TEXT.format(line=line, nxt=nxt))


@pytest.mark.parametrize(
    ("line", "nxt"),
    [
        ("二、提升保教质量", "教师队伍也在不断壮大，去年新招聘教师180人。"),
        ("提升保教质量", "教师队伍也在不断壮大，去年新招聘教师180人。"),
        ("加强师资队伍建设", "训练有素的教师队伍是办好幼儿园的关键。"),
        ("各街道社区要努力搞好", "服务工作，方便家长办事。"),  # no word across the joint
        ("聚焦生态环境", "保护生态环境就是保护生产力，全区今年种树十万株。"),  # echoed
        ("全文如下：", "加强监督检查，落实各方责任。"),
        ("主办单位：", "市科协和市教育局。"),
        ("张海说：", "我们明年还要再建三所新园。"),  # a line over a quotation
        ("相关链接", "市里去年也出台了类似的扶持政策。"),
    ],
)
def test_look_alikes_stay_silent(rule, line, nxt):
    assert LINE not in lines(rule, TEXT.format(line=line, nxt=nxt))


@pytest.mark.parametrize("t", ["问：", "答：", "记者：", "张海：", "三、", "（二）", "2."])
def test_bare_labels(t):
    assert _bare_label(t)


@pytest.mark.parametrize(
    "t", ["张海说：", "全文如下：", "主办单位：", "三、加强管理", "■", "相关链接"]
)
def test_not_bare_labels(t):
    assert not _bare_label(t)


def test_a_sibling_shaped_line_is_kin():
    # a line shaped like another subhead of the text (as long, the same first character)
    doc = Document("正文一段。\n\n努力搞好后勤\n\n正文二段。\n\n努力搞好售后\n\n服务工作做得好。")
    assert _like_siblings(doc.blocks[3], doc.blocks[3].text, doc.blocks)
    assert not _like_siblings(doc.blocks[1], "区里今年还要搞好", doc.blocks[:1])


LIST = "前言一段。\n\n6、城里新建了三座公园。\n\n{item}\n\n8、乡下修通了两条公路。\n\n后记一段。"


def test_a_number_alone_before_the_next_item_is_a_break(rule):
    assert 5 in lines(rule, LIST.format(item="7、"))


@pytest.mark.parametrize("item", ["7、学校添置了新课桌。", "7、学校添置新课桌", "（七）"])
def test_a_whole_item_or_another_level_stays_silent(rule, item):
    # (a number of another style, （七） between 6、 and 8、, is not this list's next item)
    assert 5 not in lines(rule, LIST.format(item=item))
