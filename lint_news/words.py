"""Word segmentation, loaded lazily and once per process.

Checks call this only on short windows of text (the tail of one paragraph and the head of
another), never on a whole document, and only when a document has a candidate that needs
it. The backend is jieba by default; ``use_backend("rjieba")`` swaps in the Rust port when
it is installed (same tokens, no frequency table: ``freq`` then returns ``None``).

Only jieba's own dictionary is used: no user dictionary, so that no word is there because
one page needed it. Checks that read a joint rely on grammar (parts of speech), not on a
term being known.
"""

from __future__ import annotations

import logging
from typing import Protocol


class Segmenter(Protocol):
    name: str

    def cut(self, text: str) -> list[str]: ...

    def freq(self, word: str) -> int | None: ...

    def logprob(self, text: str) -> float | None: ...

    def tag(self, text: str, hmm: bool = False) -> list[tuple[str, str]]: ...


class _Jieba:
    name = "jieba"

    def __init__(self) -> None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        self._tk = jieba.dt  # the process-wide default tokenizer, shared with other users
        self._tk.initialize()
        self._pos = None

    def cut(self, text: str) -> list[str]:
        # no HMM: unknown words must not be invented across a paragraph break
        return list(self._tk.cut(text, HMM=False))

    def freq(self, word: str) -> int | None:
        return self._tk.FREQ.get(word) or 0

    def logprob(self, text: str) -> float | None:
        dag = self._tk.get_DAG(text)
        route: dict[int, tuple[float, int]] = {}
        self._tk.calc(text, dag, route)
        return route[0][0]

    def tag(self, text: str, hmm: bool = False) -> list[tuple[str, str]]:
        if self._pos is None:
            import jieba.posseg  # builds its default tagger on jieba.dt once, at import

            self._pos = jieba.posseg.dt
        return [(p.word, p.flag) for p in self._pos.cut(text, HMM=hmm)]


class _RJieba:
    name = "rjieba"

    def __init__(self) -> None:
        import rjieba  # type: ignore[import-not-found]

        self._rj = rjieba

    def cut(self, text: str) -> list[str]:
        return list(self._rj.cut(text, False))

    def freq(self, word: str) -> int | None:
        return None

    def logprob(self, text: str) -> float | None:
        return None

    def tag(self, text: str, hmm: bool = False) -> list[tuple[str, str]]:
        return [(w, f) for w, f in self._rj.tag(text, hmm)]


_BACKENDS = {"jieba": _Jieba, "rjieba": _RJieba}
_backend_name = "jieba"
_segmenter: Segmenter | None = None


def use_backend(name: str) -> None:
    """Choose the segmenter ("jieba" or "rjieba"); takes effect at the next load."""
    global _backend_name, _segmenter
    if name not in _BACKENDS:
        raise ValueError(f"unknown segmenter {name!r} (use {', '.join(_BACKENDS)})")
    if name != _backend_name:
        _backend_name = name
        _segmenter = None


def segmenter() -> Segmenter:
    """The process-wide segmenter, loaded on first use."""
    global _segmenter
    if _segmenter is None:
        _segmenter = _BACKENDS[_backend_name]()
    return _segmenter


def is_loaded() -> bool:
    return _segmenter is not None


def cut(text: str) -> list[str]:
    """The words of ``text`` (dictionary words only, no guessed ones)."""
    return segmenter().cut(text) if text else []


def spans(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for every word of ``text``."""
    out = []
    pos = 0
    for w in cut(text):
        out.append((w, pos, pos + len(w)))
        pos += len(w)
    return out


def freq(word: str) -> int | None:
    """The dictionary frequency of ``word`` (0 when unknown; None when the backend has none)."""
    return segmenter().freq(word)


def join_gain(left: str, right: str) -> float | None:
    """How much better ``left + right`` reads as one text than the two apart: the log
    probability of the segmenter's best reading of the joined text minus those of the two
    halves (jieba's unigram word frequencies). About 0 when the joint falls between two
    words; positive when a likely word spans it (培|训); negative when it only makes a rare
    one. None when the backend has no frequencies."""
    if not left or not right:
        return 0.0
    seg = segmenter()
    joined = seg.logprob(left + right)
    a, b = seg.logprob(left), seg.logprob(right)
    if joined is None or a is None or b is None:
        return None
    return joined - a - b


def tag(text: str, hmm: bool = False) -> list[tuple[str, str]]:
    """(word, part-of-speech flag) for every word of ``text`` (jieba's ICTCLAS-style flags).

    ``hmm`` lets jieba guess words missing from its dictionary (names, new terms); keep it
    off where a guessed word could bridge a paragraph break.
    """
    return segmenter().tag(text, hmm) if text else []


def crossing(left: str, right: str) -> tuple[str, int] | None:
    """A word that the segmenter reads across the boundary of ``left`` + ``right``.

    Returns (word, chars of it on the left side), or None when the boundary falls
    between two words.
    """
    if not left or not right:
        return None
    b = len(left)
    for w, s, e in spans(left + right):
        if s < b < e:
            return w, b - s
        if s >= b:
            break
    return None
