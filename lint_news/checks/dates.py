"""Check kind ``dates``: dates that cannot be, or that contradict the story's own dateline.

A rule picks one test with ``check``:

- ``impossible``: 2月30日, 4月31日, 2023年2月29日 (not a leap year), 13月5日. Lunar dates
  (农历二月三十) are left alone.
- ``weekday``: a date with its weekday, 2024年3月5日（星期三）, where the calendar disagrees. The
  year is the date's own, or else that of the nearest full date before it in the story;
  without one the date is left alone.
- ``after-dateline``: a date later than the dateline's (新华社北京3月5日电) in a sentence
  that reports it as done (了, 已, 曾) and says nothing of the future (将, 计划, 预计 …).
- ``future-before-dateline``: the reverse: 将于3月1日举行 under a 3月5日 dateline.
- ``relative``: 今天（3月6日）, 昨天（4日）, 两天后（3月9日） whose date is not the anchor
  plus the offset. The anchor of 今天/昨天/明天 is the dateline; that of N天后/N天前 is the
  last date named before it in the same paragraph, else the dateline.
- ``range-reversed``: 3月15日至3月2日, a span that ends before it starts.
- ``century``: 19世纪90年代（1998年）, a century that does not hold the year given with it.

Dates without a year are compared within one year, and only over short distances (a date
three hundred days "before" a late-December dateline is next January, not a contradiction).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence

from ..document import HEADLINE, Document, in_scope
from ..findings import Finding, Related
from ..patterns import lazy
from ..rules import Rule

CHECKS = (
    "impossible",
    "weekday",
    "after-dateline",
    "future-before-dateline",
    "relative",
    "range-reversed",
    "century",
)
PARAMS = {"dates": ("check", "requires")}

_CN = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_CN.update({"七": 7, "八": 8, "九": 9})
NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
# a date: optional year, month, day (Arabic or Chinese numerals)
_DATE = lazy(
    rf"(?<![\d〇零一二三四五六七八九十])(?:(?P<y>\d{{4}})年)?(?P<m>{NUM})月(?P<d>{NUM})(?:日|号)(?![\d])",
    lead=True,  # tested only where a date can start (patterns.lead_class)
)
_LUNAR = lazy(r"(?:农历|阴历|夏历|旧历|正月|腊月)[^，。；\n]{0,6}\Z")
_WEEKDAY = lazy(r"\s*[（(]?\s*(?:星期|礼拜|周)(?P<w>[一二三四五六日天])\s*[）)]?")
_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WD_NAME = "一二三四五六日"
# a dateline opens its block: 新华社北京3月5日电, 本报长沙6月10日讯 (a credit in brackets at the
# end of a story, （新华社…电）, names the story before it and is not used)
_DATELINE_DATE = lazy(
    rf"^[^\s，。,；;（(“”]{{0,16}}?(?:(?P<y>\d{{4}})年)?(?P<m>{NUM})月(?P<d>{NUM})日(?:电|讯)"
)
# the longest match of _DATELINE_DATE (tests/test_speed_shortcuts.py reads it off the
# expression)
_DATELINE_WIDTH = 30
_PAST = lazy(r"(?<![为除])了(?!解)|已|曾", lead=True)
_FUTURE = lazy(r"将|拟|计划|预计|预定|定于|即将|有望|届时|准备|争取|力争|截至|截止|每|如果|若")
# right after the date: a start, a deadline or a span, not a day on which something happened
_DATE_TAIL = lazy(r"\s*(?:起|前|以前|之前|之后|以后|后|至|到|—|～|~|-|期间|左右|以来)")
_FUTURE_MARK = lazy(r"(?:将|拟|计划|预计|预定|定于|即将)于?\s*$")
_RELATIVE = lazy(
    r"(?P<word>今天|今日|昨天|昨日|前天|前日|明天|明日|后天|(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})(?P<unit>天|日|个月)(?P<dir>前|后|之前|之后|以前|以后))"
    r"(?:上午|下午|晚上|晚间|凌晨|中午|早上|早晨|傍晚|夜间|晚)?[（(](?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日[）)]",
    lead=True,
)
_OFFSET = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "前日": -2}
_OFFSET.update({"明天": 1, "明日": 1, "后天": 2})
_RANGE = lazy(
    rf"(?:(?P<y>\d{{4}})年)?(?P<m1>{NUM})月(?P<d1>{NUM})日(?:至|到|—|～|~|-)(?:(?P<m2>{NUM})月)?(?P<d2>{NUM})日",
    lead=True,
)
_CENTURY = lazy(
    r"(?P<c>\d{1,2}|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])世纪"
    r"(?:(?P<dec>[1-9]0)年代)?[初中末叶]*[（(](?:公元)?(?P<y>\d{3,4})年",
    lead=True,
)


def cn_int(s: str) -> int | None:
    """1-99 in Arabic digits or Chinese numerals (十二, 三十一, 二十), else None."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        tens = _CN.get(a, -1) if a else 1
        ones = _CN.get(b, -1) if b else 0
        return None if tens < 0 or ones < 0 or len(a) > 1 or len(b) > 1 else tens * 10 + ones
    return _CN.get(s) if len(s) == 1 else None


def prepare(rule: Rule) -> str:
    check = rule.params.get("check")
    if check not in CHECKS:
        raise ValueError(f"kind 'dates' needs 'check': one of {', '.join(CHECKS)}")
    return check


def needs(rule: Rule) -> Sequence[str] | None:
    requires = rule.params.get("requires")
    if requires:
        return requires
    return {"century": ["世纪"], "relative": ["（", "("]}.get(rule.params.get("check"), ["月"])


def _ok(doc: Document, rule: Rule, start: int, end: int) -> bool:
    block = doc.block_at(start)
    return block is not None and end <= block.end and in_scope(block.kind, rule.scope)


def _month_days(y: int | None, m: int) -> int:
    """Days in month ``m`` of year ``y`` (a leap year when no year is given)."""
    if m == 2:
        leap = y is None or (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0))
        return 29 if leap else 28
    return 30 if m in (4, 6, 9, 11) else 31


def _valid(y: int | None, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= _month_days(y, m)


DateHit = tuple[re.Match[str], int | None, int | None, int | None]


def _dates(text: str) -> list[DateHit]:
    if "月" not in text:
        return []  # (every date names its month: a cheap test before the expression)
    return [
        (m, int(m["y"]) if m["y"] else None, cn_int(m["m"]), cn_int(m["d"]))
        for m in _DATE.finditer(text)
    ]


def _doc_dates(doc: Document) -> list[DateHit]:
    """Every date of the document, found once and shared by the date checks."""
    hits = doc.cache.get("dates.hits")
    if hits is None:
        hits = doc.cache["dates.hits"] = _dates(doc.text)
    return hits


def _datelines(doc: Document) -> list[tuple[int, int, dt.date | None, tuple[int, int]]]:
    """(end of the dateline's date, next headline start, date or None, (month, day)) of each
    dateline: the story under it runs from there to the next headline (found once per
    document: both dateline checks read them)."""
    cached = doc.cache.get("dates.datelines")
    if cached is not None:
        return cached
    out: list[tuple[int, int, dt.date | None, tuple[int, int]]] = []
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.kind == HEADLINE:
            continue
        # (a dateline's date ends in 电 or 讯 within _DATELINE_WIDTH characters: a cheap
        # test before the expression, which tries every start of its lead-in)
        head = b.text[:_DATELINE_WIDTH]
        if "电" not in head and "讯" not in head:
            continue
        m = _DATELINE_DATE.match(b.text)
        if not m:
            continue
        mo, d = cn_int(m["m"]), cn_int(m["d"])
        if mo is None or d is None or not _valid(None, mo, d):
            continue
        y = int(m["y"]) if m["y"] else None
        if y is None:
            y = _year_before(doc.text, b.start + m.start(), doc)
        end = next((c.start for c in blocks[i + 1 :] if c.kind == HEADLINE), len(doc.text))
        date = dt.date(y, mo, d) if y and _valid(y, mo, d) else None
        out.append((b.start + m.end(), end, date, (mo, d)))
    doc.cache["dates.datelines"] = out
    return out


def _in_dateline(lines, end: int) -> bool:
    """Does a date ending at ``end`` belong to a dateline itself (本报北京5月17日讯)?"""
    return any(start - 12 <= end <= start for start, _, _, _ in lines)


def _dateline_at(lines, offset: int):
    best = None
    for start, end, date, md in lines:
        if start <= offset < end:
            best = (start, date, md)
    return best


_FULL = lazy(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?:年(?P<m>\d{1,2})月|-(?P<m2>\d{2})-\d{2})", lead=True)


def _year_before(text: str, offset: int, doc: Document) -> int | None:
    """The year of the nearest full date (2024年3月, 2024-03-05) before ``offset``, else None."""
    best = None
    for m in _FULL.finditer(text, 0, offset):
        best = int(m["y"])
    return best


def _same_year_delta(md: tuple[int, int], m: int, d: int) -> int:
    """Days from the dateline's month/day to m/d within a leap year (sign = later/earlier)."""
    return (dt.date(2024, m, d) - dt.date(2024, *md)).days


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    s = max(text.rfind(c, 0, start) for c in "。！？；\n") + 1
    ends = [i for i in (text.find(c, end) for c in "。！？；\n") if i >= 0]
    return s, min(ends) if ends else len(text)


def check(doc: Document, rule: Rule) -> Iterator[Finding]:
    if not rule.prepared:
        rule.prepare()
    yield from _CHECK_FUNCS[rule.state](doc, rule)


def _impossible(doc: Document, rule: Rule) -> Iterator[Finding]:
    text = doc.text
    for m, y, mo, d in _doc_dates(doc):
        if mo is None or d is None or _valid(y, mo, d):
            continue
        if _LUNAR.search(text, max(0, m.start() - 12), m.start()):
            continue
        if not _ok(doc, rule, m.start(), m.end()):
            continue
        if not 1 <= mo <= 12:
            why = f"没有{mo}月"
        elif y and mo == 2 and d == 29:
            why = f"{y}年不是闰年，2月没有29日"
        else:
            why = f"{mo}月只有{_month_days(y, mo)}天"
        yield rule.finding(m.start(), m.end(), f"{rule.message}：{why}")


def _weekday(doc: Document, rule: Rule) -> Iterator[Finding]:
    text = doc.text
    for m, y, mo, d in _doc_dates(doc):
        w = _WEEKDAY.match(text, m.end())
        if not w or mo is None or d is None:
            continue
        year = y or _year_before(text, m.start(), doc)
        if year is None or not _valid(year, mo, d):
            continue
        actual = dt.date(year, mo, d).weekday()
        if actual == _WD[w["w"]] or not _ok(doc, rule, m.start(), w.end()):
            continue
        yield rule.finding(
            m.start(),
            w.end(),
            f"{rule.message}：{year}年{mo}月{d}日是星期{_WD_NAME[actual]}，不是星期{w['w']}"
            + ("" if y else f"（年份按前文的{year}年）"),
        )


def _dateline_compare(doc: Document, rule: Rule, after: bool) -> Iterator[Finding]:
    text = doc.text
    lines = _datelines(doc)
    if not lines:
        return
    for m, y, mo, d in _doc_dates(doc):
        if y is not None or mo is None or d is None or not _valid(None, mo, d):
            continue
        at = _dateline_at(lines, m.start())
        if at is None:
            continue
        dl_start, _, md = at
        if not _ok(doc, rule, m.start(), m.end()) or _in_dateline(lines, m.end()):
            continue
        delta = _same_year_delta(md, mo, d)
        s, e = _sentence(text, m.start(), m.end())
        before, after_text = text[s : m.start()], text[m.end() : e]
        if after:
            if not 1 <= delta <= 200:
                continue
            if (
                not _PAST.search(after_text)
                or _FUTURE.search(before + after_text)
                or _DATE_TAIL.match(after_text)
            ):
                continue
            what = "晚于电头日期"
        else:
            if not -90 <= delta <= -1 or not _FUTURE_MARK.search(before):
                continue
            what = "早于电头日期，却写作将要发生"
        yield rule.finding(
            m.start(),
            m.end(),
            f"{rule.message}：{mo}月{d}日{what}（{md[0]}月{md[1]}日）",
            related=[Related(max(0, dl_start - 1), dl_start, "电头日期在此")],
        )


def _relative(doc: Document, rule: Rule) -> Iterator[Finding]:
    text = doc.text
    lines = _datelines(doc)
    for m in _RELATIVE.finditer(text):
        if not _ok(doc, rule, m.start(), m.end()):
            continue
        if m["n"]:
            n = cn_int(m["n"].replace("两", "二"))
            if n is None:
                continue
            sign = -1 if "前" in m["dir"] else 1
            block = doc.block_at(m.start())
            anchor = None
            for p, _py, pm, pd in _dates(text[block.start : m.start()] if block else ""):
                if pm and pd and _valid(None, pm, pd):
                    anchor = (pm, pd, block.start + p.start())
            if anchor is None:
                at = _dateline_at(lines, m.start())
                if at is None:
                    continue
                anchor = (*at[2], at[0])
        else:
            at = _dateline_at(lines, m.start())
            if at is None:
                continue
            n, sign, anchor = (
                abs(_OFFSET[m["word"]]),
                (1 if _OFFSET[m["word"]] >= 0 else -1),
                (*at[2], at[0]),
            )
        base = dt.date(2024, anchor[0], anchor[1])
        if m["unit"] == "个月":
            mo = (anchor[0] - 1 + sign * n) % 12 + 1
            day = min(anchor[1], _month_days(None, mo))
            expected = dt.date(2024, mo, day)
            tolerance = 3  # 两个月后 is seldom to the day
        else:
            expected = base + dt.timedelta(days=sign * n)
            tolerance = 0
        got_m = int(m["m"]) if m["m"] else expected.month
        got_d = int(m["d"])
        if not _valid(None, got_m, got_d):
            continue
        got = dt.date(2024, got_m, got_d)
        diff = abs((got - expected).days)
        diff = min(diff, 366 - diff)  # across the turn of the year
        if diff <= tolerance:
            continue
        yield rule.finding(
            m.start(),
            m.end(),
            f"{rule.message}：按{anchor[0]}月{anchor[1]}日推算，“{m['word']}”应为"
            f"{expected.month}月{expected.day}日，括注为{got_m}月{got_d}日",
            related=[Related(anchor[2], anchor[2] + 1, "推算的起点在此")],
        )


def _range_reversed(doc: Document, rule: Rule) -> Iterator[Finding]:
    for m in _RANGE.finditer(doc.text):
        m1, d1 = cn_int(m["m1"]), cn_int(m["d1"])
        m2 = cn_int(m["m2"]) if m["m2"] else m1
        d2 = cn_int(m["d2"])
        if None in (m1, d1, m2, d2) or not (_valid(None, m1, d1) and _valid(None, m2, d2)):
            continue
        delta = (dt.date(2024, m2, d2) - dt.date(2024, m1, d1)).days
        if m["m2"] and delta < 0 and m1 >= 11 and m2 <= 2:
            continue  # 12月28日至1月3日: across the turn of the year
        if delta >= 0 or not _ok(doc, rule, m.start(), m.end()):
            continue
        yield rule.finding(m.start(), m.end(), rule.message)


def _century(doc: Document, rule: Rule) -> Iterator[Finding]:
    for m in _CENTURY.finditer(doc.text):
        c = cn_int(m["c"])
        y = int(m["y"])
        if c is None or not _ok(doc, rule, m.start(), m.end()):
            continue
        if (y - 1) // 100 + 1 == c and (not m["dec"] or (y % 100) // 10 * 10 == int(m["dec"])):
            continue
        yield rule.finding(m.start(), m.end(), f"{rule.message}：{y}年在{(y - 1) // 100 + 1}世纪")


_CHECK_FUNCS = {
    "impossible": _impossible,
    "weekday": _weekday,
    "after-dateline": lambda doc, rule: _dateline_compare(doc, rule, after=True),
    "future-before-dateline": lambda doc, rule: _dateline_compare(doc, rule, after=False),
    "relative": _relative,
    "range-reversed": _range_reversed,
    "century": _century,
}
