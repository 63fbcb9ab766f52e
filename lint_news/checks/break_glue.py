"""A figure or a Latin word cut across two paragraphs: the evidence of the joint alone.

Web copy and PDF export break lines inside a telephone number, a price, a URL or an English
name as readily as between words (…客服QQ：5 | 69803881…, …达到6000、7500、88 | 00万平方米，
…MMCpl | us，…, …www.17j | oyjoy.com). Such a joint shows the break without any reading of
the words:

- a paragraph that opens with digits that cannot open a figure after one that ends on
  digits: a leading 0 that is no decimal (00万, 0731-…), a decimal point or a thousands
  separator at the joint (7. | 6万, 1, | 200, 0 | .15%), a dash inside a number (025- |
  5178…), a year's last digits (２００ | ７年);
- digits right after digits, the tail ending on a figure with no stop: one figure (weaker:
  a list of figures or a table's rows ends a line on a figure too, so the tail must be
  running text and the head no date or year of its own);
- lowercase Latin letters right after Latin letters (Leight | on, Universit | y), unless
  the head is a name written in camel case (iPhone, eBay) or a web address of its own.

``glued_joint`` returns (weight, why): ``GLUE`` for evidence beyond doubt, ``GLUE_WEAK``
for digits after digits; 0 when the joint shows nothing of the kind.
"""

from __future__ import annotations

from ..patterns import lazy

GLUE = 9.0  # a joint no figure or word is ever split at on purpose
GLUE_UNIT = 6.0  # digits glued to a unit after digits with no stop: one figure
GLUE_WEAK = 5.0  # digits after digits
# the digits of a number after its label (a QQ, a mobile or a telephone number: 5 to 11) or
# after an area code's dash (a local number: 7 or 8), and what stands before its run: a
# label's colon, the dash, a space
PHONE_MIN, MOBILE = 5, 11
LOCAL, LOCAL_MAX = 7, 8
_NUMBER_LEAD = frozenset("：:-－ \xa0\u3000")
LONG_RUN = 5  # digits that end a text as a number of their own (a telephone, a code)

_D = "0-9０-９"
_DIGIT = lazy(f"[{_D}]")
_SEPARATOR_START = lazy(f"^[.．,，][{_D}]")
_DATE_END = lazy(f"(?:[{_D}]{{4}}(年)|(?<![{_D}])[{_D}]{{1,2}}(月))$")
_MONTH_HEAD = lazy(f"^[{_D}]{{1,2}}月")
_DAY_HEAD = lazy(f"^[{_D}]{{1,2}}[日号]")
_LOWER_RUN = lazy(r"[a-z]+")
_CJK = lazy(r"[\u4e00-\u9fff]")
# a tail that ends on a separator inside a figure: a decimal point, a thousands separator,
# a dash inside a telephone number or a range (7. | 6万, 1, | 200, 025- | 5178…, 15- | 85mm)
_SEPARATOR_END = lazy(f"[{_D}]([.．,，\\-－])$")
_THOUSANDS_HEAD = lazy(f"^[{_D}]{{3}}(?![{_D}])")
_DIGITS_END = lazy(f"[{_D}]+$")
_DIGITS_START = lazy(f"^[{_D}]+")
# a date or a year of its own at the head (2009年，…; 12月…; 3日…), or a list item's number
# (2、…; 3. …): a sentence or an item may open so
_DATE_HEAD = lazy(
    f"^[{_D}]+\\s*(?:年|月|日|号|时|点|世纪|年代)|^[{_D}]{{1,2}}(?:[、)）]|[.．](?![{_D}]))"
)
_UNIT_HEAD = lazy(
    f"^[{_D}]+(?:[.．][{_D}]+)?[万亿千百]?(?:元|美元|个|人|家|座|所|件|项|套|台|辆|吨|公斤|千克|克"
    r"|米|公里|千米|厘米|毫米|平方米|立方米|亩|公顷|户|名|位|岁|倍|次|场|天|小时|分钟|秒|条|种|只"
    r"|头|册|本|篇|份|张|块|处|栋|层|间|度|℃|%|％|万|亿)"
)


def _digit(c: str) -> bool:
    return bool(c) and _DIGIT.match(c) is not None


def can_glue(tail: str) -> bool:
    """Can ``glued_joint`` find anything at this end (a digit, a separator after a digit, a
    Latin letter)? A cheap test before the candidates are read."""
    t = tail.rstrip()
    c = t[-1:]
    return (c.isascii() and c.isalpha()) or figure_glue(t)


def zero_head(head: str) -> bool:
    """Does the text open with a 0 that is no decimal (00万, 0元, 0731-…)? No figure opens
    so; a telephone number with its area code does, so this is evidence only to join."""
    return head[:1] in ("0", "０") and head[1:2] not in (".", "．")


def two_figures(tail: str, head: str) -> bool:
    """Does the text end on a long run of digits (a telephone, a code) and the head open
    with a figure and its unit (…电话：66778899 | 120名志愿者…)? Two figures, not one cut."""
    run = _DIGITS_END.search(tail.rstrip())
    return run is not None and len(run.group()) >= LONG_RUN and bool(_UNIT_HEAD.match(head))


def figure_joint(tail: str, head: str) -> tuple[float, str] | None:
    """What ``number_cut`` takes from the glue: a figure cut beyond doubt or glued to its
    unit, (0, "") for a number then a figure of its own, else None (its own reading)."""
    if not figure_glue(tail):
        return None
    glue = glued_joint(tail[-40:], head)
    if glue[0] >= GLUE_UNIT:
        return glue
    return (0.0, "") if two_figures(tail, head) else None


def figure_glue(tail: str) -> bool:
    """Does the text end on a digit, a separator after one or a date's year or month (a
    figure may be cut there)?"""
    t = tail.rstrip()
    return _digit(t[-1:]) or bool(_SEPARATOR_END.search(t) or _DATE_END.search(t))


def _date_cut(t: str, h: str) -> bool:
    """…政府12月 | 30日释放…, …于2001年 | 3月起…: a date cut between its parts, after running
    text (a year or a month alone on its line heads a chronology's entries)."""
    m = _DATE_END.search(t)
    if m is None or not _CJK.search(t[: m.start()]):
        return False
    return bool((_MONTH_HEAD if m.group(1) == "年" else _DAY_HEAD).match(h))


def glued_joint(tail: str, head: str) -> tuple[float, str]:
    """Is a figure or a Latin word cut across the joint of ``tail`` and ``head``?"""
    t, h = tail.rstrip(), head.lstrip()
    if not t or not h:
        return 0.0, ""
    a, b = t[-1], h[0]
    if a.isascii() and a.isalpha():
        if not ("a" <= b <= "z"):
            return 0.0, ""
        run = _LOWER_RUN.match(h)
        after = h[run.end() : run.end() + 1] if run else ""
        if after.isascii() and after.isupper():
            return 0.0, ""  # iPhone, eBay: a name of its own in camel case
        if h.startswith(("www.", "http", "ftp")):
            return 0.0, ""  # a web address of its own
        return GLUE, "英文单词被拆开"
    sep = _SEPARATOR_END.search(t)
    if sep and _digit(b):
        if sep.group(1) in ",，" and not (
            _THOUSANDS_HEAD.match(h) and (sep.group(1) == ",") == (t[-2] in "0123456789")
        ):
            return 0.0, ""  # 共有120，300多人…: a clause mark after a figure, not a separator
        return GLUE, "数字被拆开"
    if _date_cut(t, h):
        return GLUE, "日期被拆开"
    if not _digit(a):
        return 0.0, ""
    if b in ".．" and _digit(h[1:2]):
        return GLUE, "数字被拆开"  # 0 | .15%
    if not _digit(b):
        return 0.0, ""
    if b in "0０" and h[1:2] not in (".", "．"):
        return GLUE, "数字被拆开"  # 88 | 00万平方米, 4 | 00-678…: no figure opens with 0
    run_t = _DIGITS_END.search(t)
    run_h = _DIGITS_START.match(h)
    n_t = len(run_t.group()) if run_t else 0
    n_h = len(run_h.group()) if run_h else 0
    if h[n_h : n_h + 1] == "年" and n_t + n_h == 4 and n_h < 4:
        # ２００ | ７年, 19 | 96年: a year's first digits (19, 20) end no paragraph
        return (GLUE if t[-n_t] in "12１２" else GLUE_UNIT), "年份被拆开"
    if _DATE_HEAD.match(h) or not _CJK.search(t[-40:]):
        return 0.0, ""  # 2009年，…; a line of figures with no running text (a table)
    if _UNIT_HEAD.match(h):
        if n_t >= LONG_RUN:
            return 0.0, ""  # …电话：66778899 | 120名志愿者…: a number, then a figure of its own
        return GLUE_UNIT, "数字被拆开"  # …7500、88 | 12万平方米
    before = t[-n_t - 1 : -n_t] if n_t < len(t) else ""
    after = h[n_h : n_h + 1]
    if (
        (LOCAL <= n_t + n_h <= LOCAL_MAX if before in "-－" else PHONE_MIN <= n_t + n_h <= MOBILE)
        and n_h >= 2
        and before in _NUMBER_LEAD
        and not (after.isascii() and after.isalpha())  # (120G…: a figure and its unit)
        and not _SEPARATOR_START.match(h[n_h:])
    ):
        # …客服QQ：5 | 69803881, …010-82 | 539648: a telephone or account number laid out
        # as one run after its label, cut
        return GLUE, "号码被拆开"
    return GLUE_WEAK, "数字被拆开"
