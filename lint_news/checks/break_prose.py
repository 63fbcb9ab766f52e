"""Running prose after an article's last full stop (issue 9, break-lost).

What stands after the last full stop of an article's last paragraph, without a mark of its
own, is most often something glued there: a credit (本报记者 某某), a dateline, a source, a
related headline. Those are telegraphic: names, nouns and verbs. A sentence of running text
uses the function words of grammar: aspect and structural particles (了 着 过, 的 地 得),
prepositions (把 被 由 从 在 给 对 以 向), adverbs that tie it to its context (也 都 还 就
已经 又 再 才 却), pronouns (我们 他 这 其). A stretch that uses two different ones, and is
long enough to be a clause, is the head of a sentence whose tail is lost (…部长昨天已经
打电话给对方的, …图为孩子们在自己堆起的雪人), however ordinary its last word is.

This is weak evidence (the last word itself could end a clause): the caller reports it a
step below the rule's severity.
"""

from __future__ import annotations

from .. import words
from ..patterns import HAN as _CJK
from ..patterns import lazy
from .break_echo_stubs import echoed_stub
from .break_trailers import _CREDIT

# function words of running prose, with the parts of speech (jieba's first letter) in which
# they are one: particles (u), prepositions (p), adverbs (d), conjunctions (c), pronouns (r)
_PROSE_WORDS = frozenset(
    (
        "了 着 过 的 地 得 把 被 由 从 在 给 对 以 向 也 都 还 就 已经 正在 曾 又 再 才 却 并 而"
        " 我们 他们 她们 我 你 他 她 这 那 该 其"
    ).split()
)
_PROSE_POS = frozenset("udpcr")
PROSE_CJK = 10  # Chinese characters of a clause, not a name or a short label
PROSE_WORDS = 2  # different function words
# a gap of spaces inside, or two spaces apart: headlines or links laid out in a row, no
# sentence (a sentence of Chinese has a space at most around a Latin word)
_GAP = lazy(r"\s{2,}|\u3000|\s\S+\s")
WINDOW = 40  # the characters read, from the end
TAIL = 8  # the characters whose words a stub's end is read by


def prose_clause(text: str) -> bool:
    """Does the text (what follows an article's last full stop) read as running prose: at
    least ``PROSE_CJK`` Chinese characters, no gap of spaces, and ``PROSE_WORDS`` different
    function words of grammar among its last ``WINDOW`` characters?"""

    t = text.strip()
    if len(_CJK.findall(t)) < PROSE_CJK or _GAP.search(t):
        return False
    found = {w for w, p in words.tag(t[-WINDOW:]) if w in _PROSE_WORDS and p[:1] in _PROSE_POS}
    return len(found) >= PROSE_WORDS


# The last sentence of an article, when it is a short stub after the final full stop
# (…。中方强烈, …。此次阅兵, …。江南、四川): its stub shows a sentence begun and lost
# when it runs on in a list or clause (、 ，), opens with a word that points back into the
# text (此次, 其实, 对此), or is a few characters that end on a predicate (a verb, an
# adjective or an adverb) with nothing after it. Names, dates, datelines, credits and
# headlines glued there stay silent: they end on a noun, a figure or a whole clause of
# their own, and are kept out by the marks and words the caller and this test refuse.
_STUB_REFUSED = lazy(r"[\s:：\[\]【】［］《》（）()/／@·•]")
_WEB_LAYOUT = lazy(r"\s{2,}|\u3000|\[|［")
_STUB_LIST = lazy(r"[，,、]")
# first words that point back into the text before them (a sentence's, not a title's)
_BACK_WORDS = frozenset(
    "此次 本次 这次 这个 这些 此外 其次 其实 也许 现在 对此 同时 另外 目前 其中 而 但 但是".split()
)
_BACK_FIRST = "此这该其"  # (a pronoun or conjunction that opens so: 此后, 这里, 其余)
# an adjective or adverb at a stub's end (中方强烈, 市里将积极); a verb only after an adverb,
# auxiliary or preposition that ties it into a clause (已经完成, 正在筹备): a headline ends
# on a bare verb too (城东新区建设提速, 百年银杏之争)
_PREDICATE_POS = frozenset(("a", "ad", "d"))
_VERB_POS = frozenset(("v", "vn"))
_TIED_POS = frozenset(("d", "ad", "p", "c"))
STUB_MIN, STUB_SHORT = 4, 8  # characters of a stub that ends on a predicate: [min, short)
STUB_LONG = 16  # a stub up to this long that ends on a predicate tied into a clause
_FIGURE = lazy(r"[0-9０-９]")
# words that tie a predicate into a clause: adverbs, auxiliaries, prepositions
_TIE_WORDS = frozenset(
    "将 就 则 能 可以 要 已经 在 从 以 由 用 对 把 被 给 向 都 也 还 又 再 才 正在 曾".split()
)


def _tie_word(t: str) -> bool:
    tagged = [(w, p) for w, p in words.tag(t) if w.strip()]
    return any(w in _TIE_WORDS and p[:1] in "pdcv" for w, p in tagged[:-1])


def last_stub(last: str, paragraph: str) -> str:
    """Why the stub after an article's last full stop (``last``) is a sentence cut short,
    or "" (see above). ``paragraph``: the whole last paragraph, which must not be laid out
    as a web page (gaps of spaces, bracketed links)."""
    t = last.strip()
    if not t or not _CJK.match(t[-1]) or _STUB_REFUSED.search(t) or _CREDIT.search(t):
        return ""
    if _WEB_LAYOUT.search(paragraph.strip()):
        return ""
    if _STUB_LIST.search(t):
        return "文末的短句后接列举或分句却没有下文"
    first = words.tag(t[:6])
    w0, p0 = first[0] if first else ("", "")
    if w0 in _BACK_WORDS or (p0[:1] in "rc" and w0[:1] in _BACK_FIRST):
        return f"文末的短句以“{w0}”开头却没有下文"
    tagged = words.tag(t[-TAIL:])
    if STUB_MIN <= len(t) < STUB_LONG and tagged:
        w, p = tagged[-1]
        tied = len(tagged) > 1 and tagged[-2][1] in _TIED_POS
        if len(t) < STUB_SHORT and (p in _PREDICATE_POS or (p in _VERB_POS and tied)):
            return f"文末的短句停在“{w}”上"
        if p in _PREDICATE_POS | _VERB_POS and not _FIGURE.search(t) and _tie_word(t):
            # longer: a predicate at the end and an adverb, auxiliary or preposition before
            # it that ties it into a clause (近年来在荧屏上涌现, 搭配…则能变幻); a headline's
            # date or figure keeps it out (…将于8月初进行)
            return f"文末的短句停在“{w}”上"
    if echoed_stub(t, paragraph):
        return "文末的短句重复上一句的词语却没有下文"  # …。全国划拨 (lost16)
    return ""


# A paragraph that stops right after a closing title mark or quote with no final mark
# (…的独立短片《城南旧事》, …把印有“为人民服务”): the title or quoted words are the object
# or a modifier of a clause that goes on; a quotation that ends a paragraph closes with its
# own final mark (…他说：“我们明天就走。”). Not a source (据《…》, 来源：《…》), nor a
# credit, nor a page laid out with gaps or brackets.
_SOURCE_BEFORE = lazy(r"(?:据|来源|出自|摘自|转自|刊于|选自|见)$")
_CLOSE_OPEN = {"》": "《", "”": "“"}
_INNER_FINAL = "。！？!?…．."
_CLAUSE_BEFORE = lazy(r"[，。]")


def term_closes_paragraph(text: str) -> bool:
    """Does a paragraph end on a closing title mark or quote whose text it runs into, not on
    a quotation's own final mark (see above)?"""
    t = text.rstrip()
    opening = _CLOSE_OPEN.get(t[-1:])
    if opening is None or t[-2:-1] in _INNER_FINAL:
        return False
    before = t[: t.rfind(opening)] if opening in t else ""
    return (
        bool(before)
        and _CJK.match(before[-1]) is not None
        and _CREDIT.search(before[-6:]) is None
        and _SOURCE_BEFORE.search(before) is None
        and _CLAUSE_BEFORE.search(before) is not None
        and _WEB_LAYOUT.search(t) is None
    )
