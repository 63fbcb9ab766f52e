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
  the head is a name written in camel case (iPhone, eBay) or a web address of its own;
- a short run of capitals cut with no space at the joint (TUN | GSTAR, QD | II), a model
  code cut before its digits (HVR-Z | 5C), an area code cut from its number (010 | -8248…),
  a currency sign cut from its figure (￥ | 1,280), an e-mail or web address cut before its
  @ or suffix (nu | @digifun.cn, …-D14 | .aspx), a double name cut after its hyphen (Rachel- |
  Zoe);
- a bracketed label cut inside its brackets (【联系电 | 话】：…, [参 | 考价格]), or a
  bracketed price label whose figure opens the next paragraph ([参考价格] | 1890元; weaker).

``glued_joint`` returns (weight, why): ``GLUE`` for evidence beyond doubt, ``GLUE_WEAK``
for digits after digits; 0 when the joint shows nothing of the kind.
"""

from __future__ import annotations

from ..patterns import DIGITS, lazy
from ..patterns import HAN as _CJK

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
# the characters of _D, for a test of one character (``c in _DIGITS``: no expression)
_DIGITS = DIGITS
# The patterns anchored at a text's end with ``$`` read only its last few characters: a
# match of _DATE_END is at most 5 long (4 digits and 年), of _SEPARATOR_END 2, of
# _KEY_OPEN_END 9, of _KEY_END 9, of _CAPS_END 4, of _ADDRESS_END 1, of _AREA_END 4 (its ``^``
# matches only at the text's real start: a text longer than END_SPAN has none so near); ``$`` may stand before a final newline (one more) and a
# look-behind reads one character before the match (one more; ``search(t, pos)`` lets it
# see before ``pos`` anyway). Searching from END_SPAN characters before the end therefore
# finds the same match as searching the whole text (tests/test_speed22.py compares them).
END_SPAN = 12


def _end_pos(t: str) -> int:
    """Where a search for a pattern anchored at the end of ``t`` may start (END_SPAN)."""
    return len(t) - END_SPAN if len(t) > END_SPAN else 0


_SEPARATOR_START = lazy(f"^[.．,，][{_D}]")
_DATE_END = lazy(f"(?:[{_D}]{{4}}(年)|(?<![{_D}])[{_D}]{{1,2}}(月))$")
_MONTH_HEAD = lazy(f"^[{_D}]{{1,2}}月")
_DAY_HEAD = lazy(f"^[{_D}]{{1,2}}[日号]")
_LOWER_RUN = lazy(r"[a-z]+")
# a tail that ends on a separator inside a figure: a decimal point, a thousands separator,
# a dash inside a telephone number or a range (7. | 6万, 1, | 200, 025- | 5178…, 15- | 85mm)
_SEPARATOR_END = lazy(f"[{_D}]([.．,，\\-－])$")
_SEPARATORS = frozenset(".．,，-－")  # (the last character of a match of _SEPARATOR_END)
_DATE_LAST = frozenset("年月")  # (... of _DATE_END)
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


# the rest of an e-mail or web address (…客服邮件：nu | @digifun.cn, …/category-D14 | .aspx):
# no text opens with an @ or a domain's or page's suffix
_ADDRESS_HEAD = lazy(r"^(?:@[A-Za-z0-9]|\.(?:com|cn|net|org|gov|edu|html?|s?html|aspx?|php|jsp)\b)")
_ADDRESS_END = lazy(r"[A-Za-z0-9]$")
# a double Latin name cut after its hyphen (Rachel- | Zoe)
_HYPHEN_NAME_END = lazy(r"(?<![A-Za-z])[A-Z][a-z]+-$")
_NAME_HEAD = lazy(r"^[A-Z][a-z]+")
# a figure cut before its unit: digits at a text's end and a unit or a date's part at the
# other's head (…采用1000 | 万有效像素, １９９６ | 年东软集团…, …至25 | 日，…). Words that open
# a sentence with such a character (日前, 年初, 万一, 元旦) do not count.
_UNIT_START = lazy(r"^(?:万|亿|年|月|日)")  # (not 元 or 号: 多元, 单元, 号召 are cut words too)
_UNIT_CHARS = frozenset("万亿年月日")  # (what _UNIT_START matches: one of these characters)
_NEXT_PART = {"年": "月", "月": "日"}  # after a year's 年 only a month, after 月 only a day
_UNIT_WORDS = frozenset(
    "日前 日本 日益 日常 日内 日后 日子 日报 日趋 日渐 年初 年底 年末 年内 年轻 年度 年终 年来"
    " 年间 年龄 年代 月初 月底 月末 月份 月亮 月光 万一 万众 万物 万分 万事 元旦 元月 元素 元首"
    " 号召 号称 号码 年产 年均 年收 年销 年增 年利 年薪 年检 年会 年货 年级 月薪 月均 月收 月票 日均"
    " 日产 日销 日夜 日出 日落 日记 元代 元老 元宵 万达 万科 万家".split()
)
_DATE_LIMIT = {"月": 12, "日": 31}
# a currency sign ends no text: its figure follows (…长裤￥ | 1,280)
_CURRENCY = frozenset("￥¥$€£")
# a label in square brackets left open at a text's end (…【联系电, …[参) and the rest of
# it closed at the next one's head (话】：…, 考价格]…): at most KEY_CUT characters each side
KEY_CUT = 8
_KEY_OPEN_END = lazy(r"([\[【［])([^\[\]【】［］\s]{0,8})$")
_KEY_CLOSE_OF = {"[": "]］", "［": "］]", "【": "】"}


def _key_open_near(end: str) -> bool:
    """Does ``end`` (a text's last characters) hold a label's opening bracket?"""
    return "【" in end or "[" in end or "［" in end


# a bracketed label with no value at a text's end ([参考价格], 【联系电话】：) and a figure
# with its unit or a number run at the next one's head
_KEY_END = lazy(r"[\[【［][\u4e00-\u9fff]{2,6}[\]】］][：:]?$")
_NUMBER_HEAD = lazy(f"^[{_D}]{{5,}}|^[{_D}]+(?:[.．][{_D}]+)?(?:元|美元|万元)")
# capitals cut with no space at the joint: the tail's run (1-4, after no letter) and the
# head's (2 or more, then no letter and no Chinese: …支持USB | HDMI等接口 are two names)
_CAPS_END = lazy(r"(?<![A-Za-z])[A-Z]{1,4}$")
_CAPS_HEAD = lazy(r"^[A-Z]{2,}(?![A-Za-z\u4e00-\u9fff])")
# the same capitals with Chinese right after them (I | PO询价…, ES | PN对此…): a cut only when
# the end's run is one or two letters and the joined word four at most, as two whole acronyms
# side by side are longer (USB | HDMI接口, NFC | NFC功能, CD | DVD机)
_CAPS_HEAD_HAN = lazy(r"^[A-Z]{2,}(?=[\u4e00-\u9fff])")
CAPS_HAN_END, CAPS_HAN_WORD = 2, 4
CAPS_WORD = 10  # letters of the joined capitals at most (an acronym or a name)
# a model code with a dash cut before its digits (HVR-Z | 5C, HDR-XR | 520E)
_CODE_END = lazy(r"(?<![A-Za-z])[A-Z0-9]{2,}-[A-Z]{1,3}$")
_CODE_HEAD = lazy(f"^[{_D}]+[A-Z]")
# an area code at a text's end after its label or a space (…[商家电话] 010) and the rest
# of the number with its dash at the next one's head (-65123456)
_AREA_END = lazy(r"(?:^|(?<=[\s\xa0：:\]】]))0[0-9]{2,3}$")
_LOCAL_HEAD = lazy(r"^[-－][0-9]{7,8}(?![0-9])")


def unit_cut(tail: str, head: str) -> bool:
    """Is a figure cut before its unit (…采用1000 | 万有效像素, １０ | 月２６日)? The tail ends on
    digits after no separator of another figure, the head opens with the unit, not with a
    word that opens sentences (日前, 年初); a year has four digits, a month or a day exists."""
    if head[:1] not in _UNIT_CHARS:
        return False  # (_UNIT_START does not match: its test, read off one character)
    run = _DIGITS_END.search(tail)
    if run is None or head[:2] in _UNIT_WORDS:
        return False
    digits, unit = run.group(), head[0]
    before = tail[: run.start()][-1:]
    if before and before in ".．,，:：-－/／~～":
        return False  # (a decimal, a time, a ratio, a range: 12:30 | 月…, 3-5 | 日)
    if before in _NEXT_PART and unit != _NEXT_PART[before]:
        return False  # …2022年3 | 元调解…: a month's digits, then another word
    if unit == "年":
        return len(digits) == 4
    if unit in _DATE_LIMIT:
        return len(digits) <= 2 and 1 <= int(digits) <= _DATE_LIMIT[unit]  # (int reads ０-９)
    return len(digits) < LONG_RUN  # (…电话：66778899 | 万…: a number of its own)


def key_cut(tail: str, head: str) -> bool:
    """Is a bracketed label cut inside its brackets (…【联系电 | 话】：…)? The head closes the
    bracket the tail leaves open within KEY_CUT characters, with no bracket between."""
    if not _key_open_near(tail[-KEY_CUT - 2 :]):
        return False  # (_KEY_OPEN_END's bracket: in the last KEY_CUT + 1, or before a "\n")
    m = _KEY_OPEN_END.search(tail, _end_pos(tail))
    if m is None:
        return False
    closing = _KEY_CLOSE_OF[m.group(1)]
    for i, c in enumerate(head[: KEY_CUT + 1]):
        if c in closing:
            return 0 < i + len(m.group(2)) <= KEY_CUT + 2
        if c in "[]【】［］" or c.isspace():
            return False
    return False


def latin_cut(tail: str, head: str) -> bool:
    """Capitals cut with no space at the joint (TUN | GSTAR, R | EUTERS, QD | II; I | PO询价:
    see ``_CAPS_HEAD_HAN``), or a model code cut before its digits (HVR-Z | 5C)."""
    t, h = tail, head
    if not t or not h or t[-1].isspace() or h[0].isspace():
        return False  # (…优于QDII\xa0 | \xa0QDII基金…: two names, spaced apart)
    a = _CAPS_END.search(t, _end_pos(t))
    b = _CAPS_HEAD.match(h)
    if a and b and len(a.group()) + len(b.group()) <= CAPS_WORD:
        return True
    if a and len(a.group()) <= CAPS_HAN_END and (c := _CAPS_HEAD_HAN.match(h)):
        return len(a.group()) + len(c.group()) <= CAPS_HAN_WORD
    # (a code's match ends on a dash and 1-3 capitals: only then is it searched for)
    return "-" in t[-4:] and bool(_CODE_END.search(t) and _CODE_HEAD.match(h))


def _digit(c: str) -> bool:
    """Is ``c`` (one character or none) a digit of _D?"""
    return c in _DIGITS


def _full_letter(c: str) -> bool:
    """Is ``c`` (one character or none) a full-width Latin letter (Ａ-Ｚ, ａ-ｚ)?"""
    return "\uff21" <= c <= "\uff3a" or "\uff41" <= c <= "\uff5a"


# full-width Latin letters to their ASCII forms (only letters: full-width digits and marks
# have rules of their own)
_FULL_TO_ASCII = {
    c: c - 0xFEE0 for r in ((0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for c in range(r[0], r[1] + 1)
}


def can_glue(tail: str) -> bool:
    """Can ``glued_joint`` find anything at this end (a digit, a separator after a digit, a
    Latin letter)? A cheap test before the candidates are read."""
    t = tail.rstrip()
    c = t[-1:]
    return (
        (c.isascii() and c.isalpha())
        or _full_letter(c)
        or c in _CURRENCY
        or figure_glue(t)
        or (t[-1:] == "-" and _HYPHEN_NAME_END.search(t) is not None)  # (its match ends so)
        or _key_end(t)
    )


# the last characters of what _KEY_END matches (after ``rstrip``: no final newline)
_KEY_END_LAST = frozenset("]】］：:")


def _key_end(t: str) -> bool:
    """``_KEY_OPEN_END`` or ``_KEY_END`` matches at the end of ``t`` (stripped on the right):
    each searched only where its last character or its bracket can be there."""
    i = _end_pos(t)
    if _key_open_near(t[-KEY_CUT - 1 :]) and _KEY_OPEN_END.search(t, i):
        return True
    return t[-1:] in _KEY_END_LAST and _KEY_END.search(t, i) is not None


def can_open(head: str) -> bool:
    """Can a text with this head be the other half of a glued joint (it opens with a digit,
    a lowercase or capital Latin letter, a decimal point, a number's dash, or the rest of a
    bracketed label)?"""
    h = head.lstrip()
    c = h[:1]
    if not c:
        return False
    if c.isdigit() or "a" <= c <= "z" or c in ".．":
        return True
    if "A" <= c <= "Z" or c in "-－@" or c in _UNIT_CHARS:
        return True
    first = h[: KEY_CUT + 1]  # (a label's closing bracket there: three searches, no generator)
    return "]" in first or "】" in first or "］" in first


def end_reason(tail: str) -> str:
    """How a glued end is named: a cut label, an English word, or a figure."""
    t = tail.rstrip()
    if _key_end(t):
        return "段末的标签不完整"
    latin = t[-1:].isalpha() or (t[-1:] == "-" and _HYPHEN_NAME_END.search(t))
    return "段末的英文单词不完整" if latin else "段末的数字不完整"


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
    c = t[-1:]
    if c in _DIGITS:
        return True
    if c in _SEPARATORS:
        return _SEPARATOR_END.search(t, _end_pos(t)) is not None
    return c in _DATE_LAST and _DATE_END.search(t, _end_pos(t)) is not None


def _date_cut(t: str, h: str) -> bool:
    """…政府12月 | 30日释放…, …于2001年 | 3月起…: a date cut between its parts, after running
    text (a year or a month alone on its line heads a chronology's entries)."""
    if (t[-2:-1] if t[-1:] == "\n" else t[-1:]) not in _DATE_LAST:
        return False  # (a match of _DATE_END ends on 年 or 月, or before a final newline)
    m = _DATE_END.search(t, _end_pos(t))
    if m is None or not _CJK.search(t[: m.start()]):
        return False
    return bool((_MONTH_HEAD if m.group(1) == "年" else _DAY_HEAD).match(h))


def glued_joint(tail: str, head: str) -> tuple[float, str]:
    """Is a figure or a Latin word cut across the joint of ``tail`` and ``head``?"""
    t, h = tail.rstrip(), head.lstrip()
    if not t or not h:
        return 0.0, ""
    if _full_letter(t[-1]) and _full_letter(h[0]):
        # full-width Latin letters (如果说ｉｎｔｅ | ｒｎｅｔ是…): read as their ASCII forms
        t, h = t.translate(_FULL_TO_ASCII), h.translate(_FULL_TO_ASCII)
        tail, head = t, h
    if key_cut(t, h):
        return GLUE, "标签被拆开"  # …【联系电 | 话】：…
    i = _end_pos(t)
    a, b = t[-1], h[0]
    # (t is stripped on the right: an expression anchored with $ matches only where its last
    # character is t's; each is searched only where that character can end a match)
    if a in _KEY_END_LAST and _KEY_END.search(t, i) and _NUMBER_HEAD.match(h):
        return GLUE_WEAK, "标签与数值被拆开"  # …[参考价格] | 1890元
    if (
        a.isascii()
        and a.isalnum()  # (_ADDRESS_END's class: an ASCII letter or digit)
        and (b == "@" or b == ".")  # (_ADDRESS_HEAD's first character)
        and _ADDRESS_HEAD.match(h)
        and not tail[-1].isspace()
    ):
        return GLUE, "网址被拆开"  # nu | @digifun.cn, category-D14 | .aspx
    if a == "-" and _HYPHEN_NAME_END.search(t) and _NAME_HEAD.match(h):
        return GLUE, "英文名字被拆开"  # Rachel- | Zoe
    if a.isascii() and a.isalpha():
        if latin_cut(tail, head):
            return GLUE, "英文单词被拆开"  # TUN | GSTAR, HVR-Z | 5C
        if not ("a" <= b <= "z"):
            return 0.0, ""
        run = _LOWER_RUN.match(h)
        after = h[run.end() : run.end() + 1] if run else ""
        if after.isascii() and after.isupper():
            return 0.0, ""  # iPhone, eBay: a name of its own in camel case
        if h.startswith(("www.", "http", "ftp")):
            return 0.0, ""  # a web address of its own
        return GLUE, "英文单词被拆开"
    sep = _SEPARATOR_END.search(t, i) if a in _SEPARATORS else None
    if sep and _digit(b):
        if sep.group(1) in ",，" and not (
            _THOUSANDS_HEAD.match(h) and (sep.group(1) == ",") == (t[-2] in "0123456789")
        ):
            return 0.0, ""  # 共有120，300多人…: a clause mark after a figure, not a separator
        return GLUE, "数字被拆开"
    if _date_cut(t, h):
        return GLUE, "日期被拆开"
    if a in _CURRENCY and _digit(b):
        return GLUE, "数字被拆开"  # …长裤￥ | 1,280
    if _digit(a) and unit_cut(t, h):
        return GLUE, "数字被拆开"  # …采用1000 | 万有效像素, １９９６ | 年东软集团…
    if not _digit(a):
        return 0.0, ""
    if b in "-－" and _AREA_END.search(t, i) and _LOCAL_HEAD.match(h):  # (b: _LOCAL_HEAD's)
        return GLUE, "号码被拆开"  # …[商家电话] 010 | -65123456
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
