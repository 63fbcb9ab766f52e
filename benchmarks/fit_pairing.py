#!/usr/bin/env python3
"""Fit the pair weights of ``lint_news.checks.break_pairing`` on planted breaks.

    python benchmarks/fit_pairing.py [--seeds 2,4,5] [--eval-seeds 3,21] [--samples 3000]

The truncation check scores every open paragraph end against its candidate continuations
(``Scorer.values``: one feature vector a pair, weighed by ``break_pairing.WEIGHTS``) and
adds terms weighed elsewhere (a candidate's length, the document's topic and place terms,
echo, label start...). This script plants breaks (``planted.py``'s break-next and
break-moved classes) on the fit seeds, lints each sample with the shipped rules, and
records, for the planted head's open end, every candidate the joint pairing scored: its
feature vector, the rest of its score (the offset) and whether it is the planted tail.
Then it fits a conditional logit (a softmax over one end's scored candidates, the true tail
the answer) with the offset's own coefficient free (the temperature), L2-regularised, and
reports the weights on the scale of today's scores (each coefficient over the offset's),
beside today's.

Both weight sets are judged on the evaluation seeds (nobody fits on them): top-1 accuracy
among the ends whose true tail was scored at all. Top-1 is not the benchmark's pairing: the
joint assignment, the pairing floor and the gates (a tail never scored) come on top; plug
weights into ``break_pairing`` and run ``planted.py`` to know. Ends whose true tail was
never scored are counted apart (a weight cannot fix them).

Pure Python (no numpy): gradient ascent with Adam over a few thousand groups, seconds.
Counts and weights only are printed; corpus text is never written out.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import corpus_eval  # noqa: E402
import planted  # noqa: E402
import planted_lib as planting  # noqa: E402

from lint_news.checks import break_assign as ba  # noqa: E402
from lint_news.checks import break_pairing as bp  # noqa: E402
from lint_news.checks import truncation as trunc  # noqa: E402
from lint_news.document import Document  # noqa: E402

NAMES = bp._WEIGHED + ("nosign",)  # the order of Scorer.values' vector

# candidate features not in the scorer yet, tried by adding them here (each a function of
# the open end's text, the candidate's text and the distance): fitted from weight 0 and
# judged on the evaluation seeds like the rest
EXTRA: dict[str, object] = {}


@dataclass
class Group:
    """One open end: its candidates' feature vectors and offsets, the true tail's index."""

    feats: list[tuple[float, ...]]
    offsets: list[float]
    answer: int
    cls: str = ""


class _Recorder:
    """Watches one document's joint pairing: each scored pair's vector and final score."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str, int], tuple[float, ...]] = {}
        self.scores: dict[tuple[int, int], float] = {}
        self.breaks: list = []
        self.blocks: list = []
        self.inside = False

    def install(self):
        rec = self
        orig_score, orig_assign, orig_pair = bp.Scorer.score, ba.assign, trunc._pair_jointly

        def score(self, p, opens, distance, orphan, near=10, lead=False):
            if rec.inside:
                v = self.values(p, opens, distance, orphan, near, lead)
                if v is not None:
                    rec.values[p.tail.text, p.head.text, distance] = v
            return orig_score(self, p, opens, distance, orphan, near, lead)

        def assign(scores, floor):
            if rec.inside:
                rec.scores = dict(scores)
            return orig_assign(scores, floor)

        def pair_jointly(breaks, reported, blocks, heads, evidence):
            rec.inside, rec.breaks, rec.blocks = True, breaks, blocks
            try:
                return orig_pair(breaks, reported, blocks, heads, evidence)
            finally:
                rec.inside = False

        bp.Scorer.score, ba.assign, trunc._pair_jointly = score, assign, pair_jointly

        def undo() -> None:
            bp.Scorer.score, ba.assign, trunc._pair_jointly = orig_score, orig_assign, orig_pair

        return undo


def weights_now() -> list[float]:
    """Today's weights in the order of the scorer's vector (``NAMES``)."""
    w = [bp.WEIGHTS[n] for n in bp._WEIGHED]
    return w + [bp.W_NOSIGN or 0.0]


def collect(root: Path, seeds: list[int], samples: int, classes: str) -> tuple[list[Group], int]:
    """The groups of the planted heads on ``seeds``, and how many planted ends had no
    scored true tail (or were not reported)."""
    arts = planted.articles(root)
    rules = corpus_eval.default_rules(("truncation",))
    from lint_news.engine import lint_document

    rec = _Recorder()
    undo = rec.install()
    w_now = weights_now()
    groups: list[Group] = []
    missing = 0
    try:
        for seed in seeds:
            for cls in planting.select_classes(classes):
                for s in planting.plant_samples(arts, cls, samples, seed, []):
                    rec.values, rec.scores, rec.breaks, rec.blocks = {}, {}, [], []
                    doc = Document(s.text, path="planted.txt")
                    list(lint_document(doc, rules))
                    spans = planted.block_spans(s.blocks)
                    hb = planted.doc_block(doc, *spans[s.target[0].block])
                    tb = planted.doc_block(doc, *spans[s.pair[0].block])
                    i = next((k for k, br in enumerate(rec.breaks) if br.block.index == hb), None)
                    if i is None or tb is None:
                        missing += 1
                        continue
                    a = rec.breaks[i].block
                    feats, offsets, answer = [], [], -1
                    for (k, bi), total in sorted(rec.scores.items()):
                        if k != i:
                            continue
                        v = rec.values.get((a.text, rec.blocks[bi].text, bi - a.index))
                        if v is None:
                            continue
                        base = sum(x * y for x, y in zip(w_now, v[: len(w_now)], strict=True))
                        if EXTRA:
                            b_text = rec.blocks[bi].text
                            v = v + tuple(
                                float(f(a.text, b_text, bi - a.index))  # type: ignore[operator]
                                for f in EXTRA.values()
                            )
                        if bi == tb:
                            answer = len(feats)
                        feats.append(v)
                        offsets.append(total - base)
                    if answer < 0 or len(feats) < 2:
                        missing += answer < 0
                        continue
                    groups.append(Group(feats, offsets, answer, cls.name))
    finally:
        undo()
    return groups, missing


def _logits(g: Group, w: list[float], gamma: float) -> list[float]:
    return [
        sum(x * y for x, y in zip(w, f, strict=True)) + gamma * o
        for f, o in zip(g.feats, g.offsets, strict=True)
    ]


def top1(groups: list[Group], w: list[float], gamma: float = 1.0) -> float:
    right = 0
    for g in groups:
        z = _logits(g, w, gamma)
        right += max(range(len(z)), key=z.__getitem__) == g.answer
    return right / max(1, len(groups))


def fit(
    groups: list[Group], start: list[float], l2: float, epochs: int, rate: float
) -> tuple[list[float], float]:
    """Coefficients of the features and of the offset (the temperature) that maximise the
    conditional log-likelihood minus ``l2`` times the squared distance from ``start``."""
    n = len(start)
    theta = list(start) + [1.0]  # features, then gamma
    m = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        grad = [0.0] * (n + 1)
        w, gamma = theta[:n], theta[n]
        for g in groups:
            z = _logits(g, w, gamma)
            top = max(z)
            e = [math.exp(x - top) for x in z]
            s = sum(e)
            for j, (f, o) in enumerate(zip(g.feats, g.offsets, strict=True)):
                c = (1.0 if j == g.answer else 0.0) - e[j] / s
                if c:
                    for k in range(n):
                        if f[k]:
                            grad[k] += c * f[k]
                    grad[n] += c * o
        size = len(groups)
        for k in range(n + 1):
            prior = start[k] if k < n else 1.0
            gk = grad[k] / size - 2 * l2 * (theta[k] - prior)
            m[k] = b1 * m[k] + (1 - b1) * gk
            v[k] = b2 * v[k] + (1 - b2) * gk * gk
            theta[k] += rate * (m[k] / (1 - b1**t)) / (math.sqrt(v[k] / (1 - b2**t)) + eps)
    return theta[:n], theta[n]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=corpus_eval.DEFAULT_CORPORA)
    ap.add_argument("--seeds", default="2,4,5", help="fit seeds")
    ap.add_argument("--eval-seeds", default="3,21", help="evaluation seeds (never fitted)")
    ap.add_argument("--samples", type=int, default=3000, help="samples per class and seed")
    ap.add_argument("--classes", default="break-next,break-moved")
    ap.add_argument("--l2", type=float, default=0.01, help="pull towards today's weights")
    ap.add_argument("--epochs", type=int, default=150)
    ap.add_argument("--rate", type=float, default=0.05)
    a = ap.parse_args(argv)
    if not a.corpora.is_dir():
        print(f"fit_pairing: no corpora at {a.corpora}", file=sys.stderr)
        return 2
    if not bp.__file__.endswith(".py"):
        print(
            "fit_pairing: break_pairing is compiled (mypyc) here, and the fit spies on its"
            " Python code: run it on the pure build",
            file=sys.stderr,
        )
        return 2
    seeds = [int(x) for x in a.seeds.split(",") if x]
    evals = [int(x) for x in a.eval_seeds.split(",") if x]
    train, miss_t = collect(a.corpora, seeds, a.samples, a.classes)
    test, miss_e = collect(a.corpora, evals, a.samples, a.classes)
    print(f"fit: {len(train)} ends with a scored true tail ({miss_t} without) on seeds {seeds}")
    print(f"eval: {len(test)} ends ({miss_e} without) on seeds {evals}")
    now = weights_now() + [0.0] * len(EXTRA)  # (each EXTRA feature fitted from 0)
    w, gamma = fit(train, now, a.l2, a.epochs, a.rate)
    scaled = [x / gamma for x in w]
    print(f"offset coefficient (temperature): {gamma:.3f}")
    print(f"top-1 now:    fit {top1(train, now):.4f}  eval {top1(test, now):.4f}")
    print(f"top-1 fitted: fit {top1(train, scaled):.4f}  eval {top1(test, scaled):.4f}")
    for name in sorted({g.cls for g in test}):
        part = [g for g in test if g.cls == name]
        print(
            f"  eval {name}: {len(part)} ends, top-1 now {top1(part, now):.4f},"
            f" fitted {top1(part, scaled):.4f}"
        )
    print("\n| feature | today | fitted (today's scale) |\n|---|---|---|")
    for name, x, y in zip(NAMES + tuple(EXTRA), now, scaled, strict=True):
        print(f"| {name} | {x:g} | {y:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
