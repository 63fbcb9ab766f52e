"""The document's own words across a joint and in a candidate's first sentence (issue 9,
echo13).

The rest of a sentence goes on with what its paragraph is about: its first sentence names
again the people, places and things that the broken paragraph named and that the other
paragraphs of the document do not (…记者走访了城西的三家养老院，发现护理员 | 普遍年龄偏大，
三家养老院都在招人。). Words the whole document repeats (its topic, its main actor) tell
nothing of which paragraph a piece belongs to; a word only two paragraphs have ties them.

A name or a term cut by the break is often written in full elsewhere in the document
(…县政府的复议决定送达后，老周 | 家栋却不服，… where a later paragraph names 周家栋 again;
…全市新开 | 通公交线路… with 新开通 twice more): the text across the joint, a few characters
of the end and of the start, spells a string that the document has. Across a wrong joint
such a string is rare.

``Topic.term`` is added to a pair's score in the joint choice of continuations
(``truncation_joint._pair_jointly``): ``W_TOPIC`` times the share of the character pairs of
the candidate's first sentence that the broken paragraph has too, each pair counted
1 / (k - 1) when k of the document's blocks have it (1 when only the two do), and
``W_SPELLED`` per character beyond two of the longest string across the joint (3 to
``SPELLED_MAX`` characters, at least one from each side) that the document has elsewhere.
Such a string of ``SPELLED_EVIDENCE`` characters or more is also evidence of its own for a
candidate that needs some (``Topic.evidence``: a line that reads as a title, a start that
opens a sentence: 市长昨天到城东视察 | 调研中，… where the document writes 视察调研).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from itertools import chain

from ..patterns import lazy
from .break_bigrams import _bigrams, pair_code
from .break_pairing import _first_sentence

# fitted with the pair weights on the planted seeds 2, 4 and 5 (break-next and break-moved;
# echo13: both classes pair more tails and name fewer wrong partners from about 10 to 24),
# judged on seeds 3 and 21
W_TOPIC = 14.0
W_SPELLED = 3.0  # per character beyond two of the string across the joint
SPELLED_MAX = 6
# a string this long across the joint is evidence of its own for a candidate that needs some
# (a line that reads as a title, a start that opens a sentence: truncation_joint)
SPELLED_EVIDENCE = 4


# the letters, digits and Chinese characters at an end and at a start (compiled on first
# use through the on-disk cache: a class of CJK characters costs a start-up about 1 ms)
_END_WORD = lazy(r"[\u4e00-\u9fffA-Za-z0-9]*$")
_START_WORD = lazy(r"[\u4e00-\u9fffA-Za-z0-9]*")


# the places of the joint's two characters read one by one (beyond: ``_spell``)
_PLACES = 3


class Topic:
    """One document's blocks: in how many of them each character pair stands, and their
    text (each read when first asked: most documents have no break)."""

    __slots__ = ("_texts", "_counts", "_text", "_spelled", "_ends", "_starts", "_firsts")

    def __init__(self, texts: Iterable[str]) -> None:
        self._texts = list(texts)
        self._counts: Counter[int] | None = None  # the blocks' character pairs: in how many
        self._text: str | None = None
        self._spelled: dict[tuple[str, str], int] = {}  # (the joint's characters)
        self._ends: dict[str, str] = {}  # a tail's letters, digits, Chinese at its end
        self._starts: dict[str, str] = {}  # a head's at its start
        self._firsts: dict[str, frozenset[int]] = {}  # a candidate's first sentence's pairs

    def _count(self) -> Counter[int]:
        """In how many blocks each character pair stands (one count of them all)."""
        count = self._counts
        if count is None:
            count = self._counts = Counter(chain.from_iterable(map(_bigrams, self._texts)))
        return count

    def _count_slow(self) -> Counter[int]:
        count: Counter[int] = Counter()
        for t in self._texts:
            count.update(_bigrams(t))
        return count

    def spelled(self, tail: str, head: str) -> int:
        """The length (3 to ``SPELLED_MAX``; 0: none) of the longest string of letters,
        digits and Chinese characters across the joint of ``tail`` and ``head``, at least
        one character from each, that the document's text has (elsewhere: its blocks are
        apart in it)."""
        # (only the letters, digits and Chinese characters at the joint)
        end = self._ends.get(tail)
        if end is None:
            end = self._ends[tail] = _END_WORD.search(tail.rstrip()[-(SPELLED_MAX - 1) :]).group()  # type: ignore[union-attr]
        start = self._starts.get(head)
        if start is None:
            start = self._starts[head] = _START_WORD.match(head.lstrip()[: SPELLED_MAX - 1]).group()  # type: ignore[union-attr]
        if not end or not start:
            return 0
        key = (end, start)
        got = self._spelled.get(key)
        if got is None:
            got = self._spelled[key] = self._spell(end, start)
        return got

    def _spell(self, end: str, start: str) -> int:
        joint = end[-1] + start[0]
        if joint[0] >= "\u4e00" and joint[1] >= "\u4e00":
            if pair_code(joint) not in self._count():
                return 0  # (no block has the two characters at the joint together)
        text = self._text
        if text is None:
            text = self._text = "\n".join(self._texts)
        # every string across the joint has the joint's two characters: where the text has
        # them, how far it reads on with the end to the left and with the start to the right
        # (a string of n characters stands iff some place reads on n; ``_spell_slow``)
        got = 0
        most = min(SPELLED_MAX, len(end) + len(start))
        p = text.find(joint)
        places = 0
        while p >= 0:
            places += 1
            if places > _PLACES:
                # (a pair the text has often: each longer string looked for at once)
                got = _longest_spelled(text, end, start, max(3, got + 1), most, got)
                break
            left = 1
            while left < len(end) and p >= left and text[p - left] == end[-1 - left]:
                left += 1
            right = 1
            while right < len(start) and text[p + 1 + right : p + 2 + right] == start[right]:
                right += 1
            if left + right > got:
                got = left + right
                if got >= most:
                    got = most
                    break
            p = text.find(joint, p + 1)
        return got if got >= 3 else 0

    def _spell_slow(self, tail: str, head: str) -> int:
        """``_spell`` as written first: every string across the joint, shortest first, looked
        for in the whole text (the oracle of the tests)."""
        end = _END_WORD.search(tail.rstrip()[-(SPELLED_MAX - 1) :]).group()  # type: ignore[union-attr]
        start = _START_WORD.match(head.lstrip()[: SPELLED_MAX - 1]).group()  # type: ignore[union-attr]
        if not end or not start:
            return 0
        return _longest_spelled("\n".join(self._texts), end, start, 3, SPELLED_MAX)

    def evidence(self, tail: str, head: str) -> bool:
        """Does a string of ``SPELLED_EVIDENCE`` characters or more across the joint stand
        elsewhere in the document (``spelled``)?"""
        return self.spelled(tail, head) >= SPELLED_EVIDENCE

    def share(self, tail: str, head: str) -> float:
        """The share (0..1) of the character pairs of ``head``'s first sentence that
        ``tail`` (the broken paragraph, a block of the document) has too, each counted
        1 / (k - 1) when k blocks have it."""
        first = self._firsts.get(head)
        if first is None:
            first = self._firsts[head] = _bigrams(_first_sentence(head.lstrip()))
        return _weighted_share(tail, first, self._count())

    def _share_slow(self, tail: str, head: str) -> float:
        """``share`` with the count of all the document's pairs (the tests' oracle)."""
        return _weighted_share(tail, _bigrams(_first_sentence(head.lstrip())), self._count_slow())

    def term(self, tail: str, head: str) -> float:
        """``W_TOPIC`` times ``share`` and ``W_SPELLED`` per character beyond two of
        ``spelled``: the score the pair gets for the document's own words."""
        n = self.spelled(tail, head)
        return W_TOPIC * self.share(tail, head) + (W_SPELLED * (n - 2) if n else 0.0)


def _weighted_share(tail: str, first: AbstractSet[int], count) -> float:
    """The share of ``first`` (a sentence's character pairs) that ``tail`` has too, each
    pair counted 1 / (k - 1) where ``count`` says k blocks have it."""
    if not first:
        return 0.0
    # (each pair's count read once, in C: the same terms in the same order as
    # ``1.0 / (count[g] - 1) for g in both if count[g] > 1``)
    both = _bigrams(tail) & first
    return sum(1.0 / (k - 1) for k in map(count.__getitem__, both) if k > 1) / len(first)


def _longest_spelled(
    text: str, end: str, start: str, shortest: int, most: int, got: int = 0
) -> int:
    """The longest string across the joint (``end``'s last characters and ``start``'s
    first), of ``shortest`` to ``most`` characters, that ``text`` writes, shortest first;
    else ``got``."""
    for n in range(shortest, most + 1):
        for k in range(max(1, n - len(start)), min(n - 1, len(end)) + 1):
            if end[len(end) - k :] + start[: n - k] in text:
                got = n
                break
        if got < n:
            break  # (no string of n characters: none longer either)
    return got
