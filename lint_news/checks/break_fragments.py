"""A line's last word, cut, that the text around it writes out whole (issue 9, break-lost).

A helper of ``break_heads.lone_head``: a title-like line whose end is half a word (…开展司法行,
…比作国际教, 项链Taylo) where the paragraphs near it write that word out more than once, and
always the same way (司法行政, 国际教育, Taylor), is the head of a paragraph whose tail is
lost: a title ends on a whole word, and a writer who names a thing twice in full does not
name it by half of it in a subhead. The evidence is the text's own, no word list: the line's
last two or three characters after a word of its own (the segmenter leaves the last one
alone) must stand elsewhere at least twice, each time with the same character after them,
and never end there; or its last Latin word of two letters or more must be the beginning of
a longer one elsewhere and never stand alone.
"""

from __future__ import annotations

import re

from .. import words
from ..document import Block
from ..patterns import HAN as _CJK
from ..patterns import lazy

_LATIN_END = lazy(r"(?<![A-Za-z])[A-Za-z]{2,}$")
# how many blocks either side are read (a long file's every title-like line reads a window,
# not the whole file)
WINDOW = 30
# how many times the text must write the whole word out
TIMES = 2


def completed_elsewhere(b: Block, blocks: list[Block]) -> str:
    """The whole word the text around the block writes where the block's line stops on
    half of it (司法行 -> 司法行政, Taylo -> Taylor), or ""."""

    t = b.text.rstrip()
    latin = _LATIN_END.search(t)
    if latin is None and (len(t) < 3 or not _CJK.match(t[-1:])):
        return ""
    if latin is None:
        tagged = words.tag(t[-8:])
        if len(tagged) < 2 or len(tagged[-1][0]) != 1 or not _CJK.match(tagged[-2][0][-1:]):
            return ""  # the line ends on a word of the segmenter's
        guessed = words.tag(t[-6:], hmm=True)
        if guessed and len(guessed[-1][0]) > 1 and guessed[-1][1].startswith("nr"):
            # 宋双 | 亲: a name whose characters the text goes on with; unless the text
            # writes a longer name out that the segmenter reads as one (马英 | 九)
            lo, hi = max(0, b.index - WINDOW), min(len(blocks), b.index + WINDOW + 1)
            other = "\n".join(x.text for x in blocks[lo:hi] if x is not b)
            return _longer_name(guessed[-1][0], other)
    lo, hi = max(0, b.index - WINDOW), min(len(blocks), b.index + WINDOW + 1)
    other = "\n".join(x.text for x in blocks[lo:hi] if x is not b)
    if latin is not None:
        w = latin.group()
        longer = re.findall(r"(?<![A-Za-z])" + re.escape(w) + r"[A-Za-z]+", other)
        if not longer or re.search(r"(?<![A-Za-z])" + re.escape(w) + r"(?![A-Za-z])", other):
            return ""
        return max(set(longer), key=longer.count)
    for k in (3, 2):
        frag = t[-k:]
        if not all(_CJK.match(c) for c in frag):
            continue
        ends = [m.end() for m in re.finditer(re.escape(frag), other)]  # (as str.count finds)
        after = {other[e : e + 1] for e in ends}
        if len(ends) >= TIMES and len(after) == 1:
            (c,) = after
            if _CJK.match(c):
                return frag + c
    return ""


def _longer_name(name: str, other: str) -> str:
    """The longer name the text writes where a line stops on ``name`` (马英 -> 马英九): at
    least ``TIMES`` occurrences, each with the same character after it, which the guessing
    tagger reads with the name as one personal name wherever it stands; or ""."""

    ends = [m.end() for m in re.finditer(re.escape(name), other)]
    after = {other[e : e + 1] for e in ends}
    if len(ends) < TIMES or len(after) != 1:
        return ""
    (c,) = after
    if not _CJK.match(c):
        return ""
    whole = name + c
    for e in ends:
        start = e - len(name)
        tagged = words.tag(other[max(0, start - 4) : e + 4], hmm=True)
        if not any(w == whole and p.startswith("nr") for w, p in tagged):
            return ""  # 宋双亲自…: the name and the first character of the next word
    return whole
