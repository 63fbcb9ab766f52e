"""Check kind ``measure-words``: a measure word written as a character that sounds like it
(一快蛋糕 for 一块蛋糕, 三坐大山 for 三座大山, 第十一界 for 第十一届, 邀请了3为专家 for 3位专家).

``entries`` is a list; each entry names the character written (``typo``), the measure word
meant (``fix``) and the nouns that take that measure word (``nouns``). A finding needs the
three in a row: a numeral or a determiner (3, 三, 两, 几, 第十一, 这, 每…), the character,
then one of the nouns. Segmentation decides the edges: a numeral inside a word (统一为…,
唯一…) does not count, nor a one-character noun that only begins a longer word (一课心理
辅导: 心 of 心理); a longer noun may begin one (十一界全国人大代表). Several entries may
share a character; the first that matches reports. Optional keys of an entry:

- ``suffixes``: characters that end a noun of the entry's kind, read up to six characters
  on with no mark or 的 before them (一亮冠军车: 车; 47为诺贝尔奖获得者: 者; not 一亮的车);
- ``not_numerals``: numerals or determiners that do not count (一 before 直: 一直 is the
  adverb; 这 before 为: the preposition);
- ``digits_only``: only Arabic numerals count (4两电动车, not 一两车);
- ``not_before``: a regular expression the text right before the numeral must not end with
  (为 not at a clause's start or after 其中: 其中3为女性, 一为居民…，二为…, where 为 is the
  copula or a preposition; 步 not after 进 of 进一步);
- ``ordinal_any`` / ``digits_any``: after 第 and a numeral, or after Arabic numerals alone
  (not 250万: 250万各族人民), any word counts (第十一界…, 28界…, 10各方面: never right);
- ``bare``: the character may end the clause after a figure with a magnitude or digits
  (3000快, 好几万快!: colloquial 块 of money);
- ``no_ordinal``: no ordinal counts (第一章 is a chapter);
- ``any_noun``: after a cardinal, any word the tagger reads as a noun counts, for a
  look-alike that is no measure word of anything (快, 坐, 量, 们: 两坐教学楼, 5们志愿者);
  with ``noun_ends``, only a noun that ends with one of those characters, for a look-alike
  that counts other things (架 counts aircraft: 三架物流公司 for 家, not 三架无人机);
- ``numerals``: only these numerals or determiners count (这 alone, for an entry that reads
  the determiner apart from the numerals);
- ``any_word``: any word after the look-alike counts, when the look-alike ends a word there
  (为 after a numeral or 每, 某: 一为知情人士, 3为高级军官, 每为玩家; the copula and the
  preposition do not follow a numeral but in an enumeration, 一为居民…，二为企业…, or after
  以, 以110为纽带, which ``members`` and ``not_before`` keep out);
- ``members``: a regular expression for another member of an enumeration; when it matches
  elsewhere in the sentence, nothing counts (一为教师，其余为学生; 一是…，二为…);
- ``after_tags``: the numeral or determiner must follow a word the tagger tags so, not a
  clause's start (这 as the object of a verb or a preposition, 了解这为老乡, 给这为…: not
  the subject of a clause, 这为企业提供了…, nor after a conjunction, 但这为…);
- ``not_clause``: a regular expression that must not match in the rest of the clause after
  the look-alike (这为…提供了…, 这为…所熟知: 为 the preposition);
- ``head_suffixes``: like ``suffixes``, but only for a noun that the tagger reads as the
  head of the phrase after the look-alike, past its modifiers (片 of 这步喜剧片, 楼 of
  一坐新近落成的写字楼), never by the characters alone;
- ``then``: a regular expression that must follow the noun, or the look-alike with
  ``any_word`` (这为负责人表示…: a verb of saying; 这为老人提供了… stays silent).

Every entry must be reported by one of the rule's own ``flag`` examples.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from ..document import Document, in_scope
from ..findings import Finding
from ..patterns import HAN, lazy, rx
from ..rules import Rule

PARAMS = {"measure-words": ("entries",)}

# a numeral (Arabic or Chinese, an ordinal's 第 first) or a determiner that takes a measure word
_NUMERAL = (
    r"(?:第?(?:好(?=几))?(?:[0-9０-９]+(?:[多余]?[十百千万亿]+)?"
    r"|数?[零〇一二两三四五六七八九十百千万几]+(?:[多余][十百千万亿]*)?)|这|那|每|哪|某|另)"
)
_DIGITS = lazy(r"[0-9０-９]")
_CJK = HAN
_MARKS = "，。、；：！？,.;:!?“”\"'（）()《》【】 \n"
_CLAUSE_END = lazy(r"(?:[，。；！？,.;!?）)]|$)")


class Entry:
    """One look-alike of a measure word and when it counts (see the module's docstring)."""

    __slots__ = (
        "typo",
        "fix",
        "nouns",
        "suffixes",
        "not_numerals",
        "digits_only",
        "not_before",
        "ordinal_any",
        "digits_any",
        "bare",
        "no_ordinal",
        "any_noun",
        "noun_ends",
        "numerals",
        "any_word",
        "members",
        "after_tags",
        "not_clause",
        "then",
        "head_suffixes",
        "near",
    )

    def __init__(self, raw: dict[str, Any]) -> None:
        extra = set(raw) - _KEYS
        typo, fix = raw.get("typo"), raw.get("fix")
        if extra:
            raise ValueError(f"entry {typo!r}: unknown key(s) {', '.join(sorted(extra))}")
        if not (
            isinstance(typo, str) and len(typo) == 1 and isinstance(fix, str) and len(fix) == 1
        ):
            raise ValueError("each entry needs 'typo' and 'fix', one character each")
        self.typo, self.fix = typo, fix
        # longest first: 大客车 before 车
        self.nouns = sorted(_strings(raw.get("nouns", []), typo, "nouns"), key=len, reverse=True)
        self.suffixes = "".join(_strings(raw.get("suffixes", []), typo, "suffixes"))
        self.head_suffixes = self.suffixes + "".join(
            _strings(raw.get("head_suffixes", []), typo, "head_suffixes")
        )
        self.not_numerals = frozenset(_strings(raw.get("not_numerals", []), typo, "not_numerals"))
        self.not_before = _regex(raw.get("not_before"), typo)
        flags = (
            "digits_only",
            "ordinal_any",
            "digits_any",
            "bare",
            "no_ordinal",
            "any_noun",
            "any_word",
        )
        for k in flags:
            if not isinstance(raw.get(k, False), bool):
                raise ValueError(f"entry {typo!r}: {k!r} must be true or false")
        self.digits_only = raw.get("digits_only", False)
        self.ordinal_any = raw.get("ordinal_any", False)
        self.digits_any = raw.get("digits_any", False)
        self.bare = raw.get("bare", False)
        self.no_ordinal = raw.get("no_ordinal", False)
        self.any_noun = raw.get("any_noun", False)
        # (with any_noun: the characters one of which must end the noun the tagger reads)
        self.noun_ends = "".join(_strings(raw.get("noun_ends", []), typo, "noun_ends"))
        self.numerals = frozenset(_strings(raw.get("numerals", []), typo, "numerals"))
        self.any_word = raw.get("any_word", False)
        self.members = _regex(raw.get("members"), typo, anchored=False)
        self.after_tags = frozenset(_strings(raw.get("after_tags", []), typo, "after_tags"))
        self.then = _regex(raw.get("then"), typo, anchored=False)
        self.not_clause = _regex(raw.get("not_clause"), typo, anchored=False)
        # (a cheap test before the tagger reads past modifiers: one of the nouns, or a
        # character of ``suffixes`` after the first, within the clause's next characters)
        alts = [re.escape(n) for n in self.nouns]
        if self.head_suffixes:
            alts.append(f"(?<=.)[{re.escape(self.head_suffixes)}]")
        self.near = rx("|".join(alts)) if alts else None
        ways = (self.ordinal_any, self.digits_any, self.bare, self.any_noun, self.any_word)
        if not (self.nouns or self.suffixes or any(ways)):
            raise ValueError(f"entry {typo!r}: give 'nouns', 'suffixes' or a way it counts alone")

    def noun(self, text: str, t: int) -> str | None:
        """The noun that the measure word counts at ``t`` (one of ``nouns``, or a word that a
        character of ``suffixes`` ends), else None."""
        window = text[t : t + 8]
        for n in self.nouns:
            if window.startswith(n):
                return n
        if self.suffixes:
            for k, c in enumerate(window[:7]):
                if c in _MARKS or c == "的" or not _CJK.match(c):
                    break
                if k > 0 and c in self.suffixes:
                    return window[: k + 1]
        return None


_KEYS = frozenset(Entry.__slots__) - {"near"}  # (an entry's keys are its fields)


def _strings(value: object, typo: object, what: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
        raise ValueError(f"entry {typo!r}: {what!r} must be a list of non-empty strings")
    return value


def _regex(value: object, typo: object, anchored: bool = True) -> re.Pattern[str] | None:
    """``value`` compiled; ``anchored``: to be matched at the end of the text searched."""
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise ValueError(f"entry {typo!r}: a regular expression must be a non-empty string")
    try:
        return rx(f"(?:{value})" + (r"\Z" if anchored else ""))
    except re.error as exc:
        raise ValueError(f"entry {typo!r}: bad regular expression ({exc})") from None


State = tuple[re.Pattern[str], dict[str, list[Entry]]]


def prepare(rule: Rule) -> State:
    raw = rule.params.get("entries")
    if not isinstance(raw, list) or not raw:
        raise ValueError("kind 'measure-words' needs 'entries': a list of (typo, fix, nouns)")
    by_typo: dict[str, list[Entry]] = {}
    entries = []
    for item in raw:
        if not isinstance(item, dict):
            raise ValueError("each entry of 'entries' must be a mapping (typo, fix, nouns…)")
        e = Entry(item)
        entries.append(e)
        by_typo.setdefault(e.typo, []).append(e)
    typos = "".join(sorted(by_typo))
    # (the look-alike is looked ahead at, not taken: 这两只球队 is 这 before 两 then 两只)
    regex = rx(f"(?P<num>{_NUMERAL})(?=(?P<typo>[{re.escape(typos)}]))", lead=True)
    state = (regex, by_typo)
    # (read without segmentation, which a rule's loading must not start: the examples
    # themselves run in full in the tests and in ``lint-news test-rules``)
    reported = {id(c[3]) for t in rule.flag for c in _candidates(t, state) if c[4] != _MOD}
    untested = [f"{e.typo}→{e.fix}" for e in entries if id(e) not in reported]
    if untested:
        raise ValueError(f"entries without a flag example: {', '.join(untested)}")
    return state


def _word_starts(text: str, start: int, end: int) -> set[int]:
    """The word edges (offsets into ``text``) of the segmentation of ``text[start:end]``."""
    from .. import words

    edges = {start}
    for _, _, e in words.spans(text[start:end]):
        edges.add(start + e)
    return edges


# what a candidate still needs from the segmentation (see ``_scan``)
_READ, _NOUN, _WORD, _MOD = 0, 1, 2, 3
_SENTENCE_END = "。！？!?\n"
_CLAUSE_MARK = lazy(r"[，。；：！？,;:!?\n]")


def _counts(e: Entry, text: str, num: str, s: int, t: int) -> tuple[int, int] | None:
    """(the end of the finding, what the segmentation must still confirm: ``_READ`` nothing,
    ``_NOUN`` a noun the tagger reads there, ``_WORD`` the look-alike ending a word, ``_MOD``
    a noun of the entry heading the phrase after modifiers) when
    entry ``e`` reads the look-alike at ``t - 1`` after the numeral ``num`` at ``s`` as the
    measure word it stands for, else None."""
    if text[t : t + 1] == text[t - 1]:  # (一只只, 一块块: the measure word doubled)
        return None
    bare_num = num[1:] if num[:1] == "第" else num
    if bare_num[:1] == "好":  # (好几…: 好几万快)
        bare_num = bare_num[1:]
    ordinal = num[:1] == "第"
    if bare_num in e.not_numerals or (ordinal and e.no_ordinal):
        return None
    if e.numerals and bare_num not in e.numerals:
        return None
    digits = _DIGITS.search(bare_num) is not None
    if digits and len(bare_num) > 1 and bare_num[0] in "0０":  # (a code, 00000000为…: no count)
        return None
    if e.digits_only and not digits:
        return None
    if e.not_before is not None and e.not_before.search(text[max(0, s - 8) : s]):
        return None
    if e.members is not None and _other_member(e.members, text, s, t):
        return None
    if e.after_tags and (s == 0 or text[s - 1] in _MARKS):  # (``_after`` reads the word)
        return None
    if e.not_clause is not None:
        m = _CLAUSE_MARK.search(text, t)
        if e.not_clause.search(text, t, m.start() if m else len(text)):
            return None
    noun = e.noun(text, t)
    if noun is not None:
        if e.then is not None and not e.then.match(text, t + len(noun)):
            return None
        return t + len(noun), _READ
    nxt = text[t : t + 1]
    if (e.ordinal_any and ordinal) or (e.digits_any and bare_num.isdigit() and not ordinal):
        return (t, _READ) if _CJK.match(nxt) else None
    if e.bare and not ordinal and (digits or bare_num[-1:] in "万千百"):
        if _CLAUSE_END.match(text, t):
            return t, _READ
    if e.any_noun and not ordinal and _CJK.match(nxt):
        return t, _NOUN
    if e.any_word and not ordinal and _CJK.match(nxt):
        if e.then is not None and not e.then.match(text, t):
            return None
        return t, _WORD
    if e.near is not None and _CJK.match(nxt) and _noun_near(e.near, text, t):
        return t, _MOD
    return None


def _noun_near(near: re.Pattern[str], text: str, t: int) -> bool:
    """Whether ``near`` matches in the next twelve characters after ``t`` before a mark."""
    m = _CLAUSE_MARK.search(text, t, t + 13)
    return near.search(text[t : m.start() if m else t + 13]) is not None


def _other_member(members: re.Pattern[str], text: str, s: int, t: int) -> bool:
    """Whether ``members`` matches in the sentence around ``text[s:t]``, outside it (the
    sentence's text before and after, each searched on its own)."""
    a = s
    while a > 0 and text[a - 1] not in _SENTENCE_END and s - a < 120:
        a -= 1
    b = t
    while b < len(text) and text[b] not in _SENTENCE_END and b - t < 120:
        b += 1
    return members.search(text, a, s) is not None or members.search(text, t, b) is not None


# the tags of a noun that a measure word counts (jieba's: common, person, place, organisation,
# other proper nouns)
_NOUN_TAGS = frozenset("n nr ns nt nz nrt nrfg".split())


def _noun_token(text: str, t: int, edges: set[int], ends: str = "") -> int | None:
    """The end of the noun that starts at ``t`` as the tagger reads it (a run of up to three
    nouns, 物流|公司), when it is a word of the text's own segmentation too (``edges``) and,
    if ``ends`` is given, its last word ends with one of those characters; else None."""
    from .. import words

    end, last = t, ""
    for w, tag in words.tag(text[t : t + 10])[:3]:
        if tag not in _NOUN_TAGS:
            break
        end, last = end + len(w), w
    if not last or end not in edges or (ends and last[-1:] not in ends):
        return None
    return end


def _candidates(text: str, state: State) -> Iterator[tuple[int, int, int, Entry, int]]:
    """(start, end, the look-alike's offset, entry, what the segmentation must still
    confirm) of each numeral, look-alike and noun in a row, by their strings alone (every
    entry of the look-alike that reads them, in the rule's order)."""
    regex, by_typo = state
    for m in regex.finditer(text):
        num, typo = m.group("num"), m.group("typo")
        s, t = m.start(), m.end() + 1
        for e in by_typo[typo]:
            got = _counts(e, text, num, s, t)
            if got is not None:
                yield s, got[0], t - 1, e, got[1]


def _scan(text: str, state: State) -> Iterator[tuple[int, int, str]]:
    """(start, end, fixed text) of each measure word written as a look-alike, from the
    numeral to the end of the noun (or of the look-alike, when it counts alone); the first
    entry that the segmentation confirms reports."""
    done = -1
    for s, end, k, e, need in _candidates(text, state):
        if k == done:
            continue
        # the edges: the numeral starts a word (not 统|一 of 统一), and a one-character noun
        # ends one (not 心 of 心理); a noun read by the tagger (``any_noun``) follows a
        # look-alike that ends a word (not 量|产 of 5量产车型) and is a word itself; with
        # ``any_word`` the look-alike ends a word (not 为期 of 5为期…)
        edges = _word_starts(text, max(0, s - 6), end + 16 if need == _NOUN else end + 6)
        if s not in edges or (end == k + 2 and end not in edges):
            continue
        if need != _READ and end not in edges:
            continue
        if need in (_NOUN, _MOD):
            got = _noun_token(text, end, edges, e.noun_ends) if need == _NOUN else None
            # (``_MOD`` was read near by ``_counts``; ``_NOUN`` falls back to the modifiers)
            if got is None and (
                need == _MOD or (e.near is not None and _noun_near(e.near, text, end))
            ):
                got = _modified_noun(text, end, e)
            if got is None or (e.then is not None and not e.then.match(text, got)):
                continue
            end = got
        if e.after_tags and not _after(text, s, e.after_tags):
            continue
        done = k
        yield s, end, text[s:k] + e.fix + text[k + 1 : end]


# the tags of the words that may stand between a measure word and its noun without 的 (adjectives,
# distinguishing words, nouns, numbers, times and places: 一座宝贵的天然水库, 这部香港本土电影),
# and of those that may only in a modifier closed by 的 (一部被当局禁映的影片)
_MODIFIER_TAGS = frozenset("a an b z n nr ns nt nz nrt nrfg vn m q t s f ng".split())
_CLAUSE_TAGS = frozenset("v vd d p ad c ul uz ug".split())
# words after a noun that make it no modifier (the tagger may read 时 as a noun)
_PLACE_WORDS = frozenset("时 中 里 上 内 外 后 前 间 时候".split())
_HEAD_NEXT = frozenset("n nr ns nt nz nrt nrfg vn ng".split())


def _modified_noun(text: str, t: int, e: Entry) -> int | None:
    """The end of a noun of entry ``e`` that is the head of the noun phrase after the
    look-alike (ending at ``t``), past a few modifiers (一快厚厚的床垫, 这坐浅灰色的大楼,
    这步香港本土电影): at most twelve characters on, no mark between, verbs and adverbs only
    in a modifier that 的 closes, and no noun right after it (not a modifier itself)."""
    from .. import words

    tokens = words.tag(text[t : t + 14])
    pos, clause = t, False
    for i, (w, tag) in enumerate(tokens):
        if pos - t > 12 or not _CJK.match(w[:1]):
            return None
        if w == "的":
            clause = False
            pos += len(w)
            continue
        if tag in _HEAD_NEXT and (w in e.nouns or (len(w) > 1 and w[-1] in e.head_suffixes)):
            nxt = tokens[i + 1][1] if i + 1 < len(tokens) else ""
            if nxt and tokens[i + 1][0] in _PLACE_WORDS:  # (恐怖片|时: a time, no noun)
                nxt = "f"
            if clause or nxt in _HEAD_NEXT or (i + 1 == len(tokens) and pos + len(w) - t >= 14):
                return None
            return pos + len(w)
        if tag in _CLAUSE_TAGS:
            clause = True
        elif tag not in _MODIFIER_TAGS:
            return None
        pos += len(w)
    return None


def _after(text: str, s: int, tags: frozenset[str]) -> bool:
    """Whether the word right before ``s`` (in the same clause) is tagged one of ``tags``."""
    from .. import words

    a = s
    while a > 0 and s - a < 8 and text[a - 1] not in _MARKS:
        a -= 1
    if a == s:
        return False
    got = words.tag(text[a:s])
    return bool(got) and got[-1][1] in tags


def needs(rule: Rule) -> Sequence[str] | None:
    raw = rule.params.get("entries")
    if not isinstance(raw, list):
        return None
    typos = [x.get("typo") for x in raw if isinstance(x, dict)]
    return [t for t in typos if isinstance(t, str) and t] or None


def check(doc: Document, rule: Rule) -> Iterator[Finding]:
    if not rule.prepared:
        rule.prepare()
    state: Any = rule.state
    text = doc.text
    for s, end, right in _scan(text, state):
        block = doc.block_at(s)
        if block is None or end > block.end or not in_scope(block.kind, rule.scope):
            continue
        message = rule.message.replace("{wrong}", text[s:end]).replace("{fix}", right)
        yield rule.finding(s, end, message, fix=right)
