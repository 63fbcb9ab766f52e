"""Speed shortcuts of session 8 (spd13) against the plain computations they replace, on
generated inputs: each must give exactly what the plain path gives."""

from __future__ import annotations

import random
from math import log

import pytest

from lint_news.checks import repetition

_HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"


def _texts(seed: int, n: int, lengths: list[int]) -> list[str]:
    rnd = random.Random(seed)
    alphabet = _HAN + "，。、0123456789 abc"
    out = []
    for _ in range(n):
        size = rnd.choice(lengths)
        out.append("".join(rnd.choice(alphabet) for _ in range(size)))
    return out


def test_shingles_match_the_plain_comprehension() -> None:
    lengths = [0, 1, 4, 5, 6, 30, 200, 2003, 2004, 2005, 2600]
    for t in _texts(1, 120, lengths):
        for n in (3, 5):
            want = {t[i : i + n] for i in range(max(1, len(t) - n + 1))}
            assert repetition._shingles(t, n) == want


def _words_at_plain(d, text: str, k: int, j: int) -> tuple[list[tuple[float, int]], bool]:
    """The get_DAG walk as it was written before the weights were kept: entry, frequency
    and log at every step."""
    out = []
    while j <= len(text):
        e = d.entry(text[k:j])
        if e < 0:
            return out, False
        f = d._freq[e]
        if f:
            out.append((log(f) - d._logtotal_jieba, j))
        j += 1
    return out, True


def test_words_at_gives_the_plain_walk() -> None:
    dictseg = pytest.importorskip("lint_news.dictseg")
    try:
        d = dictseg.load()
    except (OSError, ImportError, ValueError):
        pytest.skip("jieba's dictionary is not available")
    texts = _texts(2, 60, [1, 2, 5, 12, 40])
    texts += ["中华人民共和国成立", "培训班学员", "上海市浦东新区", "了的的了"]
    for t in texts:
        for k in range(len(t)):
            for j in (k + 1, min(len(t), k + 3) + 1):
                got: list[tuple[float, int]] = []
                runs_on = d._words_at(t, k, j, got)
                want, want_runs = _words_at_plain(d, t, k, j)
                assert got == want and runs_on == want_runs
                # asked again (now from the kept weights), the same answer
                again: list[tuple[float, int]] = []
                assert d._words_at(t, k, j, again) == want_runs and again == want
