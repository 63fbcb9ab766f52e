"""dictseg.Dictionary.join_logprobs: the joined text read on from the right half's suffixes
gives jieba's own numbers, the same floats as reading every text whole."""

from __future__ import annotations

import logging
import random

import pytest

from lint_news import dictseg, words

jieba = pytest.importorskip("jieba")

# characters around words: punctuation, Latin letters, digits, a space, full-width forms
_OTHER = list("，。、：；“”（）《》！？ -._%+#&") + list("aBz09７Ａ") + ["\r\n"]


def _tokenizer():  # type: ignore[no-untyped-def]
    jieba.setLogLevel(logging.WARNING)
    tk = jieba.dt
    tk.initialize()
    return tk


def _texts(tk, n: int, seed: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Runs of dictionary words (so that many cuts fall inside a word and words overlap
    the cut), rare characters and other characters."""
    rnd = random.Random(seed)
    vocab = [w for w, f in tk.FREQ.items() if f and 1 < len(w) < 6]
    rnd.shuffle(vocab)
    vocab = vocab[:20_000]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 10)):
            r = rnd.random()
            if r < 0.7:
                parts.append(rnd.choice(vocab))
            elif r < 0.85:
                parts.append(rnd.choice(_OTHER))
            else:
                parts.append(chr(rnd.randrange(0x4E00, 0x9FA5)))
        out.append("".join(parts))
    return out


def _jieba_logprob(tk, text: str) -> float:  # type: ignore[no-untyped-def]
    route: dict[int, tuple[float, int]] = {}
    tk.calc(text, tk.get_DAG(text), route)
    return route[0][0] if text else 0.0


def test_join_logprobs_are_jiebas_floats() -> None:
    tk = _tokenizer()
    d = dictseg.load()
    rnd = random.Random(7)
    texts = _texts(tk, 1500, 11)
    pairs = []
    for t in texts:
        for _ in range(3):  # paragraph end | start pairs cut anywhere, also inside a word
            k = rnd.randint(1, max(1, len(t) - 1))
            left, right = t[:k][-rnd.choice([1, 3, 8, 12]) :], t[k:][: rnd.choice([1, 2, 8, 16])]
            if left and right:
                pairs.append((left, right))
    # each end meets other starts and each start other ends, in the checks' way
    ends = [p[0] for p in pairs[:300]]
    starts = [p[1] for p in pairs[:300]]
    pairs += [(rnd.choice(ends), rnd.choice(starts)) for _ in range(3000)]
    rnd.shuffle(pairs)
    checked = 0
    kept: tuple[dict, dict, dict] = ({}, {}, {})  # type: ignore[type-arg]
    for i, (left, right) in enumerate(pairs):
        if i % 500 == 0:
            dictseg.forget_texts()  # from nothing kept, and from much kept
        if i % 50 == 0:
            kept = ({}, {}, {})  # (one document's answers)
        if i % 3 == 0:
            d.logprob(right)  # (a half asked on its own first: its suffixes are kept)
        j, a, b = d.join_logprobs(left, right, kept if i % 4 == 0 else None)
        assert j == _jieba_logprob(tk, left + right), (left, right)
        assert a == _jieba_logprob(tk, left), left
        assert b == _jieba_logprob(tk, right), right
        assert (j, a, b) == (d.logprob(left + right), d.logprob(left), d.logprob(right))
        checked += 1
    assert checked > 7000


def test_join_gain_uses_the_same_numbers() -> None:
    tk = _tokenizer()
    words.use_backend("rjieba")
    try:
        if not isinstance(words.segmenter(), words._RJieba):
            pytest.skip("rjieba is not installed")
        for t in _texts(tk, 300, 5):
            if len(t) < 2:
                continue
            k = len(t) // 2
            left, right = t[:k], t[k:]
            want = _jieba_logprob(tk, t) - _jieba_logprob(tk, left) - _jieba_logprob(tk, right)
            assert words.join_gain(left, right) == want
            with words.remembering():  # (kept for the document)
                assert words.join_gain(left, right) == want
                assert words.join_gain(left, right) == want
                assert words.join_gain(left[1:] or left, right) == (
                    _jieba_logprob(tk, (left[1:] or left) + right)
                    - _jieba_logprob(tk, left[1:] or left)
                    - _jieba_logprob(tk, right)
                )
    finally:
        words.use_backend(None)
