"""Check kinds of category ``arithmetic``: figures of one family that do not compute.

- ``rate-vs-counts``: a rate (完成率90%, 占总数的25%) against the part and total it comes from.
- ``parts-vs-total``: 分别…合计 lists that do not add up; 其中 parts larger than their total.
- ``shares``: complementary shares (男/女, 城镇/农村, 其余) that do not sum to 100%; a share of a
  whole above 100%.
- ``growth-vs-values``: 由A增长到B with a growth rate, 倍 or 翻番 that B/A does not give; an
  increment and a growth rate against the stated level.
- ``points-vs-percent``: a rate that moves from a% to b% and a change stated in % that is the
  difference in points (or matches neither reading).

Every check works on the figures of one sentence (``arith.sentences``) as intervals
(``arith.interval``) and reports only when no reading of hedges and rounding is consistent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..arith import (
    Interval,
    Span,
    fmt_amount,
    fmt_num,
    half_unit,
    interval,
    is_amount,
    is_percent,
    places_for,
    sentences,
    show,
)
from ..document import Document, in_scope
from ..findings import Finding, Related
from ..patterns import lazy
from ..rules import Rule

KINDS = ("rate-vs-counts", "parts-vs-total", "shares", "growth-vs-values", "points-vs-percent")
PARAMS = {k: ("slack",) for k in KINDS}

CJK = "\u4e00-\u9fff"


def prepare(rule: Rule) -> float:
    slack = rule.params.get("slack", 0)
    if isinstance(slack, bool) or not isinstance(slack, (int, float)) or slack < 0:
        raise ValueError(
            "'slack' must be a number >= 0 (extra tolerance: percentage points, or a fraction for sums)"
        )
    return float(slack)


def check(doc: Document, rule: Rule) -> Iterator[Finding]:
    fn = _CHECKS[rule.kind]
    for span in sentences(doc):
        if not in_scope(span.block_kind, rule.scope):
            continue
        yield from fn(span, rule)


def _finding(rule: Rule, detail: str, q, related: list[tuple[object, str]]) -> Finding:
    return rule.finding(
        message=f"{rule.message}：{detail}",
        start=q.start,
        end=q.end,
        related=[Related(r.start, r.end, msg) for r, msg in related],
    )


def _same_dim(a, b) -> bool:
    return (a.dim or "") == (b.dim or "")


def _pct_iv(q, slack: float) -> Interval:
    return interval(q).widen(slack)


# =============================================================================================
# rate-vs-counts

# a rate keyword right before the percentage: 完成率达90%, 交付率为63.41%
_RATE_BEFORE = lazy(
    rf"(?P<stem>[{CJK}]{{2}})率(?:已经|已|均|仍)?(?:为|是|达到了|达到|达|约为|约|提[高升][到至]|升至|超过|超|近|接近|保持在|在)?\s*$"
)
# rates that are not part/total of counts stated next to them
_RATE_STOP = lazy(
    r"增长|增加|提高|下降|降低|利|汇|税|费|概|功|频|效|准备|通胀|膨胀|回报|收益|市盈|负债|换手|贡献|折扣|溢价|城镇化|人口|出生|死亡"
)
# 占…的 X%: the part before 占, the whole after it
_SHARE_BEFORE = lazy(
    rf"占(?P<obj>[{CJK}A-Za-z]{{0,10}}?)(?:的)?(?:比(?:重|例))?(?:为|达到|达|约为|约|近|超过|超)?\s*$"
)
# markers of a whole (the denominator of a rate)
_TOTAL_MARK = lazy(
    r"共|总|合计|涉及|全[省市县区国镇乡部体年]|计划|目标|任务|抽[检查取样]|排查|受理|在册|纳入|列入|需要?|应[当该]?|有"
)
_NEGATION = "不未没无非"


def _stem_in(text: str, stem: str) -> bool:
    """The rate's stem occurs in ``text`` as a plain word (not negated, not the rate itself)."""
    i = text.find(stem)
    while i >= 0:
        nxt = text[i + len(stem) : i + len(stem) + 1]
        prev = text[i - 1] if i > 0 else ""
        if nxt != "率" and (not prev or prev not in _NEGATION):
            return True
        i = text.find(stem, i + 1)
    return False


_NOUN_AFTER = lazy(rf"[{CJK}]{{1,4}}")
_NOT_NOUN = lazy(
    r"^(?:的|和|与|及|、|，|以上|以下|左右|其中|占|为|是|同比|比|较|增|减|下降|提高|上升|达|共|合计|分别|已|累计|，)"
)


def _noun_after(span: Span, q) -> str:
    """The noun written right after a figure (96所学校 -> 学校), if any."""
    rest = span.between(q.end, min(span.end, q.end + 6))
    if _NOT_NOUN.match(rest):
        return ""
    m = _NOUN_AFTER.match(rest)
    return m.group() if m else ""


def _same_noun(span: Span, a, b) -> bool:
    """False when both figures name what they count and the names differ (9个考场, 31个考室)."""
    na, nb = _noun_after(span, a), _noun_after(span, b)
    if not na or not nb:
        return True
    return na[:2] == nb[:2]


_THRESHOLD_AFTER = lazy(r"^(?:以上|以下|以内|之内|以外|之后|以后|之前|的)")
_NOT_AMOUNT_BEFORE = lazy(r"(?:平均|人均|户均|均|每|前|第|排名|位列|名列|最高|最低|最多|最少)$")


def _amount_here(span: Span, q) -> bool:
    """An amount of something, not a threshold (5万元以上大案, 超过55分贝的), rank or average."""
    if not is_amount(q):
        return False
    if re.search(r"(?:以上|以下|以内)$", q.text):
        return False
    after = span.between(q.end, min(span.end, q.end + 2))
    if _THRESHOLD_AFTER.match(after):
        return False
    before = span.between(max(span.start, q.start - 3), q.start)
    return not _NOT_AMOUNT_BEFORE.search(before)


def _totals(span: Span, part, before: int) -> list:
    """Same-dimension figures before ``before`` that a clause marks as a whole."""
    out = []
    for t in span.quantities:
        if t is part or t.start >= before or not _amount_here(span, t) or not _same_dim(t, part):
            continue
        if interval(t).hi < interval(part).lo or not _same_noun(span, t, part):
            continue
        cs, _ = span.clause_bounds(t.start)
        lead = span.between(cs, t.start)
        after = span.between(t.end, min(span.end, t.end + 4))
        if re.match(r"[，,]?\s*(?:占|约占|分别占)", after):
            continue  # itself a part with its share
        if _TOTAL_MARK.search(lead) or after.startswith(("，其中", ",其中", "。其中", "其中")):
            out.append(t)
    return out


def _check_rate(span: Span, rule: Rule) -> Iterator[Finding]:
    slack: float = rule.state
    if "率" not in span.text and "占" not in span.text:
        return  # _RATE_BEFORE and _SHARE_BEFORE need one of them
    for r in span.quantities:
        if not is_percent(r):
            continue
        pre = span.before(r.start, 16)
        m = _RATE_BEFORE.search(pre)
        share = None
        if m:
            stem = m.group("stem")
            if _RATE_STOP.search(stem) or stem.startswith("率"):
                continue
            rate_at = r.start - len(pre) + m.start()
            parts = [
                q
                for q in span.quantities
                if q.start < rate_at
                and is_amount(q)
                and _stem_in(span.clause_text(q.start).split(stem + "率")[0], stem)
            ]
        else:
            share = _SHARE_BEFORE.search(pre)
            if not share:
                continue
            obj = share.group("obj")
            rate_at = r.start - len(pre) + share.start()
            # 占总数的 / 占全部的: the whole stated before; 占非正常贷款的: a whole whose clause
            # names it (非正常额…2756万元); any other whole (占全省的) is not in the text
            named = obj if obj and not obj.startswith(("总", "全部")) else ""
            if named and len(named) < 2:
                continue
            # the part: the figure right before 占, in its clause or the clause before
            cands = [q for q in span.quantities if q.end <= rate_at and is_amount(q)]
            if not cands:
                continue
            p = cands[-1]
            gap = span.between(p.end, rate_at)
            if len(gap) > 6 or re.search(r"[。；;]", gap):
                continue
            parts = [p]
        if not parts:
            continue
        pairs = []
        for p in parts:
            if share and named:
                whole = [
                    t
                    for t in span.quantities
                    if t.start < p.start
                    and _amount_here(span, t)
                    and _same_dim(t, p)
                    and named[:2] in span.between(span.clause_bounds(t.start)[0], t.start)
                ]
            else:
                whole = _totals(span, p, p.start)
            for t in whole:
                pairs.append((p, t))
        if not pairs:
            continue
        stated = _pct_iv(r, slack)
        if share:
            # shares listed beside their counts are often forced to sum to 100: one more half unit
            stated = stated.widen(half_unit(r))
        computed = []
        ok = False
        for p, t in pairs:
            ratio = interval(p).div(interval(t))
            if ratio is None:
                ok = True
                break
            ratio = ratio.scale(100)
            if ratio.meets(stated):
                ok = True
                break
            computed.append((p, t, ratio))
        if ok or not computed:
            continue
        # report the pair nearest to the rate
        p, t, ratio = max(computed, key=lambda x: (x[0].start, x[1].start))
        nominal = float(p.value) / float(t.value) * 100 if t.value else None
        detail = (
            f"{p.text}/{t.text} = {show(nominal, ratio, places_for(r), '%', p, t)}，文中为{r.text}"
        )
        yield _finding(rule, detail, r, [(p, "部分"), (t, "总数")])


# =============================================================================================
# parts-vs-total

_LIST_GAP = lazy(r"^\s*(?:[、，,和及与]|以及|、以及)?\s*$")
_SUM_MARK = lazy(rf"^[{CJK}]{{0,6}}?(?:合计|共计|总计|总共|一共|合共|共|总和为|加起来)")
_PART_STOP = lazy(
    r"比|较|同比|环比|占|相当于|超过|高于|低于|多于|少于|平均|人均|户均|每|达到|增至|增加到|提高到"
)
_PARALLEL_STOP = lazy(
    r"比|较|同比|环比|带动|拉动|撬动|吸引|占|累计|全[省市县国]|另|此外|同时|相当于|平均|人均|每"
)
_COMPLEMENT = (
    ("男", "女"),
    ("城镇", "农村"),
    ("城镇", "乡村"),
    ("城市", "农村"),
    ("公办", "民办"),
    ("境内", "境外"),
)


def _list_after(span: Span, at: int) -> list:
    """The figures listed right after ``at`` (分别1.2万人、0.8万人和1.5万人)."""
    qs = [q for q in span.quantities if q.start >= at]
    if not qs:
        return []
    first = qs[0]
    lead = span.between(at, first.start)
    if len(lead) > 4 or re.search(r"[，,；;]", lead):
        return []
    out = [first]
    for q in qs[1:]:
        if not _LIST_GAP.match(span.between(out[-1].end, q.start)):
            break
        out.append(q)
    return out


def _sum(qs: list) -> Interval:
    total = Interval(0.0, 0.0)
    for q in qs:
        total = total + interval(q)
    return total


def _unit_of(q) -> str:
    d = q.dim or ""
    return d.split(":", 1)[1] if ":" in d else (q.unit or "")


def _check_parts(span: Span, rule: Rule) -> Iterator[Finding]:
    slack: float = rule.state
    text = span.text
    # 1. 分别 A、B、C，合计 T: the listed parts must add up to the total
    for m in re.finditer("分别", text):
        items = _list_after(span, span.start + m.end())
        if len(items) < 2 or not all(is_amount(q) and _same_dim(q, items[0]) for q in items):
            continue
        last = items[-1]
        _, ce = span.clause_bounds(last.end - 1)
        if ce >= span.end:
            continue
        ns, ne = ce + 1, span.clause_bounds(ce + 1)[1]
        nxt = span.between(ns, ne)
        if not _SUM_MARK.match(nxt):
            continue
        totals = [
            q for q in span.quantities if ns <= q.start < ne and is_amount(q) and _same_dim(q, last)
        ]
        if not totals:
            continue
        t = totals[0]
        total_iv = interval(t)
        s = _sum(items)
        if s.meets(total_iv, slack * max(1.0, total_iv.hi)):
            continue
        expr = "+".join(q.text for q in items)
        nominal = sum(float(q.value) for q in items)
        shown = fmt_amount(Interval(nominal, nominal), _unit_of(t))
        detail = f"{expr} = {shown}，文中合计为{t.text}"
        yield _finding(rule, detail, t, [(q, "分项") for q in items])
    # 2. 共 T，其中 P…: no single part can exceed the whole; complementary parts not either
    for m in re.finditer("其中", text):
        at = span.start + m.start()
        # the whole: the figures of the clause that ends at 其中 (or of its own clause before it)
        cs, _ = span.clause_bounds(at)
        lead = span.between(cs, at)
        if lead.strip():
            wholes = [
                q
                for q in span.quantities
                if cs <= q.start and q.end <= at and _amount_here(span, q)
            ]
        else:
            ps = span.clause_bounds(max(span.start, cs - 2))[0] if cs > span.start else cs
            wholes = [
                q
                for q in span.quantities
                if ps <= q.start and q.end <= cs and _amount_here(span, q)
            ]
        if not wholes or re.search(r"平均|人均|均价|户均", span.clause_text(wholes[-1].start)):
            continue
        parts = _parts_after(span, at + 2)
        for whole in _last_per_dim(wholes):
            mine = [p for p in parts if _same_dim(p, whole) and _same_noun(span, p, whole)]
            if not mine:
                continue
            w = interval(whole)
            tol = slack * max(1.0, w.hi)
            big = [p for p in mine if interval(p).lo > w.hi + tol]
            if big:
                p = big[0]
                detail = f"其中{p.text}大于总数{whole.text}"
                yield _finding(rule, detail, p, [(whole, "总数")])
                continue
            pair = _complement_pair(span, mine)
            if pair:
                s = _sum(list(pair))
                if s.lo > w.hi + tol:
                    a, b = pair
                    nominal = float(a.value) + float(b.value)
                    shown = fmt_amount(Interval(nominal, nominal), _unit_of(whole))
                    detail = f"{a.text}+{b.text} = {shown}，超过总数{whole.text}"
                    yield _finding(rule, detail, b, [(a, "分项"), (whole, "总数")])


def _last_per_dim(qs: list) -> list:
    seen: dict[str, object] = {}
    for q in qs:
        seen[q.dim or ""] = q
    return list(seen.values())


def _parts_after(span: Span, at: int) -> list:
    """Figures of the 其中 clause and of the parallel clauses that follow it."""
    out = []
    clauses = [c for c in span.clauses() if c[1] > at]
    for k, (cs, ce) in enumerate(clauses):
        cs = max(cs, at)
        qs = [q for q in span.quantities if cs <= q.start and q.end <= ce and is_amount(q)]
        if k > 0:
            if "其中" in span.between(cs, ce):
                break
            lead = span.between(cs, qs[0].start) if qs else span.between(cs, ce)
            if not qs or len(lead) > 8 or _PARALLEL_STOP.search(lead):
                break
        if re.search(r"最高|最低|最多|最少|最大|最小", span.between(cs, ce)):
            continue
        for q in qs:
            if not _PART_STOP.search(span.before(q.start, 5)) and _amount_here(span, q):
                out.append(q)
    return out


def _complement_pair(span: Span, parts: list) -> tuple | None:
    tags = []
    for p in parts:
        lead = span.clause_text(p.start)
        tags.append(lead)
    for a_word, b_word in _COMPLEMENT:
        a = [p for p, t in zip(parts, tags, strict=True) if t.lstrip("其中").startswith(a_word)]
        b = [p for p, t in zip(parts, tags, strict=True) if t.lstrip("其中").startswith(b_word)]
        if len(a) == 1 and len(b) == 1 and a[0] is not b[0]:
            return (a[0], b[0]) if a[0].start < b[0].start else (b[0], a[0])
    return None


# =============================================================================================
# shares

_GROUPS = {"男": "男", "女": "女", "城镇": "城", "城市": "城", "农村": "乡", "乡村": "乡"}
_PAIR_OF = {"男": "女", "女": "男", "城": "乡", "乡": "城"}
_GROUP_WORDS = tuple(_GROUPS)
_SHARE_SUBJECT = lazy(
    rf"(?:^|[，,；;、：:]|其中)\s*(?P<g>男|女|城镇|城市|农村|乡村)(?P<noun>[{CJK}]{{0,4}}?)"
    rf"(?:所占比例为|占比为|占比|比例为|比重为|占总[{CJK}]{{0,3}}的|占)(?:为|达|约)?\s*$"
)
_REMAINDER = lazy(
    r"(?:^|[，,；;])\s*(?:其余|其他|剩余|剩下)[^，,；;]{0,6}?(?:占|为|是)?(?:比|约)?\s*$"
)
_PLAIN_SHARE = lazy(rf"(?:^|[，,；;、])\s*[{CJK}A-Za-z]{{1,8}}?占(?:比)?(?:为|达|约)?\s*$")
_OVER_OBJ = lazy(
    r"^占(?P<obj>[^，,；;。]{0,14}?)的(?:比(?:重|例))?(?:为|达到|达|约为|约|高达)?\s*$"
)
_OVER_KEY = lazy(
    r"(?:占比|所占比(?:重|例)|比重|份额|占有率)(?:为|是|达到|达|约为|约|高达|升至|提高到|提升至)?\s*$"
)
_WHOLE_WORD = lazy(r"总|全[省市县区国球部体]|所有")
_NOT_SUBSET = lazy(r"GDP|生产总值|收入|产值|营收|负债|债务|预算|计划|目标|任务|标准|上年|去年|同期")


def _check_shares(span: Span, rule: Rule) -> Iterator[Finding]:
    slack: float = rule.state
    pcts = [q for q in span.quantities if is_percent(q)]
    if not pcts:
        return
    # 1. complementary shares: 男性占56%，女性占44%
    tagged = []
    # _SHARE_SUBJECT needs one of its groups in the sentence
    subjects = any(g in span.text for g in _GROUP_WORDS)
    for q in pcts if subjects else ():
        m = _SHARE_SUBJECT.search(span.before(q.start, 18, clause=False))
        if m and not re.search("[中的里]", m.group("noun")):
            noun = m.group("noun").lstrip("性生子")
            tagged.append((q, _GROUPS[m.group("g")], noun))
    for i in range(1, len(tagged)):
        (qa, ga, na), (qb, gb, nb) = tagged[i - 1], tagged[i]
        if _PAIR_OF[ga] != gb or na != nb:
            continue
        s = interval(qa) + interval(qb)
        if s.contains(100.0, slack):
            continue
        places = max(places_for(qa), places_for(qb))
        nominal = float(qa.value) + float(qb.value)
        detail = f"{qa.text}+{qb.text} = {fmt_num(nominal, places)}%，互补的两部分应合计100%"
        yield _finding(rule, detail, qb, [(qa, "另一部分")])
    # 2. A占x%，B占y%，其余占z%: the remainder closes the split
    rest = any(w in span.text for w in ("其余", "其他", "剩余", "剩下"))  # _REMAINDER needs one
    for k, q in enumerate(pcts if rest else ()):
        if k < 1 or not _REMAINDER.search(span.before(q.start, 12, clause=False)):
            continue
        prev = pcts[:k]
        if not all(_PLAIN_SHARE.search(span.before(p.start, 12, clause=False)) for p in prev):
            continue
        if "其中" in span.between(prev[0].start, q.start) or len(span.quantities) != len(pcts):
            continue
        s = _sum(prev + [q])
        if s.contains(100.0, slack):
            continue
        places = max(places_for(p) for p in prev + [q])
        expr = "+".join(p.text for p in prev + [q])
        nominal = sum(float(p.value) for p in prev + [q])
        detail = f"{expr} = {fmt_num(nominal, places)}%，连同“其余”应合计100%"
        yield _finding(rule, detail, q, [(p, "另一部分") for p in prev])
    # 3. a share of a whole above 100%
    for q in pcts:
        iv = interval(q)
        if iv.lo <= 100.0 + slack:
            continue
        pre = span.before(q.start, 20)
        m = _OVER_OBJ.search(pre[pre.rfind("占") :] if "占" in pre else "")
        if m:
            obj = m.group("obj")
            j = pre.rfind("占")
            if j > 0 and pre[j - 1] in "不":
                continue
            if not _WHOLE_WORD.search(obj) or _NOT_SUBSET.search(obj):
                continue
            if re.match(r"地|用|领|据|有(?!率)", obj):
                continue
        elif not _OVER_KEY.search(pre):
            continue
        detail = f"占比{q.text}超过100%，部分不能大于整体"
        yield _finding(rule, detail, q, [])


# =============================================================================================
# from A to B (shared by growth-vs-values and points-vs-percent)

_UP = "增长|增加|提高|上升|提升|扩大|跃升|攀升|猛增|增|上涨|涨|升|发展|突破|激增|飙升"
_DOWN = "下降|减少|降低|回落|缩小|缩减|下滑|下跌|减|降|跌|萎缩|收窄"
_VERB_TO = lazy(
    rf"^[^，,；;。]{{0,8}}?(?P<verb>{_UP}|{_DOWN})?(?:了)?(?:到|至|为)(?:[^，,；;。]{{0,10}}?的)?\s*$"
)
_FROM = lazy(r"(?:从|由)(?:[^，,；;。从由]{0,12}?的)?\s*$")
_DOWN_RE = lazy(_DOWN)


def _from_to(span: Span) -> list[tuple[object, object, bool]]:
    """(A, B, down) for every 从/由 A (增长|下降…)(到|至) B in the sentence."""
    out = []
    if "从" not in span.text and "由" not in span.text:
        return out  # _FROM needs one of them
    qs = span.quantities
    for i, a in enumerate(qs[:-1]):
        if not _FROM.search(span.before(a.start, 16)):
            continue
        b = qs[i + 1]
        gap = span.between(a.end, b.start)
        m = _VERB_TO.match(gap)
        if not m or not _same_dim(a, b):
            continue
        verb = m.group("verb") or ""
        if verb:
            down = bool(_DOWN_RE.fullmatch(verb))
        else:
            down = interval(b).hi < interval(a).lo
        out.append((a, b, down))
    return out


# the change stated after B: 增长20%, 增幅为25%, 下降了2%, 增加了3倍, 提高2个百分点
_CHANGE = lazy(
    rf"^(?:[^，,；;。]{{0,3}})?[，,]?\s*(?:[{CJK}]{{0,4}}?)?"
    rf"(?P<verb>增长|增加|提高|上升|提升|上涨|增幅|涨幅|增速|扩大|下降|减少|降低|回落|降幅|跌幅|下跌|下滑|缩小|收窄|减幅)"
    rf"(?P<le>了)?(?:为|达到|达|约为|约|近|超过|超)?\s*$"
)
_FANFAN = lazy(
    r"(?P<near>近|接近|将近|几乎)?翻了?(?P<n>一|两|二|三|四|)(?:番|倍)(?P<more>多|还多|有余|以上)?"
)
_FAN_N = {"": 1, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4}


def _change_after(span: Span, b) -> tuple[object, re.Match[str]] | None:
    """The first figure after B that states the change (within the next clause), and its verb."""
    later = [q for q in span.quantities if q.start >= b.end]
    limit = span.clause_bounds(b.end)[1]
    nxt_end = span.clause_bounds(min(limit + 1, span.end - 1))[1] if limit < span.end else limit
    for q in later[:2]:
        if q.start > nxt_end:
            return None
        gap = span.between(b.end, q.start)
        m = _CHANGE.match(gap[-14:] if len(gap) > 14 else gap)
        if m and len(gap) <= 18:
            return q, m
    return None


def _growth_iv(a: Interval, b: Interval, down: bool) -> Interval | None:
    r = b.div(a)
    if r is None:
        return None
    if down:
        return Interval((1 - r.hi) * 100, (1 - r.lo) * 100)
    return Interval((r.lo - 1) * 100, (r.hi - 1) * 100)


# =============================================================================================
# growth-vs-values

_INCR_SRC = (
    r"(?:比|较)(?:上年|去年|上年同期|去年同期|同期|上月|上季度|上一年|前一年|上届)?|同比|环比"
)
_INCR = lazy(_INCR_SRC)
_INCR_VERB = lazy(
    rf"(?:{_INCR_SRC})(?P<verb>增加|增长|提高|多|上升|减少|下降|降低|少)了?(?:约|近)?\s*$"
)
_RATE_AFTER = lazy(
    r"^[，,]?\s*(?:同比)?(?P<verb>增长|增幅|上升|提高|增加|下降|降幅|减少|降低)(?:了)?(?:为|达|约)?\s*$"
)


def _check_growth(span: Span, rule: Rule) -> Iterator[Finding]:
    slack: float = rule.state
    fanfan = list(_FANFAN.finditer(span.text)) if "翻" in span.text else []
    for a, b, down in _from_to(span):
        if not is_amount(a):
            continue
        ia, ib = interval(a), interval(b)
        ch = _change_after(span, b)
        if ch:
            x, m = ch
            verb = m.group("verb")
            if _DOWN_RE.match(verb) or verb in ("降幅", "跌幅", "减幅"):
                down_stated = True
            else:
                down_stated = False
            if down_stated != down:
                continue
            if is_percent(x):
                g = _growth_iv(ia, ib, down)
                if g is None or g.meets(_pct_iv(x, slack)):
                    continue
                what = "降幅" if down else "增幅"
                diff = f"{a.text}−{b.text}" if down else f"{b.text}−{a.text}"
                va, vb = float(a.value), float(b.value)
                nominal = ((va - vb) if down else (vb - va)) / va * 100 if va else None
                detail = f"({diff})÷{a.text} = {show(nominal, g, places_for(x), '%', a, b)}，文中{what}为{x.text}"
                yield _finding(rule, detail, x, [(a, "基数"), (b, "现值")])
                continue
            if x.dim == "times" and not down:
                r = ib.div(ia)
                if r is None:
                    continue
                n = interval(x)
                after = span.between(x.end, min(span.end, x.end + 3))
                le = bool(m.group("le"))
                if "到" in after[:1] or "至" in after[:1]:
                    continue
                net = Interval(r.lo - 1, r.hi - 1)
                if le:
                    readings = [net]
                else:
                    readings = [net, r]
                if any(v.meets(n, slack) for v in readings):
                    continue
                what = "增加了N倍即现值为基数的N+1倍" if le else "增加N倍"
                ratio = float(b.value) / float(a.value)
                detail = (
                    f"{b.text}÷{a.text} = {show(ratio, r, 2, '倍', a, b)}，即净增{fmt_num(ratio - 1, 2)}倍，"
                    f"文中为{x.text}（{what}）"
                )
                yield _finding(rule, detail, x, [(a, "基数"), (b, "现值")])
                continue
            if is_amount(x) and _same_dim(x, a):
                d = (ia - ib) if down else (ib - ia)
                if d.meets(interval(x), slack * max(1.0, abs(interval(x).hi))):
                    continue
                detail = f"{b.text}−{a.text} = {fmt_amount(d, _unit_of(x))}，文中为{x.text}"
                yield _finding(rule, detail, x, [(a, "基数"), (b, "现值")])
                continue
        # 翻番 near this pair
        for fm in fanfan:
            fs = span.start + fm.start()
            if not (a.start < fs) or fs - b.end > 12 or fm.group("near"):
                continue
            if (
                b.end < fs
                and re.search(r"[，,；;]", span.between(b.end, fs)[:-1] or "")
                and fs - b.end > 8
            ):
                continue
            factor = 2 ** _FAN_N[fm.group("n")]
            r = ib.div(ia)
            if r is None:
                continue
            target = Interval(factor, 1e18) if fm.group("more") else Interval(factor, factor)
            if r.meets(target, slack * factor):
                continue
            fake = _Pos(fs, span.start + fm.end(), fm.group())
            ratio = float(b.value) / float(a.value)
            detail = (
                f"{b.text}÷{a.text} = {show(ratio, r, 2, '倍', a, b)}，而“{fm.group()}”是{factor}倍"
            )
            yield _finding(rule, detail, fake, [(a, "基数"), (b, "现值")])
    # 比上年增加 D，增长 X%: against the stated level
    if "比" not in span.text and "较" not in span.text:
        return  # _INCR_VERB needs one of them
    for k, d in enumerate(span.quantities):
        if not is_amount(d):
            continue
        m = _INCR_VERB.search(span.before(d.start, 14))
        if not m:
            continue
        nxt = span.quantities[k + 1] if k + 1 < len(span.quantities) else None
        if nxt is None or not is_percent(nxt):
            continue
        m2 = _RATE_AFTER.match(span.between(d.end, nxt.start))
        if not m2:
            continue
        down = m.group("verb") in ("减少", "下降", "降低", "少")
        down2 = m2.group("verb") in ("下降", "降幅", "减少", "降低")
        if down != down2:
            continue
        levels = [
            q
            for q in span.quantities[:k]
            if is_amount(q) and _same_dim(q, d) and not _INCR_VERB.search(span.before(q.start, 14))
        ]
        if not levels:
            continue
        # the level must be in the clause right before or the clause of D
        cs, _ = span.clause_bounds(d.start)
        ps = span.clause_bounds(cs - 1)[0] if cs > span.start else cs
        levels = [q for q in levels if q.start >= ps]
        if not levels:
            continue
        x = _pct_iv(nxt, slack)
        idd = interval(d)
        ok = False
        shown = None
        for lv in levels:
            il = interval(lv)
            base = (il + idd) if down else (il - idd)
            readings = [idd.div(base), idd.div(il)]
            for rd in readings:
                if rd is None or rd.scale(100).meets(x):
                    ok = True
                    break
            if ok:
                break
            shown = (lv, readings[0].scale(100) if readings[0] else None)
        if ok or shown is None or shown[1] is None:
            continue
        lv, g = shown
        op = "+" if down else "−"
        vl, vd = float(lv.value), float(d.value)
        base = vl + vd if down else vl - vd
        nominal = vd / base * 100 if base > 0 else None
        detail = f"{d.text}÷({lv.text}{op}{d.text}) = {show(nominal, g, places_for(nxt), '%', d, lv)}，文中为{nxt.text}"
        yield _finding(rule, detail, nxt, [(d, "增量"), (lv, "现值")])


class _Pos:
    """A span of text standing in for a figure in findings (翻两番)."""

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text


# =============================================================================================
# points-vs-percent


def _check_points(span: Span, rule: Rule) -> Iterator[Finding]:
    slack: float = rule.state
    for a, b, down in _from_to(span):
        if not is_percent(a):
            continue
        ch = _change_after(span, b)
        if not ch:
            continue
        x, m = ch
        verb = m.group("verb")
        ia, ib = interval(a), interval(b)
        pts = (ia - ib) if down else (ib - ia)
        xi = _pct_iv(x, slack)
        if x.dim == "points":
            if pts.meets(xi):
                continue
            detail = f"{b.text}与{a.text}相差{_pts(a, b, down, x)}个百分点，文中为{x.text}"
            yield _finding(rule, detail, x, [(a, "原值"), (b, "现值")])
            continue
        if not is_percent(x):
            continue
        rel = _growth_iv(ia, ib, down)
        if rel is not None and rel.meets(xi):
            continue  # a relative change, correctly computed
        if verb in ("增幅", "降幅", "涨幅", "跌幅", "减幅", "增速") and rel is None:
            continue
        if pts.meets(xi):
            detail = (
                f"从{a.text}到{b.text}相差{_pts(a, b, down, x)}个百分点（相对变化{_rel(a, b, down)}），"
                f"文中写作{x.text}，应为“{fmt_num(x.value, 2)}个百分点”"
            )
        else:
            detail = (
                f"从{a.text}到{b.text}相差{_pts(a, b, down, x)}个百分点，相对变化{_rel(a, b, down)}，"
                f"文中{x.text}与两者都不符"
            )
        yield _finding(rule, detail, x, [(a, "原值"), (b, "现值")])


def _pts(a, b, down: bool, x) -> str:
    d = (float(a.value) - float(b.value)) if down else (float(b.value) - float(a.value))
    return fmt_num(d, max(places_for(a), places_for(b), places_for(x)))


def _rel(a, b, down: bool) -> str:
    va, vb = float(a.value), float(b.value)
    if not va:
        return "—"
    return f"{fmt_num(((va - vb) if down else (vb - va)) / va * 100, 1)}%"


_CHECKS: dict[str, Callable[[Span, Rule], Iterator[Finding]]] = {
    "rate-vs-counts": _check_rate,
    "parts-vs-total": _check_parts,
    "shares": _check_shares,
    "growth-vs-values": _check_growth,
    "points-vs-percent": _check_points,
}
