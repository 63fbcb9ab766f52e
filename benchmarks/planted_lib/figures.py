"""A loose reader of figures with units, of its own (independent of lint_news.numbers),
and the perturbations the quantity classes plant: magnitude, transposition, unit slip."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

FW_DIGITS = "０１２３４５６７８９"
_TO_ASCII = str.maketrans({**{FW_DIGITS[i]: str(i) for i in range(10)}, "．": ".", "％": "%"})

# unit -> (dimension, factor to the dimension's base); multipliers 万/亿 are read apart
UNITS: dict[str, tuple[str, float]] = {
    "平方公里": ("area", 1e6),
    "平方千米": ("area", 1e6),
    "平方米": ("area", 1.0),
    "公顷": ("area", 1e4),
    "亩": ("area", 666.67),
    "公里": ("length", 1000.0),
    "千米": ("length", 1000.0),
    "厘米": ("length", 0.01),
    "毫米": ("length", 0.001),
    "米": ("length", 1.0),
    "千克": ("mass", 1.0),
    "公斤": ("mass", 1.0),
    "吨": ("mass", 1000.0),
    "克": ("mass", 0.001),
    "立方米": ("volume", 1.0),
    "千瓦时": ("energy", 1.0),
    "千瓦": ("power", 1.0),
    "兆瓦": ("power", 1000.0),
    "小时": ("time", 60.0),
    "分钟": ("time", 1.0),
    "美元": ("usd", 1.0),
    "港元": ("hkd", 1.0),
    "欧元": ("eur", 1.0),
    "元": ("cny", 1.0),
    "人次": ("visits", 1.0),
    "个百分点": ("points", 1.0),
    "%": ("percent", 1.0),
    "个月": ("months", 1.0),
}
COUNTERS = "人户家所个辆套台件项座名位只头部间张场条种份篇架艘株棵批次"
for _c in COUNTERS:
    UNITS.setdefault(_c, ("count:" + _c, 1.0))

# a unit slipped within its dimension (the number stays)
SLIPS: dict[str, tuple[str, ...]] = {
    "公里": ("米",),
    "千米": ("米",),
    "米": ("公里", "厘米"),
    "厘米": ("毫米", "米"),
    "毫米": ("厘米",),
    "平方公里": ("平方米",),
    "平方千米": ("平方米",),
    "平方米": ("平方公里", "亩"),
    "公顷": ("亩",),
    "亩": ("公顷",),
    "千克": ("克", "吨"),
    "公斤": ("克", "吨"),
    "吨": ("千克", "公斤"),
    "克": ("千克",),
    "千瓦": ("兆瓦",),
    "兆瓦": ("千瓦",),
    "小时": ("分钟",),
    "分钟": ("小时",),
}
# units that may carry 万/亿 (money, counts, mass, visits): a slip there is 万元 -> 元 etc.
MULT_UNITS = {
    "元",
    "美元",
    "港元",
    "欧元",
    "人",
    "户",
    "人次",
    "吨",
    "辆",
    "套",
    "台",
    "件",
    "个",
    "家",
    "千瓦",
    "千瓦时",
    "平方米",
    "亩",
    "公顷",
    "公里",
    "立方米",
    "名",
    "册",
}

_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
FIGURE_RE = re.compile(
    r"(?<![0-9０-９.．A-Za-zＡ-Ｚａ-ｚ\-－/第])"
    r"(?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?)"
    r"(?P<mult>万亿|万|亿)?"
    r"(?P<unit>" + _UNIT_ALT + r"|％)"
    r"(?![0-9０-９A-Za-z])"
)


@dataclass(frozen=True)
class Figure:
    start: int  # of the number
    end: int  # after the unit
    num: str
    mult: str
    unit: str

    @property
    def value(self) -> float:
        return to_value(self.num, self.mult)

    @property
    def text(self) -> str:
        return self.num + self.mult + self.unit


def to_value(num: str, mult: str) -> float:
    v = float(num.translate(_TO_ASCII))
    return v * {"": 1, "万": 1e4, "亿": 1e8, "万亿": 1e12}[mult]


def figures(text: str) -> list[Figure]:
    out = []
    for m in FIGURE_RE.finditer(text):
        num = m.group("num")
        if num.translate(_TO_ASCII).startswith("0") and "." not in num.translate(_TO_ASCII):
            continue
        unit = m.group("unit").translate(_TO_ASCII)
        # 个 before 月/小时 is a duration read by the longer unit; 3个 alone is a count
        out.append(Figure(m.start(), m.end(), num, m.group("mult") or "", m.group("unit")))
        _ = unit
    return out


def _fullwidth(num: str) -> bool:
    return any(c in FW_DIGITS for c in num)


def _digit(d: str, fw: bool) -> str:
    return FW_DIGITS[int(d)] if fw else d


def _is_count(unit: str) -> bool:
    dim = UNITS.get(unit.translate(_TO_ASCII), ("", 1.0))[0]
    return dim.startswith("count") or dim == "visits"


def can_stand_alone(f: Figure) -> bool:
    dim = UNITS.get(f.unit.translate(_TO_ASCII), ("", 1.0))[0]
    return bool(f.mult) or (dim in _ALONE_DIMS and f.value >= 10)


def magnitude_variants(f: Figure) -> list[tuple[str, str, int]]:
    """(new number, new multiplier, k): the value times 10^k, k != 0."""
    fw = _fullwidth(f.num)
    num = f.num.translate(_TO_ASCII)
    out: list[tuple[str, str, int]] = []
    unit = f.unit.translate(_TO_ASCII)
    if f.mult == "万":
        out += [(f.num, "", -4), (f.num, "亿", 4)]
    elif f.mult == "亿":
        out += [(f.num, "万", -4), (f.num, "", -8)]
    elif unit in MULT_UNITS:
        out.append((f.num, "万", 4))
    if "." in num:
        a, b = num.split(".")
        if len(b) >= 1:  # 3.6 -> 36, 12.5 -> 125
            new = (a + b[0]).lstrip("0") or "0"
            rest = b[1:]
            out.append((new + ("." + rest if rest else ""), f.mult, 1))
        if len(a) >= 2:  # 12.5 -> 1.25
            out.append((a[:-1] + "." + a[-1] + b, f.mult, -1))
        elif a != "0":  # 3.6 -> 0.36
            out.append(("0." + a + b, f.mult, -1))
    else:
        out.append((num + "0", f.mult, 1))  # a zero added
        if len(num) >= 2 and num.endswith("0"):
            out.append((num[:-1], f.mult, -1))  # a zero lost
        elif len(num) >= 2:
            out.append((num[:-1] + "." + num[-1], f.mult, -1))  # a decimal point added
    res = []
    for n, m, k in out:
        n2 = "".join(_digit(c, fw) if c.isdigit() else ("．" if fw and c == "." else c) for c in n)
        if abs(to_value(n2, m) - f.value * 10**k) <= 1e-9 * max(1.0, f.value * 10**k) and (
            to_value(n2, m) != f.value
        ):
            res.append((n2, m, k))
    return res


def transpose_variants(f: Figure) -> list[tuple[str, int]]:
    """(new number, index of the first swapped character): two neighbouring distinct digits."""
    s = f.num
    out = []
    for i in range(len(s) - 1):
        a, b = s[i], s[i + 1]
        if a.isdigit() and b.isdigit() and a != b:
            new = s[:i] + b + a + s[i + 2 :]
            ascii_new = new.translate(_TO_ASCII)
            if ascii_new.startswith("0") and not ascii_new.startswith("0."):
                continue
            out.append((new, i))
    return out


def slip_variants(f: Figure) -> list[tuple[str, str]]:
    """(new multiplier, new unit) of the same dimension, a different amount."""
    unit = f.unit.translate(_TO_ASCII)
    out = [(f.mult, u) for u in SLIPS.get(unit, ())]
    if unit in MULT_UNITS and unit in ("元", "美元", "港元", "人", "户", "人次", "吨"):
        if f.mult == "万":
            out += [("", unit), ("亿", unit)]
        elif f.mult == "亿":
            out += [("万", unit)]
        elif f.mult == "":
            out += [("万", unit)]
    return out


# -- clauses that state a figure --------------------------------------------------------

_RANGE_BEFORE = re.compile(r"[0-9０-９%％][—\-－~～至到]$")
_RANGE_AFTER = re.compile(r"^[—\-－~～至到][0-9０-９]")
_CLAUSE_SEP = re.compile(r"[，。；！？：,;!?:]|．(?![0-9０-９])")
# one-sided bounds: 不到100米 and 不到10米 do not contradict each other
_BOUND_BEFORE = re.compile(r"(?:不到|不足|超过|超|逾|至少|最多|低于|高于|少于|多于|不超过|不低于)$")
_BOUND_AFTER = re.compile(r"^(?:以下|以上|以内|之内|之上|之下)")
_LEADING = re.compile(r"^(?:而且|而|但是|但|并且|并|且|其中|同时|此外|另外|也)")
# a subhead of nothing but a figure: an amount that can stand alone (2715亿元, 3.6万户)
_ALONE_DIMS = {"area", "length", "mass", "volume", "energy", "power", "usd", "hkd", "eur", "cny"}
_HAN = re.compile(r"[\u4e00-\u9fff]")
_QUOTES = set("“”‘’「」『』\"'《》（）()【】")


def figure_clauses(text: str) -> list[tuple[int, int, Figure]]:
    """(clause start, clause end, figure) for clauses holding one figure with a unit and at
    least four Chinese characters besides it: what a subhead or a restatement can quote."""
    out = []
    bounds = [0] + [m.end() for m in _CLAUSE_SEP.finditer(text)] + [len(text)]
    figs = figures(text)
    for s, e in zip(bounds, bounds[1:], strict=False):
        while e > s and _CLAUSE_SEP.match(text[e - 1 : e + 1]):
            e -= 1
        clause = text[s:e]
        inside = [f for f in figs if s <= f.start and f.end <= e]
        if len(inside) != 1 or any(c in _QUOTES for c in clause):
            continue
        f = inside[0]
        if _RANGE_BEFORE.search(text[max(0, f.start - 2) : f.start]) or _RANGE_AFTER.match(
            text[f.end : f.end + 2]
        ):
            continue  # 3—4人: one end of a range is no figure to restate
        if _BOUND_BEFORE.search(text[max(0, f.start - 3) : f.start]) or _BOUND_AFTER.match(
            text[f.end : f.end + 2]
        ):
            continue
        rest = clause[: f.start - s] + clause[f.end - s :]
        if len(_HAN.findall(rest)) < 4:
            continue
        out.append((s, e, f))
    return out


def perturb(f: Figure, kind: str, rng: random.Random) -> tuple[str, dict] | None:
    """The figure's new text and what changed, or None when this kind does not apply."""
    if kind == "magnitude":
        vs = magnitude_variants(f)
        if not vs:
            return None
        n, m, k = rng.choice(vs)
        return n + m + f.unit, {"k": k, "old": f.value, "new": to_value(n, m)}
    if kind == "transpose":
        vs = transpose_variants(f)
        if not vs:
            return None
        n, i = rng.choice(vs)
        return n + f.mult + f.unit, {"at": i, "old_num": f.num, "new_num": n}
    if kind == "unit":
        vs = [
            (m, u)
            for m, u in slip_variants(f)
            # 1.4万人 -> 1.4人 is no count anyone writes
            if not (m == "" and "." in f.num.translate(_TO_ASCII) and _is_count(u))
        ]
        if not vs:
            return None
        m, u = rng.choice(vs)
        return f.num + m + u, {"old_unit": f.mult + f.unit, "new_unit": m + u}
    raise ValueError(kind)
