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
from .arith_bands import band_shares
from .arith_choices import choice_shares
from .arith_common import (
    CJK,
    finding,
    sum_of,
)
from .arith_share_lists import LISTED, answer_shares, grade_shares, listed_shares

# =============================================================================================
# shares

# exhaustive splits of one whole: each word names one member of its partition
_PARTITIONS: tuple[tuple[str, dict[str, str]], ...] = (
    ("性别", {"男": "男", "女": "女"}),
    ("城乡", {"城镇": "城", "城市": "城", "城区": "城", "农村": "乡", "乡村": "乡"}),
    (
        "三次产业",
        {
            "第一产业": "一",
            "第二产业": "二",
            "第三产业": "三",
            "一产": "一",
            "二产": "二",
            "三产": "三",
            "一产业": "一",
            "二产业": "二",
            "三产业": "三",
        },
    ),
    ("办学", {"公办": "公", "民办": "民"}),
    ("境内外", {"境内": "内", "境外": "外"}),
    ("省内外", {"省内": "内", "省外": "外"}),
    ("线上下", {"线上": "上", "线下": "下"}),
    ("区域", {"东部": "东", "中部": "中", "西部": "西", "东北": "东北"}),
)
_MEMBER = {w: (name, key) for name, words in _PARTITIONS for w, key in words.items()}
_SIZE = {name: len(set(words.values())) for name, words in _PARTITIONS}
_MEMBER_RE = lazy("(?:" + "|".join(sorted(_MEMBER, key=len, reverse=True)) + ")")
# the share verb right before the percentage: 占47%, 占比为8%, 占全市的比重达40%, 所占比例为…
_SHARE_VERB = lazy(
    r"(?:所占比例|所占比重|占比|比例|比重|占(?P<obj>[^，,；;。、]{0,12}?)的?(?:比重|比例)?)"
    r"(?:为|是|达到|达|约为|约|高达|仅为|仅)?\s*$"
)
# 为/达 alone makes a share only where the sentence has set up a whole (…中, 结构, 比重)
_PLAIN_VERB = lazy(r"(?:为|是|达到|达|约为|约|仅为)\s*$")
_SCOPE = lazy(r"中|结构|构成|比重|比例|占比|分布")
_NO_VERB = lazy(r"$")
# what may stand right before a member word: a clause start, 中, 为…
_BOUNDARY = lazy(r"(?:^|[，,；;、：:（(]|中|其中|为|是|而|全[省市县区国])\s*$")
# nouns after the member word that make the figure a rate or a change of that group, not a share
_NOT_SHARE_NOUN = lazy(r"率|增长|增速|增幅|下降|降幅|速度|均|收入|支出|消费|价格")


def _share_items(span: Span, pcts: list) -> list[tuple[object, str, str, str, str]]:
    """(percentage, partition, member, noun, whole) for every share of a partition member."""
    out = []
    for q in pcts:
        pre = span.before(q.start, 24)
        m = _SHARE_VERB.search(pre)
        obj = ""
        if m:
            obj = m.group("obj") or ""
            if "分别" in obj:
                continue  # one of a 分别 list, read by _respectively_sets
        else:
            m = _PLAIN_VERB.search(pre)
            if not m and re.search("构成|结构|组成", span.between(span.start, q.start)):
                m = _NO_VERB.search(pre)  # 构成为：男性52%，女性48%
            if not m or not _SCOPE.search(span.between(span.start, q.start)):
                continue
        head = pre[: m.start()]
        found = None
        for mm in _MEMBER_RE.finditer(head):
            if _BOUNDARY.search(head[: mm.start()]) and len(head) - mm.end() <= 12:
                found = mm
        if not found:
            continue
        noun = re.sub(r"(?:只|仅|约|则|也|都|还|则)+$", "", head[found.end() :].lstrip("性生子"))
        if _NOT_SHARE_NOUN.search(noun) or re.search("[中的里]", noun):
            continue
        name, key = _MEMBER[found.group()]
        out.append((q, name, key, noun, obj))
    return out


# a subject naming every member at once, then 分别 and the list: 一、二、三产业…分别占…
_ALL_MEMBERS = lazy(
    r"(?P<sector>三次产业|(?:第)?一、?(?:第)?二、?(?:第)?三(?:次)?产(?:业)?)|(?P<sex>男女|男、女)|(?P<urban>城乡|城镇和农村|城镇、农村)",
    lead=True,
)
_RESPECTIVELY = lazy(r"分别(?:占|为|是|达)?")
_NAMES = {"sector": "三次产业", "sex": "性别", "urban": "城乡"}


def _respectively_sets(span: Span) -> list[list]:
    """一、二、三产业增加值占比分别为8%、40%、52%: the list after 分别, one per member."""
    out = []
    for m in _RESPECTIVELY.finditer(span.text):
        at = span.start + m.end()
        cs, _ = span.clause_bounds(at)
        subj = _ALL_MEMBERS.search(span.between(cs, at))
        if subj:
            name = _NAMES[subj.lastgroup or ""]
        else:
            # 男性、女性分别占…: every listed label a member of one partition
            lm = LISTED.search(span.between(cs, at))
            keys = (
                [
                    _MEMBER.get(_MEMBER_RE.search(x).group()) if _MEMBER_RE.search(x) else None
                    for x in re.split(r"[、和及与]", lm.group("labels"))
                ]
                if lm
                else []
            )
            if not keys or None in keys or len({k[0] for k in keys}) != 1:
                continue
            if len({k[1] for k in keys}) != len(keys):
                continue
            name = keys[0][0]
        between = span.between(cs, at)
        if "占" not in m.group() and not re.search(r"占|比重|比例|结构|构成", between):
            continue
        if _NOT_SHARE_NOUN.search(between):
            continue
        qs = [q for q in span.quantities if q.start >= at]
        if not qs or not is_percent(qs[0]) or len(span.between(at, qs[0].start)) > 8:
            continue
        items = [qs[0]]
        for q in qs[1:]:
            if not is_percent(q) or not re.fullmatch(
                r"\s*(?:[、，,和及与]|以及)?\s*", span.between(items[-1].end, q.start)
            ):
                break
            items.append(q)
        if subj and len(items) == _SIZE[name]:
            order = _ORDER[name]
            out.append([(q, name, order[k], "", "") for k, q in enumerate(items)])
        elif not subj and len(items) == len(keys):
            out.append([(q, name, k[1], "", "") for k, q in zip(keys, items, strict=True)])
    return out


_ORDER = {"三次产业": ["一", "二", "三"], "性别": ["男", "女"], "城乡": ["城", "乡"]}


def _merge(groups: list[list]) -> list[list]:
    """Join a 分别 list and the single shares of the same split that follow it (第一产业、第二
    产业分别占…，第三产业占…)."""
    out: list[list] = []
    for g in sorted(groups, key=lambda g: g[0][0].start):
        if (
            out
            and out[-1][0][1] == g[0][1]
            and not {x[2] for x in out[-1]} & {x[2] for x in g}
            and g[0][0].start > out[-1][-1][0].start
        ):
            out[-1] = out[-1] + g
        else:
            out.append(list(g))
    return out


def _share_sets(items: list) -> list[list]:
    """Runs of consecutive items that split one whole (one partition, one noun, one whole)."""
    sets: list[list] = []
    for it in items:
        cur = sets[-1] if sets else None
        if (
            cur
            and cur[0][1] == it[1]
            and (cur[0][3] == it[3] or not it[3])
            and (cur[0][4] == it[4] or not it[4])
            and it[2] not in {x[2] for x in cur}
        ):
            cur.append(it)
        else:
            sets.append([it])
    return [s for s in sets if len(s) >= 2]


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


# a sentence with one percentage goes to check 3 at once (off: every check, as the tests
# compare)
ONE_SHARE_SHORTCUT = True


def check_shares(span: Span, rule: Rule) -> Iterator[Finding]:
    slack: float = rule.state
    if span.ratios:
        yield from _check_ratio_forms(span, rule, slack)
    # (is_percent, inline: most sentences have no percentage at all)
    pcts = [
        q for q in span.quantities if q.dim == "percent" and q.kind == "quantity" and q.unit != "‰"
    ]
    if not pcts:
        return
    if len(pcts) == 1 and ONE_SHARE_SHORTCUT:
        # every check but 3 weighs two or more of the sentence's percentages against one
        # another (a partition, runs of labelled shares, a remainder after other shares)
        yield from _over_hundred(span, rule, slack, pcts)
        return
    done: set[int] = set()
    # 1. the members of one partition: 男/女, 城镇/农村, 一产/二产/三产
    if _MEMBER_RE.search(span.text) or "分别" in span.text:
        items = _share_items(span, pcts)
        groups = _share_sets(items)
        if "分别" in span.text:
            listed = _respectively_sets(span)
            taken = {x[0].start for g in listed for x in g}
            singles = [[x] for x in items if x[0].start not in taken]
            groups = [g for g in groups if not any(x[0].start in taken for x in g)]
            groups += [
                g for g in _merge(listed + singles) if len(g) >= 2 and g[0] in sum(listed, [])
            ]
        groups = [g for g in groups if len(g) >= 2]
        for group in groups:
            qs = [x[0] for x in group]
            done.update(x.start for x in qs)  # a partition's figures are judged here only
            s = sum_of(qs)
            complete = len(group) == _SIZE[group[0][1]]
            if group[0][1] == "区域":
                # 东部/中部/西部, or with 东北 named four regions
                keys = {x[2] for x in group}
                complete = keys >= {"东", "中", "西"} and (
                    "东北" in keys or "东北" not in span.text
                )
            if s.contains(100.0, slack) or (not complete and s.lo <= 100.0 + slack):
                continue
            places = max(places_for(x) for x in qs)
            nominal = sum(float(x.value) for x in qs)
            expr = "+".join(x.text for x in qs)
            if complete:
                detail = f"{expr} = {fmt_num(nominal, places)}%，同一整体的各部分应合计100%"
            else:
                detail = f"{expr} = {fmt_num(nominal, places)}%，同一整体的部分合计超过100%"
            done.add(qs[-1].start)
            yield finding(rule, detail, qs[-1], [(x, "另一部分") for x in qs[:-1]])
    # 1b. categories of one classification: A占x%，B占y%，C占z%; A、B分别占…; 构成为：…
    yield from listed_shares(span, rule, done)
    yield from answer_shares(span, rule, done)
    yield from grade_shares(span, rule, done)
    yield from band_shares(span, rule, done)
    yield from choice_shares(span, rule, done)
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
    yield from _over_hundred(span, rule, slack, pcts)


def _over_hundred(span: Span, rule: Rule, slack: float, pcts: list) -> Iterator[Finding]:
    """A share of a whole above 100% (check 3 of ``check_shares``)."""
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


# a:b:c stated as the structure of one whole (三次产业结构为7.1:38.2:54.7)
_RATIO_CONTEXT = lazy(r"结构|构成|比重|占比|比例|之比")
_NOT_SHARE_RATIO = lazy(r"比分|比例尺|战绩|胜|负|赔率|兑")


def _check_ratio_forms(span: Span, rule: Rule, slack: float) -> Iterator[Finding]:
    """Three or more terms of one whole, in percent, that do not sum to 100."""
    for r in span.ratios:
        terms = re.split(r"[:：∶]", r.text)
        if len(terms) < 3 or not all(re.fullmatch(r"\d+(?:\.\d+)?", x) for x in terms):
            continue
        pre = re.split(r"[，,；;]", span.before(r.start, 28, clause=False))[-1]
        if not _RATIO_CONTEXT.search(pre) or _NOT_SHARE_RATIO.search(pre):
            continue
        total = sum(float(x) for x in terms)
        if not 60.0 <= total <= 140.0:
            continue  # a ratio of counts (1:2:3), not percentages of one whole
        half = sum(0.5 * 10.0 ** -len(x.split(".")[1]) if "." in x else 0.5 for x in terms)
        if abs(total - 100.0) <= half + slack + 1e-9:
            continue
        places = max((len(x.split(".")[1]) if "." in x else 0) for x in terms)
        detail = f"{'+'.join(terms)} = {fmt_num(total, max(places, 1))}，各部分的比重应合计100"
        yield finding(rule, detail, r, [])
