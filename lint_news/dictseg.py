"""jieba's dictionary and models as flat arrays: rjieba's words and tags without rjieba.

rjieba (jieba-rs) builds its whole dictionary at import, about twice the start of Python
with click and YAML. Most articles need a few short windows segmented, so this module
answers them from jieba's own files (``dict.txt``, the ``finalseg`` and ``posseg`` models)
with jieba-rs' algorithms, step by step:

- ``cut``: the text in blocks of CJK, ASCII letters, digits and ``+#&._%-``; in a block the
  most probable route over the dictionary words (jieba-rs' ``calc``: the same float
  operations, a tie goes to the longer word); runs of ASCII letters and digits kept
  together; with ``hmm`` a run of single characters that is no word is cut by the BEMS
  model (jieba's ``finalseg``, at jieba-rs' six decimals);
- ``tag``: a dictionary word gets its dictionary tag; another word ``m`` (ASCII digits),
  ``eng`` (other ASCII letters or digits), the tag of jieba's character-level POS model
  (``posseg``, as jieba-rs guesses a word it does not know) or ``x``.

The agreement with rjieba is a test (tests/test_dictseg.py) over own sentences and, where
present, the corpora. The arrays are built once from the files (a few seconds) and kept in
the temporary directory as plain bytes checked on the way in (magic, version, sizes and a
CRC of the header), then mapped, not read: ready in well under a millisecond. A word is
found through an open-addressing hash table keyed by CRC-32 of its UTF-8 bytes; every
prefix of a word is an entry too (frequency 0), so the dictionary's prefix walk is a
look-up per character.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from math import log
from typing import Any
from zlib import crc32

from .patterns import lazy, write_private

_VERSION = 1
_MAGIC = b"lint-news jieba dictionary\n"
MIN_FLOAT = -3.14e100

# jieba-rs' classes of characters
_CJK = (
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002a6df\U0002a700-\U0002b73f"
    "\U0002b740-\U0002b81f\U0002b820-\U0002ceaf\U0002ceb0-\U0002ebef\U0002f800-\U0002fa1f"
)
# (compiled on first use through the start-up cache: the astral ranges make the class slow
# to compile, about 20 ms)
_HAN_DEFAULT = lazy(f"[{_CJK}a-zA-Z0-9+#&._%\\-]+")
_HMM_HAN = lazy("[\u4e00-\u9fd5]+")
_HMM_SKIP = lazy(r"[a-zA-Z0-9]+(?:[._\-][a-zA-Z0-9]+)*%?")
_IS_CJK = lazy(f"[{_CJK}]")

# finalseg states, in jieba-rs' order: B E M S; the states that may precede each, in the
# order in which a tie is decided (the first wins: rjieba 0.2.2 reads so, see the tests)
_B, _E, _M, _S = 0, 1, 2, 3
_PREV = ((_S, _E), (_M, _B), (_M, _B), (_S, _E))

_HEAD = "<QQQQQQQQQQQQQQQQQ"  # see _SECTIONS
_SECTIONS = (
    "words",  # UTF-8 of every entry's key, entry after entry (a word, or a prefix of one)
    "off",  # uint32: byte offset of each entry's key in ``words``, and the end
    "freq",  # uint32 per entry: the word's frequency (jieba-rs' value), 0 for a prefix only
    "tag",  # uint8 per entry: index into ``tags``
    "table",  # uint32 slots: entry + 1, 0 empty; slot = CRC-32 of the key & (size - 1)
    "tags",  # UTF-8, tags separated by spaces
    "hmm_chars",  # UTF-32-LE: the characters of the BEMS model's emissions, sorted
    "hmm_emit",  # double per character and state (B E M S), MIN_FLOAT when missing
    "pos_tags",  # UTF-8, the POS model's 64 tags separated by spaces
    "pos_start",  # double per state (position * 64 + tag)
    "pos_trans",  # double per pair of states
    "cs_chars",  # UTF-32-LE: characters that have a list of possible states, sorted
    "cs_off",  # uint32 offsets into cs_states
    "cs_states",  # uint16 states
    "em_chars",  # UTF-32-LE: characters that have emissions, sorted
    "em_off",  # uint32 offsets into em_state / em_prob
    "em_state",  # uint16
)
_EXTRA = ("em_prob",)  # double, same length as em_state


# the suffix values of an empty right half: ``_joined_value`` over a left half alone is
# ``_best``'s value of it (the same sums, from 0.0 at its end)
_NO_TAIL = (0.0,)

# a position of a text that is the left half of a joint (``Dictionary._steps``): where it
# is, the words that start there and end in the text, and the rest of the text from there
# when a word may run on across the joint
_Step = tuple[int, list[tuple[float, int]], str | None]


class _Present(dict):
    """text -> whether it is a word or the prefix of one (``Dictionary.has_entry``): a text
    not asked before is looked up and kept, so that a known one costs a dict look-up in C."""

    __slots__ = ("_entry",)

    def __init__(self, entry: Any) -> None:
        super().__init__()
        self._entry = entry

    def __missing__(self, key: str) -> bool:
        got = self._entry(key) >= 0
        if len(self) >= 200_000:  # bounded: memory stays flat over any input
            self.clear()
        self[key] = got
        return got


class Dictionary:
    """jieba's dictionary and models, read from the mapped cache (see the module doc)."""

    def __init__(self, sec: dict[str, Any], totals: tuple[int, int]) -> None:
        self._words = sec["words"]
        self._off = sec["off"]
        self._freq = sec["freq"]
        self._tagi = sec["tag"]
        self._table = sec["table"]
        self._mask = len(self._table) - 1
        self.tags = bytes(sec["tags"]).decode("utf-8").split(" ")
        self._sec = sec
        jieba_total, rs_total = totals
        self._logtotal_jieba = log(jieba_total)  # jieba's: every line counts
        self._logtotal = log(rs_total)  # jieba-rs': every word once
        self._hmm: tuple[str, Any] | None = None
        self._pos: dict[str, Any] | None = None
        self._found: dict[str, int] = {}
        # text -> what jieba's get_DAG walk reads of it (``_words_at``): a word's
        # log(freq) - log(total), True for the prefix of a word only, False for no entry
        self._weights: dict[str, float | bool] = {}
        # has_entry's answers, asked as a dict (``entry_test``: a look-up in C, no call)
        self.present = _Present(self.entry)
        self._logprobs: dict[str, float] = {}
        self._suffixes: dict[str, list[float]] = {}  # text -> logprob of each suffix, and 0.0
        self._lefts: dict[str, Any] = {}  # text -> its words from each position (join_logprobs)
        self._blocks: dict[str, list[str]] = {}  # block -> its words (cut without hmm)
        self._blocks_hmm: dict[str, list[str]] = {}  # (with hmm)

    # -- look-up --------------------------------------------------------------------------

    def entry(self, key: str) -> int:
        """The entry of ``key`` (a word or a prefix of one), or -1."""
        found = self._found
        got = found.get(key)
        if got is not None:
            return got
        if len(key) > 1 and found.get(key[:-1]) == -1:
            # every prefix of a word is an entry: no word starts with ``key`` either (the
            # checks ask for a window growing by one character at a time)
            if len(found) >= 200_000:
                found.clear()
            found[key] = -1
            return -1
        b = key.encode("utf-8")
        n = len(b)
        table, off, words, mask = self._table, self._off, self._words, self._mask
        h = crc32(b) & mask
        got = -1
        while True:
            e = table[h]
            if not e:
                break
            e -= 1
            o = off[e]
            if off[e + 1] - o == n and words[o : o + n] == b:
                got = e
                break
            h = (h + 1) & mask
        if len(self._found) >= 200_000:  # bounded: memory stays flat over any input
            self._found.clear()
        self._found[key] = got
        return got

    def has_entry(self, key: str) -> bool:
        """Is ``key`` a word or the prefix of one?"""
        got = self._found.get(key)
        return (got if got is not None else self.entry(key)) >= 0

    def freq(self, word: str) -> int:
        e = self.entry(word)
        return self._freq[e] if e >= 0 else 0

    def lookup(self, key: str) -> tuple[int, bool]:
        """(the frequency of ``key``, 0 when it is no word; whether it is an entry: a word
        or the prefix of one), with one look-up."""
        e = self.entry(key)
        return (self._freq[e], True) if e >= 0 else (0, False)

    def is_word(self, word: str) -> bool:
        e = self.entry(word)
        return e >= 0 and self._freq[e] > 0

    def word_tag(self, word: str) -> str | None:
        e = self.entry(word)
        return self.tags[self._tagi[e]] if e >= 0 and self._freq[e] > 0 else None

    def _edges(self, text: str, k: int) -> list[tuple[int, int]]:
        """(end, frequency) of every dictionary word that starts at ``k``."""
        out = []
        n = len(text)
        j = k + 1
        freq = self._freq
        while j <= n:
            e = self.entry(text[k:j])
            if e < 0:
                break
            f = freq[e]
            if f:
                out.append((j, f))
            j += 1
        return out

    # -- jieba's log probability (for join_gain) --------------------------------------------

    def logprob(self, text: str) -> float:
        """jieba's ``calc`` over jieba's ``get_DAG``: the log probability of the best reading."""
        got = self._logprobs.get(text)  # the truncation checks ask for one paragraph end many times
        if got is not None:
            return got
        return self._best(text, self._logprobs, self._suffixes)

    def join_logprobs(
        self,
        left: str,
        right: str,
        kept: tuple[dict[str, float], dict[str, list[float]], dict[str, Any]] | None = None,
    ) -> tuple[float, float, float]:
        """``logprob`` of ``left + right``, of ``left`` and of ``right``, the same floats.

        The best reading of every suffix of the joined text that starts in ``right`` is that
        suffix's own (no word of it reaches back), so the joined text's reading is worked out
        from ``right``'s suffixes on, over ``left``'s positions only, with the words of
        ``left`` found once (a paragraph end meets many starts and a start many ends).
        ``kept``: where to keep the answers (text -> log probability, text -> that of each
        suffix, end -> its words), e.g. one document's; by default the dictionary's own,
        kept for the process."""
        if kept is not None:
            memo, suffixes, lefts = kept
        else:
            memo, suffixes, lefts = self._logprobs, self._suffixes, self._lefts
        a = memo.get(left)
        steps = None
        if a is None:
            # (``left``'s own value from its words, found once for the joints below too:
            # ``_best(left)``'s sums, read off the steps instead of looked up again)
            steps = lefts.get(left)
            if steps is None:
                steps = self._left_steps(left, lefts)
            a = self._joined_value(steps, len(left), "", _NO_TAIL)
            if len(memo) >= 20_000:  # bounded: memory stays flat over any input
                memo.clear()
            memo[left] = a
        tail = suffixes.get(right)
        if tail is None:
            b = self._best(right, memo, suffixes)
            tail = suffixes[right]
        else:
            b = tail[0]
        joined = left + right
        j = memo.get(joined)
        if j is None:
            if steps is None:
                steps = lefts.get(left)
                if steps is None:
                    steps = self._left_steps(left, lefts)
            j = self._joined_value(steps, len(left), right, tail)
            if len(memo) >= 20_000:
                memo.clear()
            memo[joined] = j
        return j, a, b

    def _left_steps(self, left: str, lefts: dict[str, Any]) -> tuple[_Step, ...]:
        """``_steps(left)``, kept in ``lefts``."""
        steps = self._steps(left)
        if len(lefts) >= 5_000:  # bounded: memory stays flat over any input
            lefts.clear()
        lefts[left] = steps
        return steps

    def _steps(self, left: str) -> tuple[_Step, ...]:
        """``left``'s positions from its last to its first, each with the dictionary words
        that start there and end in ``left`` ((log(freq) - log(total), end): ``_words_at``)
        and, where a word may run on past ``left``'s end, the rest of ``left`` from there
        (the start of every key ``_joined_value`` looks up across the joint)."""
        out = []
        for idx in range(len(left) - 1, -1, -1):  # (last first: the order the sums run in)
            ws: list[tuple[float, int]] = []
            runs_on = self._words_at(left, idx, idx + 1, ws)
            out.append((idx, ws, left[idx:] if runs_on else None))
        return tuple(out)

    def _joined_value(
        self,
        steps: tuple[_Step, ...],
        n_left: int,
        right: str,
        tail: Sequence[float],
    ) -> float:
        """jieba's ``calc`` over ``left + right`` from ``right``'s suffix values (``tail``)
        and ``left``'s ``_steps``: at each position of ``left``, the best of a word's
        log(freq) - log(total) plus the value of the suffix after it, over the words that
        start there (jieba's get_DAG; a position with none reads one character), the words
        across the joint looked up from the rest of ``left`` and the start of ``right``;
        only the whole text's value is kept."""
        log1 = log(1) - self._logtotal_jieba
        best = [0.0] * n_left
        best.append(tail[0])
        weights = self._weights
        n_right = len(right)
        for idx, ws, rest in steps:
            v = None
            for w, x in ws:
                c = w + best[x]
                if v is None or c > v:
                    v = c
            if rest is not None:  # the words that start in left and end in right
                m = 1
                while m <= n_right:
                    key = rest + right[:m]
                    w = weights.get(key)
                    if w is None:
                        w = self._weight(key)
                    if w is False:
                        break
                    if w is not True:
                        c = w + tail[m]
                        if v is None or c > v:
                            v = c
                    m += 1
            best[idx] = v if v is not None else log1 + best[idx + 1]
        return best[0]

    def _words_at(self, text: str, k: int, j: int, out: list[tuple[float, int]]) -> bool:
        """Append to ``out`` (log(freq) - log(total), end) of every dictionary word of
        ``text`` that starts at ``k`` and ends at ``j`` or later (jieba's get_DAG from ``k``);
        True when the scan reaches the text's end (the rest of ``text`` from ``k`` is still
        a word or the beginning of one: a word may run on past it)."""
        n = len(text)
        weights = self._weights
        while j <= n:
            w = weights.get(text[k:j])  # (the look-up and its log, kept per text)
            if w is None:
                w = self._weight(text[k:j])
            if w is False:
                return False
            if w is not True:
                out.append((w, j))
            j += 1
        return True

    def _weight(self, key: str) -> float | bool:
        """What ``_words_at`` reads of ``key``: log(freq) - log(total) (jieba's) of a word,
        True for the prefix of a word only, False when no word starts with it; kept."""
        e = self.entry(key)
        if e < 0:
            w: float | bool = False
        else:
            f = self._freq[e]
            w = log(f) - self._logtotal_jieba if f else True
        weights = self._weights
        if len(weights) >= 200_000:  # bounded: memory stays flat over any input
            weights.clear()
        weights[key] = w
        return w

    def _best(self, text: str, memo: dict[str, float], suffixes: dict[str, list[float]]) -> float:
        """jieba's ``calc`` over ``text``; keeps the answer in ``memo`` and that of each
        suffix in ``suffixes``. (``_joined_value``'s sums with the whole text as the left
        part and an empty right part worth 0, each position's words read as they are added
        up, the same sums in the same order.)"""
        log1 = log(1) - self._logtotal_jieba
        n = len(text)
        best = [0.0] * (n + 1)
        weights = self._weights
        for idx in range(n - 1, -1, -1):
            v = None
            j = idx + 1
            while j <= n:
                key = text[idx:j]
                w = weights.get(key)
                if w is None:
                    w = self._weight(key)
                if w is False:
                    break
                if w is not True:
                    c = w + best[j]
                    if v is None or c > v:
                        v = c
                j += 1
            best[idx] = v if v is not None else log1 + best[idx + 1]
        if len(memo) >= 20_000:  # bounded: memory stays flat over any input
            memo.clear()
        memo[text] = best[0]
        if len(suffixes) >= 5_000:
            suffixes.clear()
        suffixes[text] = best
        return best[0]

    # -- jieba-rs' cut ----------------------------------------------------------------------

    def _route(self, block: str) -> list[int]:
        """jieba-rs' ``calc``: the end of the best word from each position."""
        n = len(block)
        logtotal = self._logtotal
        log1 = 0.0 - logtotal
        best = [0.0] * (n + 1)
        ends = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            edges = self._edges(block, k)
            if edges:
                v, j = max((log(f) - logtotal + best[j], j) for j, f in edges)
            else:
                v, j = log1 + best[k + 1], k + 1
            best[k] = v
            ends[k] = j
        return ends

    def _cut_block(self, block: str, hmm: bool, out: list[str]) -> None:
        # the checks segment overlapping windows of one paragraph: about half the blocks of
        # a page come again
        memo = self._blocks_hmm if hmm else self._blocks
        got = memo.get(block)
        if got is None:
            got = []
            self._cut_block_anew(block, hmm, got)
            if len(memo) >= 20_000:  # bounded: memory stays flat over any input
                memo.clear()
            memo[block] = got
        out.extend(got)

    def _cut_block_anew(self, block: str, hmm: bool, out: list[str]) -> None:
        ends = self._route(block)
        n = len(block)
        x = 0
        left = -1
        while x < n:
            y = ends[x]
            w = block[x:y]
            if y - x == 1 and (hmm or (w.isascii() and w.isalnum())):
                if left < 0:
                    left = x
            else:
                if left >= 0:
                    self._flush(block[left:x], hmm, out)
                    left = -1
                out.append(w)
            x = y
        if left >= 0:
            self._flush(block[left:], hmm, out)

    def _flush(self, buf: str, hmm: bool, out: list[str]) -> None:
        if not hmm or len(buf) == 1:
            out.append(buf)
        elif not self.is_word(buf):
            self._hmm_cut(buf, out)
        else:
            out.extend(buf)

    def cut(self, text: str, hmm: bool = False) -> list[str]:
        out: list[str] = []
        pos = 0
        for m in _HAN_DEFAULT.finditer(text):
            if m.start() > pos:
                _singles(text[pos : m.start()], out)
            self._cut_block(m.group(), hmm, out)
            pos = m.end()
        if pos < len(text):
            _singles(text[pos:], out)
        return out

    # -- the BEMS model -------------------------------------------------------------------

    def _hmm_tables(self) -> tuple[str, Any]:
        if self._hmm is None:
            chars = bytes(self._sec["hmm_chars"]).decode("utf-32-le")
            self._hmm = (chars, self._sec["hmm_emit"])
        return self._hmm

    def _hmm_cut(self, text: str, out: list[str]) -> None:
        pos = 0
        for m in _HMM_HAN.finditer(text):
            if m.start() > pos:
                _skip_split(text[pos : m.start()], out)
            run = m.group()
            if len(run) > 1:
                self._viterbi_cut(run, out)
            else:
                out.append(run)
            pos = m.end()
        if pos < len(text):
            _skip_split(text[pos:], out)

    def _viterbi_cut(self, text: str, out: list[str]) -> None:
        from bisect import bisect_left

        chars, emit = self._hmm_tables()
        nchars = len(chars)

        def em(ch: str) -> tuple[float, float, float, float]:
            i = bisect_left(chars, ch)
            if i < nchars and chars[i] == ch:
                return emit[4 * i], emit[4 * i + 1], emit[4 * i + 2], emit[4 * i + 3]
            return MIN_FLOAT, MIN_FLOAT, MIN_FLOAT, MIN_FLOAT

        e0 = em(text[0])
        v = [_HMM_START[s] + e0[s] for s in range(4)]
        back: list[tuple[int, int, int, int]] = []
        for ch in text[1:]:
            e = em(ch)
            nv = [0.0] * 4
            nb = [0, 0, 0, 0]
            for y in (_B, _M, _E, _S):
                best, arg = None, 0
                for y0 in _PREV[y]:
                    p = v[y0] + _HMM_TRANS[y0][y] + e[y]
                    if best is None or p > best:
                        best, arg = p, y0
                nv[y] = best  # type: ignore[assignment]
                nb[y] = arg
            v = nv
            back.append((nb[0], nb[1], nb[2], nb[3]))
        state = _S if v[_S] >= v[_E] else _E
        path = [state]
        for b in reversed(back):
            state = b[state]
            path.append(state)
        path.reverse()
        begin = nxt = 0
        for i, s in enumerate(path):
            if s == _B:
                begin = i
            elif s == _E:
                out.append(text[begin : i + 1])
                nxt = i + 1
            elif s == _S:
                out.append(text[i])
                nxt = i + 1
        if nxt < len(text):
            out.append(text[nxt:])

    # -- tags -------------------------------------------------------------------------------

    def tag(self, text: str, hmm: bool = False) -> list[tuple[str, str]]:
        out = []
        for w in self.cut(text, hmm):
            t = self.word_tag(w)
            out.append((w, t if t is not None else self.guess_tag(w)))
        return out

    def guess_tag(self, word: str) -> str:
        eng = digits = 0
        for c in word:
            if c.isascii() and c.isalnum():
                eng += 1
                digits += c.isdigit()
        if eng:
            return "m" if eng == digits else "eng"
        if _IS_CJK.search(word):
            got = self.pos_cut(word)
            if len(got) == 1:
                return got[0][1]
            if got:
                best = got[0]
                for g in got:  # the longest in UTF-8, the last of equals (max_by_key)
                    if len(g[0].encode("utf-8")) >= len(best[0].encode("utf-8")):
                        best = g
                return best[1]
        return "x"

    def _pos_tables(self) -> dict[str, Any]:
        if self._pos is None:
            s = self._sec
            self._pos = {
                "tags": bytes(s["pos_tags"]).decode("utf-8").split(" "),
                "start": s["pos_start"],
                "trans": s["pos_trans"],
                "cs_chars": bytes(s["cs_chars"]).decode("utf-32-le"),
                "cs_off": s["cs_off"],
                "cs_states": s["cs_states"],
                "em_chars": bytes(s["em_chars"]).decode("utf-32-le"),
                "em_off": s["em_off"],
                "em_state": s["em_state"],
                "em_prob": s["em_prob"],
            }
        return self._pos

    def pos_state_probs(self, a: tuple[str, str], b: tuple[str, str]) -> tuple[float, float] | None:
        """jieba's part-of-speech model for two states (position in word B/M/E/S, tag): the
        log probability that ``b`` starts a text and that ``b`` follows ``a`` (``MIN_FLOAT``
        where the model has none); None when either state is not in the model."""
        p = self._pos_tables()
        pairs = p.get("pairs")
        if pairs is None:
            pairs = p["pairs"] = {}
        got = pairs.get((a, b), pairs)  # (a few hundred pairs of states: asked once per pair)
        if got is not pairs:
            return got
        index = p.get("index")
        if index is None:
            index = p["index"] = {t: i for i, t in enumerate(p["tags"])}
        posi = "BMES"
        if a[0] not in posi or b[0] not in posi or a[1] not in index or b[1] not in index:
            got = None
        else:
            n = len(p["tags"])
            sa = posi.index(a[0]) * n + index[a[1]]
            sb = posi.index(b[0]) * n + index[b[1]]
            got = p["start"][sb], p["trans"][sa * 4 * n + sb]
        if len(pairs) < 100_000:  # (bounded: 4 positions x 64 tags, squared, at most)
            pairs[a, b] = got
        return got

    def pos_cut(self, text: str) -> list[tuple[str, str]]:
        """jieba-rs' ``posseg::cut_with_pos``: words and tags by the character-level model."""
        from bisect import bisect_left

        P = self._pos_tables()
        ntags = len(P["tags"])
        nstates = 4 * ntags
        start, trans = P["start"], P["trans"]
        everything = list(range(nstates))

        def states(ch: str) -> list[int]:
            cs = P["cs_chars"]
            i = bisect_left(cs, ch)
            if i < len(cs) and cs[i] == ch:
                return list(P["cs_states"][P["cs_off"][i] : P["cs_off"][i + 1]])
            return everything

        def emits(ch: str) -> dict[int, float]:
            ec = P["em_chars"]
            i = bisect_left(ec, ch)
            if i < len(ec) and ec[i] == ch:
                a, b = P["em_off"][i], P["em_off"][i + 1]
                return dict(zip(P["em_state"][a:b], P["em_prob"][a:b], strict=True))
            return {}

        tags = P["tags"]
        n = len(text)
        if n == 0:
            return []
        if n == 1:
            em = emits(text)
            best = None
            for s in states(text):
                if s // ntags != 3:
                    continue
                p = start[s] + em.get(s, MIN_FLOAT)
                if p > MIN_FLOAT and (best is None or p >= best[0]):
                    best = (p, s)
            return [(text, tags[best[1] % ntags] if best else "x")]
        prev_states = states(text[0])
        em = emits(text[0])
        scores = {s: start[s] + em.get(s, MIN_FLOAT) for s in prev_states}
        back: list[dict[int, int]] = []
        for t in range(1, n):
            cur_states = states(text[t])
            em = emits(text[t])
            cur: dict[int, float] = {}
            bp: dict[int, int] = {}
            for s in cur_states:
                e = em.get(s, MIN_FLOAT)
                best_p, best_s = MIN_FLOAT, -1
                row = s
                for ps in prev_states:
                    pv = scores.get(ps, MIN_FLOAT)
                    if pv <= MIN_FLOAT:
                        continue
                    tp = trans[ps * nstates + row]
                    if tp <= MIN_FLOAT:
                        continue
                    p = pv + tp + e
                    if p > best_p:
                        best_p, best_s = p, ps
                cur[s] = best_p
                bp[s] = best_s
            scores = cur
            prev_states = cur_states
            back.append(bp)
        best_p, last = MIN_FLOAT, -1
        for s in range(nstates):
            if s // ntags in (2, 3):
                p = scores.get(s, MIN_FLOAT)
                if p > best_p:
                    best_p, last = p, s
        if last < 0 or best_p <= MIN_FLOAT:
            return [(text, "x")]
        path = [last]
        for t in range(n - 1, 0, -1):
            b = back[t - 1].get(path[-1], -1)
            if b < 0:
                return [(text, "x")]
            path.append(b)
        path.reverse()
        out = []
        begin = 0
        for t, s in enumerate(path):
            pos, tg = divmod(s, ntags)
            if pos == 0:
                begin = t
            elif pos == 2:
                out.append((text[begin : t + 1], tags[tg]))
            elif pos == 3:
                out.append((text[t], tags[tg]))
        if not out:
            return [(text, "x")]
        end = _last_end(path, ntags)  # an unfinished B…M run at the end is one word, x
        if end < n:
            out.append((text[end:], "x"))
        return out


def _last_end(path: list[int], ntags: int) -> int:
    end = 0
    for t, s in enumerate(path):
        if s // ntags in (2, 3):
            end = t + 1
    return end


def _singles(text: str, out: list[str]) -> None:
    """Outside the blocks every character is a word, but CR LF is one."""
    i, n = 0, len(text)
    while i < n:
        if text[i] == "\r" and i + 1 < n and text[i + 1] == "\n":
            out.append("\r\n")
            i += 2
        else:
            out.append(text[i])
            i += 1


def _skip_split(text: str, out: list[str]) -> None:
    pos = 0
    for m in _HMM_SKIP.finditer(text):
        if m.start() > pos:
            out.append(text[pos : m.start()])
        if m.group():
            out.append(m.group())
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:])


# jieba's finalseg start and transition log probabilities (B E M S), as jieba-rs has them
_HMM_START = (-0.26268660809250016, MIN_FLOAT, MIN_FLOAT, -1.4652633398537678)
_HMM_TRANS = (
    (MIN_FLOAT, -0.510825623765990, -0.916290731874155, MIN_FLOAT),
    (-0.5897149736854513, MIN_FLOAT, MIN_FLOAT, -0.8085250474669937),
    (MIN_FLOAT, -0.33344856811948514, -1.2603623820268226, MIN_FLOAT),
    (-0.7211965654669841, MIN_FLOAT, MIN_FLOAT, -0.6658631448798212),
)


# -- building and loading the cache ------------------------------------------------------


def _jieba_dir() -> str:
    import importlib.util
    import os

    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("jieba is not installed (its dictionary and models are used)")
    return os.path.join(list(spec.submodule_search_locations)[0])


def _cache_path(jdir: str) -> str:
    import os

    from .patterns import cache_dir

    st = os.stat(os.path.join(jdir, "dict.txt"))
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return os.path.join(
        cache_dir(),
        f"lint-news-jieba-dict-{uid}-{st.st_size}-{int(st.st_mtime)}-{_VERSION}.bin",
    )


def _build(jdir: str) -> bytes:
    """The cache file's bytes, from jieba's dictionary and models."""
    import os
    import struct

    words: dict[str, tuple[int, str]] = {}
    jieba_total = 0
    with open(os.path.join(jdir, "dict.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                continue
            w = parts[0]
            fr = int(parts[1]) if len(parts) > 1 else 0
            tg = parts[2] if len(parts) > 2 else ""
            jieba_total += fr  # jieba counts every line
            if w in words:
                words[w] = (fr, words[w][1])  # jieba-rs: a later line sets the frequency
            else:
                words[w] = (fr, tg)
    rs_total = sum(fr for fr, _ in words.values())
    tags = sorted({tg for _, tg in words.values()})
    tag_index = {t: i for i, t in enumerate(tags)}
    keys: dict[str, tuple[int, int]] = {}
    for w, (fr, tg) in words.items():
        for k in range(1, len(w)):
            keys.setdefault(w[:k], (0, 0))
        keys[w] = (fr, tag_index[tg])
    order = list(keys)
    blob = bytearray()
    off = array("I", [0])
    freq = array("I")
    tagi = array("B")
    for k in order:
        blob += k.encode("utf-8")
        off.append(len(blob))
        fr, ti = keys[k]
        freq.append(fr)
        tagi.append(ti)
    size = 1
    while size < len(order) * 2:
        size *= 2
    table = array("I", bytes(4 * size))
    for i, k in enumerate(order):
        h = crc32(k.encode("utf-8")) & (size - 1)
        while table[h]:
            h = (h + 1) & (size - 1)
        table[h] = i + 1

    def model(*parts: str) -> Any:
        """The ``P`` of one of jieba's model files, run from its own file (and compiled
        bytecode) without importing jieba's packages, which build jieba's dictionary."""
        import importlib.util

        path = os.path.join(jdir, *parts)
        spec = importlib.util.spec_from_file_location("_lint_news_jieba_table", path)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot read {path}")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.P

    finalseg = model("finalseg", "prob_emit.py")
    hchars = sorted(set().union(*(finalseg[s] for s in "BEMS")))
    hemit = array("d")
    for c in hchars:
        for s in "BEMS":  # jieba-rs keeps six decimals
            p = finalseg[s].get(c)
            hemit.append(float(f"{p:.6f}") if p is not None else MIN_FLOAT)

    ps = model("posseg", "prob_start.py")
    pt = model("posseg", "prob_trans.py")
    pe = model("posseg", "prob_emit.py")
    pcs = model("posseg", "char_state_tab.py")
    ptags = sorted({t for _, t in ps})
    posi = {"B": 0, "M": 1, "E": 2, "S": 3}
    ti2 = {t: i for i, t in enumerate(ptags)}
    nst = 4 * len(ptags)

    def st(x: tuple[str, str]) -> int:
        return posi[x[0]] * len(ptags) + ti2[x[1]]

    pstart = array("d", [MIN_FLOAT] * nst)
    for k, p in ps.items():
        if p >= -1e90:
            pstart[st(k)] = p
    ptrans = array("d", [MIN_FLOAT] * (nst * nst))
    for a, targets in pt.items():
        for b, p in targets.items():
            ptrans[st(a) * nst + st(b)] = p
    cs_chars = sorted(pcs)
    cs_off, cs_states = array("I", [0]), array("H")
    for c in cs_chars:
        cs_states.extend(sorted(st(x) for x in pcs[c]))
        cs_off.append(len(cs_states))
    per_char: dict[str, list[tuple[int, float]]] = {}
    for k, chars in pe.items():
        for c, p in chars.items():
            per_char.setdefault(c, []).append((st(k), p))
    em_chars = sorted(per_char)
    em_off, em_state, em_prob = array("I", [0]), array("H"), array("d")
    for c in em_chars:
        for s, p in sorted(per_char[c]):
            em_state.append(s)
            em_prob.append(p)
        em_off.append(len(em_state))

    sections = {
        "words": bytes(blob),
        "off": off.tobytes(),
        "freq": freq.tobytes(),
        "tag": tagi.tobytes(),
        "table": table.tobytes(),
        "tags": " ".join(tags).encode("utf-8"),
        "hmm_chars": "".join(hchars).encode("utf-32-le"),
        "hmm_emit": hemit.tobytes(),
        "pos_tags": " ".join(ptags).encode("utf-8"),
        "pos_start": pstart.tobytes(),
        "pos_trans": ptrans.tobytes(),
        "cs_chars": "".join(cs_chars).encode("utf-32-le"),
        "cs_off": cs_off.tobytes(),
        "cs_states": cs_states.tobytes(),
        "em_chars": "".join(em_chars).encode("utf-32-le"),
        "em_off": em_off.tobytes(),
        "em_state": em_state.tobytes(),
        "em_prob": em_prob.tobytes(),
    }
    names = _SECTIONS + _EXTRA
    head = struct.pack("<QQ", jieba_total, rs_total) + struct.pack(
        f"<{len(names)}Q", *(len(sections[n]) for n in names)
    )
    out = [_MAGIC, struct.pack("<II", _VERSION, crc32(head)), head]
    at = sum(map(len, out))
    out.append(bytes(-at % 8))  # each section starts at a multiple of 8 (doubles aligned)
    for n in names:
        data = sections[n]
        out.append(data + bytes(-len(data) % 8))
    return b"".join(out)


_FORMATS = {
    "off": "I",
    "freq": "I",
    "tag": "B",
    "table": "I",
    "hmm_emit": "d",
    "pos_start": "d",
    "pos_trans": "d",
    "cs_off": "I",
    "cs_states": "H",
    "em_off": "I",
    "em_state": "H",
    "em_prob": "d",
}


def _parse(buf: Any) -> Dictionary:
    """The dictionary over ``buf`` (bytes or a mapped file); ValueError when it is not a
    whole cache file of this version."""
    import struct

    names = _SECTIONS + _EXTRA
    mv = memoryview(buf)
    if bytes(mv[: len(_MAGIC)]) != _MAGIC:
        raise ValueError("not a lint-news dictionary file")
    pos = len(_MAGIC)
    version, crc = struct.unpack_from("<II", mv, pos)
    pos += 8
    hsize = 16 + 8 * len(names)
    head = bytes(mv[pos : pos + hsize])
    if version != _VERSION or len(head) != hsize or crc32(head) != crc:
        raise ValueError("another version or a damaged header")
    jieba_total, rs_total = struct.unpack_from("<QQ", head, 0)
    sizes = struct.unpack_from(f"<{len(names)}Q", head, 16)
    pos += hsize
    pos += -pos % 8
    sec: dict[str, Any] = {}
    for n, size in zip(names, sizes, strict=True):
        if pos + size > len(mv):
            raise ValueError("truncated dictionary file")
        part = mv[pos : pos + size]
        fmt = _FORMATS.get(n)
        if fmt is not None:
            if size % struct.calcsize(fmt):
                raise ValueError("inconsistent dictionary file")
            part = part.cast(fmt)
        sec[n] = part
        pos += size + (-size % 8)
    if pos != len(mv):
        raise ValueError("trailing bytes in dictionary file")
    n_entries = len(sec["freq"])
    if (
        len(sec["off"]) != n_entries + 1
        or len(sec["tag"]) != n_entries
        or sec["off"][n_entries] != len(sec["words"])
        or len(sec["table"]) & (len(sec["table"]) - 1)
        or len(sec["em_prob"]) != len(sec["em_state"])
        or len(sec["hmm_emit"]) != len(sec["hmm_chars"])  # 4 states per UTF-32 character
    ):
        raise ValueError("inconsistent dictionary file")
    return Dictionary(sec, (jieba_total, rs_total))


_loaded: Dictionary | None = None


def forget_texts() -> None:
    """Drop the loaded dictionary's answers kept per text (log probabilities and cut
    blocks; not the word look-ups, which real text repeats): for a benchmark that repeats
    one page and must not count the second copy's hits as speed."""
    d = _loaded
    if d is not None:
        d._logprobs.clear()
        d._suffixes.clear()
        d._lefts.clear()
        d._blocks.clear()
        d._blocks_hmm.clear()


def load() -> Dictionary:
    """The dictionary: mapped from the cache file, built (and written) when it is missing,
    damaged or foreign. ImportError when jieba is not installed."""
    global _loaded
    if _loaded is not None:
        return _loaded
    import mmap
    import os

    jdir = _jieba_dir()
    path = _cache_path(jdir)
    try:
        with open(path, "rb") as f:
            if hasattr(os, "getuid") and os.fstat(f.fileno()).st_uid != os.getuid():
                raise ValueError("a file of another user")
            mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        _loaded = _parse(mm)
        return _loaded
    except (OSError, ValueError):
        pass
    data = _build(jdir)
    write_private(path, data)
    _loaded = _parse(data)
    return _loaded
