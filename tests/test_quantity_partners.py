"""The figure-pair search of quantity_consistency skips figures that cannot have a partner
(no other figure with the same digits or the same written numeral in some order): the pairs
are exactly those found when every figure is tried."""

from __future__ import annotations

import random

from lint_news.checks import quantity_consistency as qc
from lint_news.document import Document

UNITS = ["万元", "人", "公里", "米", "吨", "小时", "分钟", "%"]


def _pairs(text: str, every: bool, monkeypatch) -> list:
    if every:
        monkeypatch.setattr(qc, "_live", lambda group, info, numerals: set(range(len(group))))
    else:
        monkeypatch.undo()
    doc = Document(text)
    return [
        (p.slip, p.first.start, p.second.start, p.diff, p.weak) for p in qc.candidate_pairs(doc)
    ]


def test_skipping_figures_without_partners_finds_the_same_pairs(monkeypatch):
    rng = random.Random(5)
    found = 0
    for _ in range(400):
        parts = []
        for _ in range(rng.randint(3, 10)):
            n = "".join(rng.choice("120") for _ in range(rng.randint(1, 3))).lstrip("0") or "3"
            if rng.random() < 0.2:
                n += "." + rng.choice("05")
            parts.append(f"去年完成{n}{rng.choice(UNITS)}，")
        text = "".join(parts) + "全年如此。"
        every = _pairs(text, True, monkeypatch)
        assert _pairs(text, False, monkeypatch) == every, text
        found += bool(every)
    assert found > 30  # texts with pairs of every kind, not only texts without


def test_unrelated_figures_are_not_live():
    doc = Document("投资12万元，建成3公里道路，种树450棵，用工67人，另有890万元。")
    group = [q for q in doc.quantities if q.value]
    info = {id(q): qc._digits(q.value) for q in group}
    assert qc._live(group, info, {}) == set()
    doc = Document("投资12万元，后来又说投资21万元。")
    group = [q for q in doc.quantities if q.value]
    info = {id(q): qc._digits(q.value) for q in group}
    assert qc._live(group, info, {}) == {0, 1}
