"""Values and intervals of :mod:`lint_news.numbers`: the :class:`Quantity` record, Chinese
numeral values, rounding steps, hedged intervals, and the bridge to :mod:`lint_news.units`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .numbers_lex import _CN_DIGIT, _CN_ORDER_CHARS, _CN_SMALL, _DIRECTION
from .numbers_units import _PHYS_DEN
from .patterns import lazy

APPROX_BAND = 0.05  # 约/左右: ± this fraction of the value
NEAR_BAND = 0.10  # 近/将近: down to (1 - this) of the value


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure in the text: a value, its interval, its unit and what it can be compared with."""

    start: int  # offset in the text passed in (code points)
    end: int  # exclusive; covers hedge words, number, magnitude and unit ("近24万套")
    text: str  # text[start:end]
    value: float  # written value, magnitude applied: 近24万套 -> 240000; 六成 -> 60 (unit %)
    lo: float  # interval lower bound, in ``unit`` (see the module docstring)
    hi: float  # interval upper bound
    unit: str  # canonical unit ("套", "元", "%", "百分点", "公里", "公里/小时"); "" when bare
    dim: str  # "count:套", "money:元", "percent", "points", "times", "[length]", ...; ""
    hedge: str  # the hedge words as written, joined by "…" ("约…左右"); "" when exact
    direction: str  # "=", "<" (近, 不到), ">" (余, 多, 超, 以上), "~" (约, 左右), "range"
    magnitude: int  # power of ten written after the digits: 3200万 -> 4, 近千万 -> 7
    digits: str  # significant written digits: "18.6", "3200", "15", "千" (近千万)
    kind: str  # "quantity", "year", "date", "time", "ordinal", "phone", "code", "docnum", "ratio"

    # The interval in the dimension's base unit (m, kg, m², K; percent for ‰), computed on
    # access: only a comparison between two units of one dimension needs pint.
    @property
    def base_lo(self) -> float:
        return _to_base(self, self.lo)

    @property
    def base_hi(self) -> float:
        return _to_base(self, self.hi)


# A Quantity built for each figure found: its fields stored on a draft of the same slots
# (plain attribute stores, no descriptor call each), which then becomes the Quantity by its
# class: the layouts are one (the same slots, no others), so the object is a Quantity in
# every way, frozen as the dataclass makes it; at under half the cost of setting the slots
# through their descriptors, which is what the frozen dataclass's __init__ does through
# object.__setattr__ (tests/test_speed_num12.py compares with Quantity(...))
class _QuantityDraft:
    __slots__ = Quantity.__slots__  # type: ignore[attr-defined]


_new = object.__new__


def _make_quantity(
    start: int,
    end: int,
    text: str,
    value: float,
    lo: float,
    hi: float,
    unit: str,
    dim: str,
    hedge: str,
    direction: str,
    magnitude: int,
    digits: str,
    kind: str,
) -> Quantity:
    """``Quantity(...)`` with the same fields, for the parser's hot loop."""
    q = _new(_QuantityDraft)
    q.start = start
    q.end = end
    q.text = text
    q.value = value
    q.lo = lo
    q.hi = hi
    q.unit = unit
    q.dim = dim
    q.hedge = hedge
    q.direction = direction
    q.magnitude = magnitude
    q.digits = digits
    q.kind = kind
    q.__class__ = Quantity  # type: ignore[assignment]
    return q  # type: ignore[return-value]


def _cn_int(s: str, ji: int = 1) -> int | None:
    """Integer value of a Chinese numeral (一千二百万, 两千, 三万五, 千万, 十几 with 几=ji)."""
    total = 0
    wan = 0
    sec = 0
    num = -1
    prev = ""
    last_small = 10**9
    last_order = 0
    for ch in s:
        if ch == "几":
            d = ji
        else:
            d = _CN_DIGIT.get(ch)
        if d is not None:
            if prev == "d":
                return None
            if d == 0 and ch != "几":
                prev = "z"
                num = -1
                continue
            num = d
            prev = "d"
            continue
        u = _CN_SMALL.get(ch)
        if u is not None:
            if u >= last_small or prev == "s":
                return None
            if num < 0:
                num = 1
            sec += num * u
            num = -1
            last_small = u
            last_order = u
            prev = "s"
            continue
        if ch == "万":
            if prev == "b" and last_order == 10**4:
                return None
            v = sec + max(num, 0)
            if v == 0:
                v = 1
            wan += v * 10**4
            sec = 0
            num = -1
            last_small = 10**9
            last_order = 10**4
            prev = "b"
            continue
        if ch == "亿":
            v = wan + sec + max(num, 0)
            if v == 0:
                v = 1
            total = (total + v) * 10**8
            wan = sec = 0
            num = -1
            last_small = 10**9
            last_order = 10**8
            prev = "b"
            continue
        return None
    value = total + wan + sec
    if num >= 0:
        if len(s) >= 2 and s[-2] in _CN_ORDER_CHARS and last_order >= 100:
            value += num * (last_order // 10)  # 一万二 = 12000, 一百五 = 150
        else:
            value += num
    return value


_CN_DEC = lazy("(.*)点([零〇一二三四五六七八九]+)([十百千万亿]*)$")


def _cn_value(s: str, ji: int = 1) -> tuple[int, int] | None:
    """(mantissa, exponent) of a Chinese numeral with an optional 点 decimal part."""
    if "点" in s:
        m = _CN_DEC.match(s)
        if not m:
            return None
        ip = _cn_int(m.group(1), ji) if m.group(1) else 0
        if ip is None:
            return None
        frac = "".join(str(_CN_DIGIT[c]) for c in m.group(2))
        mult = _cn_int(m.group(3)) if m.group(3) else 1
        if mult is None:
            return None
        mant = ip * 10 ** len(frac) + int(frac)
        exp = -len(frac)
        # fold the multiplier (power of ten) in
        e = 0
        while mult % 10 == 0 and mult > 1:
            mult //= 10
            e += 1
        return mant * mult, exp + e
    v = _cn_int(s, ji)
    if v is None:
        return None
    return v, 0


def _cn_digit_run(core: str) -> bool:
    """True when the numeral is written digit by digit (二〇二三, 九八)."""
    return len(core) >= 2 and all(c in _CN_DIGIT for c in core)


@lru_cache(maxsize=4096)  # a pure function; the same digits recur across figures
def _steps(digits: str, mag: int) -> tuple[int, int, int]:
    """(mantissa, exponent of the last written digit (ulp), exponent of the last non-zero one)."""
    if "." in digits:
        ip, fp = digits.split(".", 1)
    else:
        ip, fp = digits, ""
    alld = ip + fp
    mant = int(alld) if alld else 0
    e_ulp = mag - len(fp)
    stripped = alld.rstrip("0")
    if not stripped or mant == 0:
        e_step = e_ulp
    else:
        e_step = e_ulp + (len(alld) - len(stripped))
    return mant, e_ulp, e_step


def _scaled(mant: int, exp: int) -> float:
    if exp >= 0:
        return float(mant * 10**exp)
    return mant / 10 ** (-exp)


def _half_steps(mant: int, exp: int) -> tuple[float, float]:
    """(mant - 1/2, mant + 1/2) * 10**exp, correctly rounded."""
    if exp >= 1:
        return float((2 * mant - 1) * 10**exp // 2), float((2 * mant + 1) * 10**exp // 2)
    d = 2 * 10 ** (-exp)
    return (2 * mant - 1) / d, (2 * mant + 1) / d


def _pow10(e: int) -> float:
    return float(10**e) if e >= 0 else 1 / 10 ** (-e)


def _fmt_digits(mant: int, exp: int) -> str:
    """Written significant digits of mant * 10**exp with trailing zeros moved to the magnitude."""
    if exp >= 0:
        return str(mant)
    s = str(mant).rjust(-exp + 1, "0")
    return s[:exp] + "." + s[exp:]


def _interval(
    value: float, rlo: float, rhi: float, step: float, classes: list[str]
) -> tuple[float, float, str]:
    if not classes:
        return rlo, rhi, "="
    los: list[float] = []
    his: list[float] = []
    dirs = set()
    for c in classes:
        dirs.add(_DIRECTION[c])
        if c == "near":
            los.append(value * (1 - NEAR_BAND))
            his.append(value)
        elif c == "under":
            los.append(min(0.0, value))
            his.append(value)
        elif c in ("over", "duo"):
            los.append(value)
            his.append(value + step)
        elif c == "approx":
            los.append(min(rlo, value - abs(value) * APPROX_BAND))
            his.append(max(rhi, value + abs(value) * APPROX_BAND))
        else:  # lai
            los.append(min(rlo, value - abs(value) * APPROX_BAND, value - step / 2))
            his.append(max(rhi, value + abs(value) * APPROX_BAND, value + step / 2))
    direction = dirs.pop() if len(dirs) == 1 else "~"
    return min(los), max(his), direction


def _phys_dim(unit: str) -> str | None:
    """The dimension of a physical unit: the static table first, pint for anything else."""
    try:
        return _DIM_CACHE[unit]
    except KeyError:
        pass
    from lint_news import units

    try:
        dim: str | None = units.dimension(unit)
    except Exception:  # pint missing or a unit it cannot parse: compare by name only
        dim = None
    _DIM_CACHE[unit] = dim
    return dim


_DIM_CACHE: dict[str, str | None] = {}


def _pint_unit(q: Quantity) -> str:
    num, _, den = q.unit.partition("/")
    return q.unit if (not den or den in _PHYS_DEN) else num


def _to_base(q: Quantity, v: float) -> float:
    if q.dim.startswith("["):
        from lint_news import units

        return units.to_base(v, _pint_unit(q))
    if q.unit == "‰":
        return v / 10
    return v


def interval_in(q: Quantity, ref: Quantity) -> tuple[float, float]:
    """``q``'s interval expressed in ``ref``'s unit, for comparing two figures of one dimension.

    Physical figures in the same unit compare as written, so pint is loaded only when the
    units differ (18公里 against 18米); other figures compare on their base scale (‰ as %).
    """
    if q.dim.startswith("[") and ref.dim.startswith("["):
        if q.unit == ref.unit:
            return q.lo, q.hi
        from lint_news import units

        scale, off = units.base_factor(_pint_unit(ref))[0], units.base_offset(_pint_unit(ref))
        return (q.base_lo - off) / scale, (q.base_hi - off) / scale
    return q.base_lo, q.base_hi
