"""Exact shortcuts of the speed work (issue 12): each must give what the longer way gives.

- checks/pattern.py ``_scans_itself``: a pattern whose every first character is one of its
  needed strings is searched whole, not by lines; it must say so only when that holds
  (either way the matches are the same, tests/test_pattern_lines.py);
- checks/headline_figures.py ``_figures_in``: the figures inside a set of blocks, found by
  bisection, must be those the test of every figure against the blocks finds.
"""

from __future__ import annotations

import bisect
import random

from lint_news.checks.headline_figures import _figures_in
from lint_news.checks.pattern import _scans_itself
from lint_news.document import Document


def test_scans_itself_only_when_every_first_character_is_needed():
    assert _scans_itself("[,;:?!](?=[甲乙])", [",", ";", ":", "?", "!"])
    assert _scans_itself("(?<=[甲乙])[,;]|[,;](?=[丙])", [",", ";"])
    assert _scans_itself("(?m)^[，、]", ["，", "、", "；"])  # a superset of strings
    assert _scans_itself("(?:-|\\])甲", ["-", "]"])  # escaped class characters
    assert not _scans_itself("[,;]甲", [","])  # ; starts a match but is not needed
    assert not _scans_itself("甲乙", ["乙"])  # the needed string is not the first
    assert not _scans_itself("超过了?近", ["超过", "近"])  # strings longer than one character
    assert not _scans_itself("\\d,", [","])  # a category first
    assert not _scans_itself("[a-z],", ["a", ","])  # a range first
    assert not _scans_itself("(?i)a", ["a"])  # case folded: A starts a match too
    assert not _scans_itself("a?b", ["b"])  # a may start it
    assert not _scans_itself("a?b", ["a"])  # and so may b


def _figures_in_by_test(doc: Document, blocks: list) -> list:
    """The former way: every figure tested against the sorted blocks."""
    if not blocks:
        return []
    spans = sorted((b.start, b.end) for b in blocks)
    starts = [s for s, _ in spans]
    out = []
    for q in doc.quantities:
        if q.kind != "quantity":
            continue
        i = bisect.bisect_right(starts, q.start) - 1
        if i >= 0 and q.start < spans[i][1]:
            out.append(q)
    return out


PIECES = [
    "全市新开工项目18个",
    "完成投资12.6亿元",
    "2023年5月",
    "惠及约4000户",
    "同比增长3.5%",
    "其中三成",
    "没有数字的一句话",
    "第3届",
    "比上年多120人",
]


def test_figures_in_blocks_as_by_testing_each_figure():
    rng = random.Random(7)
    for _ in range(300):
        paragraphs = [
            "，".join(rng.choice(PIECES) for _ in range(rng.randint(1, 4))) + "。"
            for _ in range(rng.randint(1, 8))
        ]
        doc = Document("\n\n".join(paragraphs))
        for _ in range(5):
            chosen = [b for b in doc.blocks if rng.random() < 0.5]
            rng.shuffle(chosen)
            if chosen and rng.random() < 0.2:
                chosen.append(chosen[0])  # a block given twice
            assert _figures_in(doc, chosen) == _figures_in_by_test(doc, chosen)
