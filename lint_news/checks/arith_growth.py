"""``growth-vs-values`` and ``points-vs-percent``: changes against the values before and after."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..arith import (
    Interval,
    Span,
    fmt_amount,
    fmt_num,
    interval,
    is_amount,
    is_percent,
    places_for,
    show,
)
from ..findings import Finding
from ..patterns import lazy
from ..rules import Rule
from .arith_common import (
    CJK,
    Pos,
    amount_here,
    finding,
    pct_iv,
    same_dim,
    unit_of,
)

# =============================================================================================
# from A to B (shared by growth-vs-values and points-vs-percent)

_UP = "增长|增加|提高|上升|提升|扩大|跃升|攀升|猛增|增|上涨|涨|升|发展|突破|激增|飙升"
_DOWN = "下降|减少|降低|回落|缩小|缩减|下滑|下跌|减|降|跌|萎缩|收窄"
_VERB_TO = lazy(
    rf"^[^，,；;。]{{0,8}}?(?P<verb>{_UP}|{_DOWN})?(?:了)?(?:到|至|为)(?:[^，,；;。]{{0,10}}?的)?\s*$"
)
_FROM = lazy(r"(?:从|由)(?:[^，,；;。从由]{0,12}?的)?\s*$")
_DOWN_RE = lazy(_DOWN)


def _inside_aside(text: str) -> bool:
    """The text ends inside an unclosed parenthesis."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


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
        if "（" in gap or "(" in gap:
            # 从35亿个积分（1个积分约合0.1元）增加到41.2亿个: skip the aside
            after = [q for q in qs[i + 1 :] if not _inside_aside(span.between(a.end, q.start))]
            if not after:
                continue
            b = after[0]
            gap = re.sub(r"[（(][^）)]*[）)]", "", span.between(a.end, b.start))
        m = _VERB_TO.match(gap)
        if not m or not same_dim(a, b):
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
    rf"(?P<verb>增长|增加|提高|上升|提升|上涨|增幅|涨幅|增速|扩大|下降|减少|降低|回落|降幅|跌幅|下跌|下滑|缩小|收窄|减幅|增|降|涨|跌)"
    rf"(?P<le>了)?(?:为|达到|达|约为|约|近|超过|超)?\s*$"
)
_FANFAN = lazy(
    r"(?P<near>近|接近|将近|几乎)?翻了?(?P<n>一|两|二|三|四|)(?:番|倍)(?P<more>多|还多|有余|以上)?",
    lead=True,
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
# a value stated against its base: 完成投资120亿元，比上年的100亿元增长25%

_BASE_BEFORE = lazy(
    r"(?:(?P<cmp>比|较|相比|同比)|(?P<with>与|和|同(?![期比])))"
    r"(?:上年|去年|上年同期|去年同期|同期|上月|上季度|上一年|前一年|上届|"
    r"[^，,；;。比较与和]{0,10}?(?:的|为))?\s*$"
)
_BASE_VERB = lazy(
    rf"^(?P<xiang>相比|相比较|比较)?[，,]?\s*(?:同比)?(?:剧|猛|大幅|小幅|大|激|暴|骤|陡|略|微|再|又)?"
    rf"(?P<verb>{_UP}|{_DOWN}|翻)"
)
# the change stated before its figure: 同比增长25%, 比上年下降了3.2%
_VERB_BEFORE = lazy(
    r"(?P<verb>增长|增加|提高|上升|提升|上涨|下降|减少|降低|回落|下跌|下滑|增幅|涨幅|增速|降幅|跌幅|减幅)"
    r"(?P<le>了)?(?:为|是|达到|达|约为|约)?\s*$"
)
# a base stated on its own: 上年同期为830.1亿元, 去年同期是867名
_BASE_STATED = lazy(
    r"(?:上年|去年|上一年|前一年)(?:同期)?(?:[^，,；;。]{0,6}?)(?:为|是|达到|达|仅为|仅有|有)\s*$"
)
_BASE_CHAR = lazy(r"[比较与和同]")
_XIANG_END = lazy(r"^(?:相比|相比较|比较)(?:而言)?\s*(?:[，,]|$)")
_VALUE_AFTER = lazy(r"^[，,]?\s*(?:总量|总额|规模)?(?:达到|达|为|至|到)\s*$")


def _level(span: Span, q, percent: bool) -> bool:
    if percent:
        return is_percent(q) and not re.match(r"以[上下内]", span.between(q.end, q.end + 2))
    return amount_here(span, q)


def against_base(span: Span, percent: bool = False) -> list[tuple[object, object, bool, object]]:
    """(base, value, down, base) for 比/较(上年)(的) B 增长 X% with the value V stated beside it.

    Amounts, or with ``percent`` levels in percent (失业率3%，比上年的5%下降2个百分点).
    """
    out = []
    qs = span.quantities
    for k, bm in _base_marks(span):
        b = qs[k]
        if not _level(span, b, percent):
            continue
        vm = _BASE_VERB.match(span.between(b.end, min(span.end, b.end + 7)))
        if not vm and bm.group("with") and _XIANG_END.match(span.between(b.end, b.end + 5)):
            # 与上年的753人相比，一季度新增就业1169人，增长24.5%: the value after, then its change
            ce = span.clause_bounds(b.end)[1]
            after = [q for q in qs[k + 1 :] if q.start > ce]
            v = after[0] if after else None
            if v is not None and same_dim(v, b) and _level(span, v, percent):
                ch = _change_after(span, v)
                if ch is not None:
                    down = bool(_DOWN_RE.search(ch[1].group("verb")))
                    out.append((b, v, down, v))
            continue
        if not vm or bool(bm.group("with")) != bool(vm.group("xiang")):
            continue  # 与上年的B相比 needs its 相比, 比上年的B has none
        down = bool(_DOWN_RE.fullmatch(vm.group("verb")))
        # the value: the nearest amount before B in its clause or the clause before, or one
        # stated right after the change (…增长25%，达到125亿元)
        cs, _ = span.clause_bounds(b.start)
        ps = span.clause_bounds(cs - 1)[0] if cs > span.start else cs
        before = [
            q
            for q in qs[:k]
            if q.start >= ps
            and _level(span, q, percent)
            and same_dim(q, b)
            and not _BASE_BEFORE.search(span.before(q.start, 14))
            and not _INCR_VERB.search(span.before(q.start, 14))
        ]
        value = before[-1] if before else None
        if value is None and not any(q.start < b.start and same_dim(q, b) for q in qs):
            # the value ends the sentence before: 全年完成投资120亿元。与上年的100亿元相比…
            prev = span.prev
            if prev is not None:
                last = [q for q in prev.quantities if _level(prev, q, percent) and same_dim(q, b)]
                if last and not _BASE_BEFORE.search(prev.before(last[-1].start, 14)):
                    value = last[-1]
        if value is None and k + 2 < len(qs):
            x, v = qs[k + 1], qs[k + 2]
            if same_dim(v, b) and _VALUE_AFTER.match(span.between(x.end, v.start)):
                value = v
        if value is not None:
            out.append((b, value, down, b))
    return out


def _base_marks(span: Span) -> list[tuple[int, re.Match[str]]]:
    """(index, match of ``_BASE_BEFORE``) of each figure written after 比/较/与… its base mark
    (once per sentence: growth and points ask alike)."""
    memo = span.memo()
    got = memo.get("growth.base_marks")
    if got is not None:
        return got
    out = []
    text, s0 = span.text, span.start
    if _BASE_CHAR.search(text):  # _BASE_BEFORE needs one of them
        for k, b in enumerate(span.quantities):
            i = b.start - s0
            if not _BASE_CHAR.search(text, max(0, i - 14), i):
                continue  # _BASE_BEFORE needs one of them
            bm = _BASE_BEFORE.search(span.before(b.start, 14))
            if bm:
                out.append((k, bm))
    memo["growth.base_marks"] = out
    return out


def _stated_bases(span: Span) -> list:
    """The figures written as a base on their own (上年同期为B), once per sentence."""
    memo = span.memo()
    got = memo.get("growth.stated_bases")
    if got is None:
        text, s0 = span.text, span.start
        got = memo["growth.stated_bases"] = [
            b
            for b in span.quantities
            # _BASE_STATED needs 上年/去年/上一年/前一年 in the 14 characters before
            if "年" in text[max(0, b.start - s0 - 14) : b.start - s0]
            and _BASE_STATED.search(span.before(b.start, 14))
        ]
    return got


def _base_after(span: Span, percent: bool = False) -> list[tuple]:
    """(base, value, down, (X, verb match), value) for 值V，同比增长X%，上年同期为B (B in the
    sentence of the change or the next one)."""
    out = []
    if "年" not in span.text:
        return out + _base_before(span, percent)  # _BASE_STATED needs 上年/去年
    for b in _stated_bases(span):
        if not _level(span, b, percent):
            continue
        before = [q for q in span.quantities if q.end <= b.start]
        where = span
        if not any(is_percent(q) for q in before) and span.prev is not None:
            where, before = span.prev, span.prev.quantities
        for k in range(len(before) - 1, 0, -1):
            x = before[k]
            m = _VERB_BEFORE.search(where.before(x.start, 10))
            if not is_percent(x) and x.dim != "times" or not m:
                continue
            cands = [
                q
                for q in before[:k]
                if _level(where, q, percent)
                and same_dim(q, b)
                and q.start >= where.clause_bounds(where.clause_bounds(x.start)[0] - 1)[0]
            ]
            if cands:
                down = bool(_DOWN_RE.search(m.group("verb")))
                out.append((b, cands[-1], down, (x, m), cands[-1]))
            break
    return out + _base_before(span, percent)


# 去年同期，该市GDP为1000亿元。: a base stated in the sentence before the value and its change
_BASE_LEAD = lazy(
    r"(?:上年|去年|上一年|前一年)(?:同期)?[，,]?[^，,；;。]{0,10}?(?:为|是|达到|达|仅为|仅有|有)\s*$"
)


def _same_metric(a: str, b: str) -> bool:
    a = re.sub(
        r"上年|去年|同期|今年|上半年|全年|前三季度|一季度|达到|为|是|全[省市县区]|该[省市县区]",
        "",
        a,
    )
    grams = {a[i : i + 2] for i in range(len(a) - 1)}
    return any(g in b for g in grams if re.fullmatch(r"[\u4e00-\u9fffA-Za-z]{2}", g))


def _lead_bases(prev: Span) -> list:
    """The figures of ``prev`` stated as a base (去年同期，该市GDP为1000亿元) and not followed
    by a change of their own: once per sentence, whatever the mode."""
    memo = prev.memo()
    got = memo.get("growth.lead_bases")
    if got is None:
        text, s0 = prev.text, prev.start
        got = memo["growth.lead_bases"] = [
            q
            for q in prev.quantities
            # _BASE_LEAD needs 上年/去年/上一年/前一年 in the 20 characters before; a figure
            # followed by its change (去年1-9月进口33亿美元，增长19%) is a value, not a base
            if "年" in text[max(0, q.start - s0 - 20) : q.start - s0]
            and _BASE_LEAD.search(prev.before(q.start, 20, clause=False))
            and _change_after(prev, q) is None
        ]
    return got


def _base_before(span: Span, percent: bool) -> list[tuple]:
    prev = span.prev
    if prev is None or "年" not in prev.text:
        return []
    bases = [q for q in _lead_bases(prev) if _level(prev, q, percent)]
    if not bases:
        return []
    out = []
    qs = span.quantities
    for k, x in enumerate(qs):
        if not (is_percent(x) or x.dim == "times") or k == 0:
            continue
        m = _VERB_BEFORE.search(span.before(x.start, 10))
        if not m or not re.search(r"同比|比上年|较上年|比去年|较去年", span.before(x.start, 10)):
            continue
        cs = span.clause_bounds(span.clause_bounds(x.start)[0] - 1)[0]
        vals = [q for q in qs[:k] if q.start >= cs and _level(span, q, percent)]
        for b in bases:
            v = [q for q in vals if same_dim(q, b)]
            # one measure: the base's words and the value's share a two-character word (GDP, 游客)
            if v and _same_metric(
                prev.before(b.start, 20, clause=False), span.before(v[-1].start, 20)
            ):
                out.append((b, v[-1], bool(_DOWN_RE.search(m.group("verb"))), (x, m), v[-1]))
                break
    return out


def _pairs(span: Span, percent: bool = False) -> list[tuple]:
    """(base, value, down, stated change or None, figure after which to look for 翻番)."""
    memo = span.memo()
    head = memo.get("growth.from_to")
    if head is None:
        head = memo["growth.from_to"] = _from_to_changes(span)
    based = against_base(span, percent)
    after = _base_after(span, percent)
    if not based and not after:
        return head  # (the callers only read it)
    out = list(head)
    for a, b, down, anchor in based:
        out.append((a, b, down, _change_after(span, anchor), anchor))
    return out + after


def _from_to_changes(span: Span) -> list[tuple]:
    """The pairs of ``_from_to`` with the change stated after (or before) them: the part of
    ``_pairs`` that does not depend on ``percent``."""
    out = []
    for a, b, down in _from_to(span):
        ch = _change_after(span, b)
        if ch is None:
            # 增加53%，从162亿增加到218.7亿: the change stated in the clause before 从/由
            cs, _ = span.clause_bounds(a.start)
            prev = [q for q in span.quantities if q.end <= cs and q.start >= cs - 12]
            if prev and (is_percent(prev[-1]) or prev[-1].dim == "times"):
                x = prev[-1]
                m = _VERB_BEFORE.search(span.before(x.start, 10))
                if m and span.between(x.end, cs).strip("，, ") == "":
                    ch = (x, m)
        out.append((a, b, down, ch, b))
    return out


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


def check_growth(span: Span, rule: Rule) -> Iterator[Finding]:
    slack: float = rule.state
    fanfan = list(_FANFAN.finditer(span.text)) if "翻" in span.text else []
    for a, b, down, ch, anchor in _pairs(span):
        if not is_amount(a):
            continue
        ia, ib = interval(a), interval(b)
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
                if g is None or g.meets(pct_iv(x, slack)):
                    continue
                what = "降幅" if down else "增幅"
                diff = f"{a.text}−{b.text}" if down else f"{b.text}−{a.text}"
                va, vb = float(a.value), float(b.value)
                nominal = ((va - vb) if down else (vb - va)) / va * 100 if va else None
                detail = f"({diff})÷{a.text} = {show(nominal, g, places_for(x), '%', a, b)}，文中{what}为{x.text}"
                yield finding(rule, detail, x, [(a, "基数"), (b, "现值")])
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
                yield finding(rule, detail, x, [(a, "基数"), (b, "现值")])
                continue
            if is_amount(x) and same_dim(x, a):
                d = (ia - ib) if down else (ib - ia)
                if d.meets(interval(x), slack * max(1.0, abs(interval(x).hi))):
                    continue
                detail = f"{b.text}−{a.text} = {fmt_amount(d, unit_of(x))}，文中为{x.text}"
                yield finding(rule, detail, x, [(a, "基数"), (b, "现值")])
                continue
        # 翻番 near this pair
        for fm in fanfan:
            fs = span.start + fm.start()
            if not (a.start < fs) or fs - anchor.end > 12 or fm.group("near"):
                continue
            if (
                anchor.end < fs
                and re.search(r"[，,；;]", span.between(anchor.end, fs)[:-1] or "")
                and fs - anchor.end > 8
            ):
                continue
            factor = 2 ** _FAN_N[fm.group("n")]
            r = ib.div(ia)
            if r is None:
                continue
            target = Interval(factor, 1e18) if fm.group("more") else Interval(factor, factor)
            if r.meets(target, slack * factor):
                continue
            fake = Pos(fs, span.start + fm.end(), fm.group())
            ratio = float(b.value) / float(a.value)
            detail = (
                f"{b.text}÷{a.text} = {show(ratio, r, 2, '倍', a, b)}，而“{fm.group()}”是{factor}倍"
            )
            yield finding(rule, detail, fake, [(a, "基数"), (b, "现值")])
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
            if is_amount(q) and same_dim(q, d) and not _INCR_VERB.search(span.before(q.start, 14))
        ]
        if not levels:
            continue
        # the level must be in the clause right before or the clause of D
        cs, _ = span.clause_bounds(d.start)
        ps = span.clause_bounds(cs - 1)[0] if cs > span.start else cs
        levels = [q for q in levels if q.start >= ps]
        if not levels:
            continue
        x = pct_iv(nxt, slack)
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
        yield finding(rule, detail, nxt, [(d, "增量"), (lv, "现值")])


# =============================================================================================
# points-vs-percent


def check_points(span: Span, rule: Rule) -> Iterator[Finding]:
    slack: float = rule.state
    for a, b, down, ch, _ in _pairs(span, percent=True):
        if not is_percent(a):
            continue
        if not ch:
            continue
        x, m = ch
        verb = m.group("verb")
        ia, ib = interval(a), interval(b)
        pts = (ia - ib) if down else (ib - ia)
        xi = pct_iv(x, slack)
        if x.dim == "points":
            if pts.meets(xi):
                continue
            detail = f"{b.text}与{a.text}相差{_pts(a, b, down, x)}个百分点，文中为{x.text}"
            yield finding(rule, detail, x, [(a, "原值"), (b, "现值")])
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
        yield finding(rule, detail, x, [(a, "原值"), (b, "现值")])


def _pts(a, b, down: bool, x) -> str:
    d = (float(a.value) - float(b.value)) if down else (float(b.value) - float(a.value))
    return fmt_num(d, max(places_for(a), places_for(b), places_for(x)))


def _rel(a, b, down: bool) -> str:
    va, vb = float(a.value), float(b.value)
    if not va:
        return "—"
    return f"{fmt_num(((va - vb) if down else (vb - va)) / va * 100, 1)}%"
