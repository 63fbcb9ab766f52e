"""Draft records of :mod:`lint_news.numbers`: the mutable ``_Rec`` built for one match,
hedges and units set on it, and its freezing into a :class:`Quantity`."""

from __future__ import annotations

import re

from .numbers_lex import (
    _DIGITS,
    _FW,
    _LATIN,
    _POST_CLASS,
    _PREFIX,
    _PREFIX_BLOCK,
    _PREFIX_LAST,
    _SUFFIX_CLASS,
    _TOKEN_FWD,
)
from .numbers_units import _DENOMINATORS, _PHYS_DEN, _UNITS, _Unit
from .numbers_values import Quantity, _cn_int, _make_quantity, _phys_dim

# --------------------------------------------------------------------------------------
# Building records
# --------------------------------------------------------------------------------------


class _Rec:
    """Mutable draft of a Quantity (merged into ranges and dates before freezing)."""

    __slots__ = (
        "start",
        "end",
        "value",
        "lo",
        "hi",
        "unit",
        "dim",
        "hedge",
        "direction",
        "magnitude",
        "digits",
        "kind",
        "cat",
        "year_like",
        "script",
        "has_mag",
    )

    def __init__(self) -> None:
        self.unit = ""
        self.dim = ""
        self.hedge = ""
        self.direction = "="
        self.magnitude = 0
        self.digits = ""
        self.kind = "quantity"
        self.cat = ""
        self.year_like = False
        self.script = "a"
        self.has_mag = False


def _ordinal(r: _Rec, s: int, end: int, value: float) -> _Rec:
    """第 before a number: an ordinal (第3, 第十二条), never a checkable quantity."""
    r.start = s - 1
    r.end = end
    r.value = r.lo = r.hi = value
    r.kind = "ordinal"
    return r


def _collect_hedges(
    r: _Rec,
    classes: list[str],
    hedges: list[str],
    prefix: tuple[str, str, int],
    suffixes: tuple[str, ...],
    u: object,
    post: str,
    end: int,
) -> None:
    """Gather a figure's hedges (近…, …余, 多, …左右) in order; extend the span over them."""
    hw, hc, hs = prefix
    if hc:
        r.start = hs
        classes.append(hc)
        hedges.append(hw)
    for sx in suffixes:
        if sx:
            classes.append(_SUFFIX_CLASS[sx])
            hedges.append(sx)
    if u is not None and u.duo:  # type: ignore[attr-defined]
        classes.append("duo")
        hedges.append("多")
    if post:
        classes.append(_POST_CLASS[post])
        hedges.append(post)
    r.end = end


def _freeze(text: str, r: _Rec) -> Quantity:
    lo, hi = r.lo, r.hi
    unit = r.unit
    dim = r.dim
    if r.kind != "quantity":
        dim = ""
    elif r.cat == "phys":
        dim = _phys_unit_dim(unit)
    return _make_quantity(
        r.start,
        r.end,
        text[r.start : r.end],
        r.value,
        lo,
        hi,
        unit,
        dim,
        r.hedge,
        r.direction,
        r.magnitude,
        r.digits,
        r.kind,
    )


def _phys_unit_dim(unit: str) -> str:
    """The dim of a Quantity in a physical unit (pint's dimensionality, or unit:<name>)."""
    num, _, den = unit.partition("/")
    pdim = _phys_dim(unit) if (not den or den in _PHYS_DEN) else _phys_dim(num)
    if pdim is None:
        return "unit:" + unit
    return pdim if (not den or den in _PHYS_DEN) else pdim + "/" + den


def _set_unit(r: _Rec, written: str, den: str | None) -> _Unit:
    u = _UNITS[written]
    r.cat = u.cat
    r.unit = u.canon
    r.dim = u.dim
    if den:
        d = _DENOMINATORS[den[1:]]
        r.unit = u.canon + "/" + d
        if u.cat not in ("phys",):
            r.dim = (u.dim or u.canon) + "/" + d
    return u


def _prefix_hedge(text: str, s: int, bare_order: bool) -> tuple[str, str, int]:
    """(hedge text, class, new start) of a hedge written just before position s."""
    if not s or text[s - 1] not in _PREFIX_LAST:
        return "", "", s  # no hedge word ends here (the usual case)
    for n in (3, 2, 1):
        if s < n:
            continue
        w = text[s - n : s]
        c = _PREFIX.get(w)
        if c is None:
            continue
        if n == 1:
            block = _PREFIX_BLOCK.get(w)
            if block is not None and s >= 2 and text[s - 2] in block:
                continue
            if w == "过" and not bare_order:
                continue
        return w, c, s - n
    return "", "", s


def _code(text: str, s: int, e: int, value: float, digits: str) -> _Rec:
    """A code: extend over the whole Latin/digit token."""
    ls = s
    while ls > 0 and (text[ls - 1] in _LATIN or text[ls - 1] in _DIGITS or text[ls - 1] in "-_"):
        ls -= 1
    while ls < s and text[ls] in "-_":
        ls += 1
    m = _TOKEN_FWD.match(text, e)
    le = m.end() if m else e
    r = _Rec()
    r.start, r.end = ls, max(le, e)
    r.value = r.lo = r.hi = value
    r.digits = digits
    r.kind = "code"
    return r


def _plain(kind: str, s: int, e: int, value: float, digits: str, unit: str = "") -> _Rec:
    r = _Rec()
    r.start, r.end = s, e
    r.value = r.lo = r.hi = value
    r.digits = digits
    r.kind = kind
    r.unit = unit
    return r


def _norm(s: str) -> str:
    return s.translate(_FW)


def _int_of(s: str) -> int:
    return int(_norm(s))


def _cn_small_int(s: str) -> int:
    if all(c in _DIGITS for c in s):
        return _int_of(s)
    v = _cn_int(s)
    return v if v is not None else 0


def _end_before_unit(m: re.Match[str], p: str) -> int:
    """End of the number, its 多/余 and its magnitude word, without the unit."""
    g = ("a", "as1", "am", "as2") if p == "a" else ("c", "c2", "cs1", "cm", "cs2")
    return max(m.end(x) for x in g if m.group(x) is not None)
