"""Share lists of one whole beyond the known partitions (part of ``shares``).

Parallel shares of one whole, each labelled by a category (国有企业占35%，民营企业占48%…;
本科、专科、研究生分别占…; 构成为：市区40%，郊区35%…): categories of one classification do
not overlap, so their shares cannot sum to more than 100%; when the text presents them as the
composition of the whole (构成, 结构, 组成), they must sum to 100%. Labels that can overlap (党员,
女性, 35岁以下, 使用移动支付的) leave a list alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..arith import Span, is_percent
from ..findings import Finding
from ..patterns import lazy
from ..rules import Rule
from .arith_common import CJK, CRITERIA, OVERLAP, hundred_finding

# a share's label and verb before its figure: 国有企业占35%, 市区所占比重为40%, 构成为：市区40%
_ITEM = lazy(
    rf"(?:^|[、，,；;：:]|中|里|其中|看)\s*(?P<label>[{CJK}A-Za-z]{{1,8}}?)"
    r"(?P<verb>所占比重为|所占比例为|所占比重|所占比例|占比为|占比|比重为|比例为|约占|"
    r"占[^，,；;。、]{1,12}?的(?:比重|比例)?(?:为|达)?|占|为)?\s*$"
)
# the list's whole and how it is presented
_SCOPE = lazy(r"中|里|按[^，,；;。]{1,6}看|构成|结构|组成|分布")
_COMPOSITION = lazy(r"构成|结构|组成")
# labels that may overlap one another, or that are not categories of the whole
_NOT_CATEGORY = lazy(
    r"的|党员|团员|女|男|少数民族|贫困|残疾|以上|以下|以内|岁|左右|增|降|率|其余|其他|剩余|"
    r"同比|比上年|较|平均|人均|累计|全[省市县区国]|合计|总"
)
# 本科、专科、研究生分别占40%、35%和25%
LISTED = lazy(
    rf"(?:^|[，,；;：:]|中|里|年|月)\s*(?P<labels>[{CJK}A-Za-z]{{1,8}}(?:[、和及与][{CJK}A-Za-z]{{1,8}})+)"
    r"(?:占[^，,；;。]{0,12}?的)?(?:的)?(?:所占比重|所占比例|占比|比重|比例)?分别(?:占|为|是)?\s*$"
)
_LIST_GAP = lazy(r"\s*(?:[、，,和及与]|以及)?\s*")


def listed_shares(span: Span, rule: Rule, done: set[int]) -> Iterator[Finding]:
    """Parallel shares of one whole in one sentence (figures in ``done`` already reported)."""
    slack: float = rule.state
    if not _SCOPE.search(span.text) and "占" not in span.text:
        return
    for group, labels in _runs(span) + _respectively(span):
        qs = list(group)
        if any(x.start in done for x in qs) or len(set(labels)) != len(labels):
            continue
        if any(_NOT_CATEGORY.search(x) or OVERLAP.search(x) for x in labels):
            continue
        if len({k for x in labels for k, rx in CRITERIA if rx.search(x)}) > 1:
            continue  # 制造业 and 民营企业: two criteria, the groups overlap
        head = span.between(span.clause_bounds(qs[0].start)[0], qs[0].start)
        lead = span.between(span.start, qs[0].start)
        objs = {_whole_of(span, x) for x in qs}
        if not _SCOPE.search(lead) and (len(objs) != 1 or "" in objs):
            continue  # no whole: …中, 构成, or 占X的 naming one X in every item
        composition = bool(_COMPOSITION.search(lead + head))
        found = hundred_finding(
            rule,
            qs,
            slack,
            composition,
            "同一整体各类别的占比合计超过100%",
            "整体的构成应合计100%",
        )
        if found is not None:
            done.add(qs[-1].start)
            yield found


def _runs(span: Span) -> list[tuple[list, list[str]]]:
    """Runs of labelled shares in consecutive clauses or 、-items: A占x%，B占y%，C占z%."""
    out: list[tuple[list, list[str]]] = []
    cur: list = []
    labels: list[str] = []
    bare = bool(_COMPOSITION.search(span.text))  # 构成为：市区40%，郊区35%: no verb needed
    for q in span.quantities:
        m = None
        if is_percent(q):
            pre = span.before(q.start, 22, clause=False)
            m = _ITEM.search(pre)
            if m and not (m.group("verb") or bare):
                m = None
        if m is not None:
            label_at = q.start - len(pre) + m.start("label")
            label = re.split(r"其中|中|里|看", m.group("label"))[-1]
            if cur and re.fullmatch(r"[，,、；;\s]*", span.between(cur[-1].end, label_at)):
                cur.append(q)
                labels.append(label)
                continue
        if len(cur) >= 2:
            out.append((cur, labels))
        cur, labels = ([q], [label]) if m is not None else ([], [])
    if len(cur) >= 2:
        out.append((cur, labels))
    return out


def _respectively(span: Span) -> list[tuple[list, list[str]]]:
    """A、B、C分别占x%、y%和z%: as many labels as figures."""
    out = []
    if "分别" not in span.text:
        return out
    for m in re.finditer("分别", span.text):
        at = span.start + m.end()
        qs = [q for q in span.quantities if q.start >= at]
        if not qs or not is_percent(qs[0]) or len(span.between(at, qs[0].start)) > 3:
            continue
        lm = LISTED.search(span.before(qs[0].start, 40, clause=False))
        if not lm:
            continue
        labels = re.split(r"[、和及与]", lm.group("labels"))
        items = [qs[0]]
        for q in qs[1:]:
            if not is_percent(q) or not _LIST_GAP.fullmatch(span.between(items[-1].end, q.start)):
                break
            items.append(q)
        if len(items) == len(labels) >= 2:
            out.append((items, labels))
    return out


_OBJ = lazy(r"占(?P<obj>[^，,；;。、]{1,12}?)的(?:比重|比例)?(?:为|达)?\s*$")


def _whole_of(span: Span, q) -> str:
    m = _OBJ.search(span.before(q.start, 16))
    return m.group("obj") if m else ""


# -- answers of one set of respondents ---------------------------------------------------------

# 表示满意的占62%, 认为负担过重的比例为45%, 弃权的占18%: a share of the people giving one answer
_ANSWER = lazy(
    r"(?:^|[，,；;：:、]|中|里)\s*(?:对[^，,；;。：:、的]{1,10}?)?(?P<label>(?P<verb>表示|认为|觉得|感到|感觉|回答|评价|"
    r"支持|赞成|反对|弃权)[^，,；;。：:、的]{0,12}?)的(?:人|受访者|比例|占比|比重)?"
    r"(?:占|为|是|达)(?:比)?\s*$"
)
# the answers of one question lie on one scale (满意/基本满意/不满意, 增加/持平/减少); statements
# agreed with one by one (认为应加强监管的, 认为应提高标准的) are not answers of one question
_SCALE = lazy(
    r"(?:满意|一般|好|差|增加|增长|上升|提高|持平|不变|稳定|减少|下降|降低|过高|偏高|较高|适中|合适|"
    r"改善|好转|恶化|变差|变化|"
    r"合理|偏低|较低|过低|过重|偏重|较重|偏轻|较轻|过轻|乐观|悲观|看好|担忧|愿意|放心|信任|"
    r"赞同|同意|认可|支持|反对|说不清|不确定|不知道|了解|清楚|有必要|没必要|需要|可以|可行|"
    r"会|有|没有|是|否)$"
)
_VOTE = lazy(r"支持|赞成|反对|弃权")
_VOTE_CONTEXT = lazy(r"投票|表决|选举|票|民调")
_MULTI = lazy(r"多选|多项|可选多|不定项|多个选项|多种选择|可重复")


def answer_shares(span: Span, rule: Rule, done: set[int]) -> Iterator[Finding]:
    """Shares of the answers one set of respondents gave to one question: each respondent gives
    one answer, so the shares cannot sum to more than 100% (unless the question is 可多选)."""
    slack: float = rule.state
    context = span.text + (span.prev.text if span.prev is not None else "")
    if _MULTI.search(context):
        return
    run: list = []
    labels: list[tuple[str, str]] = []
    out: list[tuple[list, list[tuple[str, str]]]] = []
    last_end = 0
    for q in span.quantities:
        got = _answer_of(span, q) if is_percent(q) else None
        if got is not None:
            item, at, end = got
            if run and re.fullmatch(r"[，,、；;\s]*", span.between(last_end, at)):
                run.append(q)
                labels.append(item)
                last_end = end
                continue
        if len(run) >= 2:
            out.append((run, labels))
        run, labels = ([q], [got[0]]) if got is not None else ([], [])
        last_end = got[2] if got is not None else 0
    if len(run) >= 2:
        out.append((run, labels))
    for qs, items in out:
        if any(x.start in done for x in qs) or len(set(items)) != len(items):
            continue
        verbs = {v for v, _ in items}
        if all(_VOTE.fullmatch(v) for v in verbs):
            if not _VOTE_CONTEXT.search(context):
                continue
        elif len(verbs) != 1 or not all(_on_scale(t, [x for _, x in items]) for _, t in items):
            continue
        over = hundred_finding(rule, qs, slack, False, "同一批受访者各选项的占比合计超过100%")
        if over is not None:
            done.add(qs[-1].start)
            yield over


# 62%的受访者表示满意: the answer after the figure, to the end of its clause
_ANSWER_AFTER = lazy(
    rf"^的?(?:[{CJK}]{{0,4}}?(?:人|者|户|家长|市民|居民|网友|学生|职工|企业|群众|游客|用户))?"
    r"(?P<verb>表示|认为|觉得|感到|感觉|回答|评价|支持|赞成|反对|弃权)"
    r"(?P<tail>[^，,；;。：:、！？!?]{0,12})[。！？!?”’]*$"
)
# “非常满意”的占62%: an option quoted as the question offered it
_QUOTED = lazy(
    r"(?:^|[，,；;：:、]|中|里)\s*“(?P<tail>[^“”，,。]{1,10})”的?(?:人|比例|占比)?"
    r"(?:占|为|是|达)(?:比)?\s*$"
)


def _answer_of(span: Span, q) -> tuple[tuple[str, str], int, int] | None:
    """(verb, answer), where the item starts and where it ends, for a share of an answer."""
    pre = span.before(q.start, 22, clause=False)
    m = _ANSWER.search(pre)
    if m is not None:
        at = q.start - len(pre) + m.start("label")
        return (m.group("verb"), m.group("label")[len(m.group("verb")) :]), at, q.end
    m = _QUOTED.search(pre)
    if m is not None:
        return ("“”", m.group("tail")), q.start - len(pre) + m.start("tail") - 1, q.end
    _, ce = span.clause_bounds(q.start)
    if ce - q.end > 80:  # longer than any match (a table with no clause marks: linear)
        return None
    m = _ANSWER_AFTER.match(span.between(q.end, ce))
    if m is not None:
        return (m.group("verb"), m.group("tail")), q.start, ce
    return None


def _on_scale(tail: str, tails: list[str]) -> bool:
    """An answer on a scale (…满意, …增加), or one pole of a yes/no question whose other pole is
    listed too (愿意参加 / 不愿意参加)."""
    if _SCALE.search(tail):
        return True
    bare = re.sub(r"^[不没未无]有?", "", tail)
    return any(o != tail and re.sub(r"^[不没未无]有?", "", o) == bare for o in tails)


# -- grades of one scale ------------------------------------------------------------------------

# a grade or class of one scale: 二级, 三类, Ⅰ～Ⅲ类, 劣Ⅴ类, 劣于三级, 四类和劣四类
_NUM = "一二三四五六七八九十ⅠⅡⅢⅣⅤⅥ0-9０-９"
_GRADE = lazy(
    rf"(?:劣于?)?[{_NUM}]+(?:[A星]?[级类]?(?:[~～\-—至]|[、和及与])(?:劣于?)?[{_NUM}]+)*[A星]?[级类](?![别型似])",
    lead=True,
)
# one grade of a list of them: Ⅰ～Ⅲ类、Ⅳ～Ⅴ类和劣Ⅴ类
_ONE_GRADE = lazy(rf"(?:劣于?)?[{_NUM}]+(?:[~～\-—至][{_NUM}]+)?[A星]?[级类]", lead=True)
# a share of its subject, right before the figure
_SHARE_TAIL = lazy(
    r"(?:占(?:了|到)?|(?:所占)?(?:比例|比重|占比)(?:分别)?(?:为|是|达)?)(?:约|达|仅)?\s*$",
    lead=True,
)
# a clause that only says how the share before it moved
_MOVE = lazy(r"百分点|持平|上升|下降|提高|增加|减少|增长|同比|比上年|较上年|与上年")
_CUMULATIVE = lazy(r"以上|以下|以内|之上|及上|及下|或")


def grade_shares(span: Span, rule: Rule, done: set[int]) -> Iterator[Finding]:
    """Shares of the grades of one scale (空气达到一级的县区占48.5%，二级的占40.6%，低于二级的占
    13.9%; 一、二类海水比例为…；三类海水占…): grades do not overlap, so the shares of distinct
    grades of one subject cannot sum to more than 100%."""
    slack: float = rule.state
    if "级" not in span.text and "类" not in span.text:
        return
    runs: list[tuple[list, list[str]]] = []
    cur: list = []
    grades: list[str] = []
    listed = {items[0].start: (items, gs) for items, gs in _listed_grades(span)}
    skip: set[int] = set()
    for q in span.quantities:
        if q.start in skip:
            continue
        if q.start in listed:
            # 一至三类…比例为68%，四类、五类和劣五类…比例分别为20%、9%和8%
            items, gs = listed[q.start]
            if cur and not _only_moves(span, cur[-1].end, q):
                if len(cur) >= 2:
                    runs.append((cur, grades))
                cur, grades = [], []
            cur += items
            grades += gs
            skip.update(x.start for x in items)
            continue
        g = _grade_of(span, q) if is_percent(q) else None
        if g is None:
            if cur and is_percent(q) or not cur:
                if len(cur) >= 2:
                    runs.append((cur, grades))
                cur, grades = [], []
            continue  # a move in points or % of the share before (较去年提高4.3个百分点)
        if cur and not _only_moves(span, cur[-1].end, q):
            if len(cur) >= 2:
                runs.append((cur, grades))
            cur, grades = [], []
        cur.append(q)
        grades.append(g)
    if len(cur) >= 2:
        runs.append((cur, grades))
    for qs, gs in runs:
        if any(x.start in done for x in qs) or len(set(gs)) != len(gs):
            continue
        heads = {h for h in (_head(span, x) for x in qs) if h}
        if len(heads) > 1:
            continue  # 一级路面占70%，二级公路占45%: grades of different things
        found = hundred_finding(
            rule,
            qs,
            slack,
            _covers(span, qs[0], gs) and not _more_shares(span, qs[-1]),
            "同一分级标准下各级的占比合计超过100%",
            "各级从最高一级直到“劣”于最低一级，覆盖全部，占比应合计100%",
        )
        if found is not None:
            done.add(qs[-1].start)
            yield found


_GRADE_NUM = {c: i + 1 for i, c in enumerate("一二三四五六七八九")} | {
    c: i + 1 for i, c in enumerate("ⅠⅡⅢⅣⅤⅥ")
}
_GRADE_NUM |= {c: i + 1 for i, c in enumerate("123456789")}
_GRADE_NUM |= {c: i + 1 for i, c in enumerate("１２３４５６７８９")}
# 达到二级标准的占…: the first grade is met or bettered (一级 and 二级 alike)
_AT_LEAST = lazy(r"(?:达到|达|符合|优于或达到|好于或达到)[^，,；;。]{0,4}$")


def _more_shares(span: Span, last) -> bool:
    """A share after the grades that is not a move of one of them (…，劣Ⅴ类占3.2%，另有9.7%的
    断面断流): members in none of the grades."""
    return any(
        is_percent(q)
        and q.start > last.end
        and not _MOVE.search(span.between(span.clause_bounds(q.start)[0], q.start))
        for q in span.quantities
    )


def _levels_of(grade: str) -> list[float] | None:
    """The levels a grade names: 一、二类 -> [1, 2], Ⅰ～Ⅲ类 -> [1, 2, 3], 劣Ⅴ类 -> [5.5] (below
    the lowest), or None when a numeral is not one of a scale."""
    out: list[float] = []
    core = re.sub(r"[A星]?[级类]", "", grade)
    for item in re.split(r"[、和及与]", core):
        worse = item.startswith("劣")
        item = re.sub(r"^劣于?", "", item)
        ends = re.split(r"[~～\-—至]", item)
        nums = [_GRADE_NUM.get(x) if len(x) == 1 else None for x in ends]
        if not item or None in nums or len(nums) > 2:
            return None
        a, b = nums[0], nums[-1]
        if worse:
            if len(nums) != 1:
                return None
            out.append(a + 0.5)  # type: ignore[operator]
        else:
            out += [float(k) for k in range(a, b + 1)]  # type: ignore[arg-type]
    return out


def _covers(span: Span, first, grades: list[str]) -> bool:
    """Grades that leave no member out: from the best grade (一/Ⅰ, or 达到X of the first grade,
    which counts every grade at X or better) down to the worst named, then 劣 that one (四类和劣
    四类; 劣于三级): every member holds one of them."""
    levels: list[float] = []
    for g in grades:
        got = _levels_of(g)
        if got is None:
            return False
        levels += got
    if len(set(levels)) != len(levels):
        return False
    worst = max((x for x in levels if x == int(x)), default=0)
    if (
        worst < 2
        or worst + 0.5 not in levels
        or any(x != int(x) and x != worst + 0.5 for x in levels)
    ):
        return False
    ints = sorted(int(x) for x in levels if x == int(x))
    cs, _ = span.clause_bounds(first.start)
    lead = span.between(cs, first.start)
    g0 = list(_GRADE.finditer(lead))
    if g0 and _AT_LEAST.search(lead[: g0[0].start()]):
        ints = sorted(set(ints) | set(range(1, ints[0])))
    return ints == list(range(1, int(worst) + 1))


def _grade_of(span: Span, q) -> str | None:
    """The grade a share is of, when its clause names one as its subject and ends in 占/比例为."""
    cs, _ = span.clause_bounds(q.start)
    lead = span.between(cs, q.start)
    if not _SHARE_TAIL.search(lead) or _CUMULATIVE.search(lead) or "分别" in lead:
        return None
    found = list(_GRADE.finditer(lead))
    if len(found) != 1:
        return None
    return found[0].group()


def _only_moves(span: Span, a: int, q) -> bool:
    """Between two grade shares: nothing but clause marks and clauses saying how a share moved."""
    cs, _ = span.clause_bounds(q.start)
    gap = span.between(a, cs)
    parts = [x for x in re.split(r"[，,；;、]", gap) if x.strip()]
    return all(_MOVE.search(x) for x in parts)


def _listed_grades(span: Span) -> list[tuple[list, list[str]]]:
    """Ⅰ～Ⅱ类、Ⅲ～Ⅳ类和Ⅴ类水质的监测点比例分别为41.0%、37.5%和21.5%: as many grades as figures."""
    out: list[tuple[list, list[str]]] = []
    if "分别" not in span.text:
        return out
    pcts = [q for q in span.quantities if is_percent(q)]
    for k, q in enumerate(pcts):
        cs, _ = span.clause_bounds(q.start)
        lead = span.between(cs, q.start)
        if "分别" not in lead or not _SHARE_TAIL.search(lead) or _CUMULATIVE.search(lead):
            continue
        items = [q]
        for x in pcts[k + 1 :]:
            if not re.fullmatch(
                r"\s*(?:[、，,和及与]|以及)\s*", span.between(items[-1].end, x.start)
            ):
                break
            items.append(x)
        found = list(_GRADE.finditer(lead))
        if len(found) != 1 or len(items) < 2:
            continue
        grades = _ONE_GRADE.findall(found[0].group())
        if len(grades) == len(items):
            out.append((items, grades))
    return out


def _head(span: Span, q) -> str:
    """What a grade share counts, named between its grade and its verb (二级标准的城市占 -> 城市)."""
    cs, _ = span.clause_bounds(q.start)
    lead = span.between(cs, q.start)
    found = list(_GRADE.finditer(lead))
    tail = _SHARE_TAIL.search(lead)
    if not found or tail is None:
        return ""
    rest = lead[found[-1].end() : tail.start()].replace("的", "")
    return re.sub(r"(?:所|分别|约)$", "", rest)[-2:]
