"""``parts-vs-total``: parts that do not add up to their total, or exceed it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..arith import (
    Interval,
    Span,
    fmt_amount,
    interval,
    is_amount,
)
from ..findings import Finding
from ..patterns import lazy
from ..rules import Rule
from .arith_bands import complement, disjoint_split
from .arith_common import (
    CJK,
    CRITERIA,
    OVERLAP,
    amount_here,
    finding,
    in_zhong,
    noun_after,
    noun_phrase,
    same_dim,
    same_noun,
    sum_of,
    unit_of,
)

# =============================================================================================
# parts-vs-total

_LIST_GAP = lazy(r"^\s*(?:[、，,和及与]|以及|、以及)?\s*$")
# words that sum what was listed (合计 T, 共计 T); longer words first, as regex alternation wants
_SUMS = "合计|共计|总计|总共|一共|合共"
_SUM_MARK = lazy(rf"^[{CJK}]{{0,6}}?(?:{_SUMS}|共|总和为|加起来)")
_PART_STOP = lazy(
    r"比|较|同比|环比|占|相当于|超过|高于|低于|多于|少于|平均|人均|户均|每|达到|增至|增加到|提高到"
)
_PARALLEL_STOP = lazy(
    r"比|较|同比|环比|带动|拉动|撬动|吸引|占|累计|全[省市县国]|另|此外|同时|相当于|平均|人均|每"
    r"|这些|上述|前述|(?:当中|之中|中)有"  # 这些景区中有60家…: a property across the parts
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


_RESP_LABELS = lazy(rf"^[{CJK}]{{1,8}}(?:(?:[、和及与]|以及)[{CJK}]{{1,8}})+$")


def _named_respectively(span: Span, rule: Rule, at: int, items: list) -> Iterator[Finding]:
    """A whole alone in its clause, then the clause ``A、B分别为x、y`` whose labels name the
    members of one exhaustive split (男/女, 城镇/农村, 公办/民办…): x + y is the whole. Labels
    that are not such a split (前锋、中场和后卫) leave the list alone."""
    cs, _ = span.clause_bounds(span.start + at)
    if cs == span.start or len(items) < 2:
        return
    if not re.fullmatch(
        r"(?:为|是|有|达到|达)?", span.between(span.start + at + 2, items[0].start)
    ):
        return  # 分别增加900人: changes, not parts
    labels_text = span.between(cs, span.start + at).strip()
    if not _RESP_LABELS.match(labels_text):
        return
    labels = re.split(r"以及|[、和及与]", labels_text)
    if len(labels) != len(items):
        return
    ps, pe = span.clause_bounds(cs - 1)
    wholes = [q for q in span.quantities if ps <= q.start and q.end <= pe and amount_here(span, q)]
    if len(wholes) != 1 or not all(same_dim(q, wholes[0]) for q in items):
        return
    for words in _PARTITIONS:
        keys = [next((k for w, k in words.items() if x.startswith(w)), None) for x in labels]
        if None in keys or len(set(keys)) != len(keys):
            continue
        if len(set(keys)) == len(set(words.values())):
            yield from _judge(span, rule, wholes, items, "分别", exhaustive=True)
        return


_RESPECTIVELY = lazy("分别")
_WHOLE_SPLIT = lazy("其中|包括")


# expressions the checks below used to give re each call (compiled anew in every process):
# lazy, from the on-disk cache
_TREND_LEAD = lazy(rf"^[{CJK}]?(?=上涨|下跌|持平|平盘)")
_MEMBER_SEP = lazy(r"其中|[、和及与]")
_MEMBER_OR_CLAUSE_SEP = lazy(r"其中|[、和及与，,]")
_AVERAGE = lazy(r"平均|人均|均价|户均")
_QUOTED_NAME = lazy(r"“[^”]{0,12}”|《[^》]{0,20}》")
_EXTREME = lazy(r"最高|最低|最多|最少|最大|最小")


def check_parts(span: Span, rule: Rule) -> Iterator[Finding]:
    slack: float = rule.state
    text = span.text
    # 1. 分别 A、B、C，合计 T: the listed parts must add up to the total
    for m in _RESPECTIVELY.finditer(text) if "分别" in text else ():
        items = _list_after(span, span.start + m.end())
        if len(items) < 2 or not all(is_amount(q) and same_dim(q, items[0]) for q in items):
            continue
        # 1a. 全市有教师3200人，男、女教师分别为900人和2100人: the members named before 分别
        yield from _named_respectively(span, rule, m.start(), items)
        last = items[-1]
        _, ce = span.clause_bounds(last.end - 1)
        if ce >= span.end:
            continue
        ns, ne = ce + 1, span.clause_bounds(ce + 1)[1]
        nxt = span.between(ns, ne)
        if not _SUM_MARK.match(nxt):
            continue
        totals = [
            q for q in span.quantities if ns <= q.start < ne and is_amount(q) and same_dim(q, last)
        ]
        if not totals:
            continue
        off = _sum_off(rule, totals[0], items, slack)
        if off is not None:
            yield off
    # 1b. A x，B y，合计 T (no 分别): parallel clauses before a clause that sums them
    if _SUM_WORD.search(text):
        yield from _sum_after_clauses(span, rule)
    # 2. 共 T，其中 P…: no single part can exceed the whole; complementary parts not either
    for m in _WHOLE_SPLIT.finditer(text) if ("其中" in text or "包括" in text) else ():
        at = span.start + m.start()
        if m.group() == "包括" and (
            span.between(span.clause_bounds(at)[0], at).strip() not in ("", "其中")
            or "在内" in span.clause_text(at)
        ):
            continue  # 被包括哈佛在内的…: not a list of parts
        if m.start() == 0 and m.group() == "其中" and span.prev is not None:
            # 总计66家。其中，公办54家，民办23家: the whole ends the sentence before
            prev = span.prev
            ls = prev.clauses()[-1][0]
            wholes = [q for q in prev.quantities if q.start >= ls and amount_here(prev, q)]
            if re.search(r"平均|人均|均价|户均", prev.between(ls, prev.end)):
                continue
            yield from _judge(span, rule, wholes, _parts_after(span, at + 2), "中")
            continue
        # the whole: the figures of the clause that ends at 其中 (or of its own clause before it)
        cs, _ = span.clause_bounds(at)
        lead = span.between(cs, at)
        if lead.strip() and not (m.group() == "包括" and lead.strip() == "其中"):
            wholes = [
                q for q in span.quantities if cs <= q.start and q.end <= at and amount_here(span, q)
            ]
        else:
            ps = span.clause_bounds(max(span.start, cs - 2))[0] if cs > span.start else cs
            wholes = [
                q for q in span.quantities if ps <= q.start and q.end <= cs and amount_here(span, q)
            ]
        if not wholes or _AVERAGE.search(span.clause_text(wholes[-1].start)):
            continue
        parts = _parts_after(span, at + 2)
        if m.group() == "包括":
            # 合计60名，包括本地51名和外地4名; 住房53套，包括新建2套和改建47套: a list closed
            # by 和/及 (no 等) is the whole of what it lists
            listed = span.between(at, span.clause_bounds(at)[1])
            summed = _SUM_WORD.search(span.clause_text(wholes[-1].start)) or "总数" in lead
            closed = bool(re.search(r"[和及]|以及", listed)) and "等" not in listed
            yield from _judge(
                span,
                rule,
                wholes,
                parts,
                "包括",
                exhaustive=bool(summed or closed) and "等" not in listed,
            )
            continue
        named = _named_split(span, wholes[-1], parts) or _one_per_kind(span, wholes[-1], parts)
        yield from _judge(span, rule, wholes, parts, "其中", exhaustive=named)
    # 2a. 共有A级景区86家，5A级3家、4A级35家: parts named by levels or bands, no 其中
    if _LEVEL_HINT.search(text):
        yield from _levels_after(span, rule)
    # 2b. 这些贷款中，A…，B…: parts of a whole the sentence before states
    if (span.prev is not None or "；" in text or ";" in text) and _BACK_WORD.search(text):
        yield from _anaphora(span, rule)
    # 3. a whole named by …中 (1.8万套安置房中，A 0.6万套，B 1.5万套) or followed by 分别为
    split = "上涨" in text or "下跌" in text or "持平" in text or "平盘" in text
    zhong = "中" in text or "里" in text
    if not (split or zhong or "分别为" in text or "分别是" in text):
        return  # nothing below can apply
    qs = span.quantities
    respectively = "分别为" in text or "分别是" in text
    for k, whole in enumerate(qs):
        if not respectively and not split:
            if not (whole.dim or "").startswith(("count", "money")):
                continue  # in_zhong takes counts and money only
            r = whole.end - span.start
            after = text[r : r + 10]
            if "中" not in after and "里" not in after:
                continue  # in_zhong needs 中/当中/之中/里 within ten characters
        _, ce = span.clause_bounds(whole.start)
        if ce >= span.end or not amount_here(span, whole):
            continue
        nxt_q = qs[k + 1] if split and k + 1 < len(qs) else None
        if (
            nxt_q is not None
            and nxt_q.end <= ce
            and same_dim(nxt_q, whole)
            and re.fullmatch(rf"[{CJK}]{{1,8}}", span.between(whole.end, nxt_q.start))
        ):
            # 42只基金24只上涨，6只持平，12只下跌: the split follows the whole in its clause
            parts = _parts_after(span, nxt_q.start)
            yield from _judge(span, rule, [whole], parts, "中", split_only=True)
            continue
        if zhong and in_zhong(span, whole):
            if "其中" in span.between(ce, min(span.end, ce + 4)):
                continue  # done above
            yield from _judge(span, rule, [whole], _parts_after(span, ce + 1), "中")
            continue
        if not respectively:
            continue
        rest = span.between(whole.end, ce)
        nxt = span.between(ce + 1, min(span.end, ce + 4))
        if re.fullmatch(rf"[{CJK}]{{0,6}}", rest) and nxt.startswith(("分别为", "分别是")):
            ne = span.clause_bounds(ce + 4)[1] if span.between(ce + 4, ce + 5) not in "：:" else 0
            ne = ne or span.clause_bounds(ce + 5)[1]
            if not any(ce + 4 <= q.start and q.end <= ne for q in qs):
                continue  # 6家，分别是：甲店、乙店: names, not figures
            parts = _parts_after(span, ce + 4)
            yield from _judge(span, rule, [whole], parts, "分别", exhaustive=True)


# (``lead``: searched in every sentence with a figure; an alternation of classes gives
# ``re`` no class of first characters of its own)
_LEVEL_HINT = lazy(r"[1-5１-５一二三四五][A星]|[大中小]型|[省市县]级|以[上下]|不满|未满", lead=True)
# a figure marked as a whole: 共有, 总数, 拥有, 达到, or the scope it covers (全市…)
_WHOLE_LEAD = lazy(r"共|总|合计|拥有|有|达到|达|累计|全[省市县区国镇乡]")


def _levels_after(span: Span, rule: Rule) -> Iterator[Finding]:
    """全市共有A级旅游景区86家，5A级3家、4A级35家、3A级52家: a whole, then its counts by level
    (or band) of one scale in the clauses right after it (or in brackets right after it:
    48处（5A级2处、4A级20处）); disjoint levels cannot exceed it."""
    for whole in span.quantities:
        if span.between(whole.end, whole.end + 1) not in ("（", "(") or not amount_here(
            span, whole
        ):
            continue
        close = min(
            (i for i in (span.text.find(c, whole.end - span.start) for c in "）)") if i > 0),
            default=-1,
        )
        if close < 0:
            continue
        inside = [
            q
            for q in span.quantities
            if whole.end < q.start and q.end <= span.start + close and amount_here(span, q)
        ]
        labels = [
            re.split(r"[（(、，,和及与]", span.between(whole.end, q.start))[-1].strip()
            for q in inside
        ]
        split = disjoint_split(labels) if len(inside) >= 2 else None
        if split is not None and split[0]:
            yield from _judge(span, rule, [whole], inside, "", exhaustive=split[1])
    clauses = span.clauses()
    for k, (cs, ce) in enumerate(clauses[:-1]):
        qs = [q for q in span.quantities if cs <= q.start and q.end <= ce and amount_here(span, q)]
        if len(qs) != 1 or not (qs[0].dim or "").startswith("count"):
            continue
        whole = qs[0]
        lead = span.between(cs, whole.start)
        if not _WHOLE_LEAD.search(lead) or "其中" in lead or disjoint_split([lead, lead]):
            continue  # no mark of a whole, or itself a part (5A级景区3家)
        ns, ne = clauses[k + 1]
        if _BY_CRITERION.fullmatch(span.between(ns, ne).strip()) and k + 2 < len(clauses):
            ns, ne = clauses[k + 2]  # 按规模分，大型企业30家…: the criterion, then the parts
        if span.between(ns, ne).lstrip().startswith(("其中", "包括")):
            continue  # read by the 其中 step
        parts = _parts_after(span, ns)
        if len(parts) < 2 or parts[0].start >= ne:
            continue
        if _NOT_LEVEL_PART.search(span.between(ns, parts[0].start)):
            continue  # 全省5A级30家, 比上年增加5A级3家: another whole, or changes
        labels = [_label(span, p) for p in parts]
        split = disjoint_split(labels)
        if split is None or not split[0]:
            continue
        own = lead + noun_after(span, whole)
        nouns = [_LEVEL_WORD.sub("", x) for x in labels]
        if any(n and n[-1] not in own for n in nouns):
            continue  # 星级饭店45家，5A级景区3家: levels of other things
        yield from _judge(span, rule, [whole], parts, "", exhaustive=split[1])


_BY_CRITERION = lazy(rf"(?:按|从|以)[{CJK}]{{1,6}}(?:分|看|划分|区分|统计)")
_NOT_LEVEL_PART = lazy(r"全[省市县区国镇乡]|各[省市县区]|该|比|较|同比|增|减|升|降|新")
_LEVEL_WORD = lazy(
    r"^.*?(?:[1-5１-５一二三四五][A星]级?|特大型|大型|中型|小型|微型|(?:国家|省|市县|市|县|区|乡镇)(?:级|重点)"
    r"|[0-9０-９.．]+(?:[-~～—至到][0-9０-９.．]+)?(?:周岁|岁)(?:及以上|及以下|以上|以下|以内)?)"
)


# a sentence opening on a whole referred back to: 这些贷款中，上述项目中，在以上企业里
_BACK_WORD = lazy("这些|上述|以上|前述|这批|该批|此批")
_BACK = lazy(
    rf"^\s*(?:在)?(?:这些|上述|以上|前述|这批|该批|此批)(?P<noun>[{CJK}]{{0,8}}?)(?:当中|之中|中|里)[，,]?"
)


def _anaphora(span: Span, rule: Rule) -> Iterator[Finding]:
    """这些贷款中，小微企业获得90亿元…: the whole is the figure of the sentence before (or of the
    clauses before ；) whose clause names the same thing (发放贷款150亿元), else a figure of its
    last clause."""
    if not _BACK_WORD.search(span.text):
        return  # _BACK needs one of them
    starts = [(span.start, span.prev)] if span.prev is not None else []
    starts += [(span.start + i + 1, span) for i, c in enumerate(span.text) if c in "；;"]
    for at, src in starts:
        m = _BACK.match(span.between(at, span.end))
        if not m or src is None:
            continue
        end = at - 1 if src is span else src.end
        qs = [q for q in src.quantities if q.end <= end and amount_here(src, q)]
        qs = [q for q in qs if not re.search(r"平均|人均|均价|户均|其中", src.clause_text(q.start))]
        noun = m.group("noun")
        wholes = [q for q in qs if noun and noun[-2:] in src.clause_text(q.start)]
        if not wholes and qs:
            # 以上面积中 / 这些中: the figures of the last clause with one
            last = src.clause_bounds(qs[-1].start)
            wholes = [q for q in qs if last[0] <= q.start < last[1]]
        if wholes:
            yield from _judge(span, rule, wholes, _parts_after(span, at + m.end()), "中")


_LABEL_TRIM = lazy(
    r"^(?:其中|另有|还有|有|共|已经|已|均)+|(?:有|为|是|达到|达|约|近|超过|超|共|分别|已经|已|累计)+$",
    lead=True,
)


def _label(span: Span, p) -> str:
    """What a part counts: the words of its clause before the figure (货币化安置), else after it."""
    cs, _ = span.clause_bounds(p.start)
    lead = re.split(r"[、和与]|及(?!以[上下])", span.between(cs, p.start))[-1]
    lead = _LABEL_TRIM.sub("", lead.strip())
    return lead or noun_phrase(span, p) or noun_after(span, p)


def _disjoint(span: Span, parts: list) -> bool:
    """Parallel parts of one kind (货币化安置 / 实物安置: one head word, no cross-cutting label)."""
    labels = [_label(span, p) for p in parts]
    if not all(labels) or len(set(labels)) != len(labels):
        return False
    if any(OVERLAP.search(x) for x in labels):
        return False
    if len({"的" in x for x in labels}) > 1 and (
        any("的" in x for x in labels[:-1]) or any(labels[-1][-2:] == y[-2:] for y in labels[:-1])
    ):
        # 国有博物馆 / 免费开放的博物馆: a kind and a property, two criteria; only a last part
        # named at length with a head of its own (…，在街道备案的志愿服务团体) is one more kind
        return False
    if len({k for x in labels for k, rx in CRITERIA if rx.search(x)}) > 1:
        return False  # 工业投资 and 民间投资: split by two criteria, they overlap
    if len({x[-1] for x in labels}) == 1:
        return True
    # things, money (民政部门598.8亿元，慈善会187.9亿元) are split by one criterion; people
    # are counted under several at once (党员, 女职工, 青年), so they need one head word
    unit = parts[0].dim or ""
    return not unit.startswith(("count:人", "count:名", "count:位"))


# measure words that count anything (个, 项, 种): only a noun says what such parts are parts of
_GENERIC_MEASURE = frozenset("个种项次件类批份只条处起笔例位名人")


def _specific(q) -> bool:
    """Counted with a measure word of one kind of thing (所 schools, 家 firms, 辆 vehicles): a
    part after 其中 counted the same way is a part of it, whatever noun names it."""
    d = q.dim or ""
    return d.startswith("count:") and not (set(d[6:]) & _GENERIC_MEASURE)


def _judge(
    span: Span,
    rule: Rule,
    wholes: list,
    parts: list,
    how: str,
    exhaustive: bool = False,
    split_only: bool = False,
) -> Iterator[Finding]:
    """Parts against their whole: none above it; together above it only when they are disjoint."""
    slack: float = rule.state
    for whole in _last_per_dim(wholes):
        mine = [
            p
            for p in parts
            if p is not whole
            and same_dim(p, whole)
            and (how == "中" or _specific(whole) or same_noun(span, p, whole))
        ]
        if not mine:
            continue
        if split_only and not _partition(span, mine)[1]:
            continue  # only a complete split (上涨/持平/下跌) says these are parts of the whole
        w = interval(whole)
        tol = slack * max(1.0, w.hi)
        big = [p for p in mine if interval(p).lo > w.hi + tol]
        if big:
            p = big[0]
            detail = f"{how}{p.text}大于总数{whole.text}"
            yield finding(rule, detail, p, [(whole, "总数")])
            continue
        members, complete = _partition(span, mine, whole)
        labels = [_label(span, p) for p in mine]
        bands = disjoint_split(labels)
        if exhaustive and len(mine) >= 2:
            group = mine
        elif complement(labels):
            group, exhaustive = mine, True  # 党员 / 非党员: X and not X are all of it
        elif bands is not None:
            # 60岁以下 / 60岁及以上, 5A级 / 4A级, 国家级 / 省级: bands of one scale that do not
            # overlap are parts of one kind; bands that cover the scale are all of the whole
            group = mine if bands[0] else []
            # …县级120项，另有未定级的45项: members counted after the bands are in none of them
            exhaustive = bands[1] and not any(
                q.start > mine[-1].end and same_dim(q, whole) for q in span.quantities
            )
        elif members:
            group = members
            exhaustive = complete and len(members) == len(mine)
        else:
            group = mine if len(mine) >= 2 and _disjoint(span, mine) else []
            # 撤销5426部，转自费8406部，…，其它方式处理91部: a list closed by the rest is all of it
            exhaustive = exhaustive or (bool(group) and _closed_by_rest(span, mine))
        if not group:
            continue
        s = sum_of(group)
        if exhaustive and len(group) == len(mine):
            if s.meets(w, tol):
                continue
        elif s.lo <= w.hi + tol:
            continue
        nominal = sum(float(p.value) for p in group)
        shown = fmt_amount(Interval(nominal, nominal), unit_of(whole))
        expr = "+".join(p.text for p in group)
        if s.lo > w.hi + tol:
            detail = f"{expr} = {shown}，超过总数{whole.text}"
        else:
            detail = f"{expr} = {shown}，与总数{whole.text}不符"
        related = [(p, "分项") for p in group[:-1]] + [(whole, "总数")]
        yield finding(rule, detail, group[-1], related)


_REST = lazy(r"^(?:其[他它余]|剩余|剩下)|或(?:以)?其[他它]")


def _closed_by_rest(span: Span, parts: list) -> bool:
    """The last part, and only it, is the rest of the whole (其他, 其余, 或以其它方式处理)."""

    def lead(p) -> str:
        text = span.between(span.clause_bounds(p.start)[0], p.start)
        return re.split(r"[、和与]|及(?!以[上下])|其中", text)[-1].strip()

    return bool(_REST.search(lead(parts[-1]))) and not any(
        _REST.search(lead(p)) for p in parts[:-1]
    )


_SUM_WORD = lazy(rf"{_SUMS}|加起来|总数")
_SUM_LEAD = lazy(rf"^[{CJK}]{{0,6}}?(?:{_SUMS}|加起来|总数(?:为|达|是)?(?=[\d０-９]))")
# where and when, before a part's label: 全市公办16所, 今年新建5所
_SCOPE_LEAD = lazy(
    r"^(?:全[省市县区国镇]|该[省市县区镇]|今年|去年|目前|截至目前|上半年|下半年|[一二三四]季度|前三季度|全年)+"
)
_ADDED = lazy(r"^(?:再)?(?:加上|连同)")
_NOT_PART_LEAD = lazy(
    r"^有|^拥有|共|总(?!额)|累计|全[省市县区国]|其中|分别|另|此外|同时|平均|人均|每|比|较|占"
)


def _sum_after_clauses(span: Span, rule: Rule) -> Iterator[Finding]:
    """A x，B y，合计 T: the clauses right before the sum, one figure each, are its parts."""
    slack: float = rule.state
    clauses = span.clauses()
    for k, (cs, ce) in enumerate(clauses):
        if k < 1 or not _SUM_LEAD.match(span.between(cs, ce)):
            continue
        totals = [q for q in span.quantities if cs <= q.start and q.end <= ce and is_amount(q)]
        if not totals:
            continue
        t = totals[0]
        parts: list = []
        added = False  # the clause just taken starts with 加上: the one before it is a part too
        clean = True  # the list ends where the parts end, not at a figure it had to refuse
        for ps, pe in reversed(clauses[:k]):
            qs = [q for q in span.quantities if ps <= q.start and q.end <= pe and is_amount(q)]
            if not qs and not parts and pe - ps <= 6:
                continue  # 截至目前，全市共计…: a time phrase between the parts and the sum
            mine = [q for q in qs if same_dim(q, t)]
            if not mine:
                break  # another kind of clause: the parts end here
            lead = _SCOPE_LEAD.sub("", _ASIDE.sub("", span.between(ps, mine[0].start)))
            if len(mine) > 1 and len(qs) == len(mine) and _listed(span, mine):
                # 全市公办16所、民办42所，学校合计63所: one clause listing the parts
                if parts or _NOT_PART_LEAD.search(lead) or len(lead) > 10:
                    clean = False
                    break
                parts = mine + parts
                break
            if (
                len(mine) != 1
                or len(qs) != 1
                or not amount_here(span, mine[0])
                or "分别" in span.between(ps, pe)
                or (_NOT_PART_LEAD.search(lead) and not added)
                or (len(lead) > 10 and not added)
            ):
                clean = False  # 该队共获得金牌20枚，银牌15枚…: a part this cannot read
                break
            parts.insert(0, mine[0])
            if added:
                break
            added = bool(_ADDED.match(lead))
        if len(parts) < 2 or not clean:
            continue
        off = _sum_off(rule, t, parts, slack)
        if off is not None:
            yield off


def _sum_off(rule: Rule, t, parts: list, slack: float) -> Finding | None:
    """Parts that should add up to the total ``t`` and do not (beyond rounding), as a finding."""
    w = interval(t)
    if sum_of(parts).meets(w, slack * max(1.0, w.hi)):
        return None
    expr = "+".join(q.text for q in parts)
    nominal = sum(float(q.value) for q in parts)
    shown = fmt_amount(Interval(nominal, nominal), unit_of(t))
    return finding(rule, f"{expr} = {shown}，文中合计为{t.text}", t, [(q, "分项") for q in parts])


_ASIDE = lazy(r"[（(][^（）()]{0,20}[）)]")


def _listed(span: Span, qs: list) -> bool:
    """Figures joined by 、/和 with a short label each: 公办16所、民办42所."""
    return all(
        re.fullmatch(rf"[、和及与]\s*[{CJK}]{{0,10}}", _ASIDE.sub("", span.between(a.end, b.start)))
        for a, b in zip(qs, qs[1:], strict=False)
    )


def _last_per_dim(qs: list) -> list:
    seen: dict[str, object] = {}
    for q in qs:
        seen[q.dim or ""] = q
    return list(seen.values())


def _in_aside(text: str) -> bool:
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _named_split(span: Span, whole, parts: list) -> bool:
    """The whole's own words list the kinds its parts then count, one part each (查处生产、经营…
    企业12家，其中生产企业3家…；经营企业9家): the parts are all of it."""
    if not 2 <= len(parts) <= 4 or not all(same_dim(p, whole) for p in parts):
        return False
    heads = [_label(span, p)[:2] for p in parts]
    if any(len(h) < 2 for h in heads) or len(set(heads)) != len(heads):
        return False
    cs, _ = span.clause_bounds(whole.start)
    lead = span.between(cs, whole.start)
    return bool(re.search("(?:[、和及与]|以及)".join(map(re.escape, heads)), lead))


def _one_per_kind(span: Span, whole, parts: list) -> bool:
    """在12个项目中夺得65枚金牌，其中游泳9枚、…(12 parts): the whole's clause counts the kinds
    it spans, and the parts after 其中 name exactly that many kinds, one figure each."""
    cs, _ = span.clause_bounds(whole.start)
    kinds = [
        q
        for q in span.quantities
        if cs <= q.start < whole.start and is_amount(q) and in_zhong_of_kinds(span, q, whole)
    ]
    return len(kinds) == 1 and len(parts) >= 3 and float(kinds[0].value) == len(parts)


def in_zhong_of_kinds(span: Span, q, whole) -> bool:
    """18个项目中 before the whole: a count of kinds closed by 中 in the whole's clause."""
    rest = span.between(q.end, whole.start)
    return bool(re.fullmatch(rf"[{CJK}]{{1,6}}(?:中|当中|之中)[{CJK}]{{0,6}}", rest))


# a clause announcing the names of the part before it: 5家，它们是：A、B、C；
_NAMES_LEAD = lazy(
    rf"^\s*(?:它们|其|这些|分别|依次|名单|即|[{CJK}]{{0,4}}(?:分布|位于|涉及|包括|是))[{CJK}]{{0,4}}\s*$"
)


def _parts_after(span: Span, at: int) -> list:
    """Figures of the 其中 clause and of the parallel clauses that follow it."""
    out = []
    clauses = [c for c in span.clauses() if c[1] > at]
    # 其中：A…；B…；C…: an enumeration after a colon may name each part at length
    limit = 16 if span.between(at, at + 1) in "：:" else 8
    naming = False
    for k, (cs, ce) in enumerate(clauses):
        sep = span.between(cs - 1, cs)
        cs = max(cs, at)
        qs = [
            q
            for q in span.quantities
            if cs <= q.start
            and q.end <= ce
            and is_amount(q)
            and not _in_aside(span.between(cs, q.start))  # 46只(A、B算两只)
        ]
        if k > 0:
            if naming:
                if sep not in "；;":
                    continue  # the names a part lists (…5家，它们是：A、B、C；…)
                naming = False
            elif (
                not qs
                and _NAMES_LEAD.match(span.between(cs, ce))
                and (span.between(ce, ce + 1) in "：:")
            ):
                naming = True
                continue
            elif "其中" in span.between(cs, ce) or (sep in "；;" and limit == 8):
                break  # a new topic after ；(…收入2886亿元，其中…；支出2020亿元…)
            lead = span.between(cs, qs[0].start) if qs else span.between(cs, ce)
            lead = _QUOTED_NAME.sub("", lead)  # a quoted name says nothing
            if not qs or _PARALLEL_STOP.search(lead):
                break
            if len(lead) > limit and not (out and _last_named_part(span, lead, qs, k, clauses, at)):
                break
        if _EXTREME.search(span.between(cs, ce)):
            continue
        for q in qs:
            if not _PART_STOP.search(span.before(q.start, 5)) and amount_here(span, q):
                out.append(q)
    return out


def _last_named_part(span: Span, lead: str, qs: list, k: int, clauses: list, at: int) -> bool:
    """The last clause of the sentence naming one more part at length (…，红十字会3.2亿元，各类
    在街道备案的志愿服务团体1.1亿元。): a noun phrase (…的…) and its figure, nothing after. A
    phrase that ends in the whole's own noun (筹集资金…，用于重建的资金) is a property of the
    whole, which cuts across the parts, not one more of them."""
    _, ce = clauses[k]
    head = re.sub(r"(?:有|为|是|达到|达|约|共|累计)+$", "", lead)[-2:]
    return (
        k == len(clauses) - 1
        and len(head) == 2
        and head not in span.between(span.start, at)
        and len(qs) == 1
        and len(lead) <= 16
        and "的" in lead
        # 其他类型的博物馆中免费开放20座: a part of a part (…中), not one more kind
        and not re.search(r"中|里", lead[lead.rfind("的") :])
        and not re.search(r"[0-9０-９]", lead)
        and not span.between(qs[0].end, ce).strip("。！？!?”’）) ")
    )


# exhaustive splits: every member present means the parts are the whole
_PARTITIONS = (
    {"男": "男", "女": "女"},
    {"城镇": "城", "城市": "城", "城区": "城", "农村": "乡", "乡村": "乡"},
    {"公办": "公", "民办": "民"},
    {"境内": "内", "境外": "外"},
    {"省内": "内", "省外": "外"},
    {"线上": "上", "线下": "下"},
    {"本地": "本", "外地": "外"},
    {"国内": "内", "海外": "外", "国外": "外"},
    {"新房": "新", "一手房": "新", "新建商品房": "新", "二手房": "二"},
    {"货币化": "货币", "货币": "货币", "实物": "实物"},
    {"已完工": "完", "完工": "完", "已建成": "完", "建成": "完", "在建": "在", "未开工": "未"},
    {
        "第一产业": "一",
        "一产": "一",
        "第二产业": "二",
        "二产": "二",
        "第三产业": "三",
        "三产": "三",
    },
    {"出口": "出", "进口": "进"},
)
# a split that holds only for some wholes: 出口 + 进口 make 进出口 (not 外贸企业, which do both)
_SPLIT_OF = {"出": "进出口|外贸总额|外贸额"}
# members named after the figure: 24只上涨，6只持平，12只下跌
_AFTER_PARTITIONS = ({"上涨": "涨", "持平": "平", "平盘": "平", "下跌": "跌"},)


def _tag(span: Span, p, words: dict[str, str], after: bool) -> str | None:
    if after:
        rest = span.between(p.end, min(span.end, p.end + 4))
        rest = _TREND_LEAD.sub("", rest)
        return next((k for w, k in words.items() if rest.startswith(w)), None)
    lead = _LABEL_TRIM.sub("", span.between(span.clause_bounds(p.start)[0], p.start).strip())
    lead = _MEMBER_SEP.split(lead)[-1]
    return next((k for w, k in words.items() if lead.startswith(w)), None)


def _partition(span: Span, parts: list, whole=None) -> tuple[list, bool]:
    """The parts that are members of one exhaustive split, and whether every member is there."""
    for words in _PARTITIONS + _AFTER_PARTITIONS:
        guard = next((g for k, g in _SPLIT_OF.items() if k in words.values()), None)
        if guard and not (whole is not None and re.search(guard, span.text)):
            continue
        after = words in _AFTER_PARTITIONS
        tagged = [(p, _tag(span, p, words, after)) for p in parts]
        got = [(p, k) for p, k in tagged if k]
        keys = [k for _, k in got]
        if len(got) >= 2 and len(set(keys)) == len(keys):
            return [p for p, _ in got], len(set(keys)) == len(set(words.values()))
    return _directions(span, parts)


# 产值增长的有80家，下降的有30家，持平的有5家: each member moved one way or did not move
_DIRECTION = lazy(
    r"^(?P<what>[\u4e00-\u9fff]{0,6}?)(?P<dir>增长|增加|上涨|上升|提高|下降|下跌|减少|降低|回落"
    r"|持平|不变|平盘)的?$"
)
_DIRECTION_KEY = {"增长": "+", "增加": "+", "上涨": "+", "上升": "+", "提高": "+"}
_DIRECTION_KEY |= {"持平": "=", "不变": "=", "平盘": "="}


def _directions(span: Span, parts: list) -> tuple[list, bool]:
    """Parts labelled by the way each member moved (增长的 / 下降的 / 持平的), one label each, of
    one measure (产值增长的, 下降的: an unnamed measure is the one named before; 产值增长的 /
    利润下降的 are two measures, which cut across each other): with 持平 named too, all of it."""
    got = []
    for p in parts:
        lead = _LABEL_TRIM.sub("", span.between(span.clause_bounds(p.start)[0], p.start).strip())
        m = _DIRECTION.match(_MEMBER_OR_CLAUSE_SEP.split(lead)[-1])
        if m is None:
            return [], False
        got.append((m.group("what"), _DIRECTION_KEY.get(m.group("dir"), "-")))
    whats = {w for w, _ in got if w}
    keys = [k for _, k in got]
    if len(got) < 2 or len(whats) > 1 or len(set(keys)) != len(keys):
        return [], False
    # …，持平的5家，另有5家停产: members counted after the list are members of none of it
    more = any(q.start > parts[-1].end and same_dim(q, parts[-1]) for q in span.quantities)
    return list(parts), len(keys) == 3 and not more
