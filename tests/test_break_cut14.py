"""Breaks that split a figure or a Latin word (issue 9): the joint alone shows them.

A paragraph that ends on digits and one that opens with digits no figure opens with (a
leading 0, a decimal point, a separator), a year's last digits, a telephone number cut at
its dash, lowercase Latin letters right after Latin letters. Every sentence here is written
for the test; each shape has look-alikes that must stay silent.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_glue import GLUE, GLUE_UNIT, GLUE_WEAK, glued_joint

from .break_support import pairs, structure_rules

OPEN = "区里今年新建了三座口袋公园，居民反映良好。"
CLOSE = "下一步，区里还将继续推进。"


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


def doc(*paras: str) -> str:
    return "\n\n".join((OPEN, *paras, CLOSE))


@pytest.mark.parametrize(
    "head,tail",
    [
        ("全区三年的绿地面积分别达到4000、5200、66", "00万平方米，增速位居全市前列。"),
        ("去年区里新增住房用地3.", "8万公顷，同比增加两成。"),
        ("更多详情请拨打服务热线：021-", "66558877，或到服务大厅咨询。"),
        ("咨询请加入读者交流群：52", "0417733，群内每周答疑。"),
        ("活动报名请拨打：4", "00-123-4567，周末照常受理。"),
        ("这款耳机支持多种格式，包括FLAC、APE、WAV和Ogg Vorb", "is，音质表现不错。"),
        ("展览的主讲人是来自海外的设计师Kath", "erine Moore，她带来了二十件作品。"),
        ("详情请登录活动网站www.exam", "ple-park.org查询。"),
        ("小区改造工程于２０", "２３年春天启动，预计年底完工。"),
    ],
)
def test_a_cut_figure_or_word_is_a_break_paired_with_its_rest(rules, head, tail):
    got = pairs(rules, doc(head, tail))
    assert (3, 5) in got


def test_a_cut_figure_finds_its_rest_a_paragraph_away(rules):
    text = doc(
        "全区三年的绿地面积分别达到4000、5200、66",
        "公园里还设置了健身步道和儿童游乐区。",
        "00万平方米，增速位居全市前列。",
    )
    assert (3, 7) in pairs(rules, text)


def test_web_furniture_cut_inside_a_telephone_number_is_a_break(rules):
    text = doc("[商品名称] 便携音箱   [参考价格] 399元   [联系电话] 010-6655", "8877")
    assert (3, 5) in pairs(rules, text)


@pytest.mark.parametrize(
    "head,tail",
    [
        (
            "全区的绿地面积今年达到了6600万平方米。",
            "2023年，区里又新建了三座公园。",
        ),  # a year after a stop
        ("各街道新增的绿地面积如下", "1200"),  # a list of figures, no running text cut
        ("1200", "1350"),
        ("苹果公司今天发布了新款Apple", "iPhone的销量也在上涨。"),  # a camel-case name
        ("这条步道全长3公里。", "km是公里的英文缩写。"),  # a unit after a closed line
        ("今年全区绿化覆盖率提高了一个百分点。", "0.5个百分点来自新建的口袋公园。"),
        ("详情请见活动网站", "www.example.org"),  # a web address of its own
        ("他的英文名字叫Peter", "Jackson是他的同学。"),  # a capital letter opens a name
    ],
)
def test_look_alikes_stay_silent(rules, head, tail):
    got = pairs(rules, doc(head, tail))
    assert not any(line == 3 and rel == 5 for line, rel in got)


def test_a_list_of_figures_one_per_line_stays_silent(rules):
    text = doc("各街道新增的绿地面积（万平方米）：", "1200", "1350", "980", "1430")
    assert not pairs(rules, text)


def test_a_table_of_rows_stays_silent(rules):
    rows = ["东城 1200 1350", "西城 980 1010", "南城 1430 1502"]
    assert not pairs(rules, doc("各街道绿地面积（万平方米）：", *rows))


@pytest.mark.parametrize(
    "tail,head,weight",
    [
        ("达到66", "00万平方米", GLUE),
        ("供应3.", "8万公顷", GLUE),
        ("热线：021-", "66558877", GLUE),
        ("共有1,", "200家", GLUE),
        ("跌了0", ".15%", GLUE),
        ("客服QQ：5", "69803881", GLUE),
        ("活动代码为8", "8688", GLUE_WEAK),  # digits after digits, no number's label
        ("全年共有12", "345个项目", GLUE_UNIT),
        ("MMCpl", "us，扩展", GLUE),
    ],
)
def test_glued_joint_weights(tail, head, weight):
    assert glued_joint(tail, head)[0] == weight


@pytest.mark.parametrize(
    "tail,head",
    [
        ("共有120，", "300多人参加"),  # a clause mark after a figure
        ("达到66", "2009年，全区…"),  # a year of its own
        ("1200", "1350"),  # no running text at the end
        ("新款Apple", "iPhone"),
        ("访问", "www.example.org"),
        ("名叫Peter", "Jackson"),
        ("全长3公里。", "km是"),
    ],
)
def test_glued_joint_look_alikes(tail, head):
    assert glued_joint(tail, head)[0] == 0.0


def test_a_contact_line_before_a_figure_of_its_own_stays_silent(rules):
    text = doc("活动咨询电话：010-66778899", "120名志愿者参加了当天的活动。")
    assert not any(line == 3 for line, _ in pairs(rules, text))


def test_a_numbered_list_of_figures_stays_silent(rules):
    items = ["1、报名费用：120", "2、报名电话：010-66778899", "3. 报名时间：每周一"]
    text = doc("报名须知如下。", *items, "4.5万人次参加过往届活动。")
    assert not pairs(rules, text)


def test_a_list_item_cut_inside_a_year_is_a_break(rules):
    text = doc("一、去年募集善款120万元。二、在２０", "２３年的头三个月，没有支出。")
    assert (3, 5) in pairs(rules, text)


def test_a_cut_number_finds_its_rest_far_away(rules):
    text = doc(
        "读者服务热线：010-66",
        "公园里还设置了健身步道和儿童游乐区。",
        "778899",
    )
    assert (3, 7) in pairs(rules, text)


def test_a_cut_year_finds_its_rest_far_away(rules):
    text = doc("这座公园始建于19", "公园里还设置了健身步道和儿童游乐区。", "58年，后来几经改建。")
    assert (3, 7) in pairs(rules, text)


@pytest.mark.parametrize(
    "tail,head",
    [
        ("读者服务热线：010-66", "778899"),
        ("交流群：61", "540316"),
        ("这座公园始建于19", "58年，后来几经改建。"),
    ],
)
def test_glued_joint_numbers_and_years(tail, head):
    assert glued_joint(tail, head)[0] == GLUE


@pytest.mark.parametrize(
    "tail,head",
    [
        ("今年共接待游客12", "345人次"),  # a figure and its unit: weaker, next to it only
        ("读者服务热线：010-66778899", "1234567"),  # two numbers, too many digits for one
        ("在册会员有3", "8.5万名"),  # (a decimal: no number laid out as a run)
    ],
)
def test_glued_joint_not_beyond_doubt(tail, head):
    assert glued_joint(tail, head)[0] < GLUE


def test_a_contact_line_and_a_title_that_opens_with_a_figure_stay_apart(rules):
    text = "120G硬盘的高清摄像机到货\n\n" + doc("[参考价格] 8650元   [商家电话] 010-82536437")
    assert not pairs(rules, text)


@pytest.mark.parametrize(
    "head,tail",
    [
        ("区政府定于明年3月", "15日起试行新的停车收费办法。"),
        ("这项补贴政策从2024年", "7月起按季度发放。"),
    ],
)
def test_a_date_cut_between_its_parts_is_a_break(rules, head, tail):
    assert (3, 5) in pairs(rules, doc(head, tail))


def test_a_chronology_of_years_and_months_stays_silent(rules):
    entries = ["2019年", "3月，公园开工建设。", "2020年", "10月，公园建成开放。"]
    assert not pairs(rules, doc("公园建设大事记", *entries))
