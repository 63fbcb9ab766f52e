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
break-next unchanged, break-lost names 52 fewer wrong partners.
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
    if b < 1 or b + 1 >= len(texts) or head in (b - 1, b + 1):
        return 0.0
    before, here, after = texts[b - 1], texts[b], texts[b + 1]
    around = topic.share(before, after)
    return around - 0.5 * (topic.share(before, here) + topic.share(here, after))


def chain(topic: Topic, texts: Sequence[str], head: int, b: int) -> float:
    """How much better the block right after ``head`` reads on from ``texts[b]`` than
    ``b``'s own next block does (``Topic.share`` of each one's first sentence in ``b``); 0
    for the block right after the head or a head that ends the document."""
    n = len(texts)
    if b == head + 1 or head + 1 >= n:
        return 0.0
    here = texts[b]
    own = topic.share(here, texts[b + 1]) if b + 1 < n and b + 1 != head else 0.0
    return topic.share(here, texts[head + 1]) - own


def place_term(topic: Topic, texts: Sequence[str], head: int, b: int) -> float:
    """The score the candidate ``texts[b]`` gets, as the rest of the broken ``texts[head]``,
    for where it stands (``W_INTRUDER`` x ``intruder`` + ``W_CHAIN`` x ``chain``); 0 for the
    block right after the head."""
    if b == head + 1:
        return 0.0
    return W_INTRUDER * intruder(topic, texts, head, b) + W_CHAIN * chain(topic, texts, head, b)
