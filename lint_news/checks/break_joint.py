"""Evidence across a joint: does the text read better with two paragraphs joined than apart?

``number_cut`` and ``word_cut`` find a figure or a word cut across the joint (88 | 00万,
率|先, 国家知识|产权局); ``may_cut_figure`` and ``may_cross_into`` rule most ends out before
anything is segmented; ``fit`` scores whether one paragraph's last word and another's first
word make one phrase (a verb then its object, an adverb then its verb, a noun then its
figure); ``opens_sentence`` says whether a paragraph opens the way a sentence opens. The
evidence read at one side only (an end that waits for its object, a start that is the rest
of a sentence) is in ``break_evidence``; weights are on its scale (about 5 shows a break).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .. import words
from ..patterns import lazy
from .break_evidence import (
    _CJK,
    _DIGIT_END,
    _DIGIT_END_LAST,
    _UNIT_START,
    _VP_TAKERS,
    CLAUSE_END,
    HEAD_WINDOW,
    TAIL_WINDOW,
    WAITING_VERBS,
    _tag,
    first_words,
)
from .break_glue import (
    _DIGITS_END,
    _UNIT_HEAD,
    GLUE_UNIT,
    LONG_RUN,
    figure_glue,
    glued_joint,
)
from .break_head_np import SHI_OPENS

# -- the joint ---------------------------------------------------------------------------


_CN_YEAR_END = lazy("[〇○零一二三四五六七八九]{4}$")
_CN_YEAR_LAST = frozenset("〇○零一二三四五六七八九")  # (what a match of _CN_YEAR_END ends on)
_YEAR_MONTH_END = lazy(r"(?:\d{4}|[０-９]{4})年[0-9０-９]{1,2}$")
_MONTH_DAY_END = lazy(r"月[0-9０-９]{1,2}$")
_DIGIT_START = lazy(r"^[0-9０-９.．%％]")


_DATE_DIGITS_HEAD = lazy(r"^([0-9０-９]{1,2})([月日号])")
_END_DIGITS = lazy(r"[0-9０-９]+$")


def _date_digits_cut(last: str, head: str, marks: str, most: int) -> bool:
    """Does ``head`` open with the rest of the month's or day's digits that ``last`` (an end
    on a year and a month's first digit, or a month and a day's) leaves open, and its mark
    (7月3 | 1日称, 2023年1 | 2月): one number of at most two digits, no more than ``most``."""
    m = _DATE_DIGITS_HEAD.match(head)
    end = _END_DIGITS.search(last)
    if m is None or end is None or m.group(2) not in marks:
        return False
    digits = end.group() + m.group(1)
    if len(digits) > 2:
        return False
    value = int(digits)  # (int reads full-width digits too)
    return 1 <= value <= most


# a date and 至/到 at the end, a range whose other end is owed (10月29日至 | 30日…), and a
# start that is a date (its digits and 日/号/月/年)
_RANGE_END = lazy(r"[0-9０-９]{1,4}[日号月年](?:[上下]午|晚)?[至到]$")
_DATE_HEAD = lazy(r"^[0-9０-９]{1,4}(?:[年月日号]|[-－/．.][0-9０-９])")


def number_cut(tail: str, head: str) -> tuple[float, str]:
    """A figure cut from its unit or its other digits across the joint."""
    if tail[-1:] in "至到" and _RANGE_END.search(tail[-16:]):
        # a date range cut after its 至 (…10月29日至 | 10月30日上午…)
        return (6.0, "日期范围被拆开") if _DATE_HEAD.match(head) else (0.0, "")
    # (the end's readings once per end in a ``remembering`` block: an end is tried against
    # every candidate start of its break)
    kept = words.memo("number_end")
    if kept is None:
        return _number_pair(_number_end(tail), head)
    end = kept.get(tail)
    if end is None:
        end = kept[tail] = _number_end(tail)
    return _number_pair(end, head)


# what ``number_cut`` reads at an end alone: whether a figure may be glued there, whether it
# ends on a long run of digits, its last 40 characters (what the glue reads), and whether
# its last 16 end on a year in Chinese numerals, on a digit, on a year and a month's digits
# (1) or a month and a day's (2)
_NumberEnd = tuple[bool, bool, str, bool, bool, int]


def _number_end(tail: str) -> _NumberEnd:
    glue = figure_glue(tail)
    run = _DIGITS_END.search(tail.rstrip()) if glue else None  # (``two_figures``' end)
    t = tail[-16:]  # (what the patterns anchored at its end read: not a long paragraph)
    digit = bool(_DIGIT_END.search(t))
    date = 0
    if digit:
        date = 1 if _YEAR_MONTH_END.search(t) else 2 if _MONTH_DAY_END.search(t) else 0
    long_run = run is not None and len(run.group()) >= LONG_RUN
    return glue, long_run, tail[-40:], bool(_CN_YEAR_END.search(t)), digit, date


def _number_pair(end: _NumberEnd, head: str) -> tuple[float, str]:
    glue, long_run, last, cn_year, digit, date = end
    if glue:  # (``figure_joint`` written out: 88 | 00万, 7. | 6万, 025- | 5178…)
        got = glued_joint(last, head)
        if got[0] >= GLUE_UNIT:
            return got
        if long_run and _UNIT_HEAD.match(head):
            return 0.0, ""  # (``two_figures``: a number, then a figure of its own)
    if cn_year and head[:1] == "年":
        return 9.0, "年份与“年”被拆开"  # 二○○○ | 年夏秋之际
    if not digit:
        return 0.0, ""
    if date == 1:
        if head.startswith("月") or _date_digits_cut(last, head, "月", 12):
            return 9.0, "年月被拆开"  # 2023年5 | 月底, 2023年1 | 2月
        return -3.0, ""
    if date == 2:
        if head[:1] in "日号" or _date_digits_cut(last, head, "日号", 31):
            return 9.0, "月日被拆开"  # 7月3 | 日, 7月3 | 1日
        return -3.0, ""
    unit = _UNIT_START.match(head)
    if unit:
        first = _tag(head[:6])
        if (
            first
            and len(first[0][0]) > len(unit.group())
            and first[0][1].startswith(("ns", "nr", "nt", "nz", "r"))
        ):
            return 1.0, ""  # 10 | 台湾…, 1 | 本报…: a name or a pronoun, not a unit
        return 6.0, "数字与单位被拆开"
    if _DIGIT_START.match(head):
        return 5.0, "数字被拆开"
    return 0.0, ""


@lru_cache(maxsize=4096)
def _starts(left: str, seg: object) -> tuple[int, ...]:
    """The k whose last k characters of ``left`` begin a dictionary word of ``seg`` (all
    of them when it cannot say): only a word starting there can cross the joint. Cached: a
    paragraph's end is tried against every candidate start of a break."""
    out = []
    for k in range(1, len(left) + 1):
        got = seg.lookup(left[-k:])  # type: ignore[attr-defined]
        if got is None or got[1]:
            out.append(k)
    return tuple(out)


def _may_cross(left: str, right: str) -> bool:
    """Can the segmenter read any word across the joint? Without its guessing (no HMM) a
    word across it is a dictionary word or a run of Latin letters and digits; a few
    dictionary look-ups rule most joints out before the text is segmented. True when the
    backend has no frequency table to ask."""
    if not left or not right:
        return False
    if left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        return True
    # (asked again for the pair's crossing word)
    return words.remembered("may_cross", _lookup_cross, left, right)


def _lookup_cross(left: str, right: str) -> bool:
    seg = words.segmenter()
    lookup = seg.lookup  # type: ignore[attr-defined]  # (``words.lookup`` written out)
    for k in _starts(left, seg):  # type: ignore[arg-type]
        piece = left[-k:]
        for m in range(1, len(right) + 1):
            got = lookup(piece + right[:m])
            if got is None:
                return True
            f, prefix = got
            if f > 0:
                return True
            if not prefix:
                break  # no dictionary word starts so: none goes on further into the head
    return False


def may_cut_figure(tail: str) -> bool:
    """Can ``number_cut`` find a figure cut at this end for any head? (Only after a digit
    or a year in Chinese numerals.)"""
    tail = tail[-16:]
    # (each expression anchored with $ searched only where its last character ends the text,
    # or stands before a final newline)
    last = tail[-2:-1] if tail[-1:] == "\n" else tail[-1:]
    return bool(
        (last in _CN_YEAR_LAST and _CN_YEAR_END.search(tail))
        or (last in _DIGIT_END_LAST and _DIGIT_END.search(tail))
        or (last in "至到" and _RANGE_END.search(tail))
        or figure_glue(tail)
    )


def may_cross_into(left: str, first: str) -> bool:
    """Can ``word_cut`` find a word across the joint of ``left`` and any head whose first
    character is ``first``? False only when no dictionary word starts in ``left``'s end and
    goes on with ``first`` (what ``_may_cross`` tries first), so that a break's end is
    tested once per first character, not once per candidate."""
    if not left or not first:
        return False
    if left[-1].isascii() and left[-1].isalnum() and first.isascii() and first.isalnum():
        return True
    if may_cut_prefix(left, first):
        return True  # 副 | 总监: no dictionary entry crosses (prefix_cut)
    known = words.entry_test()  # (lookup's answer above 0 or a prefix: an entry)
    if known is None:
        return True
    for k in _starts(left, words.segmenter()):  # type: ignore[arg-type]
        if known(left[-k:] + first):
            return True
    return False


# a bound prefix left alone at an end (…公司副, …集团常务) and the title or role noun the
# next part opens with: one title cut in two (副|总监, 原|局长), which the dictionary cannot
# tell when the joined title is no entry of its own
_BOUND_PREFIXES = ("常务", "副", "总", "非", "超", "准", "前", "原", "代")
_ROLE_NOUNS = frozenset(
    "总监 主任 经理 总经理 市长 县长 区长 省长 镇长 乡长 村长 州长 局长 处长 科长 部长 厅长 "
    "司长 署长 主席 书记 院长 校长 所长 董事长 董事 总裁 秘书长 行长 社长 台长 站长 馆长 "
    "队长 团长 会长 理事长 主编 总编 总编辑 教授 研究员 检察长 庭长 审判长 委员 主管 总理 "
    "总统 首相 大使 领事 参赞 厂长 监事 监事长 总工程师 工程师 会计师 秘书 主任委员".split()
)
# before 前/原 these end a time or place phrase (三天前, 以前, 此前), not a title's prefix
_NOT_BEFORE_PREFIX = frozenset("天年月日周时之以此目提从先向面眼当空不")


_ROLE_FIRSTS = frozenset(w[0] for w in _ROLE_NOUNS) | {"副"}


def may_cut_prefix(left: str, first: str) -> bool:
    """Can ``prefix_cut`` find a title cut at the end ``left`` for a head whose first
    character is ``first``? (A look at the two characters only: the gate before it.)"""
    return first in _ROLE_FIRSTS and left.endswith(_BOUND_PREFIXES)


def prefix_cut(tail: str, head: str) -> tuple[float, str]:
    """A title cut after its bound prefix: …基金公司副 | 总监…, …公司原 | 局长…. The
    prefix must stand alone as the end's last word (汇总, 是非 are words of their own) and
    the head's first word must be a title or role noun."""
    tail = tail.rstrip()
    prefix = next((x for x in _BOUND_PREFIXES if tail.endswith(x)), None)
    if prefix is None or len(tail) <= len(prefix):
        return 0.0, ""
    before = tail[-len(prefix) - 1]
    if prefix in ("前", "原") and (before in _NOT_BEFORE_PREFIX or before.isdigit()):
        return 0.0, ""
    if not _CJK.match(before):
        return 0.0, ""
    tagged = words.tag(tail[-len(prefix) - 4 :])
    if not tagged or tagged[-1][0] != prefix:
        return 0.0, ""
    first = words.cut(head.lstrip()[:8])
    role = first[0] if first else ""
    if role[:1] == "副" and prefix == "常务":
        role = role[1:]  # 常务 | 副总经理
    if role not in _ROLE_NOUNS:
        return 0.0, ""
    return 8.0, f"“{prefix}|{first[0]}”被拆开"


def word_cut(tail: str, head: str) -> tuple[float, str]:
    """A word the segmenter reads across the joint (率|先, 培|训, 国家知识|产权局)."""
    if (got := prefix_cut(tail, head))[0]:
        return got
    left = tail[-TAIL_WINDOW:]
    right = head[:HEAD_WINDOW]
    # (a pair is scored to detect a break, then to pair it)
    return words.remembered("word_cut", _word_cut, left, right)


def crossing(left: str, right: str) -> tuple[str, int] | None:
    """``words.crossing``, without the segmenter where no word can cross the joint."""
    return words.crossing(left, right) if _may_cross(left, right) else None


def _word_cut(left: str, right: str) -> tuple[float, str]:
    if left[-1:].isascii() and left[-1:].isalpha() and (glue := glued_joint(left, right))[0]:
        return glue  # Leight | on, MMCpl | us: a Latin word cut
    if not _may_cross(left, right):
        return 0.0, ""
    hit = words.crossing(left, right)
    if hit is None:
        return 0.0, ""
    w, k = hit
    named = words.tag(left[-4:], hmm=True)
    if named and named[-1][1].startswith("nr") and len(named[-1][0]) >= 2:
        # …记者董伟 | 大庆…, …通讯员李建 | 设局…: a name ends the line, the joint only looks
        # cut; unless the joined reading is far likelier (2000年诺贝 | 尔…, 黄绿 | 色的…)
        gain = words.join_gain(left, right)
        if gain is None or gain < NAME_GAIN:
            return 0.0, ""
    if not _CJK.search(w):
        if re.fullmatch(r"[0-9０-９.．]+", w):
            return 5.0, "数字被拆开"
        return 0.0, ""
    f = words.freq(w)
    if f is not None and f < 3:
        return 0.0, ""
    gain = words.join_gain(left, right)
    if gain is not None and gain < 1.0:
        return 0.0, ""  # 谁之过 | 去年…: the joined reading is no likelier than the two apart
    why = f"“{w[:k]}|{w[k:]}”被拆开"
    if len(w) == 2 and w[0] == w[1]:
        return 1.0, why  # 多|多: a doubled character reads as a word across any joint
    if k == 1 and len(w) - k == 1:  # 率|先: two characters that are no words alone
        return 8.0, why
    if k == 1 or len(w) - k == 1:  # 知识|性: a word and a bound character
        return 5.0, why
    if len(w) >= 5:  # a long term or name read across the joint (国家知识|产权局)
        return 6.0, why
    # two words that make a longer one: as strong as the joined reading is likelier
    # (签字|仪式 reads as one term; 今年|年底 hardly)
    if gain is not None:
        return 2.0 + min(3.0, gain / 3.0), why
    return 2.0 + min(3.0, math.log10((f or 10) + 1)), why


# the join gain above which a word read across the joint outweighs a name read at the end
NAME_GAIN = 9.0


# how sentences open: a time or place phrase and a comma (今年以来，), a source (据…，记者…),
# a quotation, a subject pronoun, a dateline
# (the frame is one phrase: no clause or sentence mark inside it, …会更加宽敞；同时，; a
# phrase before its localizer or time word, as 时，… or 后，… alone are the end of a frame
# opened before the joint: …恐怖音效迭起 | 时，…, 0 of 12,183 real paragraph starts; and 以上
# is an amount's bound, …缩短了三成以上，, not a place; 第一次… is an ordinal's phrase, 第一，…
# an enumeration's opening)
_OPENERS_RE = lazy(
    r"^(?:[“「『（(]|据|记者|本报|新华社|中新社|[一二三四五六七八九十]+是"
    r"|第[一二三四五六七八九十]+(?![次届批个位名天年回轮场])"
    r"|(?:今年|去年|明年|目前|当前|近日|日前|近年来|此前|随后|同时|此外|另外|其中|据悉|据了解|下一步|今后|为此|对此)[，,]"
    r"|[^，。,；;：:！？!?]{1,10}(?:以来|期间|时|中|(?<!以)上|后|前)[，,])"
)
_OPENERS_FIRST = frozenset("“「『（(据记本新中第一二三四五六七八九十")
_SUBJECT_PRONOUNS = frozenset(
    "我 我们 你 你们 他 他们 她 她们 它 它们 这 这里 那 大家 咱们 本报 笔者".split()
)


def opens_sentence(head: str) -> bool:
    """Does a paragraph open the way a sentence opens (so it is no continuation of a
    sentence before it, unless other evidence says so)?"""
    t = head.lstrip()
    # (_OPENERS_RE tried only where it can match: after one of its first characters, or
    # with a comma within its longest frame, 10 characters, 以来 and the comma)
    if (t[:1] in _OPENERS_FIRST or "，" in t[:13] or "," in t[:13]) and _OPENERS_RE.match(t):
        return True
    if t[:1] not in _SUBJECT_PRONOUNS and t[:2] not in _SUBJECT_PRONOUNS:
        return False  # (the first word is one of them: no need to segment)
    tagged = first_words(t, 8)
    return bool(tagged) and tagged[0][0] in _SUBJECT_PRONOUNS


# a numeral (Chinese or Arabic) that a measure word of one character ends: what counts a noun
_NUMERAL = lazy(
    r"^(?:[0-9０-９]+|[一二两三四五六七八九十百千万几数半]+)[^0-9０-９一二两三四五六七八九十]$"
)
_MEASURE_CHARS = frozenset(
    "个家名位项户座条件批辆架艘套栋幢株棵册篇份笔所只处台部间层头匹张本块种类场届枚颗支根把双对片"
)


def fit(last: tuple[str, str] | None, first: tuple[str, str] | None) -> float:
    """How well a paragraph's last word and another's first word make one phrase (-1.5..2)."""
    if not last or not first:
        return 0.0
    w, p = last
    w2, p2 = first
    if w2 in CLAUSE_END or p2 == "x" and not w2[:1].isdigit():
        return 0.0
    if w in _VP_TAKERS:
        return 2.0 if p2.startswith(("v", "a", "d", "p")) else 1.0
    if w in WAITING_VERBS or w in ("是", "为"):
        return 2.0 if p2.startswith(("n", "m", "r", "t", "s", "j", "v", "a", "eng")) else 0.5
    if p in ("uj",) or w == "的":
        return 2.0 if p2.startswith(("n", "vn", "j", "m")) else -1.5
    if w == "被":  # the passive marker: its agent or straight its verb (被 | 验证)
        return 2.0 if p2.startswith(("n", "r", "j", "v")) else -1.0
    if p == "p":
        return 2.0 if p2.startswith(("n", "r", "t", "s", "j", "m", "eng")) else -1.0
    if p in ("d", "ad"):
        return 2.0 if p2.startswith(("v", "a", "p", "d")) else -0.5
    if p == "c":
        return 1.5 if p2.startswith(("n", "v", "r", "t", "j")) else 0.0
    if p.startswith("v"):
        return 1.5 if p2.startswith(("n", "m", "r", "j", "eng", "v")) else 0.0
    if p == "m" and len(w) >= 2 and _NUMERAL.match(w) and w[-1] in _MEASURE_CHARS:
        # a numeral and its measure word (两台 | 新电脑…, 三个 | 社区…): the noun it counts
        return 2.0 if p2.startswith(("n", "a", "b", "j", "vn")) else 0.0
    if p == "t" or p == "f":
        return 2.0 if p2 in ("t", "f", "m") else 0.5  # 今年 | 上半年
    if p.startswith(("n", "j", "r")):
        if p2 == "m" or p2 == "eng" or w2[:1].isdigit():
            return 2.0  # 惠及居民 | 3.6万户
        if p2.startswith(("v", "d", "p", "f")):
            return 1.0
    return 0.0


# -- a title-like line that is the subject of the paragraph after it ----------------------

# parts of speech of a noun phrase's words (jieba's flags): nouns, names, abbreviations,
# numerals and measure words, adjectives and distinguishers, 的 and the conjunction 和
_NP_POS = ("n", "j", "m", "q", "a", "b", "f", "s")
_NP_WORDS = frozenset("的 之 和 与 及".split())
# a predicate's first words: a verb, an adverb, a modal or a time word and a verb (日前在…)
_PREDICATE_START = ("v", "d", "ad")
SUBJECT_LINE = (4, 24)  # characters: a noun phrase of a few words, not a title of clauses


def subject_line(line: str, nxt: str) -> bool:
    """Is ``line`` (a title-like line with no mark inside) a noun phrase with no predicate
    of its own whose predicate opens the next paragraph ``nxt``, one clause broken in two
    (城东的社区图书馆 | 日前在新落成的文化中心开馆，…; 两位老读者 | 笑着说，…)? The paragraph opens
    no sentence (no subject, no frame, no source; no first clause that repeats the line's
    words or is the subject of 是) and its first sentence ends within it."""
    t = line.strip()
    lo, hi = SUBJECT_LINE
    if not lo <= len(t) <= hi or not all(_CJK.match(c) for c in t):
        return False
    tagged = words.tag(t)
    if len(tagged) < 2 or not tagged[-1][1].startswith(("n", "j")) or tagged[-1][1] == "nr":
        return False  # (a person's name over a paragraph is a byline or a caption's)
    if not all(p.startswith(_NP_POS) or w in _NP_WORDS for w, p in tagged):
        return False
    head = nxt.lstrip()
    if opens_sentence(head) or not re.search(r"[。！？!?]", head[:80]):
        return False
    clause = re.split(r"[，,。！？!?；;：:]", head, maxsplit=1)[0]
    if any(t[k : k + 2] in clause for k in range(len(t) - 1)):
        return False  # 群众的心声 | 听取群众意见，…: the heading's word comes back below
    if re.match(r"[，,](?:就|才|正|也|都)?是", head[len(clause) :]):
        return False  # 听取意见，是…: the first clause is the subject of 是, a sentence's own
    first = first_words(head, 6)
    if len(first) < 2:
        return False
    (w0, p0), (w1, p1) = first[0], first[1]
    if w0 == "是" and w1 not in SHI_OPENS and p1[:1] in "nvadli":
        return True  # 某某检察院 | 是全市出了名的…: the copula and its predicate, no subject
    if w0 in ("据悉", "据了解", "记者", "是", "有") or w0 in _SUBJECT_PRONOUNS:
        return False
    if p0 == "t" and len(w0) == 2 and w0.startswith(("日", "近", "昨", "今", "前")):
        return p1.startswith(("v", "p", "d"))  # 日前在…下线: when, then the predicate
    if w0 in _VP_TAKERS or w0 in WAITING_VERBS:
        return True  # 可以 | 避免，…; 将…: a modal or a verb that waits for its object
    if p0.startswith("v") and len(w0) == 1:
        return w1 in ("着", "了", "到", "在")  # 笑着说，…: a verb and its aspect
    return p0.startswith(_PREDICATE_START) and len(w0) >= 2 and p0 != "vn"
