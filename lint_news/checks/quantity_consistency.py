"""Check kind ``quantity-consistency``: the same quantity stated two ways.

Three slips, one rule each in the shipped pack (``slip:`` picks one):

- ``magnitude``: the same written digits, a power of ten apart (近千元 / 近千万元, 3200人次 /
  3200万人次, 4.5亿元 / 4.5万元, 500亿元 / 5000亿元);
- ``unit``: the same written figure, the same dimension, another unit (全长18公里 / 这18米的步道,
  53分钟 / 53小时);
- ``digits``: two neighbouring digits swapped (18.6% / 16.8%, 83个 / 38个, 15500 / 15050).

Ranges with one end slipped (3至4人 / 3至40人) are pairs too. Finding such a pair is cheap
(numbers only); whether the two figures measure the same thing is decided by
``lint_news.context``, and only for the few candidate pairs, so most documents never load
jieba: a clause restated in nearly the same words, or one whose nouns and words say the
same (``close_quantity``), or the looser word overlap of ``same_quantity``. Pairs whose
values are weak evidence on their own (round figures a power of ten apart, two-digit
figures, a swapped zero) are compared by the close test only. A subhead that is nothing but
a figure (2715亿元) is the same quantity as a body figure of its unit, unless the body
states it. The later mention is reported, with ``related`` pointing at the earlier one. A
headline or subhead against the body needs the least shared context; two body figures need
more, and two figures of different articles on one page need the most.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..context import Match, about, close_quantity, same_quantity
from ..document import TITLE_KINDS, Document, article_spans
from ..findings import Finding, Related
from ..patterns import lazy
from ..records import Frozen
from ..rules import Rule

if TYPE_CHECKING:
    from ..numbers import Quantity

SLIPS = ("magnitude", "unit", "digits")
PARAMS = {
    "quantity-consistency": (
        "slip",
        "min_shared_title",
        "min_shared_body",
        "min_shared_page",
        "min_digits",
    )
}
_DEFAULTS = {"min_shared_title": 1, "min_shared_body": 2, "min_shared_page": 3, "min_digits": 3}
_FIELDS = ("here", "there", "line", "where", "diff")

# figures whose unit says they are a time span or a position, not an amount
_SKIP_UNITS = {
    "年",
    "周年",
    "届",
    "期",
    "版",
    "代",
    "世纪",
    "辈",
    "级",
    "楼",
    "层",
    "号",
    "路",
    "岁",
}


class Params(Frozen):
    __slots__ = _fields = (
        "slip",
        "min_shared_title",
        "min_shared_body",
        "min_shared_page",
        "min_digits",
    )
    slip: str
    min_shared_title: int
    min_shared_body: int
    min_shared_page: int
    min_digits: int

    def __init__(
        self,
        slip: str,
        min_shared_title: int,
        min_shared_body: int,
        min_shared_page: int,
        min_digits: int,
    ) -> None:
        _set = object.__setattr__
        _set(self, "slip", slip)
        _set(self, "min_shared_title", min_shared_title)
        _set(self, "min_shared_body", min_shared_body)
        _set(self, "min_shared_page", min_shared_page)
        _set(self, "min_digits", min_digits)


def prepare(rule: Rule) -> Params:
    p = rule.params
    slip = p.get("slip")
    if slip not in SLIPS:
        raise ValueError(f"kind 'quantity-consistency' needs 'slip': one of {', '.join(SLIPS)}")
    values = {}
    for key, default in _DEFAULTS.items():
        v = p.get(key, default)
        if not isinstance(v, int) or isinstance(v, bool) or v < 0:
            raise ValueError(f"'{key}' must be a non-negative integer")
        values[key] = v
    rule.check_message_fields(_FIELDS)
    return Params(slip=slip, **values)


# -- numbers only: candidate pairs ---------------------------------------------------------


def _digits(value: float) -> tuple[str, int] | None:
    """Significant digits and the exponent of the leading one: 18.6 -> ("186", 1).

    Read off ``f"{value:.12g}"`` as ``Decimal(...).normalize()`` would give them (checked
    against it in tests/test_quantity_checks.py), without building a Decimal."""
    if value is None or value <= 0:
        return None
    s = f"{value:.12g}"
    if not s[0].isdigit():
        return None  # inf, nan
    mant, _, e = s.partition("e")
    whole, _, frac = mant.partition(".")
    lead = int(e) if e else 0
    if whole != "0":  # (the g format writes no leading zero before a non-zero digit)
        lead += len(whole) - 1
    else:  # 0.0186: the zeros after the point
        lead -= len(frac) - len(frac.lstrip("0")) + 1
    return (whole + frac).strip("0") or "0", lead


def _checkable(q: Quantity) -> bool:
    if q.kind != "quantity" or q.direction == "range" or q.value is None:
        return False
    if q.unit in _SKIP_UNITS:
        return False
    if q.value == 1 and q.text.lstrip("近约超逾").startswith("一"):
        return False  # 一个, 一项: an article rather than a figure
    return bool(q.dim)


def _swap_one(a: str, b: str) -> bool:
    """``b`` is ``a`` with two neighbouring digits swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


_FW = str.maketrans("０１２３４５６７８９．", "0123456789.")
_NUMERAL = lazy(r"[0-9]+(?:\.[0-9]+)?")
# _NUMERAL over the text with full-width digits and points folded (``translate(_FW)``, one
# character for one): the same match read off the text as written, then folded
_NUMERAL_ANY_WIDTH = lazy(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")


def _numeral(q: Quantity) -> str:
    m = _NUMERAL_ANY_WIDTH.search(q.text)
    return m.group().translate(_FW) if m else ""


# What candidate_pairs reads of a figure, kept by the value or the written text it is a pure
# function of (a page states the same values and figures many times; bounded)
_OF_VALUE: dict[float, tuple[tuple[str, int] | None, str]] = {}
_OF_TEXT: dict[str, tuple[str, str]] = {}
_KEPT = 8192


def _value_keys(value: float) -> tuple[tuple[str, int] | None, str]:
    """``_digits(value)`` and its digits sorted (``_live``'s key)."""
    got = _OF_VALUE.get(value)
    if got is None:
        d = _digits(value)
        got = (d, "".join(sorted(d[0])) if d is not None else "")
        if len(_OF_VALUE) >= _KEPT:
            _OF_VALUE.clear()
        _OF_VALUE[value] = got
    return got


def _text_keys(q: Quantity) -> tuple[str, str]:
    """``_numeral(q)`` and its characters sorted (``_live``'s key)."""
    got = _OF_TEXT.get(q.text)
    if got is None:
        a = _numeral(q)
        got = (a, "".join(sorted(a)))
        if len(_OF_TEXT) >= _KEPT:
            _OF_TEXT.clear()
        _OF_TEXT[q.text] = got
    return got


def _written_swap(x: Quantity, y: Quantity, numerals: dict[int, str] | None = None) -> bool:
    """Two neighbouring digits swapped as written, zeros included (15500 / 15050, 5.70 / 5.07)."""
    if x.magnitude != y.magnitude:
        return False
    if numerals is None:
        a, b = _numeral(x), _numeral(y)
    else:  # (read once per figure by candidate_pairs)
        a = numerals.get(id(x)) or numerals.setdefault(id(x), _numeral(x))
        b = numerals.get(id(y)) or numerals.setdefault(id(y), _numeral(y))
    if not a or len(a) != len(b) or a.find(".") != b.find("."):
        return False
    return _swap_one(a.replace(".", ""), b.replace(".", ""))


# durations counted in units of one dimension: 53分钟 / 53小时 is a unit slip
_TIME_UNITS = {"秒": 1, "秒钟": 1, "分钟": 60, "小时": 3600}


def _time_slip(x: Quantity, y: Quantity) -> bool:
    return (
        x.unit in _TIME_UNITS
        and y.unit in _TIME_UNITS
        and x.unit != y.unit
        and _TIME_UNITS[x.unit] != _TIME_UNITS[y.unit]
        and x.value == y.value
    )


def _written_digits(text: str) -> str:
    return re.sub(r"[^0-9０-９]", "", text)


class Pair(Frozen):
    __slots__ = _fields = ("slip", "first", "second", "diff", "weak")
    slip: str
    first: Quantity  # the earlier mention
    second: Quantity  # the later one
    diff: str
    # values that are weak evidence of a slip on their own (500 / 5000: round figures; 83 /
    # 38: two digits): compared only when the two clauses say nearly the same words
    weak: bool

    def __init__(
        self, slip: str, first: Quantity, second: Quantity, diff: str, weak: bool = False
    ) -> None:
        _set = object.__setattr__
        _set(self, "slip", slip)
        _set(self, "first", first)
        _set(self, "second", second)
        _set(self, "diff", diff)
        _set(self, "weak", weak)


# the furthest apart two mentions are compared, in characters: a whole newspaper page (about
# 10,000 characters) fits; a long file of many articles stays linear in its length
WINDOW = 30_000
# hostile input (a 2 MB line of figures, a 30,000-row table): each figure is compared with at
# most this many later figures of its dimension, and each rule weighs at most this many
# candidate pairs per document (each costs a part-of-speech tagging of two clauses); a news
# page has a handful of candidate pairs (the reference page 3), so real copy never meets them
MAX_PARTNERS = 100
MAX_PAIRS = 50


def candidate_pairs(doc: Document) -> list[Pair]:
    """Pairs of figures whose values look like a slip of one another (numbers only, cached)."""
    cached = doc.cache.get("quantity.pairs")
    if cached is not None:
        return cached
    pairs: list[Pair] = []
    # figures grouped by dimension; digits only for the figures that have a partner
    by_dim: dict[str, list[Quantity]] = defaultdict(list)
    ranges: list[Quantity] = []  # (for _range_pairs, from the same pass)
    for q in doc.quantities:
        # (a date, a year, a code: no call; a range is never _checkable; the rest as it tells)
        if q.kind == "quantity":
            if q.direction == "range":
                ranges.append(q)
            elif _checkable(q):
                by_dim["[time]" if q.unit in _TIME_UNITS else q.dim].append(q)
    info = {}
    groups = []
    for group in by_dim.values():
        if len(group) < 2:
            continue
        for q in group:
            d = _value_keys(q.value)[0]
            if d is not None:
                info[id(q)] = d
        group = [q for q in group if id(q) in info]
        if len(group) >= 2:
            groups.append(group)
    if not groups:  # (most documents: no two figures of one dimension)
        pairs.extend(_range_pairs(ranges))
        doc.cache["quantity.pairs"] = pairs
        return pairs
    titles: dict[int, bool] = {}
    numerals: dict[int, str] = {}

    def in_title(q: Quantity) -> bool:
        hit = titles.get(q.start)
        if hit is None:
            block = doc.block_at(q.start)
            hit = titles[q.start] = block is not None and block.kind in TITLE_KINDS
        return hit

    # (in the order of each dimension's first figure, as grouping the figures would give)
    groups.sort(key=lambda g: g[0].start)
    for group in groups:
        group.sort(key=lambda q: q.start)
        live = _live(group, info, numerals)
        if not live:
            continue
        partners = _partners(group, info, numerals)
        for i, x in enumerate(group):
            if i not in live:
                continue
            dx, ex = info[id(x)]
            for j in partners(i):
                y = group[j]
                if y.start - x.start > WINDOW:
                    break  # figures a page apart or more are not compared
                dy, ey = info[id(y)]
                if x.unit == y.unit:
                    if dx == dy and ex == ey:
                        continue  # the same figure again: no slip of any kind (fast path)
                    if x.direction != y.direction and not (in_title(x) or in_title(y)):
                        continue  # (a headline drops the hedges: 500亿元 / 约为5000亿元)
                    if dx == dy and ex != ey:
                        # 10件 / 100件, 6所 / 60所: round numbers, seldom a lost 万
                        weak = len(dx) < 2 and abs(ex - ey) < 3
                        pairs.append(Pair("magnitude", x, y, f"相差10^{abs(ex - ey)}倍", weak))
                    elif ex == ey and len(dx) == len(dy) and _swap_one(dx, dy):
                        pairs.append(Pair("digits", x, y, "数字顺序不同", len(dx) < 3))
                    elif ex == ey and _written_swap(x, y, numerals):
                        # a zero swapped (15500 / 15050, 107 / 170): weak, like round figures
                        pairs.append(Pair("digits", x, y, "数字顺序不同", True))
                elif _time_slip(x, y):
                    pairs.append(Pair("unit", x, y, f"单位不同：{x.unit}/{y.unit}"))
                elif dx == dy and ex == ey and x.value == y.value:
                    # the same written figure in two units of one dimension (公里 / 米)
                    if x.base_lo != y.base_lo or x.base_hi != y.base_hi:
                        pairs.append(Pair("unit", x, y, f"单位不同：{x.unit}/{y.unit}"))
    pairs.extend(_range_pairs(ranges))
    doc.cache["quantity.pairs"] = pairs
    return pairs


def _swaps(s: str) -> list[str]:
    """``s`` with two different neighbouring characters swapped, each way it can be."""
    if len(s) > 24:  # (a 200,000-digit number has no digit-swap partner worth finding)
        return []
    return [s[:k] + s[k + 1] + s[k] + s[k + 2 :] for k in range(len(s) - 1) if s[k] != s[k + 1]]


def _written_swaps(a: str) -> list[str]:
    """Numerals that ``_written_swap`` pairs with ``a``: digits swapped, the point kept."""
    p = a.find(".")
    if p < 0:
        return _swaps(a)
    return [t[:p] + "." + t[p:] for t in _swaps(a.replace(".", ""))]


_OF_DIGITS: dict[str, tuple[str, ...]] = {}
_OF_NUMERAL: dict[str, tuple[str, ...]] = {}


def _digit_lookups(d: str) -> tuple[str, ...]:
    """``d`` and ``_swaps(d)``: the keys of a figure's partners by significant digits (kept
    by the digits, a pure function of them; bounded)."""
    got = _OF_DIGITS.get(d)
    if got is None:
        got = (d, *_swaps(d))
        if len(_OF_DIGITS) >= _KEPT:
            _OF_DIGITS.clear()
        _OF_DIGITS[d] = got
    return got


def _numeral_lookups(a: str) -> tuple[str, ...]:
    """``_written_swaps(a)``, kept by the numeral as ``_digit_lookups`` is."""
    got = _OF_NUMERAL.get(a)
    if got is None:
        got = tuple(_written_swaps(a))
        if len(_OF_NUMERAL) >= _KEPT:
            _OF_NUMERAL.clear()
        _OF_NUMERAL[a] = got
    return got


def _live(group: list[Quantity], info: dict, numerals: dict[int, str]) -> set[int]:
    """The figures of ``group`` that can have a partner: every partner (``_partners``) has
    the same significant digits in some order, or the same written numeral in some order,
    so a figure whose sorted digits and sorted numeral no other figure shares has none (most
    figures of an article: the check then builds no index for their group)."""
    by_key: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, q in enumerate(group):
        by_key[(0, _value_keys(q.value)[1])].append(i)
        a, key = _text_keys(q)
        numerals[id(q)] = a
        if a:
            by_key[(1, key)].append(i)
    return {i for same in by_key.values() if len(same) > 1 for i in same}


def _partners(group: list[Quantity], info: dict, numerals: dict[int, str]):
    """For figure ``i`` of ``group``, the later figures (ascending, among the next
    MAX_PARTNERS) that the comparison in ``candidate_pairs`` could pair with it: the same
    significant digits (magnitude, unit and time slips), the digits with two neighbours
    swapped, or the written numeral with two neighbours swapped. Every other figure makes no
    pair, so looking them up by key instead of trying each gives the same pairs in linear
    time on hostile input (a table of 100,000 figures)."""
    by_digits: dict[str, list[int]] = defaultdict(list)
    by_numeral: dict[str, list[int]] = defaultdict(list)
    for j, q in enumerate(group):
        by_digits[info[id(q)][0]].append(j)
        a = numerals.get(id(q))  # (read by _live already)
        if a is None:
            a = numerals[id(q)] = _numeral(q)
        if a:
            by_numeral[a].append(j)

    def partners(i: int) -> list[int]:
        x = group[i]
        dx = info[id(x)][0]
        found: set[int] = set()
        lists = [by_digits.get(k) for k in _digit_lookups(dx)]
        a = numerals.get(id(x))
        if a:
            lists += [by_numeral.get(w) for w in _numeral_lookups(a)]
        for js in lists:
            if js:
                lo = bisect.bisect_right(js, i)
                hi = bisect.bisect_right(js, i + MAX_PARTNERS)
                found.update(js[lo:hi])
        return sorted(found)

    return partners


def _end_slip(a: float, b: float) -> str:
    """How one end of a range differs from the other's: "magnitude", "digits" or ""."""
    da, db = _digits(a), _digits(b)
    if da is None or db is None or da == db:
        return ""
    if da[0] == db[0]:
        return "magnitude"
    if da[1] == db[1] and len(da[0]) == len(db[0]) and _swap_one(da[0], db[0]):
        return "digits"
    return ""


def _range_pairs(ranges: list[Quantity]) -> list[Pair]:
    """Ranges of one unit with one end slipped (3至4人 / 3至40人, 75万到150万元 / 75万到510万元),
    or both ends a power of ten apart; compared like round figures, by their clauses only.
    ``ranges``: the document's figures of kind quantity and direction range, in text order."""
    if len(ranges) < 2:
        return []  # (no two ranges: no pair)
    by_dim: dict[str, list[Quantity]] = defaultdict(list)
    for q in ranges:
        if q.dim and q.unit not in _SKIP_UNITS:
            if q.lo > 0 and q.hi > 0 and len(_NUMERAL.findall(q.text.translate(_FW))) == 2:
                by_dim[q.dim].append(q)  # two written ends (not 上百, 数十)
    out = []
    for group in by_dim.values():
        for i, x in enumerate(group):
            for y in group[i + 1 :]:
                if y.start - x.start > WINDOW:
                    break
                if x.unit != y.unit or (x.lo, x.hi) == (y.lo, y.hi):
                    continue
                if x.lo == y.lo:
                    slip = _end_slip(x.hi, y.hi)
                elif x.hi == y.hi:
                    slip = _end_slip(x.lo, y.lo)
                else:
                    slip = _end_slip(x.lo, y.lo)
                    if slip != "magnitude" or abs(x.hi / x.lo - y.hi / y.lo) > 1e-9 * (x.hi / x.lo):
                        slip = ""
                if slip == "magnitude":
                    out.append(Pair("magnitude", x, y, "范围的一端相差10的幂", True))
                elif slip == "digits":
                    out.append(Pair("digits", x, y, "范围的一端数字顺序不同", True))
    return out


# -- context: is it the same quantity? -------------------------------------------------------


def _article_of(doc: Document) -> dict[int, int]:
    cached = doc.cache.get("quantity.article_of")
    if cached is None:
        cached = {}
        for n, (titles, body) in enumerate(article_spans(doc)):
            for b in titles + body:
                cached[b.index] = n
        doc.cache["quantity.article_of"] = cached
    return cached


def _min_shared(doc: Document, x: Quantity, y: Quantity, p: Params) -> int | None:
    ax, ay = about(doc, x), about(doc, y)
    if ax.sentence == ay.sentence:
        return None  # two figures of one sentence are two quantities (从1.2亿元增至12亿元)
    if ax.title and ay.title:
        return None  # a headline and its subhead restate, they do not measure
    arts = _article_of(doc)
    same_article = arts.get(ax.block.index, -1) == arts.get(ay.block.index, -2)
    if not same_article:
        return p.min_shared_page
    if ax.title or ay.title:
        return p.min_shared_title
    return p.min_shared_body


def _figure_text(doc: Document, q: Quantity) -> str:
    return doc.text[q.start : q.end]


def check(doc: Document, rule: Rule) -> Iterator[Finding]:
    p: Params = rule.state
    pairs = candidate_pairs(doc)
    if not pairs:
        return
    # the later mention, with every earlier mention it could be a slip of
    by_second: dict[tuple[int, int], list[Pair]] = defaultdict(list)
    for pair in pairs:
        if pair.slip != p.slip:
            continue
        if pair.slip == "digits" and len(info_digits(pair.first)) < min(2, p.min_digits):
            continue
        by_second[(pair.second.start, pair.second.end)].append(pair)
    for _key, cands in sorted(by_second.items())[:MAX_PAIRS]:
        second = cands[0].second
        agrees = _agrees_with_earlier(doc, second, p)
        # (when it repeats an earlier mention exactly, the odd one is elsewhere: a figure
        # between the two that is a slip of this one is reported, pointing here)
        best: tuple[tuple[int, int, int], Pair] | None = None
        for pair in cands:
            if agrees is not None and pair.first.start <= agrees.start:
                continue
            need = _min_shared(doc, pair.first, second, p)
            if need is None:
                continue
            if _stated(doc, pair.first):
                continue  # a bare title figure that the body states as well
            if not _same(doc, pair, need, p).same:
                continue
            same_digits = _written_digits(pair.first.text) == _written_digits(second.text)
            rank = (
                0 if about(doc, pair.first).title else 1,
                0 if same_digits else 1,
                -pair.first.start,
            )
            if best is None or rank < best[0]:
                best = (rank, pair)
        if best is None:
            continue
        pair = best[1]
        first = pair.first
        if agrees is not None:
            first, second = second, first
        line = doc.position(first.start)[0]
        where = "标题" if about(doc, first).title else ""
        here, there = _figure_text(doc, second), _figure_text(doc, first)
        message = rule.message.format(
            here=here, there=there, line=line, where=where, diff=pair.diff
        )
        yield rule.finding(
            message=message,
            start=second.start,
            end=second.end,
            related=[Related(first.start, first.end, f"“{there}”在此（{pair.diff}）")],
        )


def _same(doc: Document, pair: Pair, need: int, p: Params) -> Match:
    """Is ``pair`` one quantity? Weak pairs need nearly the same words on both sides."""
    x, y = pair.first, pair.second
    weak = pair.weak or pair.slip == "digits" and len(info_digits(x)) < p.min_digits
    if pair.slip == "unit":
        # one subject in two units of a dimension: its noun on both sides is enough
        m = close_quantity(doc, x, y, exact=False)
        return m if m.same else same_quantity(doc, x, y, need)
    m = close_quantity(doc, x, y, exact=True, weak=weak)
    if m.same or weak:
        return m
    return same_quantity(doc, x, y, need)


def _stated(doc: Document, q: Quantity) -> bool:
    """A bare title figure (2715亿元) that some body figure of its article states exactly."""
    if not about(doc, q).bare:
        return False
    arts = _article_of(doc)
    art = arts.get(about(doc, q).block.index, -1)
    for other in doc.quantities:
        if other is q or other.unit != q.unit or other.value != q.value:
            continue
        if other.direction == q.direction and not about(doc, other).title:
            if arts.get(about(doc, other).block.index, -2) == art:
                return True
    return False


def info_digits(q: Quantity) -> str:
    d = _digits(q.value)
    return d[0] if d else ""


def _agrees_with_earlier(doc: Document, q: Quantity, p: Params) -> Quantity | None:
    """The last earlier figure with the same value and unit that measures the same thing."""
    found = None
    quantities = doc.quantities
    first = bisect.bisect_left(quantities, q.start - WINDOW, key=lambda o: o.start)
    for other in quantities[first:]:  # (within the window of candidate_pairs: linear)
        if other.start >= q.start:
            break
        # (the same filters, the one that rules out nearly every figure first)
        if other.value != q.value or other.direction != q.direction:
            continue
        if not _checkable(other) or other.dim != q.dim or other.unit != q.unit:
            continue
        need = _min_shared(doc, other, q, p)
        if need is None:
            continue
        if same_quantity(doc, other, q, need).same:
            found = other
    return found
