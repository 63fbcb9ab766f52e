"""Arithmetic, round 5 (issue 9, natural totals and shares): lists that are all of their whole
by meaning, and parts that exceed their total however the list is written.

- grades of one scale from the best grade down to 劣 the worst named (Ⅰ～Ⅲ类 / Ⅳ～Ⅴ类 / 劣Ⅴ类;
  达到二级 / 三级 / 劣于三级) leave no member out: their shares sum to 100%;
- 国家级、省级、市级、县级 (or 市县级) are every tier that designates a thing: their counts sum
  to the total;
- X and 非X (党员 / 非党员), 新房 and 二手房 are all of a whole;
- a last part named at length (…，各类在乡镇登记的社会组织120万元。) is still a part, so
  parts that together exceed the total are reported.

A list that need not be complete (前锋、中场和后卫; 国家级、省级、市级 without 县级; grades with
no 劣 closing them, or with a gap) falling short of its total is what such lists normally do,
and stays silent; so do rounding, cumulative grades and a property of the whole (…的资金).
"""

from __future__ import annotations

import pytest

from lint_news.checks.arith_bands import disjoint_split
from lint_news.rules import Rule, load_pack

from .arith_support import PACK, findings, flagged


@pytest.fixture(scope="module")
def rules() -> list[Rule]:
    return load_pack(PACK)


# -- 1. grades from the best down to 劣 the worst -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt", "related"),
    [
        (
            "今年全省国控断面中，Ⅰ～Ⅲ类水质断面占72.1%，Ⅳ～Ⅴ类占15.0%，劣Ⅴ类占3.2%。",
            "3.2%",
            ["72.1%", "15.0%"],
        ),
        (
            "全市近岸海域监测点位中，一类、二类、三类、四类和劣四类海水的比例分别为30.5%、25.1%、"
            "12.0%、8.4%和14.0%。",
            "14.0%",
            ["30.5%", "25.1%", "12.0%", "8.4%"],
        ),
        (
            "一季度全市空气质量达到二级标准的天数占61%，三级的占20%，劣于三级的占9%。",
            "9%",
            ["61%", "20%"],
        ),
        # a move of each share between them does not break the run
        (
            "一、二类水质比例为66.0%，比上年提高3.1个百分点；三类占12.5%，与上年持平；"
            "四类和劣四类占11.5%，下降2.0个百分点。",
            "11.5%",
            ["66.0%", "12.5%"],
        ),
    ],
)
def test_grades_that_cover_the_scale_sum_to_100(rules, text, excerpt, related) -> None:
    msg = flagged(rules, text, "shares", excerpt, related)
    assert "覆盖全部" in msg


@pytest.mark.parametrize(
    "text",
    [
        # within the rounding of the figures (72.1 + 24.6 + 3.2 = 99.9)
        "今年全省国控断面中，Ⅰ～Ⅲ类水质断面占72.1%，Ⅳ～Ⅴ类占24.6%，劣Ⅴ类占3.2%。",
        "一季度全市空气质量达到二级标准的天数占71%，三级的占20%，劣于三级的占9%。",
        # members in none of the grades, counted after them
        "今年全省国控断面中，Ⅰ～Ⅲ类水质断面占72.1%，Ⅳ～Ⅴ类占15.0%，劣Ⅴ类占3.2%，另有9.7%的断面断流。",
        # no 劣 grade: the scale may go on below the worst named
        "全省监测断面中，一类水质占40%，二类占30%，三类占10%。",
        # the best grade is missing (二类 is not 达到二级)
        "全省监测断面中，二类水质占40%，三类占30%，四类占5%，五类占5%，劣五类占10%。",
        # a grade in between is missing
        "全省监测断面中，一类水质占40%，二类占30%，四类占5%，劣四类占10%。",
        # cumulative grades overlap the others
        "全省监测断面中，Ⅲ类及以上水质占70%，Ⅳ类占10%，劣Ⅴ类占5%。",
        # grades of different things
        "全市一级公路占45%，二级路面占30%，劣于三级的桥梁占5%。",
    ],
)
def test_grades_that_may_leave_members_out_stay_silent(rules, text) -> None:
    assert not [f for f in findings(rules, text) if f.rule == "shares"]


# -- 2. every tier of government --------------------------------------------------------------


def test_tiers_of_government_cover_the_designations() -> None:
    assert disjoint_split(["国家级", "省级", "市级", "县级"]) == (True, True)
    assert disjoint_split(["国家重点公园", "省级", "市县级"]) == (True, True)
    assert disjoint_split(["国家级", "省级", "市级"]) == (True, False)
    assert disjoint_split(["省级", "市级", "县级"]) == (True, False)
    assert disjoint_split(["5A级", "4A级", "3A级", "2A级", "1A级"]) == (True, False)


@pytest.mark.parametrize(
    ("text", "excerpt", "related"),
    [
        (
            "全市共有非物质文化遗产代表性项目300项，其中国家级5项、省级30项、市级100项、县级120项。",
            "120项",
            ["5项", "30项", "100项", "300项"],
        ),
        (
            "该县现有各级文物保护单位86处，其中国家级3处、省级12处、市县级60处。",
            "60处",
            ["3处", "12处", "86处"],
        ),
    ],
)
def test_counts_of_every_tier_add_up_to_the_total(rules, text, excerpt, related) -> None:
    msg = flagged(rules, text, "parts-vs-total", excerpt, related)
    assert "不符" in msg


@pytest.mark.parametrize(
    "text",
    [
        # 县级 not named: the county-level items are not listed
        "全市共有非物质文化遗产代表性项目300项，其中国家级5项、省级30项、市级100项。",
        # members of no tier, counted after the tiers
        "全市共有非物质文化遗产代表性项目300项，其中国家级5项、省级30项、市级100项、县级120项，"
        "另有尚未定级的45项。",
        # adds up
        "全市共有非物质文化遗产代表性项目255项，其中国家级5项、省级30项、市级100项、县级120项。",
        # cumulative: 省级以上 overlaps 国家级
        "全市共有非物质文化遗产代表性项目300项，其中国家级5项、省级以上35项、市级100项、县级120项。",
    ],
)
def test_tiers_that_need_not_be_all_stay_silent(rules, text) -> None:
    assert not [f for f in findings(rules, text) if f.rule == "parts-vs-total"]


# -- 3. X and 非X, 新房 and 二手房 ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt", "related"),
    [
        ("全村共有村民1300人，其中党员120人，非党员1100人。", "1100人", ["120人", "1300人"]),
        ("全县共有学校90所，其中公办学校60所，非公办学校20所。", "20所", ["60所", "90所"]),
        (
            "全市今年共成交住房5.2万套，其中新房2.1万套，二手房2.6万套。",
            "2.6万套",
            ["2.1万套", "5.2万套"],
        ),
    ],
)
def test_complementary_parts_add_up_to_the_total(rules, text, excerpt, related) -> None:
    flagged(rules, text, "parts-vs-total", excerpt, related)


@pytest.mark.parametrize(
    "text",
    [
        "全村共有村民1300人，其中党员120人，非党员1180人。",
        # 党员 and 团员 are not all the villagers
        "全村共有村民1300人，其中党员120人，团员300人。",
        # within the rounding of 万
        "全市今年共成交住房5.2万套，其中新房2.1万套，二手房3.1万套。",
        # 别墅 is not the other half of 新房
        "全市今年共成交住房5.2万套，其中新房2.1万套，别墅0.6万套。",
        # a list that need not be complete: 门将 is not named
        "全市青训营共有球员60人，其中前锋15人、中场20人和后卫18人。",
    ],
)
def test_parts_that_need_not_be_all_stay_silent(rules, text) -> None:
    assert not [f for f in findings(rules, text) if f.rule == "parts-vs-total"]


# -- 4. a last part named at length -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt", "related"),
    [
        (
            "去年全县共筹集救灾资金560万元，其中县财政拨付310万元，乡镇配套150万元，"
            "在外务工乡亲自发组织的募捐120万元。",
            "120万元",
            ["310万元", "150万元", "560万元"],
        ),
        (
            "全年全市共接收社会捐赠6.4亿元，其中红十字会3.1亿元，慈善总会2.2亿元，"
            "在民政部门登记的各类基金会1.5亿元。",
            "1.5亿元",
            ["3.1亿元", "2.2亿元", "6.4亿元"],
        ),
    ],
)
def test_parts_with_a_long_last_name_exceed_the_total(rules, text, excerpt, related) -> None:
    msg = flagged(rules, text, "parts-vs-total", excerpt, related)
    assert "超过总数" in msg


@pytest.mark.parametrize(
    "text",
    [
        # short of the total: the list need not be complete
        "去年全县共筹集救灾资金560万元，其中县财政拨付310万元，乡镇配套150万元，"
        "在外务工乡亲自发组织的募捐90万元。",
        # the whole's own noun: a use of the money, which cuts across its sources
        "去年全县共筹集救灾资金560万元，其中县财政拨付310万元，乡镇配套150万元，"
        "用于重建倒塌民房的资金300万元。",
        # a comparison, not a part
        "去年全县共筹集救灾资金560万元，其中县财政拨付310万元，乡镇配套150万元，"
        "比去年多筹集的救灾款达到200万元。",
        # a part of a part (…中): not one more kind
        "全年全市共接收社会捐赠6.4亿元，其中红十字会3.1亿元，慈善总会2.2亿元，"
        "登记在册的各类基金会中省级基金会1.5亿元。",
        # a kind and a property of one head noun (免费开放的博物馆) overlap
        "全市共有博物馆50家，其中国有博物馆30家，免费开放的博物馆40家。",
    ],
)
def test_long_last_clauses_that_are_not_parts_stay_silent(rules, text) -> None:
    assert not [f for f in findings(rules, text) if f.rule == "parts-vs-total"]


# -- 5. each member moved one way or did not move -------------------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt", "related", "word"),
    [
        (
            "在抽查的64种蔬菜中，价格上涨的有25种，下跌的有30种，持平的有6种。",
            "6种",
            ["25种", "30种", "64种"],
            "不符",
        ),
        (
            "在抽查的64种蔬菜中，价格上涨的有35种，下跌的有30种，持平的有6种。",
            "6种",
            ["35种", "30种", "64种"],
            "超过总数",
        ),
        # 重点 after the figure is a word, not 重 of a weight (3吨重的…中)
        (
            "全区150家重点企业中，营收增长的有96家，下降的有40家，持平的有10家。",
            "10家",
            ["96家", "40家", "150家"],
            "不符",
        ),
        (
            "全区共有规上企业150家，其中营收增长的96家，减少的40家，持平的10家。",
            "10家",
            ["96家", "40家", "150家"],
            "不符",
        ),
    ],
)
def test_directions_of_one_measure_are_all_of_it(rules, text, excerpt, related, word) -> None:
    assert word in flagged(rules, text, "parts-vs-total", excerpt, related)


@pytest.mark.parametrize(
    "text",
    [
        "在抽查的64种蔬菜中，价格上涨的有25种，下跌的有33种，持平的有6种。",
        # members of none of the directions, counted after them
        "在抽查的64种蔬菜中，价格上涨的有25种，下跌的有30种，持平的有6种，另有3种暂停供应。",
        # no 持平: the members that did not move are not counted
        "在抽查的64种蔬菜中，价格上涨的有25种，下跌的有30种。",
        # two measures: a firm can grow in one and fall in the other
        "全区150家重点企业中，营收增长的有96家，利润下降的有40家，持平的有10家。",
        # a band of growth is not a direction
        "全区共有规上企业150家，其中营收增长20%以上的96家，下降的40家，持平的10家。",
        # 水中, 途中: not a whole broken down
        "有3名游客落入2米深的水中，2人获救。",
    ],
)
def test_directions_that_need_not_be_all_stay_silent(rules, text) -> None:
    assert not [f for f in findings(rules, text) if f.rule == "parts-vs-total"]


# -- 6. the members of a split named before 分别 -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "excerpt", "related"),
    [
        ("全县有中学教师2400人，男、女教师分别为700人、1500人。", "1500人", ["700人", "2400人"]),
        (
            "该区有中小学校74所，公办学校和民办学校分别有58所和12所。",
            "12所",
            ["58所", "74所"],
        ),
        (
            "全镇常住人口4.6万人，城镇和农村人口分别为1.9万人和2.2万人。",
            "2.2万人",
            ["1.9万人", "4.6万人"],
        ),
    ],
)
def test_a_split_named_before_respectively_adds_up(rules, text, excerpt, related) -> None:
    flagged(rules, text, "parts-vs-total", excerpt, related)


@pytest.mark.parametrize(
    "text",
    [
        "全县有中学教师2400人，男、女教师分别为900人、1500人。",
        # within the rounding of 万
        "全镇常住人口4.6万人，城镇和农村人口分别为1.9万人和2.6万人。",
        # not a split: other positions may be left out
        "全市青训营有球员60人，前锋、中场和后卫分别为15人、20人和18人。",
        # changes, not parts
        "全县有中学教师2400人，男、女教师分别增加70人、150人。",
        # another time or place than the whole
        "全县有中学教师2400人，去年男、女教师分别为700人、1500人。",
        "全县有中学教师2400人，县城男、女教师分别为700人、1500人。",
    ],
)
def test_respectively_lists_that_need_not_be_all_stay_silent(rules, text) -> None:
    assert not [f for f in findings(rules, text) if f.rule == "parts-vs-total"]
