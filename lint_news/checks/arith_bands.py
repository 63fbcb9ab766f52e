"""Bands of one scale (60岁以下 / 60岁及以上, 18至35岁, 不满18岁, 5A级 / 4A级, 大型 / 中型 / 小型).

A label that names a band of a measured scale (an age, an income, an area) is a range of that
scale; two bands of one scale that do not overlap count different members of the whole, and
bands that leave no gap (60岁以下 and 60岁及以上) count all of it. A label that names a level of
a graded scale (5A级, 五星级, 国家级, 大型) does the same: one member holds one level. Cumulative
levels (4A级以上, 省级及以上) are ranges of the graded scale and overlap the levels inside them.

Used by ``shares`` (the shares of disjoint bands of one whole cannot sum to more than 100%, the
shares of bands that cover the scale sum to 100%) and by ``parts-vs-total`` (counts of disjoint
bands or levels are parts of one kind; of bands that cover the scale, all of the whole).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from ..arith import Span
from ..findings import Finding
from ..patterns import lazy
from ..rules import Rule
from .arith_common import hundred_finding, share_runs

_NUM = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
_UNIT = r"周岁|岁|万元|元|万人|亩|公顷|平方米|公里|千米|米|公斤|千克|吨|小时|分钟|个月|年"
# a band of a measured scale: 60岁以下, 60岁及以上, 不满18岁, 18至35岁, 18-35周岁
_BAND = lazy(
    rf"(?P<pre>不满|未满|不足|低于|小于|超过|高于|大于|满)?(?P<a>{_NUM})"
    rf"(?:(?:[-~～—至到])(?P<b>{_NUM}))?(?P<unit>{_UNIT})"
    r"(?P<post>及以上|及以下|以上|以下|以内|之间|(?=(?:之间|的|人口|群体|老人|人群|段|占)))?",
    lead=True,
)
_FW = str.maketrans("０１２３４５６７８９．", "0123456789.")


def _num(x: str) -> float:
    return float(x.translate(_FW))


def band(label: str) -> tuple[str, float, float] | None:
    """(unit, lo, hi) of the one band a label names, or None. Bounds are read so that 60岁以下
    and 60岁及以上 touch at 60 (the convention of statistical tables)."""
    found = [m for m in _BAND.finditer(label) if m.group("pre") or m.group("b") or m.group("post")]
    if len(found) != 1:
        return None
    m = found[0]
    pre, post = m.group("pre") or "", m.group("post") or ""
    a = _num(m.group("a"))
    unit = "岁" if m.group("unit") == "周岁" else m.group("unit")
    if m.group("b"):
        b = _num(m.group("b"))
        return (unit, a, b + 1 if unit == "岁" else b) if b > a else None
    if pre in ("不满", "未满", "不足", "低于", "小于") or post in ("以下", "以内"):
        return (unit, -math.inf, a)
    if post == "及以下":
        return (unit, -math.inf, a + 1 if unit == "岁" else a)
    if post == "以上" and pre == "":
        return (unit, a, math.inf)
    if post == "及以上" or pre in ("超过", "高于", "大于", "满"):
        return (unit, a, math.inf)
    return None


# levels of graded scales: one member holds one level
_LEVELS = (
    ("A", lazy(r"(?<![A-Za-z0-9])(?P<k>[1-5１-５一二三四五])A(?:级)?(?![A-Za-z])")),
    ("星", lazy(r"(?P<k>[一二三四五1-5])星(?:级)?")),
    ("规模", lazy(r"(?P<k>特大型|大型|中型|小型|微型)(?!号)")),
    ("行政", lazy(r"(?P<k>国家|省|市县|市|县|区|乡镇)(?:级|重点)")),
)
_CUMULATIVE = lazy(r"以上|以下|及以|或以|之上|以内|及其|和[^、，]{0,4}级")


def level(label: str) -> tuple[str, str] | None:
    """(scale, level) of the one level a label names (5A级景区 -> (A, 5)), or None."""
    if _CUMULATIVE.search(label):
        return None
    got = []
    for name, rx in _LEVELS:
        ms = list(rx.finditer(label))
        if len(ms) == 1:
            got.append((name, _norm(ms[0].group("k"))))
        elif len(ms) > 1:
            return None  # 4A级、5A级景区: two levels in one label
    return got[0] if len(got) == 1 else None


def _norm(k: str) -> str:
    return k.translate(str.maketrans("１２３４５一二三四五", "1234512345"))


def disjoint_split(labels: list[str]) -> tuple[bool, bool] | None:
    """For labels that all name bands of one scale or levels of one graded scale: (whether no two
    of them overlap, whether together they cover the scale); None for any other labels."""
    if len(labels) < 2:
        return None
    bands = [band(x) for x in labels]
    if all(bands) and len({b[0] for b in bands if b}) == 1:
        spans = sorted((b[1], b[2]) for b in bands if b)
        apart = all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
        covers = (
            apart
            and spans[0][0] == -math.inf
            and spans[-1][1] == math.inf
            and all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
        )
        return apart, covers
    levels = [level(x) for x in labels]
    if all(levels) and len({lv[0] for lv in levels if lv}) == 1:
        keys = [lv[1] for lv in levels if lv]
        apart = len(set(keys)) == len(keys)
        return apart, apart and levels[0][0] == "行政" and _all_tiers(set(keys))  # type: ignore[index]
    return None


def _all_tiers(keys: set[str]) -> bool:
    """国家级、省级、市级、县级 (or 市县级): every tier of government that designates a thing, so
    every designated member holds one of them (国家级、省级、市级 leaves out 县级)."""
    return {"国家", "省"} <= keys and ("市县" in keys or {"市", "县"} <= keys)


# -- shares of bands ---------------------------------------------------------------------------

# the share verb ending a band's clause: 60岁以下的占72%, 60岁及以上人口占比为31%, 所占比例为
_SHARE_END = lazy(
    r"(?:的|的人|的人口|人口|人群|群体|老人|居民|职工|人员)?"
    r"(?:约占|占(?P<obj>[^，,；;。、]{0,10}?)的?(?:比重|比例)?|所占比例|所占比重|占比|比例|比重)"
    r"(?:为|是|达到|达|约为|约|仅为|仅)?\s*$",
    lead=True,
)


_LEAD_WINDOW = 64  # > the longest share verb (19) + the longest label (12) + 1


def _band_share(span: Span, q) -> tuple[str, str, int] | None:
    """(label, whole named after 占, where the label starts) of a share of one band or level."""
    cs, _ = span.clause_bounds(q.start)
    # only the clause's last characters can hold the share verb (at most 19 characters and
    # the spaces before the figure) and a label (at most 12): a clause of a whole table read
    # as one sentence would otherwise be searched once per percentage
    t = span.text
    rel = ws = q.start - span.start
    while ws > 0 and t[ws - 1].isspace():
        ws -= 1
    lead_start = max(cs - span.start, ws - _LEAD_WINDOW)
    lead = t[lead_start:rel]
    m = _SHARE_END.search(lead)
    if m is None:
        return None
    head = re.split(r"其中|中|里|，|、", lead[: m.start()])[-1]
    if not head or len(head) > 12:
        return None
    if band(head) is None and level(head) is None and not _complement_word(span, head):
        return None
    return head, (m.group("obj") or "").strip(), span.start + lead_start + m.start() - len(head)


def _complement_word(span: Span, head: str) -> bool:
    """户籍人口 / 非户籍人口: a label whose negation (非…) is named in the sentence, or one."""
    head = re.sub(r"(?:人口|人员|群体|的人)$", "", head) or head
    return head.startswith("非") or ("非" + head) in span.text


def complement(labels: list[str]) -> bool:
    """Two labels, one the negation of the other by 非 (党员 / 非党员): all of the whole."""
    if len(labels) != 2:
        return False
    a, b = labels
    return b == "非" + a or a == "非" + b


_BAND_JOIN = lazy(r"[，,、\s]*(?:而|另有|还有)?")


def _one_object(obj: str, objs: set[str]) -> bool:
    """Bands of one whole: a share that names what it is of names the same thing as the rest."""
    named = objs - {""}
    return not obj or not named or obj in named


def band_shares(span: Span, rule: Rule, done: set[int]) -> Iterator[Finding]:
    """Shares of disjoint bands of one whole in consecutive clauses: above 100% they cannot be;
    bands that cover the scale (60岁以下 / 60岁及以上) sum to 100%."""
    slack: float = rule.state
    if not any(
        w in span.text for w in ("以上", "以下", "不满", "未满", "不足", "至", "级", "型", "非")
    ):
        return
    runs = share_runs(span, _band_share, _BAND_JOIN, _one_object)
    for qs, labs, _objs in runs:
        if any(x.start in done for x in qs):
            continue
        split = (True, True) if complement(labs) else disjoint_split(labs)
        if split is None or not split[0]:
            continue  # 35岁以下 / 45岁以下: the bands overlap
        found = hundred_finding(
            rule,
            qs,
            slack,
            split[1],
            "互不重叠的各组占比合计超过100%",
            "覆盖全部的各组（某岁以下与某岁及以上，X与非X）占比应合计100%",
        )
        if found is not None:
            done.add(qs[-1].start)
            yield found
