"""Interval arithmetic over written figures, for the arithmetic checks.

A written figure stands for every value its hedge and its rounding allow: 近24万套 is
[216000, 240000] (numbers.py decides how far below), 63.41% is [63.405, 63.415], 1.2万人 is
[11500, 12500]. An arithmetic check computes the interval of the derived value (a ratio, a
sum, a growth rate) and reports only when it cannot meet the stated figure's interval, so a
text that *can* be right is never flagged.

Also here: the sentence index the checks share (text between 。！？, with its quantities),
cached once per document in ``doc.cache``.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import math
from typing import TYPE_CHECKING, Any

from .document import CODE
from .patterns import lazy
from .records import Frozen, Record

if TYPE_CHECKING:
    from .document import Document
    from .numbers import Quantity

EPS = 1e-9

# dimensions that are not amounts: they never add up, never form the counts of a rate
RELATIVE_DIMS = frozenset({"percent", "points", "times", "permille"})


class Interval(Frozen):
    __slots__ = _fields = ("lo", "hi")
    lo: float
    hi: float

    def __init__(self, lo: float, hi: float) -> None:
        _set = object.__setattr__
        _set(self, "lo", lo)
        _set(self, "hi", hi)

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def scale(self, k: float) -> Interval:
        a, b = self.lo * k, self.hi * k
        return Interval(min(a, b), max(a, b))

    def div(self, other: Interval) -> Interval | None:
        """self / other for positive intervals; None when the divisor can be zero."""
        if other.lo <= 0 or self.lo < 0:
            return None
        hi = math.inf if other.lo == 0 else self.hi / other.lo
        return Interval(self.lo / other.hi, hi)

    def widen(self, d: float) -> Interval:
        return Interval(self.lo - d, self.hi + d)

    def meets(self, other: Interval, slack: float = 0.0) -> bool:
        tol = EPS * max(1.0, abs(self.lo), abs(self.hi), abs(other.lo), abs(other.hi)) + slack
        return self.lo <= other.hi + tol and other.lo <= self.hi + tol

    def contains(self, x: float, slack: float = 0.0) -> bool:
        return self.meets(Interval(x, x), slack)

    @property
    def mid(self) -> float:
        return (self.lo + self.hi) / 2


def decimals(q: Quantity) -> int:
    """Digits written after the decimal point (63.41 -> 2, 九点五 -> 1, 120 -> 0)."""
    d = q.digits or ""
    for sep in (".", "点", "．", "·"):
        if sep in d:
            return len(d.split(sep, 1)[1])
    return 0


def _has_arabic(q: Quantity) -> bool:
    return any(c.isdigit() for c in (q.digits or q.text))


def half_unit(q: Quantity) -> float:
    """Half a unit of the last written digit, in the figure's value scale (0 when exact)."""
    dec = decimals(q)
    mag = q.magnitude or 0
    is_count = (q.dim or "").startswith("count")
    if is_count and mag == 0 and dec == 0:
        return 0.0  # 96所, 120人: counted, exact
    if not _has_arabic(q) and dec == 0 and mag == 0:
        return 0.0
    return 0.5 * 10.0 ** (mag - dec)


def interval(q: Quantity) -> Interval:
    """Every value the written figure allows: its hedge (numbers.py) united with its rounding.

    A bound the hedge states is kept: 8万余 never reads below 8万, 近12万 never above 12万.
    """
    h = half_unit(q)
    v = float(q.value)
    lo = float(q.lo) if q.lo is not None else v
    hi = float(q.hi) if q.hi is not None else v
    direction = getattr(q, "direction", "=") or "="
    if direction != ">":
        lo = min(lo, v - h)
    if direction != "<":
        hi = max(hi, v + h)
    return Interval(lo, hi)


def is_amount(q: Quantity) -> bool:
    return q.kind == "quantity" and bool(q.dim) and q.dim not in RELATIVE_DIMS


def is_percent(q: Quantity) -> bool:
    return q.kind == "quantity" and q.dim == "percent" and q.unit != "‰"


# -- formatting -----------------------------------------------------------------------------


def fmt_num(x: float, places: int = 1) -> str:
    if math.isinf(x):
        return "∞"
    s = f"{x:.{places}f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def fmt_interval(iv: Interval, places: int = 1, suffix: str = "") -> str:
    """80.0% for a point, 62.5%–74.1% for a range (shown at ``places`` decimals)."""
    a, b = f"{iv.lo:.{places}f}", f"{iv.hi:.{places}f}"
    if math.isinf(iv.hi):
        return f"≥{a}{suffix}"
    if a == b:
        return f"{a}{suffix}"
    return f"{a}{suffix}–{b}{suffix}"


def fmt_amount(iv: Interval, unit: str = "") -> str:
    """A sum of amounts, with 万/亿 when large: 3.5万人, 12亿元."""

    def one(x: float) -> str:
        ax = abs(x)
        if ax >= 1e8:
            return fmt_num(x / 1e8, 2) + "亿"
        if ax >= 1e4:
            return fmt_num(x / 1e4, 2) + "万"
        return fmt_num(x, 2)

    a, b = one(iv.lo), one(iv.hi)
    return f"{a}{unit}" if a == b else f"{a}–{b}{unit}"


def places_for(q: Quantity) -> int:
    """Decimals to show a computed percentage next to a stated one (at least 1)."""
    return max(1, decimals(q))


# -- sentences and clauses -----------------------------------------------------------------------

_SENT_END = lazy(r"[。！？!?]+[”’」』）)]*|\n+", lead=True)
CLAUSE_SEP = "，,；;：:"
_CLAUSE_SEP = lazy("[" + CLAUSE_SEP + "]")


class Span(Record):
    """A sentence (text between 。！？) of one block and the figures in it."""

    __slots__ = ("start", "end", "text", "block_kind", "quantities", "ratios")
    __slots__ += ("_seps", "prev", "_starts", "_memo")
    _fields = __slots__[:6]  # compared and shown; the rest are not
    start: int
    end: int
    text: str
    block_kind: str
    quantities: list[Quantity]
    ratios: list[Quantity]  # a:b:c figures (see _ratio_like)
    _seps: list[int] | None  # clause marks
    # the sentence right before this one in its block, when it has figures too
    prev: Span | None
    _starts: list[int] | None
    # what the checks read of this sentence more than once (see ``memo``)
    _memo: dict[str, Any] | None

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        block_kind: str,
        quantities: list[Quantity],
        ratios: list[Quantity] | None = None,
        _seps: list[int] | None = None,
        prev: Span | None = None,
        _starts: list[int] | None = None,
        _memo: dict[str, Any] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.block_kind = block_kind
        self.quantities = quantities
        self.ratios = [] if ratios is None else ratios
        self._seps = _seps
        self.prev = prev
        self._starts = _starts
        self._memo = _memo

    def memo(self) -> dict[str, Any]:
        """A dict kept with the sentence, for results that several checks (or one check in
        two modes) derive from it alone: computed once per sentence, not once per call."""
        m = self._memo
        if m is None:
            m = self._memo = {}
        return m

    def first_from(self, offset: int) -> int:
        """The index in ``quantities`` (text order) of the first figure that starts at or
        after ``offset``: a long sentence's checks look near a figure, not over all of them."""
        st = self._starts
        if st is None:
            st = self._starts = [q.start for q in self.quantities]
        return bisect.bisect_left(st, offset)

    def rel(self, offset: int) -> int:
        return offset - self.start

    def clause_bounds(self, offset: int) -> tuple[int, int]:
        """Document offsets of the clause (between ，；：) around ``offset``."""
        i = offset - self.start
        t = self.text
        if not 0 <= i <= len(t):
            s = max(t.rfind(c, 0, i) for c in CLAUSE_SEP) + 1
            ends = [j for j in (t.find(c, i) for c in CLAUSE_SEP) if j >= 0]
            e = min(ends) if ends else len(t)
            return self.start + s, self.start + e
        seps = self._seps
        if seps is None:
            seps = self._seps = [m.start() for m in _CLAUSE_SEP.finditer(t)]
        k = bisect.bisect_left(seps, i)
        s = seps[k - 1] + 1 if k else 0
        e = seps[k] if k < len(seps) else len(t)
        return self.start + s, self.start + e

    def clause_text(self, offset: int) -> str:
        s, e = self.clause_bounds(offset)
        return self.text[s - self.start : e - self.start]

    def clauses(self) -> list[tuple[int, int]]:
        seps = self._seps
        if seps is None:
            seps = self._seps = [m.start() for m in _CLAUSE_SEP.finditer(self.text)]
        out = []
        pos = s0 = self.start
        for i in seps:
            out.append((pos, s0 + i))
            pos = s0 + i + 1
        out.append((pos, s0 + len(self.text)))
        return out

    def before(self, offset: int, n: int, clause: bool = True) -> str:
        """Up to ``n`` characters before ``offset`` (within its clause when ``clause``)."""
        lo = self.clause_bounds(offset)[0] if clause else self.start
        a = max(lo, offset - n)
        return self.text[a - self.start : offset - self.start]

    def after(self, offset: int, n: int, clause: bool = True) -> str:
        hi = self.clause_bounds(offset)[1] if clause else self.end
        b = min(hi, offset + n)
        return self.text[offset - self.start : b - self.start]

    def between(self, a: int, b: int) -> str:
        return self.text[a - self.start : b - self.start]


def sentences(doc: Document) -> list[Span]:
    """The document's sentences with their checkable figures (cached per document)."""
    cached = doc.cache.get("arith.sentences")
    if cached is not None:
        return cached
    qs = []
    dtext = doc.text
    for q in doc.quantities:
        kind = q.kind
        if kind == "quantity":
            if not q.dim and dtext.startswith(_SCHOOLS, q.end):
                q = _counted(dtext, q)
        elif kind != "ratio" and kind != "time" or not _ratio_like(q):
            continue  # (_ratio_like asked only of the kinds it can accept)
        qs.append(q)
    starts = [q.start for q in qs]
    out: list[Span] = []
    if not qs:
        doc.cache["arith.sentences"] = out
        return out
    for b in doc.blocks:
        if b.kind == CODE:
            continue
        # a block without a figure has no sentence to keep
        i = bisect.bisect_left(starts, b.start)
        if i == len(qs) or qs[i].start >= b.end:
            continue
        text = b.text
        n = len(text)
        # sentence k of the block runs from ends[k - 1] (0 for the first) to ends[k]; each
        # figure of the block goes to the sentence it starts in, if it ends there too
        ends = [m.end() for m in _SENT_END.finditer(text + "\n")]
        k_open = -1
        inside: list[Quantity] = []
        s = e = 0
        for q in qs[i : bisect.bisect_left(starts, b.end, i)]:
            k = bisect.bisect_right(ends, q.start - b.start)
            if k != k_open:
                if inside:
                    out.append(_span(b.start + s, b.start + e, text[s:e], b.kind, inside))
                k_open = k
                inside = []
                s, e = (ends[k - 1] if k else 0), min(ends[k], n)
            if q.end <= b.start + e:
                inside.append(q)
        if inside:
            out.append(_span(b.start + s, b.start + e, text[s:e], b.kind, inside))
    for a, b in itertools.pairwise(out):
        if a.end == b.start:
            b.prev = a
    doc.cache["arith.sentences"] = out
    return out


def _span(start: int, end: int, text: str, kind: str, figures: list[Quantity]) -> Span:
    for q in figures:
        if q.kind != "quantity":
            break
    else:  # (the usual sentence: no a:b figure; ``figures`` is a new list of the caller's)
        return Span(start, end, text, kind, figures, [])
    qs = [q for q in figures if q.kind == "quantity"]
    return Span(start, end, text, kind, qs, [q for q in figures if q.kind != "quantity"])


# 1350所学校: numbers.py leaves the figure bare when 所 is followed by 学 (所学, what one
# learned); before 学校/学院/学府/学堂 it is the measure word of schools
_SCHOOLS = ("所学校", "所学院", "所学府", "所学堂", "所学区")


def _counted(text: str, q: Quantity) -> Quantity:
    if q.kind != "quantity" or q.dim or not text.startswith(_SCHOOLS, q.end):
        return q
    return dataclasses.replace(q, end=q.end + 1, text=q.text + "所", unit="所", dim="count:所")


def _ratio_like(q: Quantity) -> bool:
    """a:b or a:b:c (read as a clock time when it could be one: 8:40:55)."""
    return q.kind == "ratio" or (q.kind == "time" and q.text.count(":") + q.text.count("∶") >= 2)


def hedged(*qs: Quantity) -> bool:
    return any((getattr(q, "direction", "=") or "=") != "=" for q in qs)


def show(nominal: float | None, iv: Interval, places: int, suffix: str, *qs: Quantity) -> str:
    """A computed value as an editor reads it: 80.0%, or 80.0%（可能范围72.0%–80.0%）when hedged."""
    if nominal is None:
        return fmt_interval(iv, places, suffix)
    head = f"{nominal:.{places}f}{suffix}"
    if hedged(*qs):
        return f"{head}（按约数可能为{fmt_interval(iv, places, suffix)}）"
    return head
