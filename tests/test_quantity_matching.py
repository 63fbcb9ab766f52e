"""Quantity matching that generalizes: "the same quantity" from what a figure is about.

Each slip is stated in several wordings (other subjects, verbs, units, orders, hedges), each
with a look-alike that must stay silent: the same words for another period, qualifier or
subject, or two different things that happen to share a figure's digits.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.rules import load_pack

ROOT = Path(__file__).resolve().parent.parent
PACK = load_pack(ROOT / "rules" / "quantity.yaml")


def pairs(text: str, markdown: bool = False) -> list[tuple[str, str, str]]:
    """(rule, figure reported, figure in related) for every quantity finding."""
    doc = Document(text, path="<test>", markdown=markdown)
    out = []
    for f in lint_document(doc, PACK):
        rel = doc.text[f.related[0].start : f.related[0].end] if f.related else ""
        out.append((f.rule, doc.text[f.start : f.end], rel))
    return out


def slips(text: str, markdown: bool = False) -> list[tuple[str, str, str]]:
    return [p for p in pairs(text, markdown) if p[0] != "headline-figure-unsupported"]


def pair_of(found: list[tuple[str, str, str]]) -> set[frozenset[str]]:
    return {frozenset((a, b)) for _rule, a, b in found}


# -- digits transposed, the same subject and verb ---------------------------------------

TRANSPOSED = [
    # (text, the two figures)
    (
        "人口发展报告发布\n\n据统计，全市户籍人口约860万人，城镇化率稳步提高。\n\n"
        "报告指出，全市户籍人口约680万人，比十年前有所增加。",
        ("约860万人", "约680万人"),
    ),
    (
        "充电设施建设提速\n\n今年以来，全区新建4971个充电桩，覆盖所有街道。\n\n"
        "区发改局介绍，全区新建9471个充电桩，基本满足市民需求。",
        ("4971个", "9471个"),
    ),
    (
        "县域经济稳步增长\n\n去年全县地方财政收入完成36.5亿元，税收占比提高。\n\n"
        "在县人代会上，县长报告说，去年全县地方财政收入完成35.6亿元。",
        ("36.5亿元", "35.6亿元"),
    ),
    (
        "高校毕业生就业\n\n该校今年共有毕业生5280名，就业率保持高位。\n\n"
        "学校招生就业处表示，今年共有毕业生5820名，多数选择在省内就业。",
        ("5280名", "5820名"),
    ),
    # a zero moved (15500 / 15050)
    (
        "二手房价格平稳\n\n上月全市二手房成交均价为15500元每平方米，环比持平。\n\n"
        "中介机构数据显示，上月全市二手房成交均价为15050元每平方米。",
        ("15500元", "15050元"),
    ),
]


@pytest.mark.parametrize("text,figs", TRANSPOSED)
def test_transposed_digits_found_with_related(text, figs):
    assert frozenset(figs) in pair_of(slips(text))


# two-digit figures are compared where the clauses agree closely
TWO_DIGITS = [
    (
        "重点项目建设\n\n今年全市83个重点项目开工建设，年度投资计划已下达。\n\n"
        "截至目前，全市38个重点项目全部开工，进度好于往年。",
        ("83个", "38个"),
    ),
    (
        "乡村学校改造\n\n全县已有27所乡村学校完成校舍改造。\n\n"
        "教育局负责人介绍，全县已有72所乡村学校完成校舍改造，师生满意。",
        ("27所", "72所"),
    ),
    (
        "义诊活动\n\n本次活动共组织医务人员46名深入社区义诊。\n\n"
        "这次活动共组织医务人员64名，为居民免费测量血压血糖。",
        ("46名", "64名"),
    ),
]


@pytest.mark.parametrize("text,figs", TWO_DIGITS)
def test_two_digit_transposition_found_when_clauses_agree(text, figs):
    assert frozenset(figs) in pair_of(slips(text))


# -- a power of ten lost -----------------------------------------------------------------

MAGNITUDE = [
    (
        "经济运行开局良好\n\n一季度全市GDP为500亿元，同比增长5.2%。\n\n"
        "市统计局表示，一季度全市GDP达到5000亿元，增速位居全省前列。",
        ("500亿元", "5000亿元"),
    ),
    (
        "文旅市场火热\n\n国庆假期，全县共接待游客60万人次，旅游收入创新高。\n\n"
        "记者从县文旅局获悉，国庆假期全县共接待游客6万人次，客流高峰在第三天。",
        ("60万人次", "6万人次"),
    ),
    (
        "防汛物资储备\n\n市应急局储备编织袋20万条，随时可以调用。\n\n"
        "目前，市应急局储备编织袋2万条，另有冲锋舟40艘。",
        ("20万条", "2万条"),
    ),
    # a decimal point slipped
    (
        "农产品出口\n\n今年前8个月，全省蔬菜出口额达3.6亿美元。\n\n"
        "海关统计显示，今年前8个月，全省蔬菜出口额达36亿美元，主要销往东南亚。",
        ("3.6亿美元", "36亿美元"),
    ),
]


@pytest.mark.parametrize("text,figs", MAGNITUDE)
def test_magnitude_slip_found_with_related(text, figs):
    found = slips(text)
    assert frozenset(figs) in pair_of(found)
    assert any(r == "magnitude-slip" for r, _a, _b in found)


# -- one subject measured in two units of a dimension ------------------------------------

UNIT = [
    (
        "绿道串起城市公园\n\n环湖绿道全长26公里，串起沿湖5个公园。\n\n"
        "傍晚时分，这条26米长的绿道成了市民散步的好去处。",
        ("26公里", "26米"),
    ),
    (
        "新建供水管网\n\n今年新铺设的供水主管网长约42公里，惠及沿线村庄。\n\n"
        "施工方介绍，新铺设的42米供水主管网已通过验收。",
        ("约42公里", "42米"),
    ),
    (
        "茶园扩种\n\n全镇新扩种茶园800亩，带动茶农增收。\n\n"
        "据了解，新扩种的800公顷茶园明年春天可以采摘。",
        ("800亩", "800公顷"),
    ),
    (
        "快递时效提升\n\n记者实测，同城快递平均送达时间为3小时。\n\n"
        "数据显示，同城快递平均送达时间为3分钟，比去年缩短一半。",
        ("3小时", "3分钟"),
    ),
]


@pytest.mark.parametrize("text,figs", UNIT)
def test_unit_slip_found_with_related(text, figs):
    found = slips(text)
    assert frozenset(figs) in pair_of(found)


# -- headlines and subheads ----------------------------------------------------------------


def test_bare_figure_subhead_unsupported_and_paired_with_the_body():
    text = (
        "# 全省经济运行情况\n\n## 2715亿元\n\n"
        "据统计，上半年全省地区生产总值达到7215亿元，同比增长6.1%。"
        "其中，第三产业增加值3980亿元，占比过半，服务业对经济增长的贡献率继续提高。\n"
    )
    found = pairs(text, markdown=True)
    assert ("headline-figure-unsupported", "2715亿元", "") in found
    assert frozenset(("2715亿元", "7215亿元")) in pair_of(slips(text, markdown=True))


def test_bare_figure_subhead_magnitude_slip():
    text = (
        "# 外贸进出口回稳\n\n## 46亿美元\n\n"
        "海关数据显示，前三季度全市外贸进出口总额为4.6亿美元，比上年同期增长3.2%。\n"
    )
    assert frozenset(("46亿美元", "4.6亿美元")) in pair_of(slips(text, markdown=True))


@pytest.mark.parametrize(
    "text",
    [
        "全年全市GDP达到5000亿元\n\n一季度全市GDP为500亿元，同比增长5.2%。",
        "全市38个民生项目全部完工\n\n今年全市83个重点项目开工建设，年度投资计划已下达。",
        "环湖绿道旁观景塔高26米\n\n新建的环湖绿道全长26公里，串起沿湖6个公园。",
    ],
)
def test_headline_look_alikes_are_no_slip(text):
    assert slips(text) == []


def test_bare_figure_subhead_stated_in_the_body_is_silent():
    text = (
        "# 全省经济运行情况\n\n## 7215亿元\n\n"
        "据统计，上半年全省地区生产总值达到7215亿元，同比增长6.1%。"
        "全省固定资产投资2715亿元，增长4.3%。\n"
    )
    assert pairs(text, markdown=True) == []


@pytest.mark.parametrize(
    "text,figs",
    [
        (
            "全市户籍人口约680万人\n\n据统计，全市户籍人口约860万人，城镇化率稳步提高。",
            ("约680万人", "约860万人"),
        ),
        (
            "全区新建充电桩4000个\n\n今年以来，全区新建充电桩400个，覆盖所有街道。",
            ("4000个", "400个"),
        ),
        (
            "环湖绿道全长18米\n\n新建的环湖绿道全长18公里，串起沿湖6个公园。",
            ("18米", "18公里"),
        ),
        (
            "全市38个重点项目全部开工\n\n今年全市83个重点项目开工建设，年度投资计划已下达。",
            ("38个", "83个"),
        ),
        (
            "一季度全市GDP达到5000亿元\n\n一季度全市GDP为500亿元，同比增长5.2%。",
            ("5000亿元", "500亿元"),
        ),
    ],
)
def test_headline_restating_a_body_clause(text, figs):
    assert frozenset(figs) in pair_of(slips(text))


# -- look-alikes that must stay silent -----------------------------------------------------

SILENT = [
    # the same subject in different periods
    "经济运行\n\n一季度全市GDP为500亿元，同比增长5.2%。\n\n全年全市GDP达到5000亿元，增速位居全省前列。",
    "财政收入\n\n2023年全县地方财政收入36.5亿元。\n\n2024年全县地方财政收入35.6亿元，增长2.1%。",
    "消费市场\n\n一季度全市社会消费品零售总额增长12%。\n\n上半年全市社会消费品零售总额增长21%。",
    # 城镇人口 vs 户籍人口; 城镇 vs 农村
    "人口\n\n全市户籍人口约860万人。\n\n其中，城镇人口约680万人，城镇化率继续提高。",
    "收入\n\n城镇居民人均可支配收入增长6.8%。\n\n农村居民人均可支配收入增长8.6%，增速快于城镇。",
    # a figure and a later cumulative figure; 新增 vs 累计
    "就业\n\n今年全市新增城镇就业3.6万人。\n\n近五年全市累计新增城镇就业36万人。",
    "充电桩\n\n今年全区新建充电桩4971个。\n\n全区累计建成充电桩9471个，车桩比明显改善。",
    # two different projects with 83 and 38
    "项目\n\n全市83个重点项目开工建设。\n\n全市38个民生实事项目已经完成。",
    "项目\n\n今年全市83个重点项目开工。\n\n今年全市38个重点项目竣工投产。",
    # 26公里 of one road and 26米 of another thing
    "绿道\n\n环湖绿道全长26公里。\n\n园内新建的观景塔高26米，可以俯瞰湖面。",
    "大桥\n\n新建大桥全长26公里，主桥宽26米。",
    "绿道\n\n环湖绿道全长26公里。\n\n绿道沿线新栽的香樟树间隔26米。",
    # 500亿元 for a quarter and 5000亿元 for the year
    "经济\n\n一季度全市GDP完成500亿元。\n\n预计全年全市GDP将达到5000亿元。",
    # different subjects (places, companies)
    "外贸\n\n长沙市上半年外贸进出口额达到120亿元。\n\n岳阳市上半年外贸进出口额达到12亿元。",
    # the same words but for the name of the line, the product, the district
    "地铁\n\n一号线日均客流量达到35万人次。\n\n二号线日均客流量达到53万人次，高峰时段加开列车。",
    "外贸\n\n上半年全市出口额达到128亿元。\n\n上半年全市进口额达到182亿元，增幅明显。",
    "街道\n\n东城区新增停车位1200个。\n\n西城区新增停车位2100个，缓解了停车难。",
    "比赛\n\n姚明场均得到12分。\n\n易建联场均得到21分，表现抢眼。",
    "股市\n\n昨日沪指上涨1.25%。深成指上涨1.52%，成交量放大。",
    "绿化\n\n城区新增绿地12公顷。\n\n郊区新增绿地21公顷，绿化覆盖率提高。",
    "基金\n\n上周股票型基金的平均仓位为85.4%。\n\n本周股票型基金的平均仓位为84.5%。",
    "房价\n\n上月新房成交均价为15500元每平方米。\n\n上月二手房成交均价为15050元每平方米。",
    "门票\n\n景区门票成人票价为60元。\n\n景区门票儿童票价为6元。",
    "养殖\n\n全县生猪出栏36万头。\n\n全县肉牛出栏3.6万头。",
    "比分\n\n主队在第一节得到25分。\n\n主队在第二节得到52分，领先优势扩大。",
    # growth rates of different things, said with the same words
    "农业\n\n全年粮食总产量520万吨，比上年增长5.6%。\n\n油料产量35万吨，比上年增长6.5%。",
    # a list of figures: each figure's noun follows it
    "比赛\n\n他场均贡献25.9分8.8个篮板2.1次助攻1.2次抢断。",
    # ranks and ordinals are not amounts
    "排名\n\n该市经济总量排名全省第12位。\n\n该市人均收入排名全省第21位。",
]


@pytest.mark.parametrize("text", SILENT)
def test_look_alikes_stay_silent(text):
    assert slips(text) == []


def test_subset_with_the_same_words_but_another_subject_stays_silent():
    text = (
        "学校建设\n\n全市共有中小学校120所，今年新建8所。\n\n"
        "其中，城区共有中小学校12所，分布在三个街道。"
    )
    assert slips(text) == []


def test_verbatim_restatement_in_another_paragraph():
    # a clause restated word for word with a 其中 in front is still the same quantity
    text = (
        "港口生产\n\n今年前两个月，港口完成货物吞吐量3280万吨，同比增长4.5%。\n\n"
        "港口集团表示，生产形势总体平稳。其中，港口完成货物吞吐量2380万吨。"
    )
    assert frozenset(("3280万吨", "2380万吨")) in pair_of(slips(text))


def test_restated_clause_in_another_year_stays_silent():
    text = (
        "港口生产\n\n2023年，港口完成货物吞吐量3280万吨。\n\n"
        "2024年，港口完成货物吞吐量2380万吨，受航线调整影响有所下降。"
    )
    assert slips(text) == []


def test_range_with_one_end_slipped():
    text = (
        "留学费用\n\n去英国读硕士，一年所需费用为25万至40万元。\n\n"
        "留学中介介绍，去英国读硕士，一年所需费用为25万至400万元，视城市而定。"
    )
    assert frozenset(("25万至40万元", "25万至400万元")) in pair_of(slips(text))


def test_ranges_of_different_things_stay_silent():
    text = (
        "留学费用\n\n去英国读硕士，一年学费为25万至40万元。\n\n"
        "去澳洲读本科，三年生活费为25万至400万元不等。"
    )
    assert slips(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a weather table: two readings side by side are not a headline's claim
        "城市天气预报\n\n江西庐山风景区多云转晴5℃／12℃\n\n"
        "今天白天，全省大部分地区天气晴好，气温回升，早晚温差较大，请注意适时增减衣物，"
        "出行的游客注意防晒，山区夜间气温较低。",
        # 近7万 and the verb 成, not a share of 70,000 tenths
        "老城区商铺租金近7万成全市最高\n\n"
        "记者走访发现，老城区临街商铺每平方米年租金接近七万元，在全市各商圈中排名第一，"
        "不少商户表示经营压力较大，希望租金能够稳定。",
    ],
)
def test_headline_rows_and_misread_shares_stay_silent(text):
    assert pairs(text) == []


def test_headline_figure_unsupported_still_found_in_a_headline_with_words():
    text = (
        "全市新增城镇就业3.2万人\n\n今年以来，全市多措并举稳就业，开发公益性岗位1200个，"
        "城镇新增就业2.6万人，完成全年目标任务的76.7%，城镇调查失业率控制在5.5%以内。"
    )
    assert ("headline-figure-unsupported", "3.2万人", "") in pairs(text)


def test_long_restatement_found_whatever_the_paragraph_said_before():
    # the clause is repeated word for word; the year said in an earlier sentence of the
    # other paragraph dates that paragraph's news, not this figure
    text = (
        "留学报告\n\n2010年，我国学生在新西兰各类学校中的注册人数达到3.58万人，"
        "占当地国际学生总数的21%。\n\n"
        "今年以来，新西兰调整了签证政策。数据显示，我国学生在新西兰各类学校中的注册人数"
        "达到35.8万人。"
    )
    assert frozenset(("3.58万人", "35.8万人")) in pair_of(slips(text))


def test_round_figures_in_paragraphs_of_different_years_stay_silent():
    text = (
        "经济回顾\n\n2023年是不平凡的一年。全市地区生产总值达到500亿元，增长5.1%。\n\n"
        "2024年，发展的质量更高了。全市地区生产总值达到5000亿元，增长5.3%。"
    )
    assert slips(text) == []


def test_subhead_quoting_a_body_clause_that_names_no_noun():
    text = (
        "新开户数创新高\n\n新开户数由月初200多户逐步上升到800多户，本周大幅增长至2308户，"
        "环比增长超过一倍。\n\n本周大幅增长至2380户\n\n分析人士认为，市场信心正在恢复。"
    )
    assert frozenset(("2308户", "2380户")) in pair_of(slips(text))


def test_subhead_with_a_short_growth_clause_stays_silent():
    # 同比增长 names nothing: a subhead of it is not matched to any growth rate of the body
    text = (
        "消费市场回暖\n\n去年社会消费品零售额4580亿元，今年的目标是5180亿元，同比增长13%。\n\n"
        "同比增长31%\n\n家居行业的销售额同比增长31%，好于预期。"
    )
    assert slips(text) == []


def test_restated_clause_with_one_content_word():
    text = (
        "新秀后卫\n\n他在场上拼命防守，虽然他身高不过1.96米，但极为健壮。\n\n"
        "主力受伤后，他迎来首次先发。虽然他身高不过1.96厘米，却抢下了10个篮板。"
    )
    assert frozenset(("1.96米", "1.96厘米")) in pair_of(slips(text))


@pytest.mark.parametrize(
    "text",
    [
        # the same words, but nothing in them says what grew
        "外贸\n\n全年出口总额达到320亿元，比上年同期增长12.5%。\n\n"
        "进口总额达到180亿元，比上年同期增长15.2%。",
        "外贸\n\n出口方面，全年比上年同期增长了12.5%。\n\n进口方面，全年比上年同期增长了15.2%。",
    ],
)
def test_identical_growth_clauses_of_different_things_stay_silent(text):
    assert slips(text) == []


def test_the_odd_mention_between_two_that_agree_is_reported():
    text = (
        "科考队\n\n1月5日，6位青年学者在冰川前沿开展了一次采样活动。\n\n"
        "据介绍，60位青年学者在冰川前沿开展了一次采样活动。\n\n"
        "1月5日，6位青年学者在冰川前沿开展了一次采样活动，收集了大量样本。"
    )
    assert frozenset(("60位", "6位")) in pair_of(slips(text))


def test_a_list_of_donations_said_with_one_template_stays_silent():
    text = (
        "爱心捐赠\n\n"
        "华中公司捐赠了33800元，可帮助到1000名孩子穿上运动鞋；"
        "网友李强捐赠了16900元，可帮助到500名孩子穿上运动鞋；"
        "星辰科贸有限公司捐赠了3400元，可帮助到100名孩子穿上运动鞋；"
        "网友小云捐赠了3400元，可帮助到100名孩子穿上运动鞋。"
    )
    assert slips(text) == []
