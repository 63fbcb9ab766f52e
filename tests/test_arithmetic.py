"""The arithmetic checks: rates, parts and totals, shares, growth, points vs percent."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_news.arith import Interval
from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.rules import Rule, load_pack

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "rules" / "arithmetic.yaml"


@pytest.fixture(scope="module")
def rules() -> dict[str, Rule]:
    return {r.id: r for r in load_pack(PACK)}


def found(rules: dict[str, Rule], rule_id: str, text: str) -> list:
    doc = Document(text)
    return [f for f in lint_document(doc, [rules[rule_id]]) if f.rule == rule_id]


def flags(rules: dict[str, Rule], rule_id: str, text: str) -> bool:
    return bool(found(rules, rule_id, text))


# -- intervals ------------------------------------------------------------------------------


def test_interval_arithmetic() -> None:
    a, b = Interval(150000, 160000), Interval(216000, 240000)
    r = a.div(b)
    assert r is not None
    assert r.scale(100).lo == pytest.approx(62.5)
    assert r.scale(100).hi == pytest.approx(74.074, abs=1e-3)
    assert (a + b).lo == 366000 and (b - a).hi == 90000
    assert Interval(1, 2).meets(Interval(2, 3)) and not Interval(1, 2).meets(Interval(2.1, 3))
    assert Interval(1, 2).div(Interval(0, 1)) is None


# -- rate vs counts -------------------------------------------------------------------------


def test_rate_message_names_the_computation(rules: dict[str, Rule]) -> None:
    text = "全县共有学校120所，已完成改造96所，完成率达90%。"
    (f,) = found(rules, "rate-vs-counts", text)
    assert "96所/120所 = 80.0%" in f.message and "90%" in f.message
    assert text[f.start : f.end].startswith("90")
    assert sorted(text[r.start : r.end] for r in f.related) == ["120所", "96所"]
    assert f.category == "arithmetic"


@pytest.mark.parametrize(
    ("rate", "flagged"),
    [
        # 2/3 = 66.666…%: right at 0, 1 and 2 decimals, wrong one unit off at each
        ("67%", False),
        ("66.7%", False),
        ("66.67%", False),
        ("65%", True),
        ("66.5%", True),
        ("66.60%", True),
    ],
)
def test_rate_rounding(rules: dict[str, Rule], rate: str, flagged: bool) -> None:
    text = f"全市共有社区街道300个，已建成养老服务站200个，建成率为{rate}。"
    assert flags(rules, "rate-vs-counts", text) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # 近 and 余: 8万余 / 近12万 leaves a wide range
        ("全区涉及住户近12万户，已签约住户8万余户，签约率70.5%。", False),
        ("全区涉及住户近12万户，已签约住户8万余户，签约率60%。", True),
        # 约
        ("全省共有村卫生室约2000个，已完成标准化建设1500个，完成率75%。", False),
        ("全省共有村卫生室约2000个，已完成标准化建设1500个，完成率95%。", True),
        # 超: more than 90 of 120 is at least 75%
        ("全县共有学校120所，已完成改造超90所，完成率80%。", False),
        ("全县共有学校120所，已完成改造超90所，完成率70%。", True),
    ],
)
def test_rate_hedges(rules: dict[str, Rule], text: str, flagged: bool) -> None:
    assert flags(rules, "rate-vs-counts", text) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "全县共有学校120所，已完成改造96所，完成率较上月提高10%。",  # a change, not a level
        "全县共有学校120所，已完成改造96所，不合格率为2%。",  # no counts for this rate
        "全县共有学校120所，今年改造96所，年底前确保完成率90%以上。",  # a target
        "全市共有养老机构80家，其中民办机构30家，占全省的5%。",  # another whole
        "该行发放贷款120亿元，不良贷款2亿元，贷款利率4.35%。",  # rate of another kind
        "全县共有学校120所，已完成改造96所。全省完成率为60%。",  # another sentence
    ],
)
def test_rate_silent(rules: dict[str, Rule], text: str) -> None:
    assert not flags(rules, "rate-vs-counts", text)


def test_share_of_counts(rules: dict[str, Rule]) -> None:
    assert flags(rules, "rate-vs-counts", "全市共有养老机构80家，其中民办机构30家，占总数的25%。")
    assert not flags(
        rules, "rate-vs-counts", "全市共有养老机构80家，其中民办机构30家，占总数的37.5%。"
    )


def test_share_of_a_named_whole(rules: dict[str, Rule]) -> None:
    text = (
        "在全县3000万元贷款余额中，逾期贷款1200万元，占总数的40%，其中呆账600万元，占逾期贷款的{}。"
    )
    (f,) = found(rules, "rate-vs-counts", text.format("60%"))
    assert "600万元/1200万元 = 50.0%" in f.message
    assert not flags(rules, "rate-vs-counts", text.format("50%"))


# -- parts vs total ---------------------------------------------------------------------------


def test_parts_sum(rules: dict[str, Rule]) -> None:
    text = "三个园区分别新增就业1.2万人、0.8万人和1.5万人，合计新增就业4.5万人。"
    (f,) = found(rules, "parts-vs-total", text)
    assert "3.5万人" in f.message and "4.5万人" in f.message
    assert len(f.related) == 3
    assert not flags(rules, "parts-vs-total", text.replace("4.5万", "3.5万"))
    # hedged parts: 约1.2万 + 0.8万 + 1.5万余 can reach 3.6万
    assert not flags(
        rules,
        "parts-vs-total",
        "三个园区分别新增就业约1.2万人、0.8万人和1.5万余人，合计新增就业3.6万人。",
    )


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("全省共建成充电桩3万个，其中公共充电桩4.2万个。", True),
        ("该校共有学生500人，其中男生320人，女生200人。", True),
        ("该校共有学生500人，其中男生300人，女生200人。", False),
        ("该厂共有职工500人，其中党员220人，女职工300人。", False),  # overlapping categories
        ("全省共建成充电桩3万个，其中公共充电桩1.2万个，比上年增加5万个。", False),
        ("全县共有企业近500家，其中规上企业120家。", False),
    ],
)
def test_parts_of_whole(rules: dict[str, Rule], text: str, flagged: bool) -> None:
    assert flags(rules, "parts-vs-total", text) is flagged


# -- shares -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("受访者中，男性占56%，女性占54%。", True),
        ("受访者中，男性占56%，女性占44%。", False),
        ("受访者中，男性占52.4%，女性占47.7%。", False),  # 100.1: rounding at 1 decimal
        ("受访者中，男性占52.4%，女性占47.2%。", True),
        ("受访者中，男性占52.41%，女性占47.59%。", False),
        ("受访者中，男性占52.41%，女性占47.49%。", True),
        ("该市进口额占全省总量的120%。", True),
        ("新能源车占比达150%。", True),
        ("该市一季度完成年度目标的120%。", False),
        ("该市进口额同比增长120%。", False),
        ("该市政府债务余额占全市生产总值的120%。", False),
        ("60%的受访者使用移动支付，45%的受访者使用银行卡。", False),
        ("新增企业中，个体工商户占62%，私营企业占30%，其余占12%。", True),
        ("新增企业中，个体工商户占62%，私营企业占30%，其余占8%。", False),
    ],
)
def test_shares(rules: dict[str, Rule], text: str, flagged: bool) -> None:
    assert flags(rules, "shares", text) is flagged


# -- growth vs values -------------------------------------------------------------------------


def test_growth_message(rules: dict[str, Rule]) -> None:
    (f,) = found(rules, "growth-vs-values", "全市旅游收入由50亿元增长到60亿元，增幅25%。")
    assert "20.0%" in f.message and "25%" in f.message and len(f.related) == 2


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("全市旅游收入由50亿元增长到60亿元，增幅20%。", False),
        ("全市旅游收入由50亿元增长到60亿元，增长20.0%。", False),
        ("客运量由80万人次降至60万人次，下降了33%。", True),
        ("客运量由80万人次降至60万人次，下降了25%。", False),
        # hedges: 近80万 -> 100万余 allows about 25%-37.5%
        ("游客人数由近80万人次增至100万余人次，增长约30%。", False),
        ("游客人数由近80万人次增至100万余人次，增长约20%。", True),
        # rounding at 2 decimals: 11/409 = 2.689…%
        ("亩产达到420公斤，比上年增加11公斤，增长2.69%。", False),
        ("亩产达到420公斤，比上年增加11公斤，增长2.7%。", False),
        ("亩产达到420公斤，比上年增加11公斤，增长3%。", False),
        ("亩产达到420公斤，比上年增加11公斤，增长5.2%。", True),
        ("亩产达到420公斤，比上年增加11公斤，增长2.9%。", True),
        # 倍: 增加了 N 倍 is a net increase, 增加到 N 倍 the new multiple
        ("年产量从50台增加到200台，增加了4倍。", True),
        ("年产量从50台增加到200台，增加了3倍。", False),
        ("年产量从50台增加到200台，增加到原来的4倍。", False),
        # 翻番
        ("年销售额从40万元增至120万元，翻了两番。", True),
        ("年销售额从40万元增至160万元，翻了两番。", False),
        ("年销售额从50万元增至100万元，翻了一番。", False),
        ("年销售额从50万元增至200万元，翻了三番。", True),
        ("年销售额从40万元增至近80万元，接近翻番。", False),
        ("全市旅游收入增长30%，达到156亿元。", False),
    ],
)
def test_growth(rules: dict[str, Rule], text: str, flagged: bool) -> None:
    assert flags(rules, "growth-vs-values", text) is flagged


# -- points vs percent ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("失业率从5%降至3%，下降了2%。", True),
        ("失业率从5%降至3%，下降了2个百分点。", False),
        ("失业率从5%降至3%，降幅达40%。", False),
        ("恩格尔系数由30.1%降到28.6%，下降1.5%。", True),
        ("恩格尔系数由30.1%降到28.6%，下降1.5个百分点。", False),
        ("恩格尔系数由30.1%降到28.6%，下降2.5个百分点。", True),
        ("销售额下降2%。", False),
        ("贷款利率上调0.25%。", False),
    ],
)
def test_points(rules: dict[str, Rule], text: str, flagged: bool) -> None:
    assert flags(rules, "points-vs-percent", text) is flagged


# -- the example article ------------------------------------------------------------------------


def test_example_article(rules: dict[str, Rule]) -> None:
    text = (ROOT / "examples" / "arithmetic.txt").read_text(encoding="utf-8")
    doc = Document(text, path="arithmetic.txt")
    lines = sorted({doc.position(f.start)[0] for f in lint_document(doc, list(rules.values()))})
    assert lines == [3, 7, 11, 13, 17]


def test_bad_slack_is_rejected(tmp_path: Path) -> None:
    from lint_news.rules import RuleError

    pack = PACK.read_text(encoding="utf-8").replace(
        "kind: shares\n", "kind: shares\n    slack: -1\n", 1
    )
    p = tmp_path / "bad.yaml"
    p.write_text(pack, encoding="utf-8")
    with pytest.raises(RuleError, match="slack"):
        load_pack(p)
