"""Character pairs of a text's Chinese characters, the pairing's measure of shared words
(``break_pairing.shared``, ``echo``, ``break_topic.Topic``): computed once per text (a
paragraph's end and start are compared with every candidate of a break; the memo is one of
``lint_news.memos``' text memos, forgotten between documents by the benchmarks)."""

from __future__ import annotations

import sys
from _codecs import utf_16_be_encode, utf_16_le_encode
from array import array
from functools import lru_cache
from operator import add

from ..patterns import lazy

_NOT_CJK = lazy(r"[^\u4e00-\u9fff]+")
_CJK_RUNS = lazy(r"[\u4e00-\u9fff]+")  # (joined: the text without the others, faster than a sub)
# (the UTF-16 whose two code units read as one native 32-bit integer: first character low)
_LITTLE = sys.byteorder == "little"
_U32 = next(c for c in "IL" if array(c).itemsize == 4)  # (an unsigned 32-bit integer)
# (the codec called directly: ``str.encode`` looks a name up in the registry each call)
_UTF16 = utf_16_le_encode if _LITTLE else utf_16_be_encode


@lru_cache(maxsize=4096)
def _bigrams(s: str) -> frozenset[int]:
    """Character pairs of ``s``'s Chinese characters, each as its ``pair_code`` (cached: a
    paragraph's end and start are compared with every candidate of a break). The codes are
    read in C off the text's UTF-16 (one code unit a character: the Chinese characters are
    all in the basic plane) as 32-bit integers (an ``array``), at even and at odd places:
    no string of two characters is made (``_bigrams_slow``, the tests' oracle, makes them)."""
    b = _UTF16("".join(_CJK_RUNS.findall(s)))[0]
    n = len(b)
    if n < 4:
        return frozenset()
    codes = array(_U32, b[: n - n % 4])  # (the pairs at even places, then at odd ones)
    codes.frombytes(b[2 : n - (n - 2) % 4])
    return frozenset(codes)


def pair_code(pair: str) -> int:
    """The code ``_bigrams`` gives the pair of characters ``pair``."""
    if _LITTLE:
        return ord(pair[0]) | ord(pair[1]) << 16
    return ord(pair[0]) << 16 | ord(pair[1])


def _bigrams_slow(s: str) -> frozenset[int]:
    """``_bigrams`` as first written (of strings), each pair then coded."""
    s = _NOT_CJK.sub("", s)
    return frozenset(map(pair_code, map(add, s, s[1:])))
