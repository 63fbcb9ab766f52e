"""Body paragraphs whose tail is lost, where the end passes for web page furniture (issue 9).

A telephone or QQ number after its label that is shorter than any number of its kind
(咨询电话：0571-86, 客服QQ：73) was cut with the paragraph's tail; a whole number of any
kind stays silent: a short service number, a local number without its area code, a number
written in groups, a mobile number. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_trailers import cut_date, cut_number, open_unpunctuated
from lint_news.document import Document
from lint_news.engine import lint_document

from .break_support import broken_paragraph_rule
from .break_support import lines as lines_in

TEXT = (
    "城东图书馆的少儿阅览室本周六重新开放，开放时间延长到晚上八点。\n\n"
    "{para}\n\n"
    "据了解，阅览室新增图书三千余册，其中绘本占了一半。\n\n"
    "馆方表示，暑假期间还将举办多场亲子阅读活动。"
)


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


# a sentence of running text before the paragraph's last line (a line of its own may be a
# subhead: 服务热线：400-812- ends on a dash)
LEAD = "暑期阅读活动的报名已经开始，名额有限，先到先得。"


def lines(rule, para: str) -> set[int]:
    return lines_in(rule, TEXT.format(para=LEAD + para))


CUT = [
    "读者如有疑问，可拨打咨询电话：0571-86",  # an area code and two figures
    "活动报名请联系馆方，联系电话：0",
    "详情请关注图书馆公众号，服务热线：400-812-",  # a hyphen with nothing after it
    "家长可添加志愿者的手机：13905",  # a mobile number of five figures
    "阅读打卡可加入读者交流群，客服QQ：73",  # no QQ number has two figures
    "预约座位请致电［服务电话］0571-8899",
    "图书馆的借阅咨询：4",  # the first figure of a 400 number
]


@pytest.mark.parametrize("para", CUT)
def test_a_number_cut_short_after_its_label_is_a_break(rule, para):
    assert lines(rule, para) == {3}


def test_the_finding_names_the_cut_number(rule):
    doc = Document(TEXT.format(para=LEAD + CUT[0]))
    (f,) = lint_document(doc, [rule])
    assert "电话号码不完整" in f.message


WHOLE = [
    "读者如有疑问，可拨打咨询电话：0571-86880123",  # an area code and eight figures
    "市民也可以拨打政务服务热线：12345",  # a short service number is whole
    "银行卡挂失请拨打客服电话：95588",
    "遇到紧急情况请拨打报警电话：110",
    "读者如有疑问，可拨打咨询电话：86880123",  # a local number without its area code
    "详情请关注图书馆公众号，服务热线：400 812 3366",  # written in groups
    "家长可添加志愿者的手机：13905716688",
    "阅读打卡可加入读者交流群，客服QQ：73351",
    "商城购物咨询：400-812-3366-2",  # an extension after a whole number
    "联系电话：0571-86880123 0571-86880124",  # two numbers
]


@pytest.mark.parametrize("para", WHOLE)
def test_a_whole_number_after_its_label_stays_silent(rule, para):
    assert lines(rule, para) == set()


@pytest.mark.parametrize(
    "text",
    [
        "他的手机号码是1",  # no label before the figure: running text (not this rule's)
        "招生办法：2012",  # a year after a colon, no telephone's label
        "今年共接待读者12万",
    ],
)
def test_a_figure_without_a_telephone_label_is_not_a_cut_number(text):
    assert not cut_number(text)


# a short line between two body paragraphs, or after the last one
AMONG = "全区新建幼儿园6所，新增学位2700个。\n\n{line}\n\n今年以来，全区还改造了老旧小区58个。"
AFTER = "全区新建幼儿园6所，新增学位2700个。\n\n今年以来，全区还改造了老旧小区58个。\n\n{line}"


@pytest.mark.parametrize(
    "line", ["改造工程从2023年1", "全部工程预计在本月２８", "2023年1—11", "从1998年6月1"]
)
@pytest.mark.parametrize("where", [AMONG, AFTER])
def test_a_line_that_stops_on_a_date_before_its_unit_is_a_break(rule, line, where):
    assert lines_in(rule, where.format(line=line)) == {where.split("\n\n").index("{line}") * 2 + 1}


@pytest.mark.parametrize(
    ("line", "where"),
    [
        *((line, AMONG) for line in ("城东片区2023", "新款手机型号X9", "幼儿园建设进入第2")),
        *((line, where) for line in ("12月", "2023年", "城东片区2023") for where in (AMONG, AFTER)),
    ],
)
def test_a_line_that_ends_on_a_figure_or_a_whole_date_stays_silent(rule, line, where):
    assert lines_in(rule, where.format(line=line)) == set()


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("2000年12", True),
        ("从１９９７年６月６", True),
        ("本月３１", True),
        ("2001年1月1日", False),  # a whole date
        ("展望2030", False),  # a year after a word
        ("第3", False),
    ],
)
def test_cut_date(text, cut):
    assert cut_date(text) is cut


# a body paragraph of no inner punctuation between two body paragraphs
UNPUNCTUATED = (
    "城东图书馆的少儿阅览室本周六重新开放，开放时间延长到晚上八点。\n\n"
    "{line}\n\n"
    "馆方表示，暑假期间还将举办多场亲子阅读活动。"
)


@pytest.mark.parametrize(
    "line",
    [
        "这次阅览室改造和图书添置的全部费用对于一个区级的公共图书馆来说是一笔不",  # an adverb with nothing after it
        "馆方希望家长们能够经常带着孩子一起走进阅览室并且充分利用好这个",  # 这个 wants its noun
        "这次为少儿阅览室新添置的儿童读物和绘本共计花费了区财政专项拨款约60",  # a figure without its unit
    ],
)
def test_an_unpunctuated_paragraph_that_stops_mid_sentence_is_a_break(rule, line):
    assert lines_in(rule, UNPUNCTUATED.format(line=line)) == {3}


@pytest.mark.parametrize(
    "line",
    [
        "区文化局今年为城东图书馆的少儿阅览室新添置了一批适合低年级学生的儿童读物和绘本",  # a whole clause with no mark
        "城东图书馆的少儿阅览室在重新开放的第一天就接待了三百多名小读者和他们的家长",
        "城东图书馆少儿阅览室的改造工程在暑假到来之前顺利完成并于本周六正式投入使用",
    ],
)
def test_an_unpunctuated_paragraph_that_could_end_stays_silent(rule, line):
    assert lines_in(rule, UNPUNCTUATED.format(line=line)) == set()


def test_an_unpunctuated_line_under_the_headline_is_left_to_the_heading_rules():
    # a long headline may stand as a paragraph: only after a body paragraph that ends in a
    # final mark is such a line read as a paragraph's head
    doc = Document(
        "城东图书馆重新开放区领导到场祝贺并致信给予支持鼓励\n\n" + UNPUNCTUATED.format(line="x")
    )
    assert not open_unpunctuated(doc.blocks[0], doc.blocks)
    doc = Document(
        "城东图书馆重新开放\n\n区领导到场祝贺并致信给予支持鼓励\n\n馆方表示，暑假期间还将举办多场亲子阅读活动。"
    )
    assert not open_unpunctuated(doc.blocks[1], doc.blocks)
