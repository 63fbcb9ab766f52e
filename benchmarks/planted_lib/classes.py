"""The defect classes, their selection, and sampling."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from .arith import plant_composed, plant_natural
from .model import Article, Sample
from .plants import (
    plant_break_lost,
    plant_break_moved,
    plant_break_next,
    plant_measure_word,
    plant_quantity,
    plant_redundancy,
    plant_repeat_paragraph,
    plant_repeat_sentence,
    plant_unit_homophone,
)

PlantFn = Callable[[Article, random.Random], "Sample | None"]


@dataclass(frozen=True)
class PlantClass:
    name: str
    category: str  # the lint_news category a finding must have to count
    plant: PlantFn
    paired: bool = False  # is pairing (related names the other half) measured
    summary: str = ""
    pd_hosts: bool = False  # People's Daily 1998 sentences are hosts too (natural arithmetic)
    max_rounds: int = 50  # passes over the hosts (natural: each relation perturbed <= 3 ways)


def _q(kind: str, where: str) -> PlantFn:
    return lambda a, r: plant_quantity(a, r, kind, where)


_ARITH = (
    ("rate", "rate against its part and whole"),
    ("shares", "set of shares of one whole"),
    ("total", "total against its parts"),
    ("growth", "growth rate against the values before and after"),
)

CLASSES: list[PlantClass] = [
    PlantClass(
        "break-next",
        "truncation",
        plant_break_next,
        True,
        "a body paragraph broken mid-sentence at a random character; the tail is the next paragraph",
    ),
    PlantClass(
        "break-moved",
        "truncation",
        plant_break_moved,
        True,
        "the same, with 1-5 paragraphs between head and tail (either way)",
    ),
    PlantClass("break-lost", "truncation", plant_break_lost, False, "the same, the tail deleted"),
    PlantClass(
        "repeat-paragraph-next",
        "repetition",
        lambda a, r: plant_repeat_paragraph(a, r, False),
        True,
        "a body paragraph pasted twice in a row",
    ),
    PlantClass(
        "repeat-paragraph-far",
        "repetition",
        lambda a, r: plant_repeat_paragraph(a, r, True),
        True,
        "a body paragraph pasted again 1-5 paragraphs away",
    ),
    PlantClass(
        "repeat-sentence-next",
        "repetition",
        lambda a, r: plant_repeat_sentence(a, r, False),
        True,
        "a sentence pasted twice in a row inside its paragraph",
    ),
    PlantClass(
        "repeat-sentence-far",
        "repetition",
        lambda a, r: plant_repeat_sentence(a, r, True),
        True,
        "a sentence pasted into another paragraph (at a sentence boundary)",
    ),
    PlantClass(
        "headline-magnitude",
        "quantity",
        _q("magnitude", "headline"),
        True,
        "a subhead/headline restating a body clause, a power of ten lost or added",
    ),
    PlantClass(
        "headline-transpose",
        "quantity",
        _q("transpose", "headline"),
        True,
        "the same, two neighbouring distinct digits transposed",
    ),
    PlantClass(
        "headline-unit",
        "quantity",
        _q("unit", "headline"),
        True,
        "the same, the unit slipped within its dimension",
    ),
    PlantClass(
        "body-magnitude",
        "quantity",
        _q("magnitude", "body"),
        True,
        "a body clause restated in another paragraph, a power of ten lost or added",
    ),
    PlantClass(
        "body-transpose",
        "quantity",
        _q("transpose", "body"),
        True,
        "the same, two neighbouring distinct digits transposed",
    ),
    PlantClass(
        "body-unit",
        "quantity",
        _q("unit", "body"),
        True,
        "the same, the unit slipped within its dimension",
    ),
    *[
        PlantClass(
            f"arithmetic-{kind}-natural",
            "arithmetic",
            (lambda k: lambda a, r: plant_natural(a, r, k))(kind),
            False,
            f"a {what} in the corpus text that computes, one figure changed so it does not",
            pd_hosts=True,
            max_rounds=3,
        )
        for kind, what in _ARITH
    ],
    *[
        PlantClass(
            f"arithmetic-{kind}-composed",
            "arithmetic",
            (lambda k: lambda a, r: plant_composed(a, r, k))(kind),
            False,
            f"a composed sentence stating a {what} that does not compute, inserted",
        )
        for kind, what in _ARITH
    ],
    PlantClass(
        "redundancy-approx",
        "redundancy",
        lambda a, r: plant_redundancy(a, r, "approx"),
        False,
        "约/大约/大概 … 左右 around a figure",
    ),
    PlantClass(
        "redundancy-over",
        "redundancy",
        lambda a, r: plant_redundancy(a, r, "over"),
        False,
        "超过/超 … 以上 around a figure",
    ),
    PlantClass(
        "wording-measure",
        "wording",
        plant_measure_word,
        False,
        "a measure word after a numeral written as its look-alike (块→快, 座→坐, 位→为, 届→界…)",
    ),
    PlantClass(
        "wording-unit",
        "wording",
        plant_unit_homophone,
        False,
        "a unit after a figure written as the character that sounds like it (万→完, 元→远, 岁→随…)",
    ),
]


def class_names() -> list[str]:
    return [c.name for c in CLASSES]


def select_classes(spec: str | None) -> list[PlantClass]:
    """Classes named in a comma list (prefixes match), all when ``spec`` is empty."""
    if not spec:
        return list(CLASSES)
    out: list[PlantClass] = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        hits = [c for c in CLASSES if c.name == part or c.name.startswith(part)]
        if not hits:
            raise ValueError(f"no class matches {part!r}; classes: {', '.join(class_names())}")
        out += [c for c in hits if c not in out]
    return out


def plant_samples(
    articles: list[Article],
    cls: PlantClass,
    n: int,
    seed: int,
    pd: list[Article] | None = None,
) -> list[Sample]:
    """``n`` samples of one class over the host articles (and the People's Daily sentences
    for the classes that take them), reproducible for a seed. The hosts are taken in a
    seeded order, round after round, each try with its own seeded generator; a sample
    identical to an earlier one is dropped."""
    hosts = list(articles) + (list(pd or []) if cls.pd_hosts else [])
    random.Random(f"hosts/{seed}/{cls.name}").shuffle(hosts)
    out: list[Sample] = []
    seen: set[str] = set()
    failures = 0
    k = 0
    limit = cls.max_rounds * len(hosts)
    while len(out) < n and hosts and failures < len(hosts) and k < limit:
        art = hosts[k % len(hosts)]
        rng = random.Random(f"plant/{seed}/{cls.name}/{k}/{art.ident}")
        k += 1
        s = cls.plant(art, rng)
        if s is None:
            failures += 1
            continue
        failures = 0
        if s.text in seen:
            continue
        seen.add(s.text)
        s.cls = cls.name
        out.append(s)
    return out
