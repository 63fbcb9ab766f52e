"""Where a candidate stands: a moved rest sits badly in its new place (issue 9, pair14).

When the rest of a broken paragraph is moved away (a page's layout, a copy and paste), it
lands between two paragraphs that were neighbours before and still read as neighbours; the
rest itself reads with neither of them but with its own head. And the paragraph that came
after the whole broken paragraph still stands after its head: it goes on from the rest's
last words, not from the head's. A paragraph that stands where it was written reads on
from the one before it and into the one after it; its neighbours read less well with each
other than with it.

Two terms measure this with the document's own words (``break_topic.Topic.share``: the
share of a paragraph's first-sentence character pairs that another block has, each pair
counted 1 / (k - 1) when k blocks have it), both for a candidate that is not right after
the break's head:

- ``intruder``: how much better the candidate's two neighbours read with each other than
  with it (the share of the next one's first sentence in the one before, less the mean of
  the candidate's first sentence in the one before and the next one's in the candidate);
  ``W_INTRUDER`` times that;
- ``chain``: how much better the paragraph right after the head reads on from the
  candidate than the candidate's own next paragraph does (``W_CHAIN`` times the difference
  of the two shares).

Either is negative for a paragraph that sits well where it stands (its neighbours read with
it, its own next one follows it), which scores it lower as the rest of another paragraph.
``place_term`` is added to a pair's score in the joint choice of continuations
(``truncation_joint._pair_jointly``). Chosen on the planted seeds 2 and 4 (break-next,
break-moved, break-lost scores recorded, the assignment run again): at 6,000 samples a
class each, break-moved pairs 99 more tails of 12,000 and names 91 fewer wrong partners,
break-next unchanged, break-lost names 52 fewer wrong partners. Judged on seeds 3 and 21
(6,000 a class): break-moved pairing 76.1 -> 76.7 and 75.8 -> 76.7, break-next 90.4 ->
90.3 and 90.3 -> 90.3. What it cannot tell: a paragraph between two that read together
for reasons of their own (like items of a list, the minutes of a match report) looks like
an intruder too; and it reads character pairs only, which most paragraphs of a page share
in part.
"""

from __future__ import annotations

from collections.abc import Sequence

from .break_topic import Topic

W_INTRUDER = 15.0
W_CHAIN = 5.0


def intruder(topic: Topic, texts: Sequence[str], head: int, b: int) -> float:
    """How much better the blocks around ``texts[b]`` read with each other than with it
    (``Topic.share``: the next one's first sentence in the one before, less the mean of
    ``b``'s first sentence in the one before and the next one's in ``b``); 0 when ``b``
    has no block on either side or one of them is the break's ``head``."""
    return Place(topic, texts).intruder(head, b)


def chain(topic: Topic, texts: Sequence[str], head: int, b: int) -> float:
    """How much better the block right after ``head`` reads on from ``texts[b]`` than
    ``b``'s own next block does (``Topic.share`` of each one's first sentence in ``b``); 0
    for the block right after the head or a head that ends the document."""
    return Place(topic, texts).chain(head, b)


def place_term(topic: Topic, texts: Sequence[str], head: int, b: int) -> float:
    """The score the candidate ``texts[b]`` gets, as the rest of the broken ``texts[head]``,
    for where it stands (``W_INTRUDER`` x ``intruder`` + ``W_CHAIN`` x ``chain``); 0 for the
    block right after the head."""
    return Place(topic, texts).term(head, b)


class Place:
    """``place_term`` of one document's pairs: what a candidate's place reads of the
    candidate alone (the shares of it and its two neighbours) once per candidate, not once
    per break it is a candidate of."""

    __slots__ = ("topic", "texts", "_around")

    def __init__(self, topic: Topic, texts: Sequence[str]) -> None:
        self.topic, self.texts = topic, texts
        # b -> (its neighbours' share, the one before's of it, its of the next one's; 0
        # where there is no such block)
        self._around: dict[int, tuple[float, float, float]] = {}

    def _shares(self, b: int) -> tuple[float, float, float]:
        got = self._around.get(b)
        if got is None:
            texts, share = self.texts, self.topic.share
            here = texts[b]
            before = texts[b - 1] if b >= 1 else None
            after = texts[b + 1] if b + 1 < len(texts) else None
            got = self._around[b] = (
                share(before, after) if before is not None and after is not None else 0.0,
                share(before, here) if before is not None else 0.0,
                share(here, after) if after is not None else 0.0,
            )
        return got

    def intruder(self, head: int, b: int) -> float:
        """``intruder`` (see there)."""
        if b < 1 or b + 1 >= len(self.texts) or head in (b - 1, b + 1):
            return 0.0
        around, before, after = self._shares(b)
        return around - 0.5 * (before + after)

    def chain(self, head: int, b: int) -> float:
        """``chain`` (see there)."""
        texts = self.texts
        if b == head + 1 or head + 1 >= len(texts):
            return 0.0
        own = 0.0
        if b + 1 != head:
            own = self._shares(b)[2]  # (0 when b ends the document)
        return self.topic.share(texts[b], texts[head + 1]) - own

    def term(self, head: int, b: int) -> float:
        """``place_term`` (see there)."""
        if b == head + 1:
            return 0.0
        return W_INTRUDER * self.intruder(head, b) + W_CHAIN * self.chain(head, b)
