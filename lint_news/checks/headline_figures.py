"""Check kind ``headline-figures``: a figure in a headline that its article's body never gives.

A page holds several articles; the body of a headline runs to the next headline or
dateline (``document.article_spans``). A title figure is supported when some figure of the
body, in the same dimension, overlaps it once hedges and rounding are read as intervals
(逾万 is supported by 10326, 超六成 by 62.4%, 1.2亿元 by 11826万元); so is a sum of two body
figures or one body figure times a count (八九盘 x 270米 for 两千米). Only percentages and
figures with a unit are checked; years, dates, ordinals, anniversaries (2周年) and
rankings (前10名) never are. An article without a body, with a very short body, or whose
body has no figure at all (its text is probably continued elsewhere) is left alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..context import about
from ..document import SUBHEAD, TITLE_KINDS, Block, Document, article_spans
from ..findings import Finding
from ..patterns import lazy
from ..records import Frozen
from ..rules import Rule

if TYPE_CHECKING:
    from ..numbers import Quantity

PARAMS = {"headline-figures": ("tolerance", "min_body_chars", "skip_units")}
_FIELDS = ("here", "detail")
_SKIP_UNITS = (
    "年 周年 届 期 版 代 世纪 辈 级 楼 层 号 路 岁 强 个月 月 天 日 周 小时 分钟 秒 轮 大 星 "
    "招 字 句 手 步 关 仗"
).split()
# a figure right after these words is a rank or a name, not an amount
_RANK_BEFORE = lazy(r"(?:前|第|top|TOP|Top|排名|位列|位居|名列|跻身|入选)\s*$")


class Params(Frozen):
    __slots__ = _fields = ("tolerance", "min_body_chars", "skip_units")
    tolerance: float
    min_body_chars: int
    skip_units: frozenset[str]

    def __init__(self, tolerance: float, min_body_chars: int, skip_units: frozenset[str]) -> None:
        _set = object.__setattr__
        _set(self, "tolerance", tolerance)
        _set(self, "min_body_chars", min_body_chars)
        _set(self, "skip_units", skip_units)


def prepare(rule: Rule) -> Params:
    p = rule.params
    tol = p.get("tolerance", 0.02)
    if not isinstance(tol, (int, float)) or isinstance(tol, bool) or not 0 <= tol < 1:
        raise ValueError("'tolerance' must be a number from 0 to 1 (a relative margin, e.g. 0.02)")
    mbc = p.get("min_body_chars", 80)
    if not isinstance(mbc, int) or isinstance(mbc, bool) or mbc < 0:
        raise ValueError("'min_body_chars' must be a non-negative integer")
    skip = p.get("skip_units", _SKIP_UNITS)
    if not isinstance(skip, list) or not all(isinstance(s, str) for s in skip):
        raise ValueError("'skip_units' must be a list of unit words")
    rule.check_message_fields(_FIELDS)
    return Params(float(tol), mbc, frozenset(skip))


def _in_brackets(text: str, pos: int) -> bool:
    """Is ``pos`` inside （…） or (…) of ``text``: 附图片1张, a note, not the headline's claim."""
    depth = 0
    for c in text[:pos]:
        if c in "（(":
            depth += 1
        elif c in "）)" and depth:
            depth -= 1
    return depth > 0


_DIGIT = lazy(r"[0-9０-９]")  # (compiled once, kept on disk)


def _checked(doc: Document, q: Quantity, p: Params) -> bool:
    if q.kind != "quantity" or not q.dim:
        return False
    block = doc.block_at(q.start)
    if block is not None:
        rel = q.start - block.start
        if _in_brackets(block.text, rel):
            return False
        if rel == 0 and re.match(
            r"[、.．)）]", block.text[q.end - block.start : q.end - block.start + 1]
        ):
            return False  # a list number: 2、滑雪场上显身手
    if q.dim not in ("percent", "points", "times") and (not q.unit or q.unit in p.skip_units):
        return False
    if q.dim == "percent" and q.magnitude and q.text.endswith("成"):
        return False  # 近7万成亚洲最贵: 7万 and the verb 成, not a share
    if q.dim.startswith("count:") and q.unit in p.skip_units:
        return False
    if "[time]" in q.dim:
        return False
    if q.dim.startswith("count:") and q.value < 100 and not _DIGIT.search(q.text):
        return False  # 三项举措, 五个一: slogans, not statistics
    before = doc.text[block.start if block else 0 : q.start][-6:]
    return not _RANK_BEFORE.search(before)


def _interval(q: Quantity, ref: Quantity | None = None) -> tuple[float, float]:
    """``q``'s interval in the unit of ``ref`` (its own by default; pint only across units)."""
    global _interval_in
    if _interval_in is None:  # (imported at the first use, not at start-up)
        from ..numbers import interval_in

        _interval_in = interval_in
    lo, hi = _interval_in(q, ref or q)
    if lo > hi:
        lo, hi = hi, lo
    return lo, hi


_interval_in: Any = None


def _overlap(a: tuple[float, float], b: tuple[float, float], tol: float) -> bool:
    """Do the intervals meet once ``a`` is widened by ``tol`` of its own size?"""
    lo = a[0] - abs(a[0]) * tol
    hi = a[1] + abs(a[1]) * tol
    return lo <= b[1] and b[0] <= hi


def _as_percent(q: Quantity) -> list[tuple[float, float]]:
    """A figure read as a percentage: 60% itself; 1倍 as +100% (增长1倍) or 100% (是…的1倍)."""
    if q.dim == "percent":
        return [_interval(q)]
    if q.dim == "times":
        lo, hi = _interval(q)
        return [(lo * 100, hi * 100), ((lo - 1) * 100, (hi - 1) * 100)]
    return []  # (any other figure: its interval is not asked, as none is read)


def _comparable(q: Quantity, b: Quantity) -> bool:
    if b.dim == q.dim:
        return True
    # counts: the headline's classifier may differ from the body's (77人 / 77具遗体), or the
    # body's figure has none the parser knows
    return q.dim.startswith("count:") and (b.dim.startswith("count:") or not b.dim)


def _supported(q: Quantity, body: list[Quantity], tol: float) -> bool:
    if "[temperature]" in q.dim:
        tol = 0.0  # kelvin: a relative margin would be tens of degrees
    a = _interval(q)
    for b in body:
        if _comparable(q, b) and _overlap(a, _interval(b, q), tol):
            return True
    if q.dim in ("percent", "times"):
        mine = _as_percent(q)
        for b in body:
            for iv in _as_percent(b):
                if any(_overlap(m, iv, tol) for m in mine):
                    return True
    return False


_FRACTION = lazy(
    r"(?<![\d０-９./／])([0-9０-９]{1,2})\s*[/／]\s*([0-9０-９]{1,2})(?![\d０-９./／])", lead=True
)


def _fractions(text: str) -> list[float]:
    """Percentages written as Arabic fractions (下降2/3), which the parser leaves alone."""
    out = []
    for m in _FRACTION.finditer(text):
        a, b = int(m.group(1).translate(_FW)), int(m.group(2).translate(_FW))
        if 0 < a < b:
            out.append(100 * a / b)
    return out


_FW = str.maketrans("０１２３４５６７８９", "0123456789")


_TABLE_PAIR = lazy(r"[0-9０-９][^\s，,。／/]{0,2}\s*[／/]\s*[-－—−]?[0-9０-９]")


_NOT_WORDS = lazy(r"[0-9０-９.．%％]+|[^\u4e00-\u9fff]")


def _title_is_headline(text: str) -> bool:
    """A headline says something in words; a table row (温度3℃／8℃) or a broken line does not."""
    pairs = ("“”", "（）", "()", "《》", "「」")
    if any(text.count(a) != text.count(b) for a, b in pairs):
        return False
    if _TABLE_PAIR.search(text):
        return False  # two readings side by side: 小雨7℃／10℃, 比分3/1
    words = _NOT_WORDS.sub("", text)
    return len(words) >= 6


def _derived(q: Quantity, body: list[Quantity], tol: float) -> bool:
    """Is ``q`` the sum of two body figures, or one times a count (八九盘 x 270米 = 两千米)?

    A headline often adds up or multiplies what the body says; such a figure is supported.
    """
    if q.dim in ("percent", "points", "times") or "[temperature]" in q.dim:
        return False
    a = _interval(q)
    same = [b for b in body if _comparable(q, b)][:60]
    counts = [b for b in body if (b.dim.startswith("count:") or not b.dim) and b.base_hi <= 1000][
        :60
    ]
    for i, x in enumerate(same):
        xl, xh = _interval(x, q)
        for y in same[i + 1 :]:
            yl, yh = _interval(y, q)
            if _overlap(a, (xl + yl, xh + yh), tol):
                return True
        for c in counts:
            if c is x:
                continue
            cl, ch = _interval(c)
            if cl > 1 and _overlap(a, (xl * cl, xh * ch), tol):
                return True
    return False


def _figures_in(doc: Document, blocks: list[Block]) -> list[Quantity]:
    if not blocks:
        return []
    # the figures (in text order) that start inside one of the blocks, which never overlap:
    # each block's run of them found by bisection, not every figure tested against blocks
    figures = doc.quantities
    starts = doc.cache.get("headline.starts")
    if starts is None:
        starts = doc.cache["headline.starts"] = [q.start for q in figures]
    out = []
    for bs, be in sorted({(b.start, b.end) for b in blocks}):
        lo = bisect.bisect_left(starts, bs)
        hi = bisect.bisect_left(starts, be, lo)
        out.extend(q for q in figures[lo:hi] if q.kind == "quantity")
    return out


# more titles than this in a row are a list (weather, results, a table of contents), not a
# headline with its kicker and subtitle
MAX_TITLES = 3


def check(doc: Document, rule: Rule) -> Iterator[Finding]:
    p: Params = rule.state
    if not any(b.kind in TITLE_KINDS for b in doc.blocks):
        return  # no headline or subhead: no title figure to check
    articles = article_spans(doc)
    for n, (titles, body) in enumerate(articles):
        if len(titles) > MAX_TITLES:
            continue
        paragraphs = [b for b in body if b.kind != SUBHEAD]
        subheads = [b for b in body if b.kind == SUBHEAD]
        if not paragraphs or sum(len(b.text) for b in paragraphs) < p.min_body_chars:
            continue
        # what supports a figure: every block of the article but its titles (a dateline
        # glued to the first paragraph, a caption, a list item say figures too)
        first = (titles or body)[0].index
        nxt = articles[n + 1] if n + 1 < len(articles) else None
        stop = (nxt[0] or nxt[1])[0].index if nxt and (nxt[0] or nxt[1]) else len(doc.blocks)
        title_figs = _figures_in(doc, titles + subheads)
        if not title_figs:
            continue
        support = [b for b in doc.blocks[first:stop] if b.kind not in TITLE_KINDS]
        body_figs = _figures_in(doc, support)
        if not body_figs:
            continue
        fractions: list[float] | None = None
        for q in title_figs:
            if not _checked(doc, q, p):
                continue
            block = doc.block_at(q.start)
            if block is None:
                continue
            # a title that is nothing but a figure (2715亿元) claims it as much as a headline
            if not _title_is_headline(block.text) and not about(doc, q).bare:
                continue
            if _supported(q, body_figs, p.tolerance) or _derived(q, body_figs, p.tolerance):
                continue
            if q.dim == "percent":
                if fractions is None:
                    fractions = [f for b in support for f in _fractions(b.text)]
                lo, hi = _interval(q)
                if any(lo * (1 - p.tolerance) <= f <= hi * (1 + p.tolerance) for f in fractions):
                    continue
            same_dim = any(b.dim == q.dim for b in body_figs)
            detail = "正文中没有与之相符的数字" if same_dim else "正文中没有同类数字"
            here = doc.text[q.start : q.end]
            yield rule.finding(
                message=rule.message.format(here=here, detail=detail),
                start=q.start,
                end=q.end,
            )
