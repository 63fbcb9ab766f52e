"""Shared by the tests of the figure parser's shortcuts (test_numbers_fast, test_speed_num12):
the fast path must build exactly what the full path builds."""

from __future__ import annotations

from collections.abc import Callable
from re import Match

from lint_news.numbers import _parse
from lint_news.numbers_lex import _MASTER


def shortcut_taken(texts: list[str], group: str, shortcut: Callable[[str, Match], object]) -> int:
    """Parse every text with and without the shortcuts, assert the two agree (repr, so 1 and
    1.0 differ), and return how many figures the given ``shortcut`` took (master expression's
    group ``group`` at the figure's start, shortcut not None)."""
    taken = 0
    for text in texts:
        fast = _parse(text, True)
        full = _parse(text, False)
        assert repr(fast) == repr(full), text
        for q in full:
            m = _MASTER.match(text, q.start)
            if m is not None and m.lastgroup == group and shortcut(text, m) is not None:
                taken += 1
    return taken
