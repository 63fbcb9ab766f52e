"""``shares``: shares of one whole that do not sum to 100%; a share above 100%."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..arith import (
    Span,
    fmt_num,
    interval,
    is_percent,
    places_for,
)
from ..findings import Finding
from ..patterns import lazy
from ..rules import Rule
from .arith_common import (
    CJK,
    finding,
    sum_of,
)

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


def check_shares(span: Span, rule: Rule) -> Iterator[Finding]:
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
        yield finding(rule, detail, qb, [(qa, "另一部分")])
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
        s = sum_of(prev + [q])
        if s.contains(100.0, slack):
            continue
        places = max(places_for(p) for p in prev + [q])
        expr = "+".join(p.text for p in prev + [q])
        nominal = sum(float(p.value) for p in prev + [q])
        detail = f"{expr} = {fmt_num(nominal, places)}%，连同“其余”应合计100%"
        yield finding(rule, detail, q, [(p, "另一部分") for p in prev])
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
        yield finding(rule, detail, q, [])
