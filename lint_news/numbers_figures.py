"""Arabic and Chinese figures of :mod:`lint_news.numbers`: one regex match turned into a draft
record (codes, years, dates, hedges, magnitudes, units, ranges of adjacent digits)."""

from __future__ import annotations

import re
from functools import lru_cache

from .numbers_lex import (
    _CN_DIGIT,
    _CN_ORDER_CHARS,
    _CODE_AFTER,
    _CODE_CTX,
    _CODE_LAST_IN,
    _CONNECTORS,
    _DIGITS,
    _FW,
    _LATIN,
    _MAG,
    _PAIR_OK,
    _PHONE_CTX,
    _PHONE_LAST,
    _POST_CLASS,
    _PREFIX_LAST,
    _SEASON_AFTER,
    _TIME_AFTER,
    _TIME_CTX,
    _TOKEN_FWD,
    _YEAR_AFTER,
)
from .numbers_records import (
    _code,
    _collect_hedges,
    _end_before_unit,
    _ordinal,
    _phys_unit_dim,
    _plain,
    _prefix_hedge,
    _Rec,
    _set_unit,
)
from .numbers_units import _UNITS
from .numbers_values import (
    Quantity,
    _cn_digit_run,
    _cn_int,
    _cn_value,
    _fmt_digits,
    _half_steps,
    _interval,
    _make_quantity,
    _pow10,
    _scaled,
    _steps,
)

# ----- Arabic -------------------------------------------------------------------------


def _arabic(text: str, m: re.Match[str]) -> _Rec | None:
    s = m.start()
    raw, unit_w, am, s1, s2, s3, post = m.group("a", "au", "am", "as1", "as2", "as3", "ap")
    e_core = m.end("a")
    digits = raw if raw.isascii() else raw.translate(_FW)  # (_FW maps full-width only)
    if "," in digits:
        digits = digits.replace(",", "")
    prev = text[s - 1] if s else ""
    nxt = text[e_core] if e_core < len(text) else ""

    # --- codes: digits touching Latin letters, 歼-20, COVID-19, versions, long ids
    if (
        prev in _LATIN
        or (prev and prev in "_=&?#@")
        or (prev == "/" and s >= 2 and (text[s - 2] in _LATIN or text[s - 2] in "_./-"))
    ):
        return _code(text, s, e_core, float(digits) if _isnum(digits) else 0.0, digits)
    if nxt in _LATIN and not (unit_w and _UNITS[unit_w].cat == "phys" and m.start("au") == e_core):
        return _code(text, s, e_core, float(digits) if _isnum(digits) else 0.0, digits)
    if nxt == "." and e_core + 1 < len(text) and text[e_core + 1] in _DIGITS:
        return _code(text, s, e_core, 0.0, digits)
    sign = 1
    if prev and prev in "-−－":
        p2 = text[s - 2] if s >= 2 else ""
        if p2 in _LATIN or (not unit_w and p2 and p2 not in _DIGITS and not p2.isspace()):
            return _code(text, s, e_core, float(digits), digits)
        if unit_w and p2 not in _DIGITS:
            sign = -1
    if len(digits) >= 12 and "." not in digits:
        return _plain("code", s, e_core, float(digits), digits)
    before = text[max(0, s - 8) : s]
    # (each context word ends at most a colon, a space and a newline before the digits: a
    # cheap test on the last four characters first)
    if (
        not unit_w
        and len(digits) >= 5
        and not _PHONE_LAST.isdisjoint(before[-4:])
        and _PHONE_CTX.search(before)
    ):
        return _plain("phone", s, e_core, float(digits), digits)
    if _CODE_LAST_IN.search(text, max(0, s - 4), s) and _CODE_CTX.search(before):
        r = _plain("code", s, e_core, float(digits), digits)
        tm = _TOKEN_FWD.match(text, e_core)
        if tm:
            r.end = max(r.end, tm.end())
        return r

    end = m.end()
    r = _Rec()
    r.start = s
    u = None
    cat = ""
    if unit_w:
        u = _UNITS[unit_w]
        if (
            u.cat == "gen"
            and not (len(digits) == 2 and digits.endswith("0") and not am and not s1 and not s2)
        ) or (unit_w == "起" and am):
            u = unit_w = None  # 3后 is not a generation label, 2.8万起 is a price from
            s3 = post = None
            end = _end_before_unit(m, "a")
    if unit_w:
        ad = m.group("ad")
        if ad:
            u = _set_unit(r, unit_w, ad)
        else:  # (what _set_unit does for a unit without a denominator; u is _UNITS[unit_w])
            r.cat, r.unit, r.dim = u.cat, u.canon, u.dim
        cat = u.cat
        if s3 and not (cat in ("phys", "times", "cheng") or u.canon in _DUO_OK):
            # 多 after a plain classifier belongs to the next word
            end = m.end("ad") if m.group("ad") else m.end("au")
            s3 = None
            post = None
    elif _CODE_AFTER.match(text, end):
        return _code(text, s, end, float(digits), digits)
    mag = _MAG[am] if am else 0
    r.magnitude = mag
    r.digits = digits
    r.has_mag = bool(am)
    mant, e_ulp, value, step = _arabic_scale(digits, mag)
    is_int = "." not in digits

    if prev == "第":  # ordinal: 第3, 第12条
        return _ordinal(r, s, end, value)

    # calendar and serial-number units
    if cat in (
        "year",
        "month",
        "day",
        "hao",
        "dot",
        "ordinal",
        "docnum",
        "quarter",
        "decade",
        "century",
        "gen",
        "ji",
    ):
        res = _arabic_calendar(text, m, r, cat, digits, value, is_int, s1 or s2 or s3, end)
        if res is not None:
            return res
        cat = r.cat
    # bare 4-digit years before 赛季/学年/年度/届
    if not unit_w and is_int and len(digits) == 4 and 1000 <= value <= 2100 and not am and not s1:
        if value >= 1900 and _SEASON_AFTER.match(text, end):
            r.end = end
            r.value = r.lo = r.hi = value
            r.kind = "year"
            r.year_like = True
            return r
        r.year_like = True
    if not unit_w and prev and prev in "$￥¥" and not am:
        # $100, ￥100
        r.start = s - 1
        r.unit = "美元" if prev == "$" else "元"
        r.dim = "money:" + r.unit
        r.cat = "money"
        cat = "money"

    # hedges
    classes: list[str] = []
    hedges: list[str] = []
    if sign < 0:
        r.start = s - 1
    elif unit_w and r.start >= 2 and text[r.start - 2 : r.start] == "零下":
        r.start -= 2
        sign = -1
    st = r.start
    if (st and text[st - 1] in _PREFIX_LAST) or s1 or s2 or s3 or post or (u is not None and u.duo):
        hw, hc, hs = _prefix_hedge(text, st, False)
        _collect_hedges(r, classes, hedges, (hw, hc, hs), (s1, s2, s3), u, post, end)
    else:
        r.end = end  # no hedge before or after (all that _collect_hedges would do)

    rounding = (
        not is_int
        or bool(am)
        or cat in ("pct", "permille", "points", "times", "cheng", "phys", "ji", "dot")
    )
    if rounding:
        rlo, rhi = _half_steps(mant, e_ulp)
    else:
        rlo = rhi = value
    if u is not None and u.half:
        value, rlo, rhi = value + 0.5, rlo + 0.5, rhi + 0.5
    lo, hi, direction = _interval(value, rlo, rhi, step, classes)
    if cat == "cheng":
        value, lo, hi = value * 10, lo * 10, hi * 10
    if sign < 0:
        value, lo, hi = -value, -hi, -lo
    r.value, r.lo, r.hi = value, lo, hi
    r.direction = direction
    r.hedge = "…".join(hedges)
    if not classes:
        r.hedge = ""
    return r


# ----- the commonest shapes, without the draft record -----------------------------------

# Units of the common shape: written -> (canonical unit, dim or None for a physical unit,
# rounds to its last digit, 成). Not here: calendar and serial words (but 年 after a year,
# below), 代 (80后), units with 多 or 半 of their own (个多月, 个半小时), 起 (after a
# magnitude word it is a price from).
_COMMON_UNITS: dict[str, tuple[str, str | None, bool, bool]] = {
    w: (
        u.canon,
        None if u.cat == "phys" else u.dim,
        u.cat not in ("count", "money"),
        u.cat == "cheng",
    )
    for w, u in _UNITS.items()
    if u.cat in ("count", "money", "pct", "permille", "points", "times", "cheng", "phys")
    and not u.duo
    and not u.half
    and w != "起"
}
_YEAR_UNITS = frozenset(w for w, u in _UNITS.items() if u.cat == "year")
# a character before the digits that may make them something else: a code (A320, _3, ?id=3,
# a/3), a sign, an ordinal (第3), 零下
_UNCOMMON_BEFORE = _LATIN | frozenset("_=&?#@/-−－第下")


def _common_arabic(text: str, m: re.Match[str]) -> Quantity | None:
    """The Quantity of an Arabic figure of the commonest shapes, built as :func:`_arabic` and
    ``_freeze`` would build it: digits, a magnitude word or none, one unit word of a count,
    money, rate or physical measure, no hedge, no denominator, no range connector after it;
    or a plain four-digit year before 年. None for any other figure, which then takes the
    full path (tests/test_numbers_fast.py compares the two on many figures)."""
    raw, unit_w, am, s1, s2, ad, s3, post = m.group(
        "a", "au", "am", "as1", "as2", "ad", "as3", "ap"
    )
    if s1 or s2 or ad or s3 or post:
        return None
    if unit_w is None:
        return _bare_arabic(text, m, raw, am)
    spec = _COMMON_UNITS.get(unit_w)
    if spec is None and (am or unit_w not in _YEAR_UNITS):
        return None
    s = m.start()
    if s:
        prev = text[s - 1]
        if prev in _UNCOMMON_BEFORE or _CODE_LAST_IN.search(text, s - 4 if s > 4 else 0, s):
            return None
        if prev in _PREFIX_LAST and _prefix_hedge(text, s, False)[1]:
            return None
    end = m.end()
    if end < len(text) and text[end] in _CONNECTORS:
        return None
    digits = raw if raw.isascii() else raw.translate(_FW)
    if "," in digits or len(digits) >= 12:
        return None
    if spec is None:  # 2023年
        if len(digits) != 4 or "." in digits or not "1000" <= digits <= "2100":
            return None
        value = float(digits)
        return _make_quantity(
            s, end, text[s:end], value, value, value, "年", "", "", "=", 0, digits, "year"
        )
    mag = _MAG[am] if am else 0
    mant, e_ulp, value, _step = _arabic_scale(digits, mag)
    if spec[2] or am or "." in digits:  # (rounds)
        lo, hi = _half_steps(mant, e_ulp)
    else:
        lo = hi = value
    return _unit_quantity(text, s, end, value, lo, hi, spec, mag, digits)


# before bare digits: money ($300, ￥300) besides what _UNCOMMON_BEFORE names
_BARE_NOT_BEFORE = _UNCOMMON_BEFORE | frozenset("$￥¥")


def _bare_arabic(text: str, m: re.Match[str], raw: str, am: str | None) -> Quantity | None:
    """The Quantity of Arabic digits with no unit, hedge or 多/余 (a score 10比2, 投8中, 97万
    before a noun), built as :func:`_arabic` and ``_freeze`` would build it; None when the
    digits may be a code, a phone number, a year before 赛季, an amount after $ or ￥, or the
    start of a range (the full path; compared in tests/test_speed_num12.py)."""
    s = m.start()
    if s:
        prev = text[s - 1]
        if prev in _BARE_NOT_BEFORE or _CODE_LAST_IN.search(text, s - 4 if s > 4 else 0, s):
            return None
        if prev in _PREFIX_LAST and _prefix_hedge(text, s, False)[1]:
            return None
    n = len(text)
    e_core = m.end("a")
    if e_core < n:
        nxt = text[e_core]
        if nxt in _LATIN or (nxt == "." and e_core + 1 < n and text[e_core + 1] in _DIGITS):
            return None
    end = m.end()
    if end < n and text[end] in _CONNECTORS:
        return None
    digits = raw if raw.isascii() else raw.translate(_FW)
    k = len(digits)
    if "," in digits or k >= 12:
        return None
    if k >= 5 and not _PHONE_LAST.isdisjoint(text[max(0, s - 4) : s]):
        if _PHONE_CTX.search(text[max(0, s - 8) : s]):
            return None
    if _CODE_AFTER.match(text, end):
        return None
    is_int = "." not in digits
    if (
        k == 4
        and is_int
        and not am
        and "1900" <= digits <= "2100"
        and _SEASON_AFTER.match(text, end)
    ):
        return None
    mag = _MAG[am] if am else 0
    mant, e_ulp, value, _step = _arabic_scale(digits, mag)
    if am or not is_int:  # (rounds)
        lo, hi = _half_steps(mant, e_ulp)
    else:
        lo = hi = value
    return _make_quantity(
        s, end, text[s:end], value, lo, hi, "", "", "", "=", mag, digits, "quantity"
    )


def _unit_quantity(
    text: str,
    s: int,
    end: int,
    value: float,
    lo: float,
    hi: float,
    spec: tuple,
    mag: int,
    digits: str,
) -> Quantity:
    """The shortcuts' Quantity of a figure and one common unit (``spec``: canonical unit,
    dimension or None, rounds, a 成 that counts tens of percent)."""
    canon, dim, _rounds, cheng = spec
    if cheng:
        value, lo, hi = value * 10, lo * 10, hi * 10
    if dim is None:
        dim = _phys_unit_dim(canon)
    return _make_quantity(
        s, end, text[s:end], value, lo, hi, canon, dim, "", "=", mag, digits, "quantity"
    )


# one Chinese digit before a unit (一个, 两年, 三家, 五成): the commonest Chinese figure
_ONE_CN_DIGIT = frozenset("一二两三四五六七八九")
_NOT_AFTER_YI = "上下这那该本在"  # 上一年, 这一个, 在一块: not the figure 1 (as in _chinese)


def _common_chinese(text: str, m: re.Match[str]) -> Quantity | None:
    """The Quantity of one Chinese digit before a count, money, rate or physical unit, with
    no hedge, 多/余/来, magnitude word, denominator or range, built as :func:`_chinese` and
    ``_freeze`` would build it; None for anything else (the full path; compared in
    tests/test_numbers_fast.py)."""
    core, unit_w, c2, cs1, cs2, cs3, cm, cd, post = m.group(
        "c", "cu", "c2", "cs1", "cs2", "cs3", "cm", "cd", "cp"
    )
    if core not in _ONE_CN_DIGIT or unit_w is None or c2 or cs1 or cs2 or cs3 or cm or cd or post:
        return None
    spec = _COMMON_UNITS.get(unit_w)
    if spec is None or core + unit_w in _CN_IDIOMS:
        return None
    s = m.start()
    if s:
        prev = text[s - 1]
        if prev == "第" or (core == "一" and prev in _NOT_AFTER_YI):
            return None
        if prev in _PREFIX_LAST and _prefix_hedge(text, s, False)[1]:
            return None  # (有一个, 为两年: no hedge, the common shape; 约两年: the full path)
    end = m.end()
    if end < len(text) and text[end] in _CONNECTORS:
        return None
    parsed = _cn_parse_core(core)
    if parsed is None or parsed[7]:
        return None
    value, _lo, _hi, mag, digits = parsed[:5]
    if spec[2]:  # (rounds)
        lo, hi = value - 0.5, value + 0.5
    else:
        lo = hi = value
    return _unit_quantity(text, s, end, value, lo, hi, spec, mag, digits)


@lru_cache(maxsize=4096)  # a pure function of the written digits
def _arabic_scale(digits: str, mag: int) -> tuple[int, int, float, float]:
    """(mantissa, exponent of the last written digit, value, step of the last non-zero
    digit) of Arabic digits under a magnitude word."""
    mant, e_ulp, e_step = _steps(digits, mag)
    return mant, e_ulp, _scaled(mant, e_ulp), _pow10(e_step)


_DUO_OK = frozenset(["年", "个月", "天", "小时", "分钟", "周", "岁", "秒", "周年", "工作日"])


def _isnum(s: str) -> bool:
    try:
        float(s)
        return True
    except ValueError:
        return False


def _arabic_calendar(
    text: str,
    m: re.Match[str],
    r: _Rec,
    cat: str,
    digits: str,
    value: float,
    is_int: bool,
    hedged: str | None,
    end: int,
) -> _Rec | None:
    """Years, months, days, ordinals ... after Arabic digits; None = treat as a quantity."""
    s = m.start()
    prev_hedge = _prefix_hedge(text, s, False)[1]
    plain_int = is_int and not m.group("am") and not hedged and not prev_hedge
    if cat == "year":
        if plain_int and len(digits) == 4 and 1000 <= value <= 2100:
            r.kind = "year"
        elif plain_int and len(digits) == 2 and _YEAR_AFTER.match(text, m.end("au")):
            r.kind = "year"
        else:
            return None
        r.year_like = True
    elif cat == "month":
        if plain_int and 1 <= value <= 12:
            r.kind = "date"
            end = m.end("au")
        else:
            r.cat = "count"
            r.unit = "个月"
            r.dim = "count:个月"
            return None
    elif cat == "day":
        after = text[m.end("au") : m.end("au") + 2]
        if (
            plain_int
            and 1 <= value <= 31
            and not after.startswith(("内", "以内", "之内", "来", "以来"))
        ):
            r.kind = "date"
            end = m.end("au")
        else:
            r.cat = "count"
            r.unit = "天"
            r.dim = "count:天"
            return None
    elif cat == "hao":
        r.kind = "ordinal"
        end = m.end("au")
    elif cat == "docnum":
        r.kind = "docnum"
        end = m.end("au")
    elif cat in ("ordinal", "quarter", "decade", "century"):
        r.kind = "ordinal" if cat == "ordinal" else "date"
        end = m.end("au")
    elif cat == "gen":
        r.kind = "code"
        end = m.end("au")
    elif cat == "ji":
        return None
    elif cat == "dot":
        ctx = text[max(0, s - 4) : s]
        after_pos = m.end("au")
        if (
            plain_int
            and value <= 24
            and (_TIME_CTX.search(ctx) or text.startswith(_TIME_AFTER, after_pos))
        ):
            r.kind = "time"
            end = after_pos
        else:
            return None
    else:
        return None
    r.end = end
    r.value = r.lo = r.hi = value
    return r


# ----- Chinese ------------------------------------------------------------------------


@lru_cache(maxsize=4096)  # a pure function of a short string; news repeats its numerals
def _cn_parse_core(core: str) -> tuple[float, float, float, int, str, float, float, bool] | None:
    """(value, lo, hi, magnitude, digits, ulp, step, is_range) of a Chinese numeral core."""
    if core[0] == "上":
        base = _cn_int(core[1:])
        if base is None:
            return None
        mag = _trailing_zeros(base)
        digits = core[1:].rstrip("万亿") or core[1:]
        return (
            float(base) * 1.5,
            float(base),
            float(2 * base),
            mag,
            digits,
            _pow10(mag),
            _pow10(mag),
            True,
        )
    if core[0] == "数":
        core = "几" + core[1:]
    if "几" in core:
        lo = _cn_value(core, 1)
        hi = _cn_value(core, 10)
        if lo is None or hi is None:
            return None
        vlo, vhi = _scaled(*lo), _scaled(*hi)
        mag = _trailing_zeros(int(vlo)) if vlo == int(vlo) else 0
        return (vlo + vhi) / 2, vlo, vhi, mag, core, _pow10(mag), _pow10(mag), True
    # adjacent pair: 三四, 五六万, 十七八
    pair_at = -1
    int_len = core.find("点")
    if int_len < 0:
        int_len = len(core)
    for i in range(int_len - 1):
        a, b = core[i], core[i + 1]
        if a in _CN_DIGIT and b in _CN_DIGIT and a not in "零〇○":
            if pair_at >= 0:
                return None
            pair_at = i
    if pair_at >= 0:
        a, b = _CN_DIGIT[core[pair_at]], _CN_DIGIT[core[pair_at + 1]]
        if (a, b) not in _PAIR_OK or core[pair_at] in "零〇○" or core[pair_at + 1] in "零〇○":
            return None
        lo_s = core[: pair_at + 1] + core[pair_at + 2 :]
        hi_s = core[:pair_at] + core[pair_at + 1 :]
        lo = _cn_value(lo_s)
        hi = _cn_value(hi_s)
        if lo is None or hi is None:
            return None
        vlo, vhi = _scaled(*lo), _scaled(*hi)
        mag = _trailing_zeros(int(vlo)) if vlo == int(vlo) else 0
        return (vlo + vhi) / 2, vlo, vhi, mag, core, _pow10(mag), _pow10(mag), True
    mv = _cn_value(core)
    if mv is None:
        return None
    mant, exp = mv
    if exp >= 0:
        iv = mant * 10**exp
        mag = _trailing_zeros(iv)
        sig = iv // 10**mag if iv else 0
        digits = str(sig)
        value = float(iv)
    else:
        # strip trailing zeros of the decimal mantissa only into the digits string
        value = _scaled(mant, exp)
        mag = 0
        digits = _fmt_digits(mant, exp)
        mag_e = exp
        return value, value, value, 0, digits, _pow10(mag_e), _pow10(mag_e), False
    if _CN_ORDER_CHARS.issuperset(core):
        d = core.rstrip("万亿") or core
        digits = d
    return value, value, value, mag, digits, _pow10(mag), _pow10(mag), False


def _trailing_zeros(v: int) -> int:
    if v <= 0:
        return 0
    n = 0
    while v % 10 == 0:
        v //= 10
        n += 1
    return n


_CN_IDIOMS = frozenset(["一起", "四处", "四周", "一道", "八方", "一时"])


def _chinese(text: str, m: re.Match[str]) -> _Rec | None:
    s = m.start()
    core, c2, unit_w, cs1, cs2, cs3, cm, post = m.group(
        "c", "c2", "cu", "cs1", "cs2", "cs3", "cm", "cp"
    )
    prev = text[s - 1] if s else ""
    if core in ("零", "〇", "○"):
        return None  # 零件, 零点
    bare_order = _CN_ORDER_CHARS.issuperset(core)
    if prev and prev in _PREFIX_LAST:  # (_prefix_hedge's own first test)
        hw, hc, hs = _prefix_hedge(text, s, bare_order)
    else:
        hw, hc, hs = "", "", s
    suffix = cs1 or cs2

    if unit_w is None:
        if not (hc or suffix or core[0] in "数几"):
            return None
        if core[0] in "上" and not hc:
            return None
    elif bare_order and len(core) == 1 and not (hc or suffix or c2):
        # 百家, 千家万户, 万人: a lone order word before a classifier is an idiom
        if core != "十":
            return None
    if unit_w and (
        core + unit_w in _CN_IDIOMS or (core == "一" and prev and prev in "上下这那该本在")
    ):
        return None  # 一起 (together), 四处 (everywhere), 上一年 (last year), 在一块

    r = _Rec()
    r.script = "c"
    r.start = s
    end = m.end()
    u = None
    cat = ""
    if unit_w:
        cd = m.group("cd")
        if cd:
            u = _set_unit(r, unit_w, cd)
        else:  # (what _set_unit does for a unit without a denominator)
            u = _UNITS[unit_w]
            r.cat, r.unit, r.dim = u.cat, u.canon, u.dim
        cat = u.cat
        if cs3 and not (cat in ("phys", "times", "cheng") or u.canon in _DUO_OK):
            end = m.end("cd") if m.group("cd") else m.end("cu")
            cs3 = None
            post = None

    # digit-by-digit numerals: years (二〇二三年, 九八年)
    if _cn_digit_run(core) and not c2:
        a, b = _CN_DIGIT[core[0]], _CN_DIGIT[core[1]]
        is_pair = (
            len(core) == 2
            and (a, b) in _PAIR_OK
            and core[0] not in "零〇○"
            and core[1] not in "零〇○"
        )
        if not is_pair:
            if cat == "year" and not (hc or suffix):
                digits = "".join(str(_CN_DIGIT[c]) for c in core)
                rr = _plain("year", s, m.end("cu"), float(digits), digits, "年")
                rr.year_like = True
                return rr
            return None

    parsed = _cn_parse_core(core)
    if parsed is None:
        return None
    value, lo0, hi0, mag, digits, ulp, step, is_range = parsed
    if c2:
        p2 = _cn_parse_core(c2)
        if p2 is None or p2[0] < value:
            return None
        is_range = True
        value = (value + p2[0]) / 2
        hi0 = p2[2]
        mag = p2[3]
        digits = digits + m.group("cr") + p2[4]
    if cm:
        f = 10 ** _MAG[cm]
        value, lo0, hi0 = value * f, lo0 * f, hi0 * f
        ulp *= f
        step *= f
        mag += _MAG[cm]
    has_wan = ("万" in core or "亿" in core or bool(cm)) and not is_range
    r.magnitude = mag
    r.digits = digits
    r.has_mag = has_wan

    if prev == "第":
        return _ordinal(r, s, end, value)
    if cat in (
        "year",
        "month",
        "day",
        "hao",
        "ordinal",
        "docnum",
        "quarter",
        "decade",
        "century",
        "ji",
    ):
        plain = not (hc or suffix or is_range)
        if cat == "year" and not plain:
            pass  # 三四年, 十多年: a duration
        elif cat == "year":
            pass  # 十年, 两年: a duration (years in Chinese are digit by digit)
        elif cat == "month" and not (hc or suffix) and 1 <= lo0 <= hi0 <= 12:
            # 八月, 七八月份: calendar months
            return _plain("date", s, m.end("cu"), value, digits, "月")
        elif cat == "month":
            r.unit, r.dim, cat = "个月", "count:个月", "count"
        elif cat == "day" and plain and 1 <= value <= 31:
            return _plain("date", s, m.end("cu"), value, digits, "日")
        elif cat == "day":
            r.unit, r.dim, cat = "天", "count:天", "count"
        elif cat in ("hao", "ordinal", "ji"):
            return _plain("ordinal", s, m.end("cu"), value, digits, u.canon if u else "")
        elif cat == "docnum":
            return _plain("docnum", s, m.end("cu"), value, digits, "号")
        else:
            return _plain("date", s, m.end("cu"), value, digits, u.canon if u else "")

    classes: list[str] = []
    hedges: list[str] = []
    _collect_hedges(r, classes, hedges, (hw, hc, hs), (cs1, cs2, cs3), u, post, end)
    if is_range:
        lo, hi, direction = lo0, hi0, "range"
    else:
        rounding = has_wan or cat in ("pct", "permille", "points", "times", "cheng", "phys")
        if rounding:
            if not has_wan and ulp > 1:
                ulp = 1.0  # 五十米 is 50 ± 0.5 like 50米; only 万/亿 round at the zeros
            rlo, rhi = value - ulp / 2, value + ulp / 2
        else:
            rlo = rhi = value
        if u is not None and u.half:
            value, rlo, rhi = value + 0.5, rlo + 0.5, rhi + 0.5
        lo, hi, direction = _interval(value, rlo, rhi, step, classes)
    if cat == "cheng":
        if value > 10:
            return None
        value, lo, hi = value * 10, lo * 10, hi * 10
    r.value, r.lo, r.hi = value, lo, hi
    r.direction = direction
    r.hedge = "…".join(hedges)
    return r


def _cn_percent(text: str, m: re.Match[str]) -> _Rec | None:
    kw = m.group("pck")
    p = _cn_parse_core(m.group("pcv"))
    if p is None:
        return None
    value, lo0, hi0, mag, digits, ulp, step, is_range = p
    r = _Rec()
    r.start = m.start()
    r.end = m.end()
    r.cat = "pct" if kw == "百分之" else "permille"
    r.unit = "%" if kw == "百分之" else "‰"
    r.dim = "percent"
    r.digits = digits
    if m.group("pcv2"):
        p2 = _cn_parse_core(m.group("pcv2"))
        if p2 is None or p2[0] < value:
            return None
        r.value = (value + p2[0]) / 2
        r.lo, r.hi = lo0, p2[2]
        r.direction = "range"
        return r
    hw, hc, hs = _prefix_hedge(text, r.start, False)
    classes = []
    hedges = []
    if hc:
        r.start = hs
        classes.append(hc)
        hedges.append(hw)
    post = m.group("pcp")
    if post:
        classes.append(_POST_CLASS[post])
        hedges.append(post)
    if is_range:
        r.value, r.lo, r.hi, r.direction = value, lo0, hi0, "range"
    else:
        if ulp > 1:
            ulp = 1.0  # 百分之五十 is 50 ± 0.5, like 50%
        rlo, rhi = value - ulp / 2, value + ulp / 2
        lo, hi, d = _interval(value, rlo, rhi, step, classes)
        r.value, r.lo, r.hi, r.direction = value, lo, hi, d
    r.hedge = "…".join(hedges)
    r.magnitude = 0
    return r


def _fraction(text: str, m: re.Match[str]) -> _Rec | None:
    d = _cn_int(m.group("frd"))
    n_lo = _cn_int(m.group("frn"), 1)
    n_hi = _cn_int(m.group("frn"), 10)
    if not d or n_lo is None or n_hi is None:
        return None
    r = _Rec()
    r.start, r.end = m.start(), m.end()
    r.unit = "%"
    r.dim = "percent"
    r.cat = "pct"
    r.digits = m.group(0)
    lo, hi = 100 * n_lo / d, 100 * n_hi / d
    r.value = (lo + hi) / 2
    r.lo, r.hi = lo, hi
    r.direction = "range" if n_lo != n_hi else "="
    hw, hc, hs = _prefix_hedge(text, r.start, False)
    if hc and n_lo == n_hi:
        r.start = hs
        r.lo, r.hi, r.direction = _interval(r.value, lo, hi, r.value * 0.1, [hc])
        r.hedge = hw
    return r
