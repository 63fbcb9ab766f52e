"""A title-like line that stops inside a word the dictionary knows (issue 9, lost16b).

A paragraph cut early whose rest is lost may leave a head of a few characters that ends on
the first characters of a longer word (…新年伊 for 新年伊始, …在此之 for 在此之前, …据媒体报
for 媒体报道): the segmenter reads its end as one-character pieces, and those pieces together
are no word of the dictionary, only the prefix of one. A heading, a credit or a name ends on a
whole word (城市的新面孔, 责任编辑：胡泳); a person's name that the segmenter splits into single
characters (记者刘华, 编辑：李明) is the guessing tagger's name and stays silent."""

from __future__ import annotations

from .. import words
from ..patterns import HAN as _CJK

# characters of the end read as a word's prefix; not two, where a whole word of two that the
# segmenter splits (…战千人, …决出四强, …也生金) begins longer words too
PREFIX_MIN, PREFIX_MAX = 3, 4
LAST_TOKENS = 3  # segmenter pieces of the end read
NAME_WINDOW = 6  # characters the guessing tagger reads for a name
# a common noun or a measure word ends a heading's noun phrase whole (…居民家, …两岸情)
_WHOLE_END_TAGS = ("n", "q")


def word_prefix_end(text: str) -> str:
    """The end of ``text`` (PREFIX_MIN to PREFIX_MAX Chinese characters that begin at a
    piece of the segmenter and end with a one-character piece) that jieba's dictionary knows
    only as the beginning of a longer word, not as a word (…在此之, …据媒体报), or ""."""
    t = text.strip()
    if len(t) < 3 or not _CJK.match(t[-1]) or words.freq("的") is None:
        return ""  # (a backend with no frequencies: no answer)
    tagged = words.tag(t[-8:])
    if not tagged or len(tagged[-1][0]) != 1 or tagged[-1][1] in _WHOLE_END_TAGS:
        return ""  # a whole word of two characters or more, or a noun (…飘进居民家)
    pieces = [w for w, _ in tagged]
    end = ""
    for w in reversed(pieces[-LAST_TOKENS:]):
        end = w + end
        if len(end) > PREFIX_MAX or not all(_CJK.match(c) for c in w):
            return ""
        if len(end) < PREFIX_MIN:
            continue
        found = words.lookup(end)
        if found is not None and found[1] and found[0] == 0:
            guessed = words.tag(t[-NAME_WINDOW:], hmm=True)
            if guessed and guessed[-1][1].startswith("nr"):
                return ""  # 记者刘华, 编辑：李明: a name the segmenter splits
            return end
    return ""
