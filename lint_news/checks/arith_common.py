"""Helpers shared by the arithmetic check modules (``arith_*``): roles of figures in a clause."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..arith import Interval, Span, fmt_num, interval, is_amount, is_percent, places_for
from ..findings import Finding, Related
from ..patterns import lazy
from ..rules import Rule

CJK = "\u4e00-\u9fff"


def finding(rule: Rule, detail: str, q, related: list[tuple[object, str]]) -> Finding:
    return rule.finding(
        message=f"{rule.message}：{detail}",
        start=q.start,
        end=q.end,
        related=[Related(r.start, r.end, msg) for r, msg in related],
    )


# measure words that count the same things
_SAME_COUNT = {"count:名": "count:人", "count:位": "count:人"}


def same_dim(a, b) -> bool:
    """One measure: counts of one measure word (人/名/位 alike), money, or one physical unit
    (values are compared as written, so 公顷 and 平方公里 are not mixed)."""
    da, db = a.dim or "", b.dim or ""
    if _SAME_COUNT.get(da, da) != _SAME_COUNT.get(db, db):
        return False
    return (
        da.startswith(("count", "money"))
        or da in ("percent", "points", "times")
        or (a.unit == b.unit)
    )


def pct_iv(q, slack: float) -> Interval:
    return interval(q).widen(slack)


_NOUN_AFTER = lazy(rf"[{CJK}]{{1,4}}")
_NOT_NOUN = lazy(
    r"^(?:的|和|与|及|、|，|以上|以下|左右|其中|占|为|是|同比|比|较|增|减|下降|提高|上升|达|共|合计|分别|已|累计|，"
    r"|实现|完成|开通|表示|获得|参与|参加|通过|进入|使用|接受|签约|入住|被|在|有|将|可|能|会|未|不|没|获|得|已|均|都)"
)


def noun_after(span: Span, q) -> str:
    """The noun written right after a figure (96所学校 -> 学校), if any."""
    rest = span.between(q.end, min(span.end, q.end + 6))
    if _NOT_NOUN.match(rest):
        return ""
    m = _NOUN_AFTER.match(rest)
    return m.group() if m else ""


def same_noun(span: Span, a, b) -> bool:
    """False when both figures name what they count and the names differ (9个考场, 31个考室);
    a kind of the same thing is the same (17名登山队员, 2名中国登山队员: one head, 员)."""
    na, nb = noun_after(span, a), noun_after(span, b)
    if not na or not nb:
        return True
    if na[:2] == nb[:2]:
        return True
    ha, hb = noun_phrase(span, a), noun_phrase(span, b)
    return bool(ha) and len(ha) >= 3 and len(hb) >= 3 and ha[-1] == hb[-1]


_PHRASE_END = lazy(
    r"[^\u4e00-\u9fff]|的|在|被|已|将|是|为|有|获|和|与|及|(?<=.)[中里]|参|完|实|通|接|从|由|比|较"
)


def noun_phrase(span: Span, q) -> str:
    """The words after a figure up to its first verb or mark (中韩联合科考队队员在… -> the part
    before 在), at most 10 characters."""
    rest = span.between(q.end, min(span.end, q.end + 10))
    m = _PHRASE_END.search(rest)
    return rest[: m.start()] if m else rest


_THRESHOLD_AFTER = lazy(r"^(?:以上|以下|及以上|及以下|以内|之内|以外|之后|以后|之前|的)")
_NOT_AMOUNT_BEFORE = lazy(
    r"(?:平均|人均|户均|均|每|(?<![目此之以日年提当眼空事])前|第|排名|位列|名列|最高|最低|最多|最少)$",
    lead=True,
)


_BOUND_END = lazy(r"(?:以上|以下|以内)$")


def amount_here(span: Span, q) -> bool:
    """An amount of something, not a threshold (5万元以上大案, 超过55分贝的), rank or average."""
    if not is_amount(q):
        return False
    if _BOUND_END.search(q.text):
        return False
    after = span.between(q.end, min(span.end, q.end + 2))
    if _THRESHOLD_AFTER.match(after):
        return False
    before = span.between(max(span.start, q.start - 3), q.start)
    return not _NOT_AMOUNT_BEFORE.search(before)


def sum_of(qs: list) -> Interval:
    total = Interval(0.0, 0.0)
    for q in qs:
        total = total + interval(q)
    return total


def hundred_finding(
    rule: Rule, qs: list, slack: float, whole: bool, over_why: str, short_why: str = ""
) -> Finding | None:
    """Shares of one whole that cannot add up as stated, as a finding: above 100% by more
    than the slack, or (``whole``: the shares cover the whole) short of 100%."""
    s = sum_of(qs)
    if s.contains(100.0, slack) or (not whole and s.lo <= 100.0 + slack):
        return None
    places = max(places_for(x) for x in qs)
    nominal = sum(float(x.value) for x in qs)
    expr = "+".join(x.text for x in qs)
    why = over_why if s.lo > 100.0 + slack else short_why
    detail = f"{expr} = {fmt_num(nominal, places)}%，{why}"
    return finding(rule, detail, qs[-1], [(x, "另一部分") for x in qs[:-1]])


ShareRun = tuple[list, list[str], set[str]]  # the shares, their labels, the wholes they name


def share_runs(
    span: Span,
    label_of: Callable[[Span, object], tuple[str, str, int] | None],
    joiner: re.Pattern[str],
    fits: Callable[[str, set[str]], bool] = lambda whole, wholes: True,
) -> list[ShareRun]:
    """Runs of two or more labelled shares in consecutive clauses: ``label_of`` gives a
    percentage's (label, whole, start of its label) or None; a share joins the run when the
    text since the last one matches ``joiner`` and ``fits`` accepts its whole. A figure in
    the clause of a later percentage is part of a label (60岁以下的占72%) and is skipped;
    any other figure ends the run."""
    runs: list[ShareRun] = []
    cur: list = []
    labels: list[str] = []
    wholes: set[str] = set()
    last_end = 0
    # the start of the last percentage of each clause (one pass, not one per figure: a long
    # table read as one sentence holds tens of thousands of figures)
    last_pct: dict[tuple[int, int], int] = {}
    for p in span.quantities:
        if is_percent(p):
            bounds = span.clause_bounds(p.start)
            last_pct[bounds] = max(p.start, last_pct.get(bounds, p.start))
    for q in span.quantities:
        if not is_percent(q) and last_pct.get(span.clause_bounds(q.start), -1) > q.start:
            continue
        got = label_of(span, q) if is_percent(q) else None
        if got is not None:
            label, whole, at = got
            gap = span.between(last_end, at) if cur else ""
            if cur and joiner.fullmatch(gap) and fits(whole, wholes):
                cur.append(q)
                labels.append(label)
                wholes.add(whole)
                last_end = q.end
                continue
            if len(cur) >= 2:
                runs.append((cur, labels, wholes))
            cur, labels, wholes, last_end = [q], [label], {whole}, q.end
            continue
        if len(cur) >= 2:
            runs.append((cur, labels, wholes))
        cur, labels, wholes = [], [], set()
    if len(cur) >= 2:
        runs.append((cur, labels, wholes))
    return runs


def unit_of(q) -> str:
    d = q.dim or ""
    return d.split(":", 1)[1] if ":" in d else (q.unit or "")


class Pos:
    """A span of text standing in for a figure in findings (翻两番)."""

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text


_ZHONG_END = lazy(
    rf"^(?P<noun>[{CJK}A-Za-z]{{0,8}}?)(?:中|当中|之中|里)(?:\s*$|(?:共有|已有|仅有|只有|有)(?=[\d０-９]))"
)
# 中 after these is not "among": 射中, 2米深的海水中, 56公斤级比赛中, 被…中; a measure of size
# right after the figure (2米深的…, 3吨重的…), a place or act right before 中/里 (水中, 途中, 赛中,
# 心中, 家里); anywhere else these characters are ordinary words (120家重点企业中, 30所高校中)
_NOT_AMONG = lazy(
    r"被|^(?:级|深|高|长|宽|厚|重)(?!点|校|层|管|新|端|速)|(?:射|打|击|命|空|心|水|火|途|赛|家|手|这|那)$"
)


def in_zhong(span: Span, q) -> bool:
    """The figure names a whole that the clause then breaks down: 1.8万套安置房中，…"""
    if not (q.dim or "").startswith(("count", "money")):
        return False
    _, ce = span.clause_bounds(q.start)
    m = _ZHONG_END.match(span.between(q.end, ce))
    return bool(m) and not _NOT_AMONG.search(m.group("noun"))


# labels that cut across a breakdown (a person may be both a 党员 and a 女职工)
OVERLAP = lazy(
    r"党员|团员|女|男|少数民族|贫困|残疾|退役|高新|规上|规模以上|上市|专精特新|龙头|重点|科技|创新|示范|"
    r"以上|以下|岁|累计|出口|进口"
)
# criteria that split economic figures; parts named by two of them overlap
CRITERIA = (
    ("ownership", lazy(r"国有|民间|民营|外资|外商|港澳台|政府|财政|社会|私营|集体|个体")),
    ("sector", lazy(r"工业|制造|基础设施|基建|房地产|农业|服务业|交通|能源|水利|生态|民生|产业")),
)
