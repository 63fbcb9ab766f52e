"""Quantities in Chinese news copy, parsed into intervals.

``parse_quantities(text)`` finds every figure in ``text`` -- Arabic (half- or full-width),
Chinese numerals, mixed forms (1.5万, 近千万) -- and returns :class:`Quantity` records in
text order, non-overlapping. ``parse_quantity(s)`` returns the first one in a short string.

It is a single precompiled regular expression plus a little Python per match: no jieba,
no cn2an; pint (through :mod:`lint_news.units`) is imported only when a physical unit
(米, 亩, 吨 ...) actually appears, and each unit's factor is cached.

Shape of a figure
=================

``[hedge] number [多/余/来] [万/亿/千万/万亿 ...] [多/余] [unit[/unit]] [多] [左右/以上/...]``

- **Magnitude words** (万, 亿, 千万, 百万, 万亿, and the non-standard 千/百 after Arabic
  digits as in 3千万) multiply the number; they are never units: 3.5万吨 is 35000 吨,
  12亿元 is 1.2e9 元, 120万千瓦 is 1.2e6 千瓦.
- **Units** are kept in a canonical written form (千米 -> 公里, 千克 -> 公斤, ℃ -> 摄氏度,
  个百分点 -> 百分点, ％ -> %, 度电 -> 千瓦时, km -> 公里 ...). ``dim`` says what can be
  compared with what: ``count:<unit>`` (人/名/位 share ``count:人``; 日 as a duration is 天),
  ``money:<currency>``, ``percent`` (%, ‰ and 成), ``points`` (百分点), ``times`` (倍), or a
  pint dimensionality string for physical units (``[length]``, ``[mass]``,
  ``[length] ** 2`` ...; ``unit:<name>`` if pint cannot be loaded). Time spans (天, 个月,
  年, 小时 ...) are counts, not pint units, so that ordinary text never loads pint.
  成 is converted to percent (六成 -> 60 %); ‰ keeps its unit and value but its
  ``base_lo``/``base_hi`` are in percent; 三分之一 is 33.33 %. Compound units keep their
  denominator: 公里/小时 converts through pint, 元/平方米 has dim ``money:元/平方米``.
- Small extras: 半 adds a half (两个半小时 -> 2.5 小时, 一年半 -> 1.5 年); 个多月 is
  3个多月 -> (3, 4) 个月; $300 / ￥300 are 美元 / 元; 零下5℃ and -5℃ are negative.
- ``magnitude`` is the power of ten written after the significant digits: for Arabic
  digits the magnitude word (3200万 -> 4, 4.5亿 -> 8, 3千万 -> 7, 3200 -> 0); for Chinese
  numerals the trailing zeros of the written value (三千万 and 近千万 -> 7, 一千二百万 -> 6,
  近千 -> 3, 二十 -> 1). ``digits`` is the written significant part ("18.6", "3200", "15";
  for Chinese numerals the Arabic digits of the value over 10**magnitude, e.g. "12" for
  一千二百万; a bare order word keeps its character: "千" for 近千万, "百" for 上百).

Intervals (``lo``, ``hi``; endpoints are not marked open or closed)
===================================================================

Let *V* be the written value, *ulp* the place value of the last written digit
(63.41 -> 0.01; 12.3万 -> 1000; 24万 -> 10000) and *step* the place value of the last
non-zero written digit (300 -> 100; 1500 -> 100; 15万 -> 10000; 10万 -> 100000;
1.5万 -> 1000).

Exact figures carry their rounding:

- a decimal is ``V ± ulp/2``: 63.41% -> [63.405, 63.415]; 12.3万 -> [122500, 123500];
- an integer with a magnitude word is ``V ± ulp/2``: 24万 -> [235000, 245000]; for a
  Chinese numeral containing 万/亿 the rounding is at its trailing zeros
  (三千万 -> [2.5e7, 3.5e7], 五万 -> [45000, 55000]);
- an integer percentage, point, multiple (倍), 成 or physical measure is ``V ± 0.5`` of its
  last digit: 17% -> [16.5, 17.5]; 六成 -> [55, 65]; 18公里 -> [17.5, 18.5];
- any other integer (counts, money, bare numbers) is exact: 3200人次 -> [3200, 3200].

Hedges widen it (``direction`` in brackets):

- 近/将近/接近/几近 ("<"): just under, ``[0.9 V, V]``: 近24万 -> [216000, 240000];
- 不到/不足/低于/少于/未满/不超过/最多/至多, and 以下/以内 after ("<"): ``[0, V]``;
- 多/余 after the number (">"): above by less than one step, ``(V, V + step)``:
  15万余 -> (150000, 160000); 300多 -> (300, 400); 十多万 -> (100000, 200000);
- 超/超过/超出/逾/突破/过(万/亿)/高于/多于/大于/至少, and 以上/开外 after (">"): the same
  ``(V, V + step]``: 超90% -> (90, 100]; 超六成 -> (60, 70]; 逾万 -> (10000, 20000];
- 约/大约/大概/约为/约有..., and 左右/上下 after ("~"): ``±5 %`` of V, widened to at
  least the rounding interval: 约300 -> [285, 315]; 来 (十来个, 30来岁) is "~" with at
  least ``± step/2``;
- several hedges on one figure (约…左右, 近…余) take the hull of their intervals
  (direction "~" when they disagree).

Ranges (direction "range"; ``value`` is the midpoint of the nominal ends):

- 数/几 stand for 1…10 of their place: 数千 -> [1000, 10000]; 几十 -> [10, 100];
  十几 -> [11, 20]; 二十几 -> [21, 30]; 几 alone -> [1, 10];
- 上 + order word is [X, 2X]: 上百 -> [100, 200]; 上千万 -> [1e7, 2e7];
- two adjacent digits: 三四个 -> [3, 4]; 五六万 -> [50000, 60000]; 十七八 -> [17, 18];
- an explicit range is ONE Quantity from the first to the second figure, connectors
  ～ ~ 〜 — – - 至 到 (only when the first figure is not larger and the units agree).
  The range runs between the nominal ends (rounding is not added): 3万～5万元 ->
  [30000, 50000]. A magnitude written only on the second figure applies to both:
  3～5万元 -> [30000, 50000] (GB/T 15835 calls that form ambiguous, but the reading is
  clear). The first figure must be bare or in the same unit as the second. A hyphen joins
  a range only when the second figure has a unit (20-30%), so a score 3-1 stays apart.

Not quantities (``kind`` other than "quantity"; their ``dim`` is "")
===================================================================

``year`` (2023年, 二〇二三年, 二○○一年, 2019—2021年, 23年底, 2023赛季), ``date``
(2023年8月31日, 8月31日, 8月份, 5日, 2022-08-31, 一季度, 80年代, 21世纪), ``time``
(10:30, 9时30分, 上午九点), ``ordinal`` (第3, 第三届, 十一届, 一期, 3号线, 三年级, 500强,
一级), ``phone`` (11-digit mobiles, 010-12345678, numbers after 电话/热线/拨打), ``code``
(digits touching Latin letters: 5G, G15, H5N1, iPhone15, 737MAX, COVID-19; 歼-20;
波音737; 80后; version numbers 1.2.3; 12+ digit strings; 邮编), ``docnum`` (〔2023〕12号,
1号文件), and ``ratio`` (3:1, 7.1∶38.2∶56.3). For these ``lo == hi == value`` (the first
number; for a date the day, or the month), and ``digits`` holds the written form (for dates
"2023-08-31", "08-31", "23-05"). A four-digit number from 1000 to 2100 followed by 年, with
no hedge, is a year; other N年 are durations (工作了23年, 近3年, 1000多年).

Precision over recall for Chinese numerals: a Chinese numeral is reported only when a
unit or classifier follows (一个, 三成, 五万元), or, without a unit, when a hedge or 多/余
makes it a figure (近千万, 十多). A bare order word (百, 千, 万) needs a hedge, 数/上 or
多/余 (百家, 万人, 千家万户 are not figures; 上百家, 近千元, 百余家 are). Words such as
一些, 一起, 统一, 唯一, 万一, 之一, 十分, 百姓, 千万不要, 一方面, 一部分, 一次性, 四处,
上一年 yield nothing. Single 一 before a classifier (一个, 一项) IS returned, with value 1.

Known limitations: 近 also means "the last ..." (近3年) and is still read as a hedge;
mixed long forms such as 10亿零817万5288 come out as separate figures; 半 is only read in
个半 / 年半; years written with four digits but meaning durations (用了1500年) are read
as years; Chinese numerals without a unit or hedge (达三万) are skipped.
"""

from __future__ import annotations

import re

from .numbers_figures import (
    _arabic,
    _chinese,
    _cn_percent,
    _common_arabic,
    _common_chinese,
    _fraction,
)
from .numbers_lex import (
    _AR_ALONE,
    _CANDIDATE,
    _CN_ALONE,
    _CN_DIGIT,
    _CNC,
    _CONNECTORS,
    _DIGITS,
    _MASTER,
)
from .numbers_records import _cn_small_int, _freeze, _norm, _plain, _Rec
from .numbers_values import APPROX_BAND, NEAR_BAND, Quantity, _cn_digit_run, _pow10, interval_in
from .patterns import lazy

# The module is split by responsibility: numbers_units (unit tables), numbers_lex (the master
# expression and lexical tables), numbers_values (Quantity, numeral values, intervals),
# numbers_records (draft records), numbers_figures (Arabic and Chinese figures); this module
# dispatches a match to them and is the public entry point.
__all__ = [
    "APPROX_BAND",
    "NEAR_BAND",
    "Quantity",
    "interval_in",
    "parse_quantities",
    "parse_quantity",
]

# ----- dispatch -----------------------------------------------------------------------


# the characters other than digits a candidate starts at, where _CN_ALONE stands for _MASTER
_CN_CANDIDATES = frozenset("数上" + _CNC)

_NUM_RUN = lazy("[0-9０-９]+|[" + _CNC + "]+", lead=True)


def _match_to_rec(text: str, m: re.Match[str]) -> _Rec | None:
    g = m.lastgroup
    if g == "ar":
        return _arabic(text, m)
    if g == "cn":
        return _chinese(text, m)
    s, e = m.start(), m.end()
    t = m.group(0)
    if g in ("ymd", "md", "iso"):
        nums = _NUM_RUN.findall(t)
        parts = []
        for x in nums:
            if x[0] in _DIGITS:  # (a run of _NUM_RUN is all digits or all numerals)
                parts.append(int(x))  # (int reads full-width digits as _int_of does)
            elif _cn_digit_run(x):
                parts.append(int("".join(str(_CN_DIGIT[c]) for c in x)))
            else:
                parts.append(_cn_small_int(x))
        if g == "md":
            parts = [0, *parts]
        if g == "ymd" and len(parts) == 2:
            parts.append(0)
        y, mo, d = parts[0], parts[1], parts[2]
        ys = (f"{y:02d}" if y < 100 else str(y)) if y else ""
        digits = "-".join(p for p in (ys, f"{mo:02d}", f"{d:02d}" if d else "") if p)
        return _plain("date", s, e, float(d or mo), digits)
    if g in ("hm", "hs", "hd", "ct"):
        first = _NUM_RUN.match(t)
        v = float(_cn_small_int(first.group(0))) if first else 0.0
        r = _plain("time", s, e, v, t)
        return r
    if g == "ph":
        return _plain("phone", s, e, 0.0, t)
    if g == "doc":
        return _plain("docnum", s, e, 0.0, t)
    if g == "ratio":
        return _plain("ratio", s, e, 0.0, _norm(t))
    if g == "pc":
        return _cn_percent(text, m)
    if g == "fr":
        return _fraction(text, m)
    return None


def _try_range(text: str, a: _Rec) -> _Rec | None:
    """Merge ``a`` with a figure after a range connector (3～5万元, 2019—2021年)."""
    pos = a.end
    if pos >= len(text) or text[pos] not in _CONNECTORS:
        return None
    if a.kind not in ("quantity", "year") or a.direction not in ("=",):
        return None
    conn = text[pos]
    m = _MASTER.match(text, pos + 1)
    if m is None or m.lastgroup not in ("ar", "cn"):
        return None
    if (m.lastgroup == "ar") != (a.script == "a"):
        return None
    b = _match_to_rec(text, m) if m.lastgroup == "ar" else None
    if b is None or b.start != pos + 1:
        return None
    if b.direction != "=":
        return None
    # years: 2019—2021年, 2019年—2021年
    if (a.kind == "year" or (a.year_like and not a.unit)) and (
        b.kind == "year" or (b.year_like and not b.unit)
    ):
        if a.kind == "year" or b.kind == "year":
            r = _plain("year", a.start, b.end, a.value, a.digits + conn + b.digits, "年")
            return r
        return None
    if b.kind in ("date",) and a.kind == "quantity" and not a.unit and a.digits.isdigit():
        r = _plain("date", a.start, b.end, b.value, a.digits + conn + b.digits, b.unit)
        return r
    if a.kind != "quantity" or b.kind != "quantity":
        return None
    if a.unit and a.unit != b.unit:
        return None
    aval = a.value
    if not a.has_mag and b.has_mag and not a.unit:
        f = _pow10(b.magnitude)
        if aval * f <= b.value:
            aval = aval * f  # 3～5万元: the magnitude applies to both ends
    if aval > b.value:
        return None
    if conn == "-" and (not b.unit or a.value == b.value):
        return None
    r = _Rec()
    r.start, r.end = a.start, b.end
    r.value = (aval + b.value) / 2
    r.lo, r.hi = aval, b.value
    r.unit, r.dim, r.cat = b.unit, b.dim, b.cat
    r.direction = "range"
    r.magnitude = b.magnitude
    r.digits = a.digits + conn + b.digits
    r.kind = "quantity"
    r.has_mag = b.has_mag
    r.script = a.script
    return r


def parse_quantities(text: str) -> list[Quantity]:
    """Every figure in ``text``, in order, non-overlapping (see the module docstring)."""
    return _parse(text, True)


def _parse(text: str, common: bool) -> list[Quantity]:
    """parse_quantities; ``common``: a figure at a digit that only ar can match is matched by
    ``_AR`` alone (``_AR_ALONE``: None where another kind may start), one at a Chinese numeral
    that only cn can match by cn alone (``_CN_ALONE``), and an Arabic or Chinese figure of the
    commonest shape is built at once (``_common_arabic``, ``_common_chinese``); without it
    every figure takes the full path (the tests compare)."""
    out: list[Quantity] = []
    pos = 0
    n = len(text)
    candidate = _CANDIDATE.search
    match = _MASTER.match
    match_ar = _AR_ALONE.match
    match_cn = _CN_ALONE.match
    while pos < n:
        c = candidate(text, pos)
        if c is None:
            break
        p = c.start()
        if not common:
            m = match(text, p)
        elif (ch := text[p]) in _DIGITS:
            m = match_ar(text, p) or match(text, p)
        elif ch in _CN_CANDIDATES:
            m = match_cn(text, p)
            if m is not None and m.lastgroup is None:
                m = match(text, p)  # (a date, 百分之, a fraction or a clock time may start here)
        else:
            m = match(text, p)  # (a bracket: 〔2023〕12号)
        if m is None:
            pos = p + 1
            continue
        g = m.lastgroup
        if common and (g == "ar" or g == "cn"):
            q = _common_arabic(text, m) if g == "ar" else _common_chinese(text, m)
            if q is not None:
                out.append(q)
                pos = q.end
                continue
        try:
            # (the two usual kinds dispatched here, without _match_to_rec's extra call)
            r = (
                _arabic(text, m)
                if g == "ar"
                else _chinese(text, m)
                if g == "cn"
                else _match_to_rec(text, m)
            )
        except (ValueError, ArithmeticError, KeyError, IndexError):
            r = None
        if r is None:
            pos = m.end() if m.end() > m.start() else m.start() + 1
            continue
        if r.start < pos:
            r.start = pos
        # _try_range needs a connector right after the figure
        if r.end < n and text[r.end] in _CONNECTORS and r.kind in ("quantity", "year"):
            try:
                merged = _try_range(text, r)
            except (ValueError, ArithmeticError, KeyError, IndexError):
                merged = None
            if merged is not None:
                r = merged
        out.append(_freeze(text, r))
        pos = r.end if r.end > p else p + 1  # (p is m.start())
    return out


def parse_quantity(s: str) -> Quantity | None:
    """The first figure in a short string, or None."""
    qs = parse_quantities(s)
    return qs[0] if qs else None
