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

from collections.abc import Callable
from contextvars import ContextVar
from operator import itemgetter
from typing import Any, Protocol, TypeVar

# characters a process segments in Python (lint_news.dictseg) before it loads rjieba: about
# what rjieba's import costs (a short article needs a few hundred; a batch passes it soon)
PY_BUDGET = 20_000


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

    def lookup(self, word: str) -> tuple[int, bool] | None:
        f = self._tk.FREQ.get(word)  # (jieba keeps every prefix of a word, at frequency 0)
        return (f or 0, f is not None)

    def entry_test(self) -> Callable[[str], bool] | None:
        return self._tk.FREQ.__contains__  # (every prefix of a word is kept, at 0)

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
    """rjieba (the Rust port: same dictionary), normalised to read like jieba where the
    checks could see a difference, and answered without rjieba while the text is short.

    - Until a process has segmented ``PY_BUDGET`` characters, ``cut``, ``tag`` and
      ``spans`` come from :mod:`lint_news.dictseg`, which gives rjieba's words and tags
      from jieba's own files (a test checks it against rjieba) without rjieba's start (its
      import builds the whole dictionary, about twice the start of Python with click and
      YAML); after that, from rjieba itself, which is faster per character.
    - ``cut`` is rjieba's own (the same words as jieba's HMM-free cut).
    - ``tag`` without the HMM gives jieba.posseg's words; only the flag of an all-digit
      token differs (rjieba ``m``, jieba ``eng``) and is set to jieba's. With the HMM the
      two guess unknown runs of characters differently (和惠达 vs 和|惠达; 3D as one
      token): those are left as rjieba reads them, except a three-character name that
      rjieba splits (刘展|超, see ``_names``); the backend-agreement test checks that the
      findings are the same.
    - ``freq`` and ``logprob`` come from jieba's own dictionary file through
      :mod:`lint_news.dictseg`, with jieba's exact arithmetic.
    """

    name = "rjieba"

    def __init__(self) -> None:
        import importlib.util

        if importlib.util.find_spec("rjieba") is None:
            raise ImportError("rjieba is not installed")
        self._rj: Any = None
        self._dict: Any = None
        self._no_dict = False
        self._budget = PY_BUDGET

    def _dictionary(self) -> Any:
        if self._dict is None and not self._no_dict:
            from . import dictseg

            try:
                self._dict = dictseg.load()
            except (OSError, ImportError, ValueError):
                self._no_dict = True
            else:
                # (asked some thousand times a page: the dictionary's own methods, with no
                # call in between, from now on; the same answers as ``freq``/``lookup`` below)
                self.freq, self.lookup = self._dict.freq, self._dict.lookup  # type: ignore[method-assign]
        return self._dict

    def _py(self, text: str) -> Any:
        """The dictionary reading for ``text`` while the budget lasts, else None (rjieba)."""
        if self._rj is None:
            if len(text) <= self._budget:
                d = self._dictionary()
                if d is not None:
                    self._budget -= len(text)
                    return d
            import rjieba  # type: ignore[import-not-found]

            self._rj = rjieba
        return None

    def cut(self, text: str) -> list[str]:
        d = self._py(text)
        return d.cut(text, False) if d is not None else self._rj.cut(text, False)

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        if self._rj is not None:  # (``_py``'s answer once rjieba is loaded)
            return self._rj.tokenize(text, "default", False)  # type: ignore[no-any-return]
        d = self._py(text)
        if d is None:
            return self._rj.tokenize(text, "default", False)
        out = []
        pos = 0
        for w in d.cut(text, False):
            out.append((w, pos, pos + len(w)))
            pos += len(w)
        return out

    def has_word(self, word: str) -> bool:
        d = self._dictionary()
        return d.is_word(word) if d is not None else self._rj.has_word(word)

    def freq(self, word: str) -> int | None:
        d = self._dict if self._dict is not None else self._dictionary()
        return d.freq(word) if d is not None else None

    def lookup(self, word: str) -> tuple[int, bool] | None:
        d = self._dict if self._dict is not None else self._dictionary()
        if d is None:
            return None
        return d.lookup(word)

    def entry_test(self) -> Callable[[str], bool] | None:
        d = self._dictionary()
        return d.present.__getitem__ if d is not None else None  # (has_entry, in C)

    def logprob(self, text: str) -> float | None:
        d = self._dictionary()
        return d.logprob(text) if d is not None else None

    def join_logprobs(self, left: str, right: str) -> tuple[float, float, float] | None:
        """``logprob`` of ``left + right``, ``left`` and ``right`` (see dictseg), kept for
        the document in a ``remembering`` block (a process that lints one page again and
        again would otherwise find them all), else for the process."""
        d = self._dict if self._dict is not None else self._dictionary()
        if d is None:
            return None
        block = _MEMO.get()
        if block is None:
            return d.join_logprobs(left, right)
        kept = block.get("logprob_kept")  # (the three memos below, named once per block)
        if kept is None:
            kept = block["logprob_kept"] = (
                memo("logprob_text"),
                memo("logprob_suffixes"),
                memo("logprob_lefts"),
            )
        return d.join_logprobs(left, right, kept)  # type: ignore[arg-type]

    def tag(self, text: str, hmm: bool = False) -> list[tuple[str, str]]:
        if self._rj is not None:  # (``_py``'s answer once rjieba is loaded)
            pairs = self._rj.tag(text, hmm)
        else:
            d = self._py(text)
            pairs = d.tag(text, hmm) if d is not None else self._rj.tag(text, hmm)
        if hmm:
            return self._names(text, pairs)
        if "m" not in map(itemgetter(1), pairs):
            return pairs  # (a new list of each call's own: no figure to tag as jieba does)
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
        for w in self.cut(text):
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
                and not self.has_word(w + nxt)
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
    return (_segmenter if _segmenter is not None else segmenter()).freq(word)


def lookup(word: str) -> tuple[int, bool] | None:
    """(the dictionary frequency of ``word``, 0 when unknown; whether some dictionary word
    starts with it), or None when the backend has no frequency table."""
    return segmenter().lookup(word)


def entry_test() -> Callable[[str], bool] | None:
    """A test of whether a text is a dictionary word or the beginning of one (what
    ``lookup(word)`` says with a frequency above 0 or a word starting with it), or None
    when the backend has no frequency table."""
    return segmenter().entry_test()  # type: ignore[attr-defined]


def join_gain(left: str, right: str) -> float | None:
    """How much better ``left + right`` reads as one text than the two apart: the log
    probability of the segmenter's best reading of the joined text minus those of the two
    halves (jieba's unigram word frequencies). About 0 when the joint falls between two
    words; positive when a likely word spans it (培|训); negative when it only makes a rare
    one. None when the backend has no frequencies."""
    if not left or not right:
        return 0.0
    block = _MEMO.get()  # (``remembered("join_gain", _join_gain, left, right)`` written out)
    if block is None:
        return _join_gain(left, right)
    kept = block.get("join_gain")
    if kept is None:
        kept = block["join_gain"] = {}
    key = (left, right)
    got = kept.get(key, kept)
    if got is not kept:
        return got  # type: ignore[no-any-return]
    seg = _segmenter if _segmenter is not None else segmenter()
    d = seg._dict if type(seg) is _RJieba else None  # type: ignore[attr-defined]
    if d is None:
        got = kept[key] = _join_gain(left, right)
        return got
    # (``_join_gain`` written out for rjieba's loaded dictionary, with ``join_logprobs``'
    # memos of this block: the same three floats, the same difference)
    logs = block.get("logprob_kept")
    if logs is None:
        logs = block["logprob_kept"] = (
            memo("logprob_text"),
            memo("logprob_suffixes"),
            memo("logprob_lefts"),
        )
    joined, a, b = d.join_logprobs(left, right, logs)
    got = kept[key] = joined - a - b
    return got


def _join_gain(left: str, right: str) -> float | None:
    seg = _segmenter if _segmenter is not None else segmenter()
    # (a break's end and a candidate's start meet many others: rjieba's dictionary reading
    # keeps each text's answer already and reads the joined text on from the start's, jieba's
    # is kept here)
    if isinstance(seg, _RJieba):
        got = seg.join_logprobs(left, right)
        if got is None:
            return None
        joined, a, b = got
    else:
        joined = seg.logprob(left + right)
        a = remembered("logprob", seg.logprob, left)
        b = remembered("logprob", seg.logprob, right)
    if joined is None or a is None or b is None:
        return None
    return joined - a - b


def tag(text: str, hmm: bool = False) -> list[tuple[str, str]]:
    """(word, part-of-speech flag) for every word of ``text`` (jieba's ICTCLAS-style flags).

    ``hmm`` lets jieba guess words missing from its dictionary (names, new terms); keep it
    off where a guessed word could bridge a paragraph break. Inside ``remembering`` each
    text is tagged once and the same list is returned again: do not change it.
    """
    if not text:
        return []
    block = _MEMO.get()  # (``remembered("tag", _tag, text, hmm)`` written out)
    if block is None:
        return _tag(text, hmm)
    kept = block.get("tag")
    if kept is None:
        kept = block["tag"] = {}
    key = (text, hmm)
    got = kept.get(key)  # (a list, never None)
    if got is None:
        got = kept[key] = (_segmenter if _segmenter is not None else segmenter()).tag(text, hmm)
    return got  # type: ignore[no-any-return]


def _tag(text: str, hmm: bool) -> list[tuple[str, str]]:
    return segmenter().tag(text, hmm)


_T = TypeVar("_T")

_MEMO: ContextVar[dict[str, dict[Any, Any]] | None] = ContextVar("lint_news_memo", default=None)


class remembering:  # (lower case: used as a function, ``with words.remembering():``)
    """Within the block (one document's analysis), ``tag`` answers each text once, and
    ``memo`` keeps callers' own answers: a paragraph's first words are asked for by several
    pieces of evidence, a break's last words by each of its candidates. Nested blocks share
    the outermost one's answers; each thread (or context) has its own. (A class, not a
    generator: entered once per document, it should cost next to nothing.)"""

    __slots__ = ("_token",)

    def __enter__(self) -> None:
        self._token = _MEMO.set({}) if _MEMO.get() is None else None

    def __exit__(self, *exc: object) -> None:
        if self._token is not None:
            _MEMO.reset(self._token)


def remembered(name: str, compute: Callable[..., _T], *args: Any) -> _T:
    """``compute(*args)``, kept under ``name`` and ``args`` in the current ``remembering``
    block (asked again, the same answer without computing it; None is an answer too), or
    computed each time outside one."""
    block = _MEMO.get()  # (``memo(name)`` written out: asked some thousand times a page)
    if block is None:
        return compute(*args)
    kept = block.get(name)
    if kept is None:
        kept = block[name] = {}
    got = kept.get(args, kept)
    if got is kept:
        got = kept[args] = compute(*args)
    return got


def memo(name: str) -> dict[Any, Any] | None:
    """The answers kept under ``name`` in the current ``remembering`` block (a dict the
    caller fills), or None outside one."""
    kept = _MEMO.get()
    if kept is None:
        return None
    got = kept.get(name)
    if got is None:
        got = kept[name] = {}
    return got


def crossing(left: str, right: str) -> tuple[str, int] | None:
    """A word that the segmenter reads across the boundary of ``left`` + ``right``.

    Returns (word, chars of it on the left side), or None when the boundary falls
    between two words.
    """
    if not left or not right:
        return None
    return remembered("crossing", _crossing, left, right)


def _crossing(left: str, right: str) -> tuple[str, int] | None:
    b = len(left)
    for w, s, e in spans(left + right):
        if s < b < e:
            return w, b - s
        if s >= b:
            break
    return None
