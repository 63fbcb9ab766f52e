"""A candidate that starts the way this document starts its sentences (issue 9, pair16).

The rest of a broken paragraph begins inside a sentence: with the object, the verb or the
complement that the head's last clause was waiting for (…新建的图书馆也将 | 在九月底开放…;
…全市八成的家长 | 希望延长课后服务…). The paragraph that follows a head whose rest has
moved away begins a sentence of its own, and a sentence of a news text mostly begins with
words that the same text begins other sentences with: its subject (公司…; 他…; 该校…), a
frame (对此，; 同时，; 今年…), a name. The document itself is the reference for "how this
text opens a sentence", not a list of words: a candidate whose first two characters begin a
sentence in another block of the document (at a block's start or after 。！？, past
quotation marks and spaces) reads as a sentence's own start, and scores ``W_DOC_OPENS``
lower as the rest of a break whose clause is open. After a clause mark (…， | 他们…) a
clause with a subject of its own may go on the sentence: there the start tells nothing. A
headline is no reference: it is a title, not a sentence, and the lead under it often opens
with its words (市博物馆新馆开放 over 市博物馆新馆昨天…). Nor is a copy of the candidate's
own block (a text pasted twice).

``DocStarts.term`` is added to a pair's score in the joint choice of continuations
(``truncation_joint._pair_jointly``); it reads the document's sentence starts once, when
first asked, and each candidate's start once. It is never positive: its bound for pruning is
``MAX_DOC_OPENS`` (0.0).

Chosen on the planted seeds 2 and 4 (break-next and break-moved, 4,000 a class each,
recorded scores with the assignment run again): -2 to -6 all pair more moved rests and
name fewer wrong partners in both classes; -5 pairs 47 more moved rests of 8,000 and names
69 fewer wrong ones, break-next +13 paired, 18 fewer wrong (-4 after clause marks too: +50 /
-81 and +6 / -20, but a corpus break after a comma then named a wrong partner; with
headlines as a reference: +46 / -78 and +4 / -19). Judged on seeds 3 and 21 (6,000 a
class): break-moved pairing 78.5 -> 79.1% and 78.0 -> 78.7%, wrong partner 14.4 -> 13.3%
and 15.3 -> 14.3%; break-next pairing 92.3 -> 92.2% and 92.1 -> 92.1%. What it cannot
tell: a rest that begins with a word the text also begins sentences with (…告诉 | 记者，…),
and a paragraph that opens with a word no other sentence of a short text opens with.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..patterns import lazy

W_DOC_OPENS = -5.0
MAX_DOC_OPENS = 0.0  # (the term's largest value: it only lowers a score)

SENTENCE_ENDS = "。！？!?"
# a tail that ends with one of these may go on with a clause of its own, which opens as a
# sentence does (…来自二十所学校， | 他们都是…): there the start tells nothing
CLAUSE_MARKS = "，,、；;：:"
_SKIP = ' \u3000\t“”"「」『』'  # (quotation marks and spaces around a sentence's end)
PREFIX = 2  # characters of a sentence's start that are compared
_AFTER_END = lazy("[" + SENTENCE_ENDS + "][" + _SKIP + "]*")


def _starts(text: str) -> set[str]:
    """The first ``PREFIX`` characters of each sentence of ``text`` (at its start and after
    each mark of ``SENTENCE_ENDS``, past ``_SKIP``); none shorter than ``PREFIX``."""
    out: set[str] = set()
    first = start_of(text)
    if first:
        out.add(first)
    n = len(text)
    for m in _AFTER_END.finditer(text):
        e = m.end()
        if e + PREFIX <= n:
            out.add(text[e : e + PREFIX])
    return out


def start_of(text: str) -> str:
    """``text``'s first ``PREFIX`` characters past ``_SKIP`` ('' when it is shorter)."""
    t = text.lstrip(_SKIP)
    return t[:PREFIX] if len(t) >= PREFIX else ""


class DocStarts:
    """How the document ``texts`` (its blocks in order) begins its sentences: for each
    sentence start, the blocks that have it. ``reference`` (one flag a block; all when
    None) names the blocks that hold sentences: not a headline."""

    __slots__ = ("texts", "reference", "_where", "_opens")

    def __init__(self, texts: Sequence[str], reference: Sequence[bool] | None = None) -> None:
        self.texts, self.reference = texts, reference
        self._where: dict[str, list[int]] | None = None  # (read when first asked)
        self._opens: dict[int, bool] = {}  # b -> opens(b), for every break it is a candidate of

    def _read(self) -> dict[str, list[int]]:
        where: dict[str, list[int]] = {}
        reference = self.reference
        for i, t in enumerate(self.texts):
            if reference is not None and not reference[i]:
                continue
            for s in _starts(t):
                where.setdefault(s, []).append(i)
        self._where = where
        return where

    def opens(self, b: int) -> bool:
        """Whether ``texts[b]`` begins the way a sentence of another block begins (a copy
        of the same block, in a text pasted twice, is no other block)."""
        texts = self.texts
        own = texts[b]
        s = start_of(own)
        if not s:
            return False
        where = self._where
        if where is None:
            where = self._read()
        blocks = where.get(s)
        return blocks is not None and any(i != b and texts[i] != own for i in blocks)

    def term(self, tail: str, b: int) -> float:
        """``W_DOC_OPENS`` when ``texts[b]`` begins as another block's sentence does and
        the broken paragraph ``tail`` ends inside a clause, else 0 (never above
        ``MAX_DOC_OPENS``)."""
        t = tail.rstrip()
        if not t or t[-1] in CLAUSE_MARKS:
            return 0.0
        opens = self._opens.get(b)
        if opens is None:
            opens = self._opens[b] = self.opens(b)
        return W_DOC_OPENS if opens else 0.0
