"""The period a figure covers (一季度, 全年, 1至7月, 上半年, 去年同期 …), read with regular
expressions, and whether two periods can be the same. Split from ``context`` (what a figure
is about) when that module passed 1,000 lines; ``context`` imports these names.
"""

from __future__ import annotations

import re

from .patterns import lazy
from .records import Frozen

_set = object.__setattr__  # (a frozen value's fields are set once, in __init__)

# -- periods ------------------------------------------------------------------------------

_CN = dict(zip("一二两三四五六七八九十", (1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 10), strict=True))
_MON = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_QTR = r"(?:[一二三四1-4])"

_PERIOD_RE = lazy(
    "|".join(
        [
            r"(?P<year>(?:19|20)\d{2})年(?:度)?(?![0-9])",
            r"(?P<ytd>今年以来|年初以来|年内)",
            r"(?P<relyear>今年|去年|前年|明年|上年|本年|上一年)(?:度)?",
            r"(?P<qrange>前(?P<qn>[一二三两1-3])(?:个)?季度)",
            r"(?P<quarter>(?:第)?(?P<qi>"
            + _QTR
            + r")季度|(?<![前第])(?P<qj>"
            + _QTR
            + r")季(?![度节])"
            r"|(?P<qw>首)季度)",
            r"(?P<half>[上下]半年)",
            r"(?P<whole>全年|年度|整年)",
            r"(?P<mrange>(?P<m1>"
            + _MON
            + r")(?:月份?)?\s*(?:至|到|-|—|－|~|～)\s*(?P<m2>"
            + _MON
            + r")月(?:份|末|底)?)",
            r"(?P<mfirst>前(?P<mf>" + _MON + r")(?:个)?月)",
            r"(?P<month>(?<![0-9年至到\-—~～])(?P<mm>"
            + _MON
            + r")月份?(?![0-9一二三四五六七八九十]{1,3}[日号])(?!份?\s*(?:至|到|-|—|－|~|～)))",
            r"(?P<rel>当月|本月|上月|同月|当日|当天|今天|今日|昨天|昨日|前一天|本周|上周|当周)",
            r"(?P<multi>(?:近|过去|[一二三四五六七八九十两\d]+)(?:个)?年(?:来|间)|近年来|“?[十][一二三四五]五”?(?:期间|时期)?)",
            r"(?P<same>同期)",
        ]
    ),
    lead=True,  # tested only where a period can start: 0.7 µs a character otherwise
)


def _num(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s.startswith("十"):
        return 10 + (_CN.get(s[1:], 0) if len(s) > 1 else 0)
    return _CN.get(s, 0)


class Period(Frozen):
    """The time a figure covers: a year (absolute or relative) and a span within it."""

    __slots__ = _fields = ("year", "span", "text")
    year: str | None  # "2023", "今年", "去年"
    span: str | None  # "M1-7", "M4-6", "M1-12", "ytd", "D:昨日", "multi"
    text: str

    def __init__(self, year: str | None = None, span: str | None = None, text: str = "") -> None:
        _set(self, "year", year)
        _set(self, "span", span)
        _set(self, "text", text)

    def __bool__(self) -> bool:
        return self.year is not None or self.span is not None


def _period_parts(m: re.Match[str]) -> tuple[str | None, str | None]:
    g = m.lastgroup
    if g == "year":
        return m.group("year"), None
    if g == "relyear":
        t = m.group("relyear")
        return {"上年": "去年", "本年": "今年", "上一年": "去年"}.get(t, t), None
    if g == "ytd":
        return "今年", "ytd"
    if g == "qrange":
        n = _num(m.group("qn"))
        return None, f"M1-{3 * n}"
    if g == "quarter":
        q = m.group("qi") or m.group("qj") or ("一" if m.group("qw") else "")
        n = _num(q)
        return None, f"M{3 * n - 2}-{3 * n}"
    if g == "half":
        return None, "M1-6" if m.group("half").startswith("上") else "M7-12"
    if g == "whole":
        return None, "M1-12"
    if g == "mrange":
        return None, f"M{_num(m.group('m1'))}-{_num(m.group('m2'))}"
    if g == "mfirst":
        return None, f"M1-{_num(m.group('mf'))}"
    if g == "month":
        n = _num(m.group("mm"))
        return None, f"M{n}-{n}"
    if g == "rel":
        return None, "D:" + m.group("rel")
    if g == "multi":
        return None, "multi"
    if g == "same":  # 同期: the comparison base, last year's
        return "去年", None
    return None, None


def _period_in(text: str) -> Period:
    """The period said last in ``text`` (year and span may come from different words)."""
    year = span = None
    words = []
    for m in _PERIOD_RE.finditer(text):
        y, s = _period_parts(m)
        if y is not None:
            year = y
        if s is not None:
            span = s
        words.append(m.group())
    return Period(year, span, "".join(words))


def periods_agree(a: Period, b: Period, lenient: bool) -> bool:
    """Two periods can be the same: no conflicting year and no conflicting span.

    ``lenient`` (a headline against its body) lets a missing span agree with any span;
    otherwise a figure with a span (一季度) and one without are different quantities.
    """
    if a.year and b.year and a.year != b.year:
        absolute = (a.year.isdigit(), b.year.isdigit())
        if absolute[0] == absolute[1]:
            return False
    if a.span != b.span:
        if a.span and b.span:
            return False
        if not lenient:
            return False
    return True
