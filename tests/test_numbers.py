"""Tests for lint_news.numbers (quantity parser) and lint_news.units (pint registry).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import itertools
import math
import subprocess
import sys
from pathlib import Path

import pytest

from lint_news.numbers import Quantity, parse_quantities, parse_quantity

from .conftest import need

ROOT = Path(__file__).resolve().parent.parent

# (expression, kind, lo, hi, unit, dim, magnitude)
# lo/hi/unit/magnitude None = not checked; the quantity must span the whole expression.
Q = "quantity"
CASES: list[tuple[str, str, float | None, float | None, str | None, str, int | None]] = [
    # --- exact figures carry their rounding; integer counts are exact
    ("63.41%", Q, 63.405, 63.415, "%", "percent", 0),
    ("18.6%", Q, 18.55, 18.65, "%", "percent", 0),
    ("17%", Q, 16.5, 17.5, "%", "percent", 0),
    ("１７％", Q, 16.5, 17.5, "%", "percent", 0),
    ("１２．５", Q, 12.45, 12.55, "", "", 0),
    ("240", Q, 240, 240, "", "", 0),
    ("3200人次", Q, 3200, 3200, "人次", "count:人次", 0),
    ("3200万人次", Q, 31995000, 32005000, "人次", "count:人次", 4),
    ("24万套", Q, 235000, 245000, "套", "count:套", 4),
    ("12.3万套", Q, 122500, 123500, "套", "count:套", 4),
    ("6.36万套", Q, 63550, 63650, "套", "count:套", 4),
    ("636套", Q, 636, 636, "套", "count:套", 0),
    ("1,234人", Q, 1234, 1234, "人", "count:人", 0),
    ("12,345,678元", Q, 12345678, 12345678, "元", "money:元", 0),
    ("4.5亿元", Q, 4.45e8, 4.55e8, "元", "money:元", 8),
    ("1.2万亿元", Q, 1.15e12, 1.25e12, "元", "money:元", 12),
    ("3千万元", Q, 2.5e7, 3.5e7, "元", "money:元", 7),
    ("4千名", Q, 3500, 4500, "名", "count:人", 3),
    ("85亿美元", Q, 8.45e9, 8.55e9, "美元", "money:美元", 8),
    ("3.5万港元", Q, 34500, 35500, "港元", "money:港元", 4),
    ("200欧元", Q, 200, 200, "欧元", "money:欧元", 0),
    ("120万千瓦", Q, 1195000, 1205000, "千瓦", None, 4),
    ("3万吨", Q, 25000, 35000, "吨", "[mass]", 4),
    ("529个", Q, 529, 529, "个", "count:个", 0),
    ("60家", Q, 60, 60, "家", "count:家", 0),
    ("3起", Q, 3, 3, "起", "count:起", 0),
    ("12例", Q, 12, 12, "例", "count:例", 0),
    ("186批次", Q, 186, 186, "批次", "count:批次", 0),
    ("540天", Q, 540, 540, "天", "count:天", 0),
    ("两个月", Q, 2, 2, "个月", "count:个月", 0),
    ("3个月", Q, 3, 3, "个月", "count:个月", 0),
    ("45分钟", Q, 45, 45, "分钟", "count:分钟", 0),
    ("72小时", Q, 72, 72, "小时", "count:小时", 0),
    ("两个半小时", Q, 2.5, 2.5, "小时", "count:小时", 0),
    ("一年半", Q, 1.5, 1.5, "年", "count:年", 0),
    ("工期3年", "quantity", 3, 3, "年", "count:年", 0),
    ("28岁", Q, 28, 28, "岁", "count:岁", 0),
    ("3倍", Q, 2.5, 3.5, "倍", "times", 0),
    ("1.5倍", Q, 1.45, 1.55, "倍", "times", 0),
    ("5个百分点", Q, 4.5, 5.5, "百分点", "points", 0),
    ("0.25个百分点", Q, 0.245, 0.255, "百分点", "points", 0),
    ("2.1百分点", Q, 2.05, 2.15, "百分点", "points", 0),
    ("5‰", Q, 4.5, 5.5, "‰", "percent", 0),
    ("6.8级", Q, 6.75, 6.85, "级", "count:级", 0),
    ("下跌12.34点", Q, 12.335, 12.345, "点", "count:点", 0),
    ("$300", Q, 300, 300, "美元", "money:美元", 0),
    ("1800万像素", Q, 17995000, 18005000, "像素", "count:像素", 4),
    # --- Chinese numerals
    ("一千二百万元", Q, 1.15e7, 1.25e7, "元", "money:元", 6),
    ("两千人", Q, 2000, 2000, "人", "count:人", 3),
    ("三万五千元", Q, 34500, 35500, "元", "money:元", 3),
    ("一万二千名", Q, 11500, 12500, "名", "count:人", 3),
    ("一百零五户", Q, 105, 105, "户", "count:户", 0),
    ("二十个", Q, 20, 20, "个", "count:个", 1),
    ("一个", Q, 1, 1, "个", "count:个", 0),
    ("一项", Q, 1, 1, "项", "count:项", 0),
    ("三千万元", Q, 2.5e7, 3.5e7, "元", "money:元", 7),
    ("五万人", Q, 45000, 55000, "人", "count:人", 4),
    ("三点五亿元", Q, 3.45e8, 3.55e8, "元", "money:元", 7),
    ("十年", Q, 10, 10, "年", "count:年", 1),
    ("五十米", Q, 49.5, 50.5, "米", "[length]", 1),
    ("千万元", Q, 5e6, 1.5e7, "元", "money:元", 7),
    # --- 成 (10 % each), 百分之, fractions
    ("六成", Q, 55, 65, "%", "percent", 0),
    ("超六成", Q, 60, 70, "%", "percent", 0),
    ("近六成", Q, 54, 60, "%", "percent", 0),
    ("六成多", Q, 60, 70, "%", "percent", 0),
    ("百分之六十三点四一", Q, 63.405, 63.415, "%", "percent", 0),
    ("百分之五十", Q, 49.5, 50.5, "%", "percent", 0),
    ("百分之五十以上", Q, 50, 60, "%", "percent", 0),
    ("千分之五", Q, 4.5, 5.5, "‰", "percent", 0),
    ("三分之一", Q, 100 / 3, 100 / 3, "%", "percent", 0),
    ("近三分之二", Q, 60, 200 / 3, "%", "percent", 0),
    # --- hedges below: 近/将近/接近 = [0.9X, X]; 不到/不足/以下 = [0, X]
    ("近24万套", Q, 216000, 240000, "套", "count:套", 4),
    ("将近3000人", Q, 2700, 3000, "人", "count:人", 0),
    ("接近50%", Q, 45, 50, "%", "percent", 0),
    ("近千元", Q, 900, 1000, "元", "money:元", 3),
    ("近千万元", Q, 9e6, 1e7, "元", "money:元", 7),
    ("近百亿", Q, 9e9, 1e10, "", "", 10),
    ("不到30个", Q, 0, 30, "个", "count:个", 0),
    ("不足两成", Q, 0, 20, "%", "percent", 0),
    ("60岁以下", Q, 0, 60, "岁", "count:岁", 0),
    ("不到两个月", Q, 0, 2, "个月", "count:个月", 0),
    # --- hedges above: 余/多 = (X, X + step of the last non-zero digit)
    ("15万余套", Q, 150000, 160000, "套", "count:套", 4),
    ("300多人", Q, 300, 400, "人", "count:人", 0),
    ("1500多家", Q, 1500, 1600, "家", "count:家", 0),
    ("1500多万元", Q, 1.5e7, 1.6e7, "元", "money:元", 4),
    ("10余万人", Q, 100000, 200000, "人", "count:人", 4),
    ("1.5万余人", Q, 15000, 16000, "人", "count:人", 4),
    ("二十多个", Q, 20, 30, "个", "count:个", 1),
    ("一百五十多名", Q, 150, 160, "名", "count:人", 1),
    ("两千多万元", Q, 2e7, 3e7, "元", "money:元", 7),
    ("十多万", Q, 100000, 200000, "", "", 5),
    ("百余家", Q, 100, 200, "家", "count:家", 2),
    ("千余人", Q, 1000, 2000, "人", "count:人", 3),
    ("1,200余家", Q, 1200, 1300, "家", "count:家", 0),
    ("3个多月", Q, 3, 4, "个月", "count:个月", 0),
    ("一年多", Q, 1, 2, "年", "count:年", 0),
    # --- 超/超过/逾/突破/以上 = (X, X + step]
    ("超90%", Q, 90, 100, "%", "percent", 0),
    ("超过100公里", Q, 100, 200, "公里", "[length]", 0),
    ("逾万名", Q, 10000, 20000, "名", "count:人", 4),
    ("突破10万人次", Q, 100000, 200000, "人次", "count:人次", 4),
    ("过亿", Q, 1e8, 2e8, "", "", 8),
    ("5000人以上", Q, 5000, 6000, "人", "count:人", 0),
    ("90%以上", Q, 90, 100, "%", "percent", 0),
    # --- 约/左右/上下 = ±5 %, at least the rounding
    ("约300人", Q, 285, 315, "人", "count:人", 0),
    ("300人左右", Q, 285, 315, "人", "count:人", 0),
    ("大约两千名", Q, 1900, 2100, "名", "count:人", 3),
    ("约85亿元", Q, 8.075e9, 8.925e9, "元", "money:元", 8),
    ("40岁上下", Q, 38, 42, "岁", "count:岁", 0),
    ("约0.5%", Q, 0.45, 0.55, "%", "percent", 0),
    ("三十来岁", Q, 25, 35, "岁", "count:岁", 1),
    # --- stacked hedges: the hull
    ("约300人左右", Q, 285, 315, "人", "count:人", 0),
    ("超过1000人以上", Q, 1000, 2000, "人", "count:人", 0),
    ("将近400余人", Q, 360, 500, "人", "count:人", 0),
    # --- approximate ranges
    ("数千人", Q, 1000, 10000, "人", "count:人", 3),
    ("数十万元", Q, 1e5, 1e6, "元", "money:元", 5),
    ("几十年", Q, 10, 100, "年", "count:年", 1),
    ("几个", Q, 1, 10, "个", "count:个", 0),
    ("十几个", Q, 11, 20, "个", "count:个", 0),
    ("二十几岁", Q, 21, 30, "岁", "count:岁", 0),
    ("上百家", Q, 100, 200, "家", "count:家", 2),
    ("上千万元", Q, 1e7, 2e7, "元", "money:元", 7),
    ("三四个", Q, 3, 4, "个", "count:个", 0),
    ("五六万套", Q, 50000, 60000, "套", "count:套", 4),
    ("十七八岁", Q, 17, 18, "岁", "count:岁", 0),
    ("三四十家", Q, 30, 40, "家", "count:家", 1),
    ("一两个", Q, 1, 2, "个", "count:个", 0),
    # --- explicit ranges: one quantity between the nominal ends
    ("3～5万元", Q, 30000, 50000, "元", "money:元", 4),
    ("3万～5万元", Q, 30000, 50000, "元", "money:元", 4),
    ("15%～30%", Q, 15, 30, "%", "percent", 0),
    ("20-30%", Q, 20, 30, "%", "percent", 0),
    ("100～150kg", Q, 100, 150, "公斤", "[mass]", 0),
    ("10至15元", Q, 10, 15, "元", "money:元", 0),
    ("三至五年", Q, 3, 5, "年", "count:年", 0),
    ("24至42岁", Q, 24, 42, "岁", "count:岁", 0),
    # --- physical units through pint
    ("18公里", Q, 17.5, 18.5, "公里", "[length]", 0),
    ("18米", Q, 17.5, 18.5, "米", "[length]", 0),
    ("3.6平方公里", Q, 3.55, 3.65, "平方公里", "[length] ** 2", 0),
    ("1.2万平方米", Q, 11500, 12500, "平方米", "[length] ** 2", 4),
    ("15亩", Q, 14.5, 15.5, "亩", "[length] ** 2", 0),
    ("1公顷", Q, 0.5, 1.5, "公顷", "[length] ** 2", 0),
    ("100斤", Q, 99.5, 100.5, "斤", "[mass]", 0),
    ("50千克", Q, 49.5, 50.5, "公斤", "[mass]", 0),
    ("350公里/小时", Q, 349.5, 350.5, "公里/小时", "[length] / [time]", 0),
    ("6000元/平方米", Q, 6000, 6000, "元/平方米", "money:元/平方米", 0),
    ("5km", Q, 4.5, 5.5, "公里", "[length]", 0),
    ("2万立方米", Q, 15000, 25000, "立方米", "[length] ** 3", 4),
    ("500度电", Q, 499.5, 500.5, "千瓦时", None, 0),
    ("零下5℃", Q, -5.5, -4.5, "摄氏度", "[temperature]", 0),
    ("3海里", Q, 2.5, 3.5, "海里", "[length]", 0),
    # --- not quantities
    ("2023年", "year", None, None, None, "", None),
    ("二〇二三年", "year", None, None, None, "", None),
    ("二○○一年", "year", None, None, None, "", None),
    ("2019—2021年", "year", None, None, None, "", None),
    ("2019年至2021年", "year", None, None, None, "", None),
    ("23年底", "year", None, None, None, "", None),
    ("2023赛季", "year", None, None, None, "", None),
    ("23年5月", "date", None, None, None, "", None),
    ("2023年8月31日", "date", None, None, None, "", None),
    ("二〇二三年五月八日", "date", None, None, None, "", None),
    ("8月31日", "date", None, None, None, "", None),
    ("八月三十一日", "date", None, None, None, "", None),
    ("8月份", "date", None, None, None, "", None),
    ("5日", "date", None, None, None, "", None),
    ("2022-08-31", "date", None, None, None, "", None),
    ("一季度", "date", None, None, None, "", None),
    ("80年代", "date", None, None, None, "", None),
    ("21世纪", "date", None, None, None, "", None),
    ("10:30", "time", None, None, None, "", None),
    ("9时30分", "time", None, None, None, "", None),
    ("9时许", "time", None, None, None, "", None),
    ("8点半", "time", None, None, None, "", None),
    ("第3", "ordinal", None, None, None, "", None),
    ("第三届", "ordinal", None, None, None, "", None),
    ("第12条", "ordinal", None, None, None, "", None),
    ("十一届", "ordinal", None, None, None, "", None),
    ("二期", "ordinal", None, None, None, "", None),
    ("3号线", "ordinal", None, None, None, "", None),
    ("三年级", "ordinal", None, None, None, "", None),
    ("13812345678", "phone", None, None, None, "", None),
    ("010-12345678", "phone", None, None, None, "", None),
    ("400-800-1234", "phone", None, None, None, "", None),
    ("5G", "code", None, None, None, "", None),
    ("G15", "code", None, None, None, "", None),
    ("H5N1", "code", None, None, None, "", None),
    ("iPhone15", "code", None, None, None, "", None),
    ("737MAX", "code", None, None, None, "", None),
    ("COVID-19", "code", None, None, None, "", None),
    ("80后", "code", None, None, None, "", None),
    ("〔2023〕12号", "docnum", None, None, None, "", None),
    ("1号文件", "docnum", None, None, None, "", None),
    ("3:1", "ratio", None, None, None, "", None),
]


# expressions whose figure is only part of the text
SPANS = {"工期3年": "3年", "下跌12.34点": "12.34点", "23年底": "23年", "2023赛季": "2023"}


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)


@pytest.mark.parametrize(
    ("expr", "kind", "lo", "hi", "unit", "dim", "magnitude"),
    CASES,
    ids=[c[0] for c in CASES],
)
def test_expression(expr, kind, lo, hi, unit, dim, magnitude):
    qs = parse_quantities(expr)
    assert len(qs) == 1, qs
    q = qs[0]
    assert q.kind == kind, q
    # the span covers hedges, number, magnitude and unit, and nothing else
    span = SPANS.get(expr, expr)
    assert q.text == span == expr[q.start : q.end], q
    if lo is not None:
        assert _close(q.lo, lo) and _close(q.hi, hi), (q.lo, q.hi)
        assert q.lo <= q.value <= q.hi or q.direction == "range", q
    if unit is not None:
        assert q.unit == unit, q
    if dim is not None:
        assert q.dim == dim, q
    if magnitude is not None:
        assert q.magnitude == magnitude, q


def test_case_table_covers_every_kind_and_hedge_direction():
    """The table above exercises every kind the parser reports (the kinds Quantity documents)
    and every direction of a hedged quantity, with no expression listed twice (a duplicate
    would shadow a case that was meant to be different)."""
    exprs = [c[0] for c in CASES]
    assert len(exprs) == len(set(exprs))
    kinds = {"quantity", "year", "date", "time", "ordinal", "phone", "code", "docnum", "ratio"}
    assert {c[1] for c in CASES} == kinds
    directions = {q.direction for c in CASES if c[1] == Q for q in parse_quantities(c[0])}
    assert directions == {"=", "<", ">", "~", "range"}
    # every shape of quantity: integer, decimal, Chinese numerals, 成, fractions, ranges
    units = {c[5] for c in CASES if c[1] == Q and c[5]}
    assert {"percent", "points", "times", "[length]", "[mass]", "[length] ** 2"} <= units


# --- the fields -----------------------------------------------------------------------


def test_fields_of_a_hedged_figure():
    q = parse_quantity("近24万套")
    assert q == Quantity(
        start=0,
        end=5,
        text="近24万套",
        value=240000.0,
        lo=216000.0,
        hi=240000.0,
        unit="套",
        dim="count:套",
        hedge="近",
        direction="<",
        magnitude=4,
        digits="24",
        kind="quantity",
    )
    assert (q.base_lo, q.base_hi) == (216000.0, 240000.0)


@pytest.mark.parametrize(
    ("expr", "hedge", "direction", "digits"),
    [
        ("15万余套", "余", ">", "15"),
        ("3200万人次", "", "=", "3200"),
        ("18.6%", "", "=", "18.6"),
        ("近千万元", "近", "<", "千"),
        ("约300人", "约", "~", "300"),
        ("300人左右", "左右", "~", "300"),
        ("超90%", "超", ">", "90"),
        ("突破10万人次", "突破", ">", "10"),
        ("数千人", "", "range", "几千"),
        ("一千二百万元", "", "=", "12"),
        ("五六万套", "", "range", "五六万"),
        ("约300人左右", "约…左右", "~", "300"),
    ],
)
def test_hedge_direction_digits(expr, hedge, direction, digits):
    q = parse_quantity(expr)
    assert (q.hedge, q.direction, q.digits) == (hedge, direction, digits)


def test_value_is_nominal():
    assert parse_quantity("近24万套").value == 240000
    assert parse_quantity("63.41%").value == 63.41
    assert parse_quantity("六成").value == 60
    assert parse_quantity("15万余套").value == 150000
    q = parse_quantity("三四个")
    assert q.value == 3.5 and q.direction == "range"


# --- the principles from the design ---------------------------------------------------


def _ratio_interval(part: Quantity, whole: Quantity) -> tuple[float, float]:
    return 100 * part.lo / whole.hi, 100 * part.hi / whole.lo


def test_hedged_rate_is_consistent():
    # 已交付15万余套 out of 近24万套: any reading between 62.5 % and about 74 %
    whole, part, rate = parse_quantities("共涉及房屋近24万套，已交付15万余套，交付率为63.41%。")
    assert (whole.text, part.text, rate.text) == ("近24万套", "15万余套", "63.41%")
    lo, hi = _ratio_interval(part, whole)
    assert lo == pytest.approx(62.5)
    assert hi == pytest.approx(74.07, abs=0.01)
    assert lo <= rate.lo and rate.hi <= hi


def test_exact_figures_make_an_inconsistent_rate_visible():
    whole, part, rate = parse_quantities("涉及房屋24万套，已交付12万套，交付率63.41%")
    lo, hi = _ratio_interval(part, whole)
    assert hi < rate.lo  # about 47.9 %–52.1 %: the stated 63.41 % is outside


def test_magnitude_slip_near_thousand_vs_near_ten_million():
    a = parse_quantity("追回资金近千元")
    b = parse_quantity("追回资金近千万元")
    assert a.dim == b.dim == "money:元"
    assert b.magnitude - a.magnitude == 4
    assert b.value / a.value == pytest.approx(1e4)
    assert a.digits == b.digits == "千"


def test_magnitude_slip_person_times():
    a = parse_quantity("接待游客3200人次")
    b = parse_quantity("接待游客3200万人次")
    assert a.dim == b.dim == "count:人次"
    assert a.digits == b.digits == "3200"
    assert (a.magnitude, b.magnitude) == (0, 4)
    assert b.value / a.value == pytest.approx(1e4)


def test_unit_slip_kilometres_vs_metres():
    km = parse_quantity("全长18公里")
    m = parse_quantity("全长18米")
    assert km.dim == m.dim == "[length]"
    assert km.value == m.value == 18
    assert km.base_lo < 18000 < km.base_hi
    assert m.base_lo < 18 < m.base_hi
    assert (km.base_lo + km.base_hi) / 2 == pytest.approx(18000)
    assert (m.base_lo + m.base_hi) / 2 == pytest.approx(18)


def test_mu_and_hectare_compare():
    mu = parse_quantity("流转土地15亩")
    ha = parse_quantity("流转土地1公顷")
    assert mu.dim == ha.dim == "[length] ** 2"
    assert (mu.base_lo + mu.base_hi) / 2 == pytest.approx(10000)
    assert (ha.base_lo + ha.base_hi) / 2 == pytest.approx(10000)
    sq = parse_quantity("1平方公里")
    assert (sq.base_lo + sq.base_hi) / 2 == pytest.approx(1500 * 10000 / 15)


def test_jin_is_half_a_kilogram():
    q = parse_quantity("收购稻谷100斤")
    assert q.dim == "[mass]"
    assert (q.base_lo + q.base_hi) / 2 == pytest.approx(50.0)
    t = parse_quantity("0.05吨")
    assert (t.base_lo + t.base_hi) / 2 == pytest.approx(50.0)


def test_points_and_percent_are_different_dimensions():
    pts = parse_quantity("提高了5个百分点")
    pct = parse_quantity("提高了5%")
    assert pts.dim == "points" and pct.dim == "percent"
    assert pts.unit == "百分点" and pct.unit == "%"


def test_cheng_and_permille_are_percent():
    assert parse_quantity("六成").dim == parse_quantity("62.4%").dim == "percent"
    q = parse_quantity("5‰")
    assert (q.base_lo, q.base_hi) == pytest.approx((0.45, 0.55))
    # 超六成 contains 62.4 %
    a, b = parse_quantity("超六成"), parse_quantity("62.4%")
    assert a.lo <= b.lo and b.hi <= a.hi


def test_over_ten_thousand_contains_a_precise_count():
    head, body = parse_quantities("逾万名志愿者参加；志愿者共10326名。")
    assert head.lo <= body.value <= head.hi


def test_magnitude_words_are_not_units():
    for expr, unit in [
        ("3.5万吨", "吨"),
        ("12亿元", "元"),
        ("120万千瓦", "千瓦"),
        ("8万人次", "人次"),
    ]:
        q = parse_quantity(expr)
        assert q.unit == unit
    assert parse_quantity("5千瓦").unit == "千瓦"  # an SI prefix, not 5000 瓦
    assert parse_quantity("3千克").unit == "公斤"


def test_fullwidth_and_thousands_separators():
    assert parse_quantity("１５万套").value == 150000
    assert parse_quantity("12,345人").value == 12345
    # a Chinese comma separates clauses: two figures
    qs = parse_quantities("1，234人")
    assert [q.text for q in qs] == ["1", "234人"]
    # a comma must be followed by exactly three digits
    assert [q.text for q in parse_quantities("1,2345人")] == ["1", "2345人"]


# --- kinds other than quantity --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure", "kind"),
    [
        ("本报2023年3月5日电", "2023年3月5日", "date"),
        ("2023年全市共有", "2023年", "year"),
        ("截至22年底", "22年", "year"),
        ("工作了23年", "23年", "quantity"),
        ("23年来坚持义诊", "23年", "quantity"),
        ("会议于8月31日召开", "8月31日", "date"),
        ("当天上午9时开始", "9时", "time"),
        ("晚上八点举行", "八点", "time"),
        ("第十一届运动会", "第十一届", "ordinal"),
        ("二期工程", "二期", "ordinal"),
        ("咨询电话：87654321", "87654321", "phone"),
        ("邮编410000", "410000", "code"),
        ("5G+工业互联网", "5G", "code"),
        ("波音737客机", "737", "code"),
        ("歼-20战机", "20", "code"),
        ("国办发〔2023〕12号文件", "〔2023〕12号", "docnum"),
        ("中央1号文件", "1号文件", "docnum"),
        ("最终以3:1取胜", "3:1", "ratio"),
        ("版本1.2.3发布", "1.2.3", "code"),
        ("世界500强", "500强", "ordinal"),
    ],
)
def test_non_quantities(sentence, figure, kind):
    qs = parse_quantities(sentence)
    assert [(q.text, q.kind) for q in qs] == [(figure, kind)]
    assert qs[0].dim == "" or kind == "quantity"


@pytest.mark.parametrize(
    "sentence",
    [
        "大家一起努力",
        "找到一些办法",
        "意见一致",
        "统一部署",
        "一定要做好",
        "万一发生险情",
        "一般来说",
        "一直坚持",
        "唯一的选择",
        "十分重要",
        "老百姓的事",
        "千万不要大意",
        "千万别忘了",
        "三峡工程",
        "一体化发展",
        "第一书记",
        "原因之一",
        "一流的服务",
        "一方面要抓",
        "一部分资金",
        "一次性补贴",
        "一把手负责",
        "一头雾水",
        "千家万户",
        "百家争鸣",
        "万人空巷",
        "一成不变",
        "一条龙服务",
        "四处奔走",
        "星期一上午",
        "五一劳动节",
        "十四五时期",
        "签约仪式",
        "加工零件",
        "比上一年增长",
        "三部曲",
    ],
)
def test_words_that_are_not_numbers(sentence):
    assert parse_quantities(sentence) == []


def test_hedge_words_inside_other_words_are_not_hedges():
    assert parse_quantity("最近3年").hedge == ""
    assert parse_quantity("节约30%").hedge == ""
    assert parse_quantity("签约5家").hedge == ""
    assert parse_quantity("赶超3家").hedge == ""
    q = parse_quantity("上下游企业3家")
    assert q.text == "3家" and q.hedge == ""


# --- offsets, order, overlap ----------------------------------------------------------


def test_ranges_need_agreement():
    # a score with a hyphen is not a range; different units are not a range
    assert [q.text for q in parse_quantities("以3-1获胜")] == ["3", "1"]
    assert [q.text for q in parse_quantities("增长5%至8万元")] == ["5%", "8万元"]
    # the first figure must not be larger
    assert [q.text for q in parse_quantities("9至3元")] == ["9", "3元"]
    # months joined by 至 are one date
    (q,) = parse_quantities("1至5月")
    assert (q.text, q.kind) == ("1至5月", "date")


def test_price_from_and_generation_labels():
    q = parse_quantity("售价2.8万起")
    assert (q.text, q.unit) == ("2.8万", "")
    assert parse_quantity("3后").kind == "quantity"
    assert parse_quantity("90后").kind == "code"


def test_offsets_order_and_no_overlap():
    text = "全县2023年新建住房1.2万套，同比增长18.6%，比上年提高2.1个百分点，近千户受益。"
    qs = parse_quantities(text)
    assert [q.text for q in qs] == ["2023年", "1.2万套", "18.6%", "2.1个百分点", "近千户"]
    assert [q.kind for q in qs] == ["year", "quantity", "quantity", "quantity", "quantity"]
    for q in qs:
        assert text[q.start : q.end] == q.text
    for a, b in itertools.pairwise(qs):
        assert a.end <= b.start


def test_offsets_are_code_points_with_astral_characters():
    text = "𠀀𠀁共有300人"
    q = parse_quantity(text)
    assert (q.start, q.end) == (4, 8)


@pytest.mark.corpus
def test_corpus_slice_keeps_invariants(corpora):
    """Offsets, order and intervals hold on real text (measurement corpus, never copied)."""
    path = need(corpora / "thucnews-cnews-val1000" / "articles.plain.txt", "THUCNews")
    with path.open(encoding="utf-8") as f:
        text = f.read(100_000)
    qs = parse_quantities(text)
    assert len(qs) > 500
    for q in qs:
        assert text[q.start : q.end] == q.text
        assert q.lo <= q.hi
        if q.kind == "quantity" and q.direction == "=":
            assert q.lo <= q.value <= q.hi
    for a, b in itertools.pairwise(qs):
        assert a.end <= b.start


def test_empty_and_digitless_text():
    assert parse_quantities("") == []
    assert parse_quantity("没有数字的句子") is None


def test_quantity_is_frozen():
    q = parse_quantity("3人")
    with pytest.raises(AttributeError):
        q.value = 4  # type: ignore[misc]


# --- units.py -------------------------------------------------------------------------


def test_base_factor():
    from lint_news import units

    assert units.base_factor("公里") == (1000.0, "[length]")
    assert units.base_factor("千米") == (1000.0, "[length]")
    f, dim = units.base_factor("亩")
    assert dim == "[length] ** 2" and f == pytest.approx(10000 / 15)
    assert units.base_factor("斤") == (0.5, "[mass]")
    assert units.base_factor("百分点")[1] == "[percentage_point]"
    assert units.base_factor("摄氏度") == (1.0, "[temperature]")
    assert units.to_base(20, "摄氏度") == pytest.approx(293.15)
    assert units.base_factor("公里") is units.base_factor("公里")  # cached


def test_units_file_has_no_ascii_aliases_and_loads_cleanly():
    import warnings

    import pint

    from lint_news import units

    text = units.DEFINITIONS_PATH.read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("@alias"):
            names = line.split("=")[1:] if line else []
        else:
            names = line.split("=")[:1] + line.split("=")[2:]
        for name in names:
            name = name.strip()
            if name and name != "_" and not name.startswith("["):
                assert not name.isascii() or name == "percentage_point", name
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        registry = pint.UnitRegistry()
        registry.load_definitions(str(units.DEFINITIONS_PATH))
    with pytest.raises(pint.DimensionalityError):
        registry.Quantity(3, "百分点").to("percent")


def test_imports_stay_light():
    """numbers.py must not load pint (unless a physical unit appears), cn2an or jieba."""
    code = (
        "import sys\n"
        "from lint_news.numbers import parse_quantities\n"
        "parse_quantities('近24万套，15万余套，63.41%，3200万人次，2023年8月31日')\n"
        "assert 'pint' not in sys.modules, 'pint'\n"
        "assert 'cn2an' not in sys.modules, 'cn2an'\n"
        "assert 'jieba' not in sys.modules, 'jieba'\n"
        "assert 'lint_news.words' not in sys.modules, 'lint_news.words'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_static_dimension_table_agrees_with_pint():
    from lint_news import units

    for name, dim in units.DIMENSIONS.items():
        assert units.pint_conversion(name)[2] == dim, name
        assert units.base_factor(name)[1] == dim, name  # (from the precomputed table)


def test_a_figure_with_a_physical_unit_needs_no_pint_even_converted():
    code = (
        "import sys\n"
        "from lint_news.numbers import parse_quantity\n"
        "q = parse_quantity('全长18公里')\n"
        "assert q.dim == '[length]' and 'pint' not in sys.modules\n"
        "assert q.base_lo == 17500.0 and 'pint' not in sys.modules\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
