"""``rate-vs-counts``: a rate (完成率90%, 占总数的25%) against the part and whole it comes from."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..arith import (
    Span,
    half_unit,
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
    amount_here,
    finding,
    in_zhong,
    noun_after,
    pct_iv,
    same_dim,
    same_noun,
)

# =============================================================================================
# rate-vs-counts

# a rate keyword right before the percentage: 完成率达90%, 交付率为63.41%
_RATE_BEFORE = lazy(
    rf"(?P<stem>[{CJK}]{{2}})率(?:已经|已|均|仍|仅|只|则|也)?"
    r"(?:为|是|有|达到了|达到|达|约为|约|提[高升][到至]|升至|超过|超|近|接近|保持在|在|高达|只有)?\s*$"
)
_RATE_WORD = lazy(r"率|占|比|完成")
# rates that are not part/total of counts stated next to them
_RATE_STOP = lazy(
    r"增长|增加|提高|下降|降低|利|汇|税|费|概|功|频|效|准备|通胀|膨胀|回报|收益|市盈|负债|换手|贡献|折扣|溢价|城镇化|人口|出生|死亡|占有"
)
# 占…的 X%: the part before 占, the whole after it
_SHARE_BEFORE = lazy(
    rf"占(?:到了|到|据了|据|了)?(?P<obj>[{CJK}A-Za-z]{{0,10}}?)(?:的)?(?:比(?:重|例))?"
    r"(?:为|达到|达|约为|约|近|超过|超|高达|仅为|仅)?\s*$"
)
# 比例为 X%, 所占比重达 X%: a share of the whole stated before, the part right before it
_PROPORTION = lazy(
    rf"(?:(?:^|[，,])(?:所占|的)?|(?P<desc>[{CJK}]{{2,10}})的)(?P<obj>)(?:比例|比重|占比)"
    r"(?:为|达到|达|约为|约|近|超过|超|高达|仅为|仅)?\s*$"
)
# 完成全年900万人目标的89%: the whole inside the 完成…的 phrase, the part before it
_DONE_OF = lazy(r"(?:完成(?:了)?|占(?:到了|到|了)?)[^，,；;。]{0,20}?的\s*$")
# markers of a whole (the denominator of a rate)
_TOTAL_MARK = lazy(
    r"共|总|合计|涉及|全[省市县区国镇乡部体年校院村厂]|计划|目标|任务|抽[检查取样]|排查|受理|在册|纳入|列入|需要?|应[当该]?|有"
)
_NEGATION = "不未没无非"


# rate names whose part is counted under another word: 就业率 / 毕业去向落实率 are computed from
# graduates who 就业, 落实去向, 签约 or 找到工作 (one outcome, several names)
_FAMILIES = (("就业", "去向", "签约", "找到工作", "落实工作", "上岗"),)


def _family(stem: str) -> tuple[str, ...]:
    """The words that name the part of a rate called ``stem`` (the stem itself first)."""
    for fam in _FAMILIES:
        if stem in fam:
            return (stem,) + tuple(w for w in fam if w != stem)
    return (stem,)


def _stem_in(text: str, stem: str, negated: bool = False) -> bool:
    """The rate's stem (or a word of its family) occurs in ``text`` as a word (not the rate
    itself), negated (不合格) when ``negated`` and plain otherwise."""
    for word in _family(stem):
        i = text.find(word)
        while i >= 0:
            nxt = text[i + len(word) : i + len(word) + 1]
            prev = text[i - 1] if i > 0 else ""
            if nxt != "率" and (bool(prev) and prev in _NEGATION) == negated:
                return True
            i = text.find(word, i + 1)
    return False


# how far before a part its whole is looked for (a news sentence is far shorter; a table
# read as one sentence is not, and each part would otherwise be held against every figure)
TOTAL_REACH = 400


def _totals(span: Span, part, before: int) -> list:
    """Same-dimension figures before ``before`` that a clause marks as a whole."""
    out = []
    qs = span.quantities
    part_lo = interval(part).lo
    for t in qs[span.first_from(before - TOTAL_REACH) : span.first_from(before)]:
        if t is part or not same_dim(t, part) or not amount_here(span, t):
            continue
        if interval(t).hi < part_lo:
            continue
        zhong = in_zhong(span, t)
        if not (zhong or same_noun(span, t, part)):
            continue
        cs, _ = span.clause_bounds(t.start)
        lead = span.between(cs, t.start)
        after = span.between(t.end, min(span.end, t.end + 4))
        if re.match(r"[，,]?\s*(?:占|约占|分别占)", after):
            continue  # itself a part with its share
        if (
            _TOTAL_MARK.search(lead)
            or after.startswith(("，其中", ",其中", "。其中", "其中"))
            or zhong
        ):
            out.append(t)
    return out


def _shares_char(stem: str, text: str) -> bool:
    """The rate's name and the part's clause share a content character (通车率, 开通了公交)."""
    return any(c in text for c in stem if c not in _WEAK_CHARS)


# characters too common to tie a rate's name to a clause
_WEAK_CHARS = "的了是有在为和与及等全总共已率性化"


def check_rate(span: Span, rule: Rule) -> Iterator[Finding]:
    if span.prev is not None and "率" in span.prev.text:
        yield from _rate_before_sentence(span, rule)
    if span.prev is not None and "率" in span.text:
        yield from rate_after_counts(span, rule)
    if not _RATE_WORD.search(span.text):
        return  # _RATE_BEFORE, _SHARE_BEFORE, _PROPORTION and _DONE_OF need one of them
    for r in span.quantities:
        if not is_percent(r):
            continue
        pre = span.before(r.start, 16)
        m = _RATE_BEFORE.search(pre)
        share = None
        named_parts: list = []
        if m:
            stem = m.group("stem")
            if _RATE_STOP.search(stem) or stem.startswith("率"):
                continue
            rate_at = r.start - len(pre) + m.start()
            # 不合格率 counts what is not 合格: its part says 不合格 (and 合格率's part does not)
            neg = span.between(rate_at - 1, rate_at) in _NEGATION if rate_at > span.start else False
            parts = [
                q
                for q in span.quantities
                if q.start < rate_at
                and is_amount(q)
                and _stem_in(span.clause_text(q.start).split(stem + "率")[0], stem, neg)
            ]
            named_parts = parts
            if not any(_totals(span, q, q.start) for q in parts):
                # a rate named freely (通车率 after 开通了公交): the part is in the rate's
                # clause or the clause right before it, and shares a character with the name
                each = "均" in span.between(rate_at, r.start) or "以" in r.text
                mod = _modifier(span.between(span.clause_bounds(rate_at)[0], rate_at))
                parts = [
                    q
                    for q in _adjacent_amounts(span, rate_at)
                    if not each and _names_part(span, q, stem, mod, neg)
                ]
        else:
            share = _SHARE_BEFORE.search(pre) or _PROPORTION.search(pre)
            if not share:
                wide = span.before(r.start, 26)
                done = _DONE_OF.search(wide)
                if done:
                    yield from _check_done_of(span, rule, r, r.start - len(wide) + done.start())
                continue
            obj = share.group("obj")
            rate_at = r.start - len(pre) + share.start()
            # 占总数的 / 占全部的: the whole stated before; 占非正常贷款的: a whole whose clause
            # names it (非正常额…2756万元); any other whole (占全省的) is not in the text
            named = obj if obj and not obj.startswith(("总", "全部", "比")) else ""
            if named and len(named) < 2:
                continue
            desc = share.groupdict().get("desc")
            if desc:
                # 跑赢同类平均水平的比例: the part's clause shares a word with the description
                parts = [
                    q
                    for q in _adjacent_amounts(span, rate_at)
                    if _shares_char(desc, span.clause_text(q.start).replace(desc, ""))
                ]
            else:
                parts = _part_before_share(span, rate_at)
        if not parts:
            if m:
                # 已入住的有1300户，总户数为2000户，入住率为80%: the whole between part and rate;
                # 入住率为75%，共有床位3200张，已入住2100张: the counts follow the rate
                pairs = (
                    _whole_between(span, named_parts, rate_at)
                    or counts_after(span, r)
                    or counts_around(span, r)
                )
                yield from _judge_pairs(rule, r, pairs, False)
            continue
        pairs = []
        for p in parts:
            if share and named:
                whole = [
                    t
                    for t in span.quantities
                    if t.start < p.start
                    and amount_here(span, t)
                    and same_dim(t, p)
                    and named[:2] in span.between(span.clause_bounds(t.start)[0], t.start)
                ]
            else:
                whole = _totals(span, p, p.start)
            for t in whole:
                pairs.append((p, t))
        if not pairs and parts and not share:
            # 完成改造的住房421套，改造完成率77%，住房总数872套: the whole stated after the rate
            t = _whole_after(span, r)
            if t is not None:
                pairs = [(p, t) for p in parts if same_dim(p, t) and p.start < r.start]
            else:
                pairs = _whole_between(span, parts, rate_at)
        if not pairs and parts and not (share and named):
            # 全县共有学校120所。其中，已完成改造的96所，占比90%: the whole ends the sentence before
            pairs = _prev_whole(span, parts)
        if not pairs and m:
            # 该校今年有毕业生4200人，就业率为96.5%，已就业3800人: the figure before the rate
            # was its whole, the part follows the rate
            pairs = counts_after(span, r) or counts_around(span, r)
        if not pairs:
            continue
        yield from _judge_pairs(rule, r, pairs, bool(share))


_BACK_REF = lazy(rf"^\s*(?:其中|(?:在)?(?:这些|上述|以上|前述)[{CJK}]{{0,8}}?(?:当中|之中|中|里))")


def _prev_whole(span: Span, parts: list) -> list:
    """(part, whole) pairs with the whole in the sentence before: a figure of its last clause when
    this one opens on 其中 / 这些…中, else one its clause marks as a total (共有, 总数)."""
    prev = span.prev
    if prev is None:
        return []
    if _BACK_REF.match(span.text):
        ls = prev.clauses()[-1][0]
        cands = [t for t in prev.quantities if t.start >= ls and amount_here(prev, t)]
    else:
        cands = [
            t
            for t in prev.quantities
            if amount_here(prev, t)
            and _STRONG_TOTAL.search(prev.between(prev.clause_bounds(t.start)[0], t.start))
        ]
    out = []
    for p in parts:
        if span.between(span.start, p.start).count("，") > 3:
            continue  # a part far from the sentence's start is not of that whole
        np_ = noun_after(span, p)
        for t in cands:
            nt = noun_after(prev, t)
            if not same_dim(p, t) or (np_ and nt and np_[:2] != nt[:2]):
                continue
            if interval(t).hi >= interval(p).lo:
                out.append((p, t))
    return out


def _judge_pairs(rule: Rule, r, pairs: list, share: bool) -> Iterator[Finding]:
    """Report the rate when no (part, whole) pair gives it."""
    slack: float = rule.state
    stated = pct_iv(r, slack)
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
        return
    # report the pair nearest to the rate
    p, t, ratio = max(computed, key=lambda x: (x[0].start, x[1].start))
    nominal = float(p.value) / float(t.value) * 100 if t.value else None
    detail = f"{p.text}/{t.text} = {show(nominal, ratio, places_for(r), '%', p, t)}，文中为{r.text}"
    yield finding(rule, detail, r, [(p, "部分"), (t, "总数")])


def _adjacent_amounts(span: Span, at: int) -> list:
    """Amounts in the clause of ``at`` (before it) or in the clause right before it."""
    cs, _ = span.clause_bounds(at)
    ps = span.clause_bounds(cs - 1)[0] if cs > span.start else cs
    return [q for q in span.quantities if ps <= q.start and q.end <= at and is_amount(q)]


_LABEL_TRIM = lazy(r"(?:只|仅|约|则|也|都|均|分别|共|所)+$", lead=True)


def _part_before_share(span: Span, at: int) -> list:
    """The part of 占…: the figure of the clause the share's subject names (债券型基金…只占比
    24% goes with 债券型基金有12只), else the figure right before 占."""
    cs, _ = span.clause_bounds(at)
    label = _LABEL_TRIM.sub("", span.between(cs, at))
    # two clauses back: what is read of the amounts before ``at`` is the last one and those
    # from there on (walked back from ``at``, not filtered from the sentence's start)
    lo = span.clause_bounds(span.clause_bounds(cs - 1)[0] - 1)[0] if cs > span.start else cs
    qs = span.quantities
    before = []
    for j in range(span.first_from(at) - 1, -1, -1):
        q = qs[j]
        if q.start < lo and (before or at - q.end > 12):
            break  # (an amount further back than 12 characters is no part: see the gap below)
        if q.end <= at and is_amount(q):
            before.append(q)
    before.reverse()
    if not before:
        return []
    if len(label) >= 2 and not any(q.start >= cs for q in before):
        # the subject stated again: look back two clauses for the clause that names it
        for q in reversed(before):
            if q.start < lo:
                break
            qs, qe = span.clause_bounds(q.start)
            if label[:3] in span.between(qs, qe):
                # 其中8支来自省内…，省内队伍占比: the first figure of the clause naming it
                first = [x for x in before if qs <= x.start]
                return first[:1]
    p = before[-1]
    if len(label) >= 2:
        named = noun_after(span, p)
        if named and named[:2] != label[:2] and label[:2] not in span.clause_text(p.start):
            return []  # 6只货币型产品，权益型产品占了三分之二: the share names another part
    gap = span.between(p.end, at)
    if len(gap) > 12 or re.search(r"[。；;]", gap) or len(re.findall(r"[，,]", gap)) > 1:
        return []
    return [p]


def _check_done_of(span: Span, rule: Rule, r, at: int) -> Iterator[Finding]:
    """完成全年900万人目标的89%, 占全市企业总数200家的80%: the part before 完成/占 over
    the whole inside the phrase."""
    slack: float = rule.state
    inside = [q for q in span.quantities if at <= q.start and q.end <= r.start and is_amount(q)]
    if len(inside) != 1:
        return
    t = inside[0]
    cs, _ = span.clause_bounds(at)
    ps = span.clause_bounds(cs - 1)[0] if cs > span.start else cs
    parts = [
        q
        for q in span.quantities
        if ps <= q.start and q.end <= at and amount_here(span, q) and same_dim(q, t)
    ]
    if not parts:
        return
    p = parts[-1]
    ratio = interval(p).div(interval(t))
    if ratio is None or ratio.scale(100).meets(pct_iv(r, slack)):
        return
    nominal = float(p.value) / float(t.value) * 100 if t.value else None
    detail = (
        f"{p.text}/{t.text} = {show(nominal, ratio.scale(100), places_for(r), '%', p, t)}，"
        f"文中为{r.text}"
    )
    yield finding(rule, detail, r, [(p, "部分"), (t, "总数")])


# rate words general enough to name whatever the clause before achieved (覆盖率, 普及率)
_GENERIC_RATE = frozenset({"覆盖", "普及", "完成", "落实", "到位", "执行", "实现", "达成"})


def _modifier(lead: str) -> str:
    """The two characters naming the rate before its word (验收 of 验收合格率), if any."""
    lead = re.split(r"[的在是了与和及为而]", lead)[-1]
    return lead[-2:] if len(lead) >= 2 else ""


def _names_part(span: Span, q, stem: str, mod: str, neg: bool = False) -> bool:
    """Whether a rate named ``mod`` + ``stem`` + 率 can be the share of the part ``q``.

    Its own word shares a character with the part's clause (通车率 / 开通了公交); or its
    modifier is the part's predicate, right after the figure or just before it (验收合格率 /
    通过验收); or, with no modifier, the word is a generic one (覆盖率 after 接入宽带).
    """
    cs, ce = span.clause_bounds(q.start)
    clause = span.between(cs, ce).replace(stem + "率", "")
    # 不合格3份 counts the complement of 合格率, and 合格3份 the complement of 不合格率
    if neg != bool(re.search(f"[{_NEGATION}]{stem}", clause)):
        return False
    if _shares_char(stem, clause):
        return True
    key = mod if stem in _GENERIC_RATE and mod else stem
    if len(_family(key)) > 1:
        # 去向落实率 / 已就业: another name of the same outcome, and only such a name (研究生
        # 就业率 is not computed from 研究生600人)
        return _stem_in(clause, key, neg)
    if mod:
        pred = span.between(q.end, ce) + span.between(max(cs, q.start - 4), q.start)
        return _shares_char(mod, pred)
    return stem in _GENERIC_RATE


_WHOLE_AFTER = lazy(
    rf"^[{CJK}]{{0,8}}?(?:总数|总量|总计|共有|共计|合计|总共)(?:为|达到|达|是)?\s*$"
)


def _whole_after(span: Span, r):
    """The whole named in the clause right after the rate's (…，住房总数872套)."""
    _, ce = span.clause_bounds(r.start)
    if ce >= span.end:
        return None
    ns, ne = ce + 1, span.clause_bounds(ce + 1)[1]
    qs = [q for q in span.quantities if ns <= q.start and q.end <= ne and is_amount(q)]
    if not qs or not _WHOLE_AFTER.match(span.between(ns, qs[0].start)):
        return None
    return qs[0]


# =============================================================================================
# a rate stated before its counts: 入住率为75%，共有床位3200张，已入住2100张

# marks that make a figure the whole even when its clause names the rate's act (计划开工120个)
_STRONG_TOTAL = lazy(r"共|总|合计|全部|计划|目标|任务|涉及|应[当该]?|需要?|抽[检查取样]|纳入|列入")
# a rate aimed at, not measured: its counts need not give it yet
_AIM = lazy(r"要|将|力争|确保|争取|目标|预计|计划|有望|可望|力求|预期|以上|以下")


# counts dated to another time than the rate stated before them
_EARLIER = lazy(
    r"去年|上年|前年|同期|上月|上季|年初|此前|以前|过去|当时|[0-9０-９]{2,4}年", lead=True
)


def _named_rate(span: Span, r):
    """(stem, rate_at, negated, modifier) of a rate named right before the percentage."""
    if not is_percent(r):
        return None
    pre = span.before(r.start, 16)
    m = _RATE_BEFORE.search(pre)
    if not m:
        return None
    stem = m.group("stem")
    if _RATE_STOP.search(stem) or stem.startswith("率"):
        return None
    rate_at = r.start - len(pre) + m.start()
    neg = span.between(rate_at - 1, rate_at) in _NEGATION if rate_at > span.start else False
    cs, _ = span.clause_bounds(rate_at)
    lead = span.between(cs, rate_at)
    if _AIM.search(lead + span.between(rate_at, r.end)) or "均" in span.between(rate_at, r.start):
        return None
    return stem, rate_at, neg, _modifier(lead)


def counts_after(span: Span, r) -> list:
    """(part, whole) pairs stated after a rate's clause, in the same sentence."""
    got = _named_rate(span, r)
    if got is None:
        return []
    stem, rate_at, neg, mod = got
    at = span.clause_bounds(r.start)[1] + 1
    clauses = [c for c in span.clauses() if c[0] >= at][:3]
    if _other_scope(span, rate_at, clauses):
        return []
    if _family_rate(stem, mod) and _subgroup_rate(
        span, rate_at, "".join(span.between(a, b) for a, b in clauses)
    ):
        return []
    return _pairs_in(span, clauses, stem, mod, neg)


def counts_around(span: Span, r) -> list:
    """(part, whole) pairs around a rate: the whole in the clause before the rate's, the part in
    the clauses after it (该校今年有毕业生4200人，就业率为96.5%，已就业3800人)."""
    got = _named_rate(span, r)
    if got is None:
        return []
    stem, rate_at, neg, mod = got
    cs, ce = span.clause_bounds(r.start)
    if ce >= span.end:
        return []
    if cs <= span.start and not any(q.end <= rate_at for q in span.quantities):
        return []
    if _EARLIER.search(span.between(cs, ce)):
        return []  # 去年就业率为96.5%: a rate of another time than the counts around it
    before = [span.clause_bounds(cs - 1)]
    if any(cs <= q.start and q.end <= rate_at for q in span.quantities):
        before = [(cs, rate_at)]  # 全市6.2万名高校毕业生就业率达95%，其中已就业5.5万人
    after = [c for c in span.clauses() if c[0] > ce][:2]
    if _other_scope(span, rate_at, before + after):
        return []
    if _family_rate(stem, mod) and _subgroup_rate(
        span, rate_at, "".join(span.between(a, b) for a, b in before + after)
    ):
        return []
    got_before = _classify(span, before, stem, mod, neg)
    got_after = _classify(span, after, stem, mod, neg)
    if got_before is None or got_after is None:
        return []
    return _pairs(span, got_after[0], got_before[1])


# where a figure holds: a rate of 该校 is not computed from the counts of 全市
_SCOPE_WORD = lazy(r"(?:全|该|本|我)[省市县区镇乡校村厂]|全国")


def _other_scope(span: Span, rate_at: int, clauses: list[tuple[int, int]]) -> bool:
    """The rate's sentence names where it holds and the counts' clauses name another place."""
    mine = {w[-1] for w in _SCOPE_WORD.findall(span.between(span.start, rate_at))}
    theirs = {w[-1] for cs, ce in clauses for w in _SCOPE_WORD.findall(span.between(cs, ce))}
    return bool(mine) and bool(theirs) and not (mine & theirs)  # 该校 and 全校 are one place


_GENERIC_LEAD = lazy(
    r"(?:全|该|本|我)[省市县区镇乡校村厂院]|全国|今年|去年|当年|目前|截至[^，]{0,6}|初次|总体|整体|平均|综合|年终|的"
)


def _family_rate(stem: str, mod: str) -> bool:
    """A rate of people counted under several names (就业率, 去向落实率): its modifier names the
    group (研究生就业率), not the thing counted (疫苗接种率, 床位使用率)."""
    return len(_family(mod if stem in _GENERIC_RATE and mod else stem)) > 1


def _subgroup_rate(span: Span, rate_at: int, counts: str) -> bool:
    """The rate is named for a group the counts do not name (研究生就业率 beside the counts of
    all graduates): the words before the rate's name, less place, time and generic ones, are
    not in the counts' text."""
    cs, _ = span.clause_bounds(rate_at)
    lead = _GENERIC_LEAD.sub("", span.between(cs, rate_at))
    lead = re.sub(r"^(?:[^\u4e00-\u9fff]+)", "", lead)
    return len(lead) >= 2 and lead[-2:] not in counts


def _classify(
    span: Span, clauses: list[tuple[int, int]], stem: str, mod: str, neg: bool
) -> tuple[list, list] | None:
    """The parts and wholes among the figures of ``clauses``: the part's clause names what the
    rate counts (入住率 / 已入住), the whole's is marked as one (共有, 全区, 总数, 计划, …中).
    None when the counts are dated to another time than the rate."""
    # a generic rate word (覆盖率) names its part only by its modifier (森林覆盖率 / 森林面积):
    # a near-synonym (林地, 绿地) is another statistic with its own rate, not this one's part
    key = mod if stem in _GENERIC_RATE else stem
    if len(key) < 2:
        return None
    parts: list = []
    wholes: list = []
    if any(_EARLIER.search(span.between(cs, ce)) for cs, ce in clauses):
        return None  # 去年共有床位3200张: counts of another time than the rate
    for cs, ce in clauses:
        qs = [q for q in span.quantities if cs <= q.start and q.end <= ce]
        if any(not is_amount(q) for q in qs):
            break  # another rate or a change: the counts of this one end here
        for q in qs:
            if not amount_here(span, q):
                continue
            lead = span.between(cs, q.start)
            clause = span.between(cs, ce).replace(stem + "率", "")
            if _STRONG_TOTAL.search(lead) or in_zhong(span, q):
                wholes.append(q)  # 2300名毕业生中有2000人已签约: the whole before 中
            elif _stem_in(clause, key, neg) or (
                # 5G基站覆盖率 / 已覆盖5G信号的行政村: the generic word as the part's own verb
                key != stem
                and not neg
                and re.search(f"(?:已|已经|均已|全部|实现)\\s*{stem}", clause)
            ):
                sub = _SUBGROUP.search(lead)
                # 实现就业的本地生源2.1万人 is a part of a subgroup, unless the whole counts the
                # same noun (已推行垃圾分类的小区 / 住宅小区共1500个)
                if sub is None or any(
                    sub.group("noun")[-2:] in span.clause_text(w.start) for w in wholes
                ):
                    parts.append(q)
            elif _TOTAL_MARK.search(lead):
                wholes.append(q)
    return parts, wholes


# a part named by a noun after its predicate (就业的本地生源): a subgroup, not all of the rate's part
_SUBGROUP = lazy(rf"的(?!有|为|是|达|共|约|近|超)(?P<noun>[{CJK}]{{2,}})$")


def _pairs_in(span: Span, clauses: list[tuple[int, int]], stem: str, mod: str, neg: bool) -> list:
    """(part, whole) pairs among the figures of ``clauses`` (see ``_classify``)."""
    got = _classify(span, clauses, stem, mod, neg)
    return _pairs(span, *got) if got is not None else []


def _pairs(span: Span, parts: list, wholes: list) -> list:
    return [
        (p, t)
        for p in parts
        for t in wholes
        if same_dim(p, t)
        and (same_noun(span, t, p) or in_zhong(span, t))
        and interval(t).hi >= interval(p).lo
    ]


def _whole_between(span: Span, parts: list, rate_at: int) -> list:
    """(part, whole) pairs with a whole marked as one between the part and the rate."""
    return [
        (p, t)
        for p in parts
        for t in span.quantities
        if p.end <= t.start < rate_at
        and amount_here(span, t)
        and same_dim(p, t)
        and _STRONG_TOTAL.search(span.between(span.clause_bounds(t.start)[0], t.start))
    ]


def _rate_before_sentence(span: Span, rule: Rule) -> Iterator[Finding]:
    """该县森林覆盖率达58%。全县总面积3000平方公里，其中森林面积1500平方公里: the rate ends the
    sentence before (or only how it moved follows it: 比上年提高1.2个百分点), its counts open
    this one."""
    prev = span.prev
    if prev is None or not prev.quantities:
        return
    rates = [q for q in prev.quantities if is_percent(q)]
    if not rates:
        return
    r = rates[-1]
    _, ce = prev.clause_bounds(r.start)
    if any(
        x.strip() and not _MOVE_ONLY.search(x)
        for x in re.split(r"[，,；;]", prev.between(ce, prev.end - 1))
    ) or any(is_amount(q) for q in prev.quantities if q.start > r.start):
        return  # the rate's clause does not end the sentence
    got = _named_rate(prev, r)
    if got is None:
        return
    stem, _, neg, mod = got
    pairs = _pairs_in(span, [c for c in span.clauses()][:3], stem, mod, neg)
    if pairs:
        yield from _judge_pairs(rule, r, pairs, False)


# a clause that only says how a rate moved
_MOVE_ONLY = lazy(r"百分点|提高|上升|下降|增长|增加|减少|回落|持平|同比|比上年|较上年|与上年")


def rate_after_counts(span: Span, rule: Rule) -> Iterator[Finding]:
    """全校共有毕业生3200人，已就业2900人。就业率达到了95.6%: a rate opening the sentence after
    its counts, with no counts of its own."""
    prev = span.prev
    if prev is None or any(is_amount(q) for q in span.quantities):
        return
    if any(is_percent(q) for q in prev.quantities):
        return  # the sentence before states a rate of its own
    for r in span.quantities:
        if not is_percent(r):
            continue
        cs, _ = span.clause_bounds(r.start)
        lead = span.between(span.start, cs)
        if len(lead) > 8 or lead.count("，") + lead.count(",") > 1:
            return  # only the first clause (after a short time phrase) opens on the rate
        got = _named_rate(span, r)
        if got is None:
            return
        stem, rate_at, neg, mod = got
        clauses = prev.clauses()[-3:]
        mine = {w[-1] for w in _SCOPE_WORD.findall(span.between(span.start, rate_at))}
        theirs = {w[-1] for a, b in clauses for w in _SCOPE_WORD.findall(prev.between(a, b))}
        if mine and theirs and not (mine & theirs):
            return
        if _EARLIER.search(span.between(span.start, r.start)):
            return  # 去年就业率为95.6%: another time than the counts
        if _family_rate(stem, mod) and _subgroup_rate(
            span, rate_at, "".join(prev.between(a, b) for a, b in clauses)
        ):
            return
        pairs = _pairs_in(prev, clauses, stem, mod, neg)
        if pairs:
            yield from _judge_pairs(rule, r, pairs, False)
        return
