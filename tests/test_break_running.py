"""Open paragraph ends whose last sentence is full of figures or Latin words (issue 9).

A body paragraph that simply stops, among paragraphs that end with a full stop, is reported
when its last sentence reads as running text. Figures and marks say nothing either way
(自2019年7月起，新城), and a product name in Latin letters is one word of the sentence
(此外，EOS), not four characters against it. Contact lines, prices, links and tables stay
silent. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_heads import closed_after
from lint_news.checks.truncation import _running
from lint_news.document import Document
from lint_news.engine import lint_document

from .break_support import broken_paragraph_rule
from .break_support import lines as lines_in

TEXT = (
    "城东片区改造方案日前公布，涉及居民两千余户。\n\n"
    "{para}\n\n"
    "据了解，片区内的学校和医院将同步改扩建。\n\n"
    "区住建局表示，将在年内完成全部签约工作。"
)


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


def lines(rule, para: str) -> set[int]:
    return lines_in(rule, TEXT.format(para=para))


@pytest.mark.parametrize(
    "para",
    [
        # each last sentence could end a clause: only the paragraphs around it, which all
        # end with a full stop, show that its own full stop (or its rest) is missing
        "改造资金由市区两级财政共同承担。２０２３年１２月，区里完成了验收",
        "片区内共有老旧楼栋86栋。2019年以来，ABC公司参与设计",
        "新建的地下车库可提供车位1200个。此外，EV充电桩600个",
        "居民议事会每月召开一次。2022年3月15日，B区的居民代表发言",
    ],
)
def test_figures_and_latin_do_not_hide_an_open_end(rule, para):
    assert lines(rule, para) == {3}


@pytest.mark.parametrize(
    "para",
    [
        "咨询电话：0571-8888 6666 邮箱：service@example.cn",
        "参考价格：2999元",
        "相关链接：［城东片区改造答问］［城西片区规划图］",
        "项目名称 HDX-200 型号 A1 价格 1999",
        "片区内共有老旧楼栋86栋，多数建于上世纪八十年代。",  # a closed end
    ],
)
def test_contact_lines_prices_and_links_stay_silent(rule, para):
    assert lines(rule, para) == set()


def test_running_counts_letters_as_words_and_figures_as_neither():
    assert _running("自2019年7月起，新城")
    assert _running("此外，EOS")
    assert _running("２０２３年，区里先后")
    assert not _running("Leighton")  # a name alone: no Chinese at all
    assert not _running("OL官网www.example.com客服")  # mostly Latin words
    assert not _running("相关链接［详细］")  # web page furniture
    assert not _running("2019")


# -- a title, quotation or note left open and closed in the next paragraph ------------------

BROKEN_TITLE = (
    "城市报告发布\n\n"
    "报告指出，全球城市化仍在加速，住房短缺问题日益突出。《全球城市展望：追求\n\n"
    "公正》是该机构发布的第三份年度报告。\n\n"
    "编辑 李明"
)


def test_a_title_left_open_and_closed_in_the_next_paragraph_is_a_break(rule):
    # the last words (追求) could end a clause and the next paragraph opens with a noun:
    # only the title mark left open and closed across the joint shows the break
    doc = Document(BROKEN_TITLE)
    fs = list(lint_document(doc, [rule]))
    assert [doc.position(f.start)[0] for f in fs] == [3]
    assert "下一段才配对" in fs[0].message and fs[0].related
    # with the title closed in its own paragraph, nothing is said
    whole = BROKEN_TITLE.replace("：追求\n\n公正》是", "：追求公正》是")
    assert list(lint_document(Document(whole), [rule])) == []


def test_closed_after_needs_the_next_paragraph_to_close_what_the_line_left_open():
    assert closed_after("研究报告《城市更新：走向", "共享的城市》等三十余种图书。") == "《"
    assert closed_after("改造工作将分三批推进（第一批涉及", "十二个小区）。") == "（"
    assert closed_after("研究报告《城市更新》", "等三十余种图书。") is None  # closed at home
    assert (
        closed_after("研究报告《城市更新：走向", "《共享的城市》等图书。") is None
    )  # opens its own
    assert (
        closed_after("分三批推进（第一批涉及", "十二个小区" + "，" * 40 + "）") is None
    )  # too far
    assert closed_after("全区新建幼儿园6所", "（据了解）片区内。") is None  # nothing left open
