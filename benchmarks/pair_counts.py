#!/usr/bin/env python3
"""How many pairs the joint choice of continuations scores, and how many of them matter.

    python benchmarks/pair_counts.py [--corpora-every N]

For the reference page (one copy) and, with ``--corpora-every N``, every Nth unit of the
clean corpora: the pairs ``truncation_joint._pair_jointly`` gives ``Scorer.score``, those
that get a score (kept for the assignment), those above ``PAIR_FLOOR`` (the only ones that
``break_assign.assign`` reads) and the detection's pairs (``_pair_score``). A pair at the
floor or under it changes nothing: the share of those says what pruning by a bound of the
score could save at most (issue 12, spd16: a bound of the terms added after
``Scorer.score`` dropped 14 of the page's 56 such pairs and saved nothing measurable).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

from corpus_eval import default_rules, load_units  # noqa: E402

from lint_news.checks import break_pairing, truncation, truncation_joint  # noqa: E402
from lint_news.document import Document  # noqa: E402
from lint_news.engine import lint_document  # noqa: E402

PAGE = ROOT.parent / "shared" / "seeds" / "000_9646c9c426e300ee.txt"
CORPORA = ROOT.parent / "shared" / "corpora"


def counting(stats: Counter[str]) -> None:
    """Wrap the scorer, the detection's pair score and the assignment to count into
    ``stats``."""
    score, detect = break_pairing.Scorer.score, truncation._pair_score
    assign = truncation_joint.break_assign.assign

    def scored(self, *args, **kw):  # type: ignore[no-untyped-def]
        stats["Scorer.score calls"] += 1
        return score(self, *args, **kw)

    def detected(*args):  # type: ignore[no-untyped-def]
        stats["_pair_score calls (detection)"] += 1
        return detect(*args)

    def assigned(scores, floor):  # type: ignore[no-untyped-def]
        if floor == truncation_joint.PAIR_FLOOR:
            stats["pairs kept for the assignment"] += len(scores)
            stats["of them above PAIR_FLOOR"] += sum(s > floor for s in scores.values())
        return assign(scores, floor)

    break_pairing.Scorer.score = scored  # type: ignore[method-assign]
    truncation._pair_score = detected
    truncation_joint.break_assign.assign = assigned


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora-every", type=int, default=0, help="also every Nth corpus unit")
    a = ap.parse_args()
    rules = default_rules()
    stats: Counter[str] = Counter()
    counting(stats)
    runs = []
    if PAGE.is_file():
        runs.append(("reference page, a copy", [PAGE.read_text(encoding="utf-8")]))
    if a.corpora_every and CORPORA.is_dir():
        units = [u.text for u in load_units(CORPORA)][:: a.corpora_every]
        runs.append((f"corpora, every {a.corpora_every}th unit ({len(units)})", units))
    for name, texts in runs:
        stats.clear()
        for t in texts:
            lint_document(Document(t), rules)
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in stats.items()))


if __name__ == "__main__":
    main()
