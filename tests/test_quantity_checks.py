"""What a figure is about (context.py) and the checks quantity-consistency and headline-figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from lint_news.context import (
    Period,
    _period_in,
    _qualifiers,
    about,
    periods_agree,
    qualifiers_agree,
    same_quantity,
)
from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.rules import load_pack

ROOT = Path(__file__).resolve().parent.parent
PACK = load_pack(ROOT / "rules" / "quantity.yaml")
RULES = {r.id: r for r in PACK}
CONSISTENCY = [r for r in PACK if r.kind == "quantity-consistency"]


def findings(text: str, rules=None):
    doc = Document(text, path="<test>")
    return doc, lint_document(doc, rules if rules is not None else PACK)


def figures(text: str, rule_id: str | None = None) -> list[str]:
    doc, found = findings(text)
    return [doc.text[f.start : f.end] for f in found if rule_id is None or f.rule == rule_id]


# -- periods ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year", "span"),
    [
        ("一季度，公司", None, "M1-3"),
        ("今年第一季度", "今年", "M1-3"),
        ("二季度", None, "M4-6"),
        ("前三季度", None, "M1-9"),
        ("全年", None, "M1-12"),
        ("今年1至7月", "今年", "M1-7"),
        ("1-7月份", None, "M1-7"),
        ("前7月", None, "M1-7"),
        ("前七个月", None, "M1-7"),
        ("上半年", None, "M1-6"),
        ("下半年", None, "M7-12"),
        ("2023年上半年", "2023", "M1-6"),
        ("去年同期", "去年", None),
        ("上年", "去年", None),
        ("今年以来", "今年", "ytd"),
        ("7月，全省", None, "M7-7"),
        ("近年来", None, "multi"),
        ("五年来", None, "multi"),
    ],
)
def test_period_words(text, year, span):
    p = _period_in(text)
    assert (p.year, p.span) == (year, span)


def test_dates_are_not_periods():
    assert not _period_in("8月31日，全省")
    assert not _period_in("截至3月15日")


def test_periods_agree():
    q1, whole, none = Period(None, "M1-3"), Period(None, "M1-12"), Period()
    assert not periods_agree(q1, whole, lenient=False)
    assert not periods_agree(q1, whole, lenient=True)
    assert not periods_agree(q1, none, lenient=False)  # 一季度营收 vs 营收: two quantities
    assert periods_agree(q1, none, lenient=True)  # a headline may drop the period
    assert not periods_agree(Period("今年"), Period("去年"), lenient=True)
    assert periods_agree(Period("2023"), Period("今年"), lenient=False)
    assert periods_agree(Period(None, "M1-7"), Period("今年", "M1-7"), lenient=False)


# -- qualifiers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("一期项目投资", "二期项目投资", "phase"),
        ("一期项目投资", "项目投资", "phase"),
        ("单价", "总价", "price"),
        ("全县早稻亩产", "示范片早稻亩产", "scope"),
        ("人均可支配收入", "可支配收入", "per"),
        ("日均客流", "客流", "per"),
        ("累计发放", "发放", "total"),
        ("同比增长", "环比增长", "compare"),
        ("计划投资", "完成投资", "plan"),
        ("其中女性", "女性", "part"),
        ("同比增长", "同比下降", "change"),
        ("全县早稻亩产", "早稻亩产", None),  # a scope said once is still the same scope
        ("同比增长", "增长", None),
    ],
)
def test_qualifiers(a, b, conflict):
    assert qualifiers_agree(_qualifiers(a), _qualifiers(b)) == conflict


# -- quantity-consistency: principles, positives and negatives ---------------------------------


def test_magnitude_slip_headline_vs_body_reported_at_later_with_related():
    text = "县公安局为群众追回被骗资金近千万元\n\n截至目前，县公安局已为群众追回被骗资金近千元，挽回了部分损失。"
    doc, found = findings(text)
    (f,) = [f for f in found if f.rule == "magnitude-slip"]
    assert doc.text[f.start : f.end] == "近千元"
    assert [doc.text[r.start : r.end] for r in f.related] == ["近千万元"]
    assert "近千元" in f.message and "近千万元" in f.message and "10^4" in f.message
    assert "第1行标题" in f.message


def test_magnitude_slip_body_vs_body():
    text = (
        "假期文旅市场火热\n\n假期三天，全省各景区共接待游客3200万人次，实现旅游收入186亿元。\n\n"
        "省文旅厅数据显示，假期全省各景区共接待游客3200人次，客流高峰出现在第二天。"
    )
    assert figures(text, "magnitude-slip") == ["3200人次"]


def test_magnitude_slip_decimal_point():
    text = (
        "产业园项目开工\n\n该产业园项目总投资4.5亿元，主要建设标准厂房和研发楼。\n\n"
        "项目负责人介绍，这个总投资45亿元的产业园预计明年建成投产。"
    )
    assert figures(text, "magnitude-slip") == ["45亿元"]


@pytest.mark.parametrize(
    "text",
    [
        # different periods
        "公司经营稳中有进\n\n一季度，公司实现营收1.2亿元，同比增长8.1%。\n\n公司全年营收12亿元，新签合同额创历史新高。",
        # different qualifiers
        "新盘开盘\n\n该楼盘单价6000元每平方米，开盘当天售出120套。\n\n一套顶层复式的总价达到600万元，引来不少购房者围观。",
        "片区建设提速\n\n城北片区计划投资12亿元，建设道路、学校和公园。\n\n截至目前，已完成投资1.2亿元，两所学校主体完工。",
        "园区建设\n\n物流园一期项目投资3.2亿元，明年投用。\n\n物流园二期项目投资32亿元，后年开工。",
        # different subjects
        "两市外贸回暖\n\n长沙市上半年外贸进出口额达到120亿元。\n\n岳阳市上半年外贸进出口额达到12亿元，增速位居全省前列。",
        # a part of the whole
        "景区客流\n\n上半年全县共接待游客860万人次。\n\n其中，国家湿地公园接待游客86万人次。",
        # one sentence: two quantities by construction
        "贷款余额\n\n全市贷款余额从1.5万亿元增加到15万亿元。",
        # different verbs or nouns
        "企业经营\n\n公司去年上缴税金5000万元，带动就业1200人。\n\n公司今年捐赠5000元用于助学。",
        # hedges differ: 上百 and 上千 are two sizes
        "志愿服务\n\n上百名志愿者参加了活动。\n\n上千名志愿者参加了活动。",
        # years, dates and codes are never compared
        "老街改造\n\n老街始建于1880年，1980年曾大修一次。\n\n老街1988年列入保护名录，编号1898。",
    ],
)
def test_magnitude_slip_stays_silent(text):
    doc, found = findings(text, CONSISTENCY)
    assert [f.message for f in found] == []


def test_unit_slip():
    text = (
        "环湖绿道贯通\n\n新建的环湖绿道全长18公里，串联起沿湖6个公园。\n\n"
        "每到傍晚，不少市民来到这条18米的环湖绿道散步健身。"
    )
    assert figures(text, "unit-slip") == ["18米"]


@pytest.mark.parametrize(
    "text",
    [
        "跨江大桥主体完工\n\n大桥全长18公里，主桥宽18米，设计时速100公里。",
        "湿地公园开园\n\n湿地公园占地面积500公顷。\n\n园内新建500米木栈道和3座观鸟台。",
    ],
)
def test_unit_slip_stays_silent(text):
    assert figures(text, "unit-slip") == []


def test_digit_swap_headline_vs_body():
    text = "前三季度全市外贸进出口增长18.6%\n\n今年前三季度，全市外贸进出口总值达1250亿元，同比增长16.8%，增速居全省第二。"
    doc, found = findings(text)
    (f,) = [f for f in found if f.rule == "digit-swap"]
    assert doc.text[f.start : f.end] == "16.8%"
    assert doc.text[f.related[0].start : f.related[0].end] == "18.6%"


@pytest.mark.parametrize(
    "text",
    [
        # 全县 vs 示范片: both right
        "早稻丰收\n\n今年全县早稻平均亩产412公斤，比上年增加15公斤。\n\n在示范片，早稻平均亩产达到421公斤。",
        # two subjects
        "消费回暖\n\n长沙市上半年社会消费品零售总额同比增长18.6%。\n\n株洲市上半年社会消费品零售总额同比增长16.8%。",
        # two digits: compared only with the same period, and here the periods differ
        "消费回暖\n\n1至5月，全市社会消费品零售总额增长12%。\n\n5月当月，全市社会消费品零售总额增长21%，创新高。",
        # 一期 / 二期
        "光伏电站\n\n一期工程装机容量126兆瓦，已并网。\n\n二期工程装机容量162兆瓦，预计明年投产。",
    ],
)
def test_digit_swap_stays_silent(text):
    assert figures(text, "digit-swap") == []


def test_repeated_figure_reported_once():
    """A later figure that repeats an earlier mention exactly is not reported again."""
    text = (
        "追回资金近千万元\n\n县公安局已为群众追回被骗资金近千元。\n\n"
        "民警介绍，县公安局为群众追回被骗资金近千万元，最大一笔为养老钱。"
    )
    assert figures(text, "magnitude-slip") == ["近千元"]


def test_same_quantity_reasons():
    text = "早稻丰收\n\n全县早稻平均亩产412公斤。\n\n示范片早稻平均亩产421公斤。"
    doc = Document(text)
    a, b = [q for q in doc.quantities if q.kind == "quantity"]
    assert same_quantity(doc, a, b).reason == "qualifier:scope"
    assert about(doc, a).qualifiers["scope"] == "全县"


def test_no_jieba_without_candidates():
    code = (
        "import sys\n"
        "from lint_news.document import Document\n"
        "from lint_news.engine import lint_document\n"
        "from lint_news.rules import load_pack\n"
        f"rules = load_pack({str(ROOT / 'rules' / 'quantity.yaml')!r})\n"
        "text = '全市外贸增长12.5%\\n\\n上半年，全市外贸进出口总值86.4亿元，同比增长12.5%；接待游客860万人次。'\n"
        "assert not lint_document(Document(text), rules)\n"
        "print('jieba' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


# -- headline-figures ---------------------------------------------------------------------------

BODY = "今年以来，全市多措并举稳就业，开发公益性岗位1200个，城镇新增就业2.3万人，完成全年目标任务的76.7%，城镇调查失业率控制在5.5%以内。"


def test_headline_figure_unsupported():
    assert figures("全市新增城镇就业3.2万人\n\n" + BODY, "headline-figure-unsupported") == [
        "3.2万人"
    ]


def test_headline_percentage_without_any_percentage_of_that_kind():
    text = "全省装备出口前7月增长90.9%\n\n今年1至7月，全省装备出口总值12.6亿元，占全省机电产品出口的5.3%。其中，对东盟国家出口2.7亿元，东盟是全省该类产品的主要出口地区。"
    assert figures(text, "headline-figure-unsupported") == ["90.9%"]


@pytest.mark.parametrize(
    "text",
    [
        "全市新增城镇就业2.3万人\n\n" + BODY,
        "全市新增城镇就业逾2万人\n\n" + BODY,
        "全市新增城镇就业近2.5万人\n\n" + BODY,
        "逾万名志愿者服务马拉松\n\n本次赛事共招募志愿者10326名，分布在起终点、补给站和医疗点，为3万余名跑者提供服务，累计服务时长超过8万小时。",
        "超六成受访者选择就近旅游\n\n调查显示，62.4%的受访者今年假期选择在本省旅游，选择出境游的占7.8%，比去年同期提高2.1个百分点。",
        "全市外贸进出口增长1倍\n\n上半年，全市外贸进出口总值达到86.4亿元，比去年同期增长100%，其中出口52.1亿元，进口34.3亿元，贸易结构持续优化。",
        "项目投资1.2亿元\n\n该项目总投资11826万元，建设厂房、仓库和办公楼，建成后年产值可达3亿元，可带动就业500余人，税收超过2000万元。",
        # anniversaries, ranks and ordinals are not statistics
        "湖南“保交楼”工作2周年综述\n\n两年来，全省已拨付专项借款240亿元，专项借款项目529个，已交付房屋15万余套，交付率63.41%，工作有序推进。",
        "我市三家企业跻身全国前10名\n\n工业和信息化部日前公布名单，我市三家企业上榜。至此，全市国家级专精特新企业已达到27家，总数居全省第二位。",
        # no body, or a body without any figure (continued elsewhere on the page)
        "全市新增城镇就业3.2万人",
        "全市新增城镇就业3.2万人\n\n今年以来，全市多措并举稳就业，开发公益性岗位，城镇新增就业稳步增长，就业形势总体稳定，群众获得感不断增强。",
    ],
)
def test_headline_figure_supported_or_not_checked(text):
    assert figures(text, "headline-figure-unsupported") == []


def test_headline_figures_per_article():
    """Each headline is checked against its own body: the next headline starts another article."""
    text = (
        "全市新增城镇就业2.3万人\n\n" + BODY + "\n\n"
        "全市外贸进出口增长18%\n\n上半年，全市外贸进出口总值达到86.4亿元，同比增长12.1%，其中出口52.1亿元，进口34.3亿元，结构优化。"
    )
    assert figures(text, "headline-figure-unsupported") == ["18%"]


# -- the example article ------------------------------------------------------------------------


def test_example_article_matches_expected():
    src = (ROOT / "examples" / "figures.txt").read_text(encoding="utf-8")
    expected = yaml.safe_load(
        (ROOT / "examples" / "figures.expected.yaml").read_text(encoding="utf-8")
    )
    doc, found = findings(src)
    lines = [
        ({doc.position(f.start)[0]} | {doc.position(r.start)[0] for r in f.related}, f)
        for f in found
    ]
    for item in expected["items"]:
        hits = [f for ls, f in lines if ls & set(item["lines"])]
        if item["level"] == "must":
            assert hits, item["id"]
        elif item["level"] == "forbid":
            assert not hits, (item["id"], [f.message for f in hits])
    must_lines = set().union(*(set(i["lines"]) for i in expected["items"] if i["level"] == "must"))
    assert all(ls & must_lines for ls, _f in lines), [f.message for _ls, f in lines]


def test_pairs_across_articles_need_more_shared_words():
    """On a page of several articles a pair across two articles needs the most evidence."""
    other = "\n\n另一则新闻标题\n\n本报讯 市体育局举办全民健身运动会，吸引了众多市民参加，赛事持续三天。\n\n"
    strong = (
        "竹席产业减少损失近千万元\n\n今年，市场监管部门开展专项行动，保护竹席企业的商标和专利。"
        + other
        + "在竹席产业布局多项专利，帮助竹席企业减少损失近千元，有效化解行业风险。"
    )
    weak = (
        "竹席产业减少损失近千万元\n\n今年，市场监管部门开展专项行动，保护竹席企业的商标和专利。"
        + other
        + "暴雨过后，保险公司帮助农户减少损失近千元。"
    )
    assert figures(strong, "magnitude-slip") == ["近千元"]
    assert figures(weak, "magnitude-slip") == []


def test_significant_digits_are_those_decimal_gives():
    """``_digits`` reads the digits off the formatted float as Decimal's normalize() does."""
    import random
    from decimal import Decimal

    from lint_news.checks.quantity_consistency import _digits

    def by_decimal(value):
        if value is None or value <= 0:
            return None
        d = Decimal(f"{value:.12g}").normalize()
        _sign, digits, exp = d.as_tuple()
        if not isinstance(exp, int):
            return None
        return "".join(map(str, digits)).strip("0") or "0", len(digits) + exp - 1

    r = random.Random(7)
    values = [None, 0, -3.5, 1, 10, 100, 0.1, 0.01, 0.0186, 18.6, 16.8, 3200, 3.2e7, 4.5e8]
    values += [1e-5, 1.5e-7, 1e16, 1e20, 123456789012345, 999999999999.9, 5e-324, 1e308]
    values += [float("inf"), float("nan")]
    for _ in range(20_000):
        k = r.random()
        if k < 0.3:
            values.append(r.randint(1, 10 ** r.randint(1, 18)))
        elif k < 0.6:
            values.append(round(r.uniform(0, 10 ** r.randint(-3, 12)), r.randint(0, 6)))
        elif k < 0.8:
            values.append(r.randint(1, 9999) * 10.0 ** r.randint(-8, 20))
        else:
            values.append(r.random() * 10.0 ** r.randint(-300, 300))
    for v in values:
        assert _digits(v) == by_decimal(v), v
    assert _digits(18.6) == ("186", 1) and _digits(0.05) == ("5", -2) and _digits(3200) == ("32", 3)
