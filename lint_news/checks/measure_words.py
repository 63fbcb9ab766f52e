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
- ``ordinal_any`` / ``digits_any``: after 第 and a numeral, or after Arabic numerals, any
  word counts (第十一界…, 28界…, 10各方面: never right);
- ``bare``: the character may end the clause after a figure with a magnitude or digits
  (3000快, 好几万快!: colloquial 块 of money);
- ``no_ordinal``: no ordinal counts (第一章 is a chapter);
- ``any_noun``: after a cardinal, any word the tagger reads as a noun counts, for a
  look-alike that is no measure word of anything (快, 坐, 量, 们: 两坐教学楼, 5们志愿者);
  with ``noun_ends``, only a noun that ends with one of those characters, for a look-alike
  that counts other things (架 counts aircraft: 三架物流公司 for 家, not 三架无人机).

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
    r"(?:第?(?:好(?=几))?(?:[0-9０-９]+|[零〇一二两三四五六七八九十百千万几]+)|这|那|每|哪|某|另)"
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
        self.not_numerals = frozenset(_strings(raw.get("not_numerals", []), typo, "not_numerals"))
        self.not_before = _regex(raw.get("not_before"), typo)
        flags = ("digits_only", "ordinal_any", "digits_any", "bare", "no_ordinal", "any_noun")
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
        ways = (self.ordinal_any, self.digits_any, self.bare, self.any_noun)
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


_KEYS = frozenset(Entry.__slots__)  # (an entry's keys are its fields)


def _strings(value: object, typo: object, what: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(x, str) and x for x in value):
        raise ValueError(f"entry {typo!r}: {what!r} must be a list of non-empty strings")
    return value


def _regex(value: object, typo: object) -> re.Pattern[str] | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise ValueError(f"entry {typo!r}: a regular expression must be a non-empty string")
    try:
        return rx(f"(?:{value})" + r"\Z")
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
    regex = rx(f"(?P<num>{_NUMERAL})(?P<typo>[{re.escape(typos)}])", lead=True)
    state = (regex, by_typo)
    # (read without segmentation, which a rule's loading must not start: the examples
    # themselves run in full in the tests and in ``lint-news test-rules``)
    reported = {id(c[3]) for t in rule.flag for c in _candidates(t, state)}
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


def _counts(e: Entry, text: str, num: str, s: int, t: int) -> tuple[int, bool] | None:
    """(the end of the finding, whether a noun must still be read there by the tagger) when
    entry ``e`` reads the look-alike at ``t - 1`` after the numeral ``num`` at ``s`` as the
    measure word it stands for, else None."""
    bare_num = num[1:] if num[:1] == "第" else num
    if bare_num[:1] == "好":  # (好几…: 好几万快)
        bare_num = bare_num[1:]
    ordinal = num[:1] == "第"
    if bare_num in e.not_numerals or (ordinal and e.no_ordinal):
        return None
    digits = _DIGITS.search(bare_num) is not None
    if e.digits_only and not digits:
        return None
    if e.not_before is not None and e.not_before.search(text[max(0, s - 8) : s]):
        return None
    noun = e.noun(text, t)
    if noun is not None:
        return t + len(noun), False
    nxt = text[t : t + 1]
    if (e.ordinal_any and ordinal) or (e.digits_any and digits and not ordinal):
        return (t, False) if _CJK.match(nxt) else None
    if e.bare and not ordinal and (digits or bare_num[-1:] in "万千百"):
        if _CLAUSE_END.match(text, t):
            return t, False
    if e.any_noun and not ordinal and _CJK.match(nxt):
        return t, True
    return None


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


def _candidates(text: str, state: State) -> Iterator[tuple[int, int, int, Entry, bool]]:
    """(start, end, the look-alike's offset, entry, whether the noun is still to be read by
    the tagger) of each numeral, look-alike and noun in a row, by their strings alone (the
    first entry of the look-alike that reads them)."""
    regex, by_typo = state
    for m in regex.finditer(text):
        num, typo = m.group("num"), m.group("typo")
        s, t = m.start(), m.end()
        for e in by_typo[typo]:
            got = _counts(e, text, num, s, t)
            if got is not None:
                yield s, got[0], t - 1, e, got[1]
                break


def _scan(text: str, state: State) -> Iterator[tuple[int, int, str]]:
    """(start, end, fixed text) of each measure word written as a look-alike, from the
    numeral to the end of the noun (or of the look-alike, when it counts alone)."""
    for s, end, k, e, tag in _candidates(text, state):
        # the edges: the numeral starts a word (not 统|一 of 统一), and a one-character noun
        # ends one (not 心 of 心理); a noun read by the tagger (``any_noun``) follows a
        # look-alike that ends a word (not 量|产 of 5量产车型) and is a word itself
        edges = _word_starts(text, max(0, s - 6), end + 16 if tag else end + 6)
        if s not in edges or (end == k + 2 and end not in edges):
            continue
        if tag:
            if end not in edges:
                continue
            got = _noun_token(text, end, edges, e.noun_ends)
            if got is None:
                continue
            end = got
        yield s, end, text[s:k] + e.fix + text[k + 1 : end]


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
