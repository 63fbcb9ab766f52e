"""The table of characters that begin words far more often than they stand alone
(``break_title_ends.dictionary_half_word_end``) is what jieba's own dictionary says: it is
recomputed here from ``dict.txt`` and, for a sample of characters, through the segmenter's
look-ups, the way the check first summed them at run time."""

from __future__ import annotations

import os
import random
from importlib import resources

import pytest

from lint_news import words
from lint_news.checks import break_title_ends as bte


def _dict_txt() -> str:
    jieba = pytest.importorskip("jieba")
    return os.path.join(os.path.dirname(jieba.__file__), "dict.txt")


def _shipped() -> str:
    path = resources.files("lint_news").joinpath("data", bte._TABLE)
    return path.read_text(encoding="utf-8").strip()


def test_the_shipped_table_is_jiebas_dictionary_recomputed():
    assert _shipped() == bte.half_word_chars(_dict_txt()), (
        "jieba's dictionary changed: regenerate the table with python -c \"import jieba, os; "
        "from lint_news.checks.break_title_ends import half_word_chars; print(half_word_chars("
        "os.path.join(os.path.dirname(jieba.__file__), 'dict.txt')))\" "
        "> lint_news/data/half_word_chars.txt"
    )
    assert 200 < len(_shipped()) < 2000  # a few hundred characters, not the whole range


def test_the_table_agrees_with_the_segmenters_own_frequencies():
    if words.freq("的") is None:
        pytest.skip("a backend without frequencies")
    common = [
        chr(i) for i in range(0x4E00, 0x9FA6) if (words.freq(chr(i)) or 0) >= bte.COMMON_CHAR_FREQ
    ]
    table = set(_shipped())
    rng = random.Random(7)
    sample = rng.sample(sorted(table), 40) + [chr(rng.randrange(0x4E00, 0x9FA6)) for _ in range(80)]
    sample += list("研询参情路家题场的")
    for c in sample:
        own = words.freq(c) or 0
        first = sum(words.freq(c + y) or 0 for y in common)
        last = sum(words.freq(y + c) or 0 for y in common)
        expected = first > 0 and first >= bte.HALF_WORD_RATIO * own and first >= last
        assert (c in table) == expected, c


def test_characters_that_end_titles_are_not_in_it_and_word_starts_are():
    for c in "研询参":
        assert bte._half_word(c)
    for c in "情路家题场":
        assert not bte._half_word(c)
