"""Word segmentation, loaded lazily and once per process.

Checks call this only on short windows of text (the tail of one paragraph and the head of
another), never on a whole document, and only when a document has a candidate that needs
it. The backend is rjieba (the Rust port of jieba, ready in a fraction of jieba's start)
where it is installed, else jieba, which stays the reference; ``LINT_NEWS_SEGMENTER=jieba``
or ``use_backend("jieba")`` chooses jieba. The two give the same words; where their
part-of-speech tags differ the rjieba backend is normalised to jieba's (see ``_RJieba``).

Only jieba's own dictionary is used: no user dictionary, so that no word is there because
one page needed it. Checks that read a joint rely on grammar (parts of speech), not on a
term being known.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from math import log
from typing import Protocol

_array = array


class Segmenter(Protocol):
    name: str

    def cut(self, text: str) -> list[str]: ...

    def freq(self, word: str) -> int | None: ...

    def logprob(self, text: str) -> float | None: ...

    def tag(self, text: str, hmm: bool = False) -> list[tuple[str, str]]: ...


class _Jieba:
    name = "jieba"

    def __init__(self) -> None:
        import logging

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
    """rjieba (the Rust port: same dictionary, ready in about a tenth of jieba's start),
    normalised to read like jieba where the checks could see a difference.

    - ``cut`` is rjieba's own (the same words as jieba's HMM-free cut).
    - ``tag`` without the HMM gives jieba.posseg's words; only the flag of an all-digit
      token differs (rjieba ``m``, jieba ``eng``) and is set to jieba's. With the HMM the
      two guess unknown runs of characters differently (和惠达 vs 和|惠达; 3D as one
      token): those are left as rjieba reads them, except a three-character name that
      rjieba splits (刘展|超, see ``_names``); the backend-agreement test checks that the
      findings are the same.
    - ``freq`` and ``logprob`` come from jieba's own dictionary file, read through a sorted
      index cached on disk (see :class:`_FreqIndex`), with jieba's exact arithmetic.
    """

    name = "rjieba"

    def __init__(self) -> None:
        import rjieba  # type: ignore[import-not-found]

        self._rj = rjieba
        self._freq: _FreqIndex | None = None

    def cut(self, text: str) -> list[str]:
        return self._rj.cut(text, False)

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        return self._rj.tokenize(text, "default", False)

    def _index(self) -> _FreqIndex | None:
        if self._freq is None:
            try:
                self._freq = _FreqIndex.load()
            except (OSError, ImportError, ValueError):
                return None
        return self._freq

    def freq(self, word: str) -> int | None:
        index = self._index()
        return index.freq(word) if index is not None else None

    def logprob(self, text: str) -> float | None:
        index = self._index()
        return index.logprob(text) if index is not None else None

    def tag(self, text: str, hmm: bool = False) -> list[tuple[str, str]]:
        pairs = self._rj.tag(text, hmm)
        if hmm:
            return self._names(text, pairs)
        return [
            (w, "eng") if f == "m" and w.isascii() and w.isdigit() else (w, f) for w, f in pairs
        ]

    def _names(self, text: str, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """A common surname and two characters that no dictionary word covers, which
        rjieba's HMM splits 刘展|超 (nr + one character), read as one name as jieba's
        part-of-speech HMM reads it (刘展超 nr): a byline at a paragraph end is a name."""
        if not any(f == "nr" and len(w) == 2 and w[0] in _SURNAMES for w, f in pairs):
            return pairs
        singles = set()  # offsets the dictionary alone leaves as single characters
        pos = 0
        for w in self._rj.cut(text, False):
            if len(w) == 1:
                singles.add(pos)
            pos += len(w)
        out = []
        pos = i = 0
        while i < len(pairs):
            w, f = pairs[i]
            nxt = pairs[i + 1][0] if i + 1 < len(pairs) else ""
            if (
                f == "nr"
                and len(w) == 2
                and w[0] in _SURNAMES
                and len(nxt) == 1
                and "\u4e00" <= nxt <= "\u9fff"
                and {pos, pos + 1, pos + 2} <= singles
                and not self._rj.has_word(w + nxt)
            ):
                out.append((w + nxt, "nr"))
                pos, i = pos + 3, i + 2
                continue
            out.append((w, f))
            pos, i = pos + len(w), i + 1
        return out


# the most common Chinese surnames (about 85 % of the population)
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤"
)


class _Words:
    """The sorted words as a sequence over one string and an array of offsets: loads in a
    few milliseconds where a list of 350,000 strings takes ten times as long."""

    __slots__ = ("_blob", "_off", "_n")

    def __init__(self, blob: str, offsets: array) -> None:
        self._blob = blob
        self._off = offsets
        self._n = len(offsets) - 1

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: int) -> str:
        return self._blob[self._off[i] : self._off[i + 1]]


class _FreqIndex:
    """jieba's word frequencies without building jieba's prefix dictionary.

    The words of jieba's ``dict.txt`` sorted, and their frequencies in an array; built once
    from the file (about a second) and cached in the temporary directory as jieba caches
    its own, then loaded in a few milliseconds. A word is found by bisection; a prefix of a word is
    one the bisection lands in front of.
    ``logprob`` repeats jieba's ``get_DAG`` and ``calc`` over this index: the same words,
    the same float operations, so the same numbers as jieba's.
    """

    def __init__(self, words: _Words, freqs: array, total: int) -> None:
        self._words = words
        self._freqs = freqs
        self._n = len(freqs)
        self._logtotal = log(total)
        self._found: dict[str, tuple[int, bool]] = {}

    @classmethod
    def load(cls) -> _FreqIndex:
        import importlib.util
        import os
        import struct
        import tempfile

        spec = importlib.util.find_spec("jieba")
        if spec is None or not spec.submodule_search_locations:
            raise ImportError("jieba is not installed (its dictionary gives the frequencies)")
        path = os.path.join(list(spec.submodule_search_locations)[0], "dict.txt")
        st = os.stat(path)
        name = f"lint-news-jieba-freq-{st.st_size}-{int(st.st_mtime)}-{_INDEX_VERSION}.bin"
        cache = os.path.join(tempfile.gettempdir(), name)
        head = struct.Struct("<4sQQQQ")  # magic, bytes of the words, of offsets, of freqs, total
        try:  # plain bytes, checked on the way in: a cache file is data, never code
            with open(cache, "rb") as f:
                magic, nb, no, nf, total = head.unpack(f.read(head.size))
                raw_words, raw_off, raw_fr = f.read(nb), f.read(no), f.read(nf)
            if magic != b"LNF1" or (len(raw_words), len(raw_off), len(raw_fr)) != (nb, no, nf):
                raise ValueError("truncated or foreign cache file")
            offsets_c, freqs_c = _array("I", raw_off), _array("I", raw_fr)
            blob_c = raw_words.decode("utf-8")
            if len(offsets_c) != len(freqs_c) + 1 or offsets_c[-1] != len(blob_c):
                raise ValueError("inconsistent cache file")
            return cls(_Words(blob_c, offsets_c), freqs_c, total)
        except (OSError, ValueError, struct.error, UnicodeDecodeError):
            pass
        entries: dict[str, int] = {}
        total = 0
        with open(path, encoding="utf-8") as f:
            for line in f:
                word, freq = line.split(" ")[:2]
                entries[word] = int(freq)  # a later line wins, as in jieba
                total += int(freq)  # and every line counts in the total, as in jieba
        words = sorted(entries)
        freqs = _array("I", [entries[w] for w in words])
        offsets = _array("I", [0])
        pos = 0
        for w in words:
            pos += len(w)
            offsets.append(pos)
        blob = "".join(words)
        try:  # write to a private temporary file, then move it in place
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(cache), prefix=".lint-news-")
            with os.fdopen(fd, "wb") as f:
                raw = blob.encode("utf-8")
                n_off, n_fr = len(offsets) * offsets.itemsize, len(freqs) * freqs.itemsize
                f.write(head.pack(b"LNF1", len(raw), n_off, n_fr, total))
                f.write(raw)
                f.write(offsets.tobytes())
                f.write(freqs.tobytes())
            os.replace(tmp, cache)
        except OSError:
            pass
        return cls(_Words(blob, offsets), freqs, total)

    def _find(self, word: str) -> tuple[int, bool]:
        """(frequency of ``word`` (0 if not a word), whether some word starts with it)."""
        got = self._found.get(word)
        if got is None:
            i = bisect_left(self._words, word)
            if i == self._n:
                got = (0, False)
            else:
                w = self._words[i]
                got = (self._freqs[i], True) if w == word else (0, w.startswith(word))
            if len(self._found) >= 200_000:  # bounded: memory stays flat over any input
                self._found.clear()
            self._found[word] = got
        return got

    def freq(self, word: str) -> int:
        return self._find(word)[0]

    def logprob(self, text: str) -> float:
        """jieba's ``calc`` over jieba's ``get_DAG``: the log probability of the best reading."""
        n = len(text)
        freqs: dict[tuple[int, int], int] = {}
        dag: list[list[int]] = []
        for k in range(n):
            ends = []
            i = k
            while i < n:
                f, prefix = self._find(text[k : i + 1])
                if f:
                    ends.append(i)
                    freqs[k, i] = f
                if not prefix and not f:
                    break
                i += 1
            dag.append(ends or [k])
        logtotal = self._logtotal
        best = [0.0] * (n + 1)
        for idx in range(n - 1, -1, -1):
            best[idx] = max(
                (log(freqs.get((idx, x)) or 1) - logtotal + best[x + 1], x) for x in dag[idx]
            )[0]
        return best[0]


_INDEX_VERSION = 5


def _default_backend() -> str:
    """``LINT_NEWS_SEGMENTER`` if set, else rjieba where it is installed, else jieba."""
    import os

    name = os.environ.get("LINT_NEWS_SEGMENTER", "").strip().lower()
    if name:
        return name
    import importlib.util

    return "rjieba" if importlib.util.find_spec("rjieba") is not None else "jieba"


_BACKENDS = {"jieba": _Jieba, "rjieba": _RJieba}
_backend_name: str | None = None  # chosen at the first load
_segmenter: Segmenter | None = None


def use_backend(name: str | None) -> None:
    """Choose the segmenter ("jieba" or "rjieba"; None: the default again); takes effect
    at the next load."""
    global _backend_name, _segmenter
    if name is not None and name not in _BACKENDS:
        raise ValueError(f"unknown segmenter {name!r} (use {', '.join(_BACKENDS)})")
    if name is None or name != _backend_name:  # None: the environment is read again
        _backend_name = name
        _segmenter = None


def backend_name() -> str:
    """The name of the backend that is (or would be) loaded."""
    return _backend_name or _default_backend()


def segmenter() -> Segmenter:
    """The process-wide segmenter, loaded on first use."""
    global _segmenter
    if _segmenter is None:
        name = backend_name()
        if name not in _BACKENDS:
            from .config import ConfigError

            raise ConfigError(f"LINT_NEWS_SEGMENTER={name!r}: use {' or '.join(_BACKENDS)}")
        try:
            _segmenter = _BACKENDS[name]()
        except ImportError:
            if name == "jieba":
                raise
            _segmenter = _Jieba()  # the fallback: rjieba is not importable here
    return _segmenter


def is_loaded() -> bool:
    return _segmenter is not None


def cut(text: str) -> list[str]:
    """The words of ``text`` (dictionary words only, no guessed ones)."""
    return segmenter().cut(text) if text else []


def spans(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for every word of ``text``."""
    if not text:
        return []
    seg = segmenter()
    if isinstance(seg, _RJieba):
        return seg.spans(text)
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
