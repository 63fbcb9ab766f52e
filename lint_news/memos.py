"""What the linter keeps between documents that is keyed by a document's own text, and how a
benchmark forgets it.

Within one document these memos pay: a paragraph's end is compared with every candidate
start of a break, the repetition rules normalise the same sentences. Across documents they
pay only when the text repeats, as the reference page repeated to 2 MB does and real copy
does not; a throughput figure meant for real copy forgets them before each document
(``benchmarks/speed.py``'s "text memos cleared", ``instructions.py``, ``bytecodes.py``).
Kept on purpose (real text repeats them): word look-ups in the dictionary, figures' parses
keyed by their digits or written form, compiled patterns, rule plans, configuration.
``tests/test_memos.py`` checks that every ``functools`` cache in the package is named here
or among those kept.
"""

from __future__ import annotations

import sys

# (module, function wrapped by functools.lru_cache) keyed by a paragraph's text or a part of it
TEXT_CACHES: tuple[tuple[str, str], ...] = (
    ("lint_news.checks.break_joint", "_starts"),
    ("lint_news.checks.break_bigrams", "_bigrams"),
    ("lint_news.checks.break_pairing", "_left_open"),
    ("lint_news.checks.break_pairing", "_closes_unopened"),
    ("lint_news.checks.repetition", "normalise"),
)


def forget_texts() -> None:
    """Drop every answer kept per text: the loaded dictionary's (log probabilities, cut
    blocks) and the checks' caches in ``TEXT_CACHES`` (of the modules imported so far)."""
    dictseg = sys.modules.get("lint_news.dictseg")
    if dictseg is not None:
        dictseg.forget_texts()
    for module, name in TEXT_CACHES:
        m = sys.modules.get(module)
        if m is not None:
            getattr(m, name).cache_clear()
