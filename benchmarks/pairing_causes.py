#!/usr/bin/env python3
"""Why planted breaks are found but not paired: each unpaired sample of a break class put
in one group by what happened to its true tail in the truncation check's joint pairing.

    python benchmarks/pairing_causes.py --seed 2 --classes break-moved,break-next [--show N]

Groups: ``gate:...`` (the tail never scored against the head: which gate of
``truncation_joint._pair_jointly`` left it out: ``evonly`` a title-like head that takes only
what its own evidence names (or, a lone line of the body, a near paragraph above
``LOOSE_FLOOR``), ``opens``/``lead`` a tail that opens as a sentence or as running
text does and shows no evidence of its own, ``kind`` a tail the classifier took for a title
or label, ``notnear`` too far); ``outscored-by-next`` / ``outscored-by-other`` (it scored,
and the paragraph right after the head or another one scored higher); ``assign-other`` /
``below-floor`` (it scored best, and the joint assignment gave it to another head or to no
one); ``head-not-reported`` (the finding that made the sample a hit is not the head's); each
group then split by where the cut falls (``planted.py --variants``: in a word, between words,
after a comma...). The
gate names come from a copy of the loop's tests (kept beside it here: change both). Counts
only, unless ``--show`` prints examples (terminal only: corpus text is never written out).
Develop on seeds other than the reported ones (see the README).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import planted  # noqa: E402
import planted_lib as planting  # noqa: E402

from lint_news.checks import break_assign as bp  # noqa: E402
from lint_news.checks import truncation as trunc  # noqa: E402
from lint_news.checks import truncation_joint as tj  # noqa: E402
from lint_news.document import HEADLINE, PARAGRAPH, SUBHEAD, Document  # noqa: E402

_SEEN: dict = {}


def _gate(br, b, blocks, heads, far) -> str:
    """Which test of ``_pair_jointly``'s candidate loop leaves ``b`` out for ``br``."""
    a = br.block
    near = range(max(0, a.index - tj.NEAR), min(len(blocks), a.index + tj.NEAR + 1))
    if b.index not in far and b.index not in near:
        return "gate:notnear"
    if b.index == a.index - 1 and b.index not in far:
        return "gate:before"
    line = tj._sentence_line(b)  # (a short line that ends as a sentence: as a paragraph)
    if b.kind not in (PARAGRAPH, SUBHEAD, HEADLINE) and b.index not in far and not line:
        return f"gate:kind:{b.kind}"
    evidence_only = br.title_like and br.tail < tj.STRONG
    opens = heads.opens(b) and not (br.marked and b.text.lstrip()[:1] in "“「『")
    lead = heads.lead(b)
    if opens or lead:  # (as read after this end)
        opens, lead = tj._read_on(a.text, tj._last_tagged(a), b.text, opens, lead)
    why = [
        n
        for n, on in (
            ("evonly", evidence_only),
            ("kind", b.kind != PARAGRAPH and not line),
            ("opens", opens),
            ("lead", lead and b.index != a.index + 1),
        )
        if on
    ]
    return "gate:" + (":".join(why) if why else "score-none-or-floor")


def _wrap():
    """Watch the pairing (the joint assignment's scores); returns what undoes it."""
    orig_pair, orig_assign = trunc._pair_jointly, bp.assign

    def assign(scores, floor):
        if _SEEN.get("inside"):
            _SEEN["scores"] = dict(scores)
        return orig_assign(scores, floor)

    def pair_jointly(breaks, reported, blocks, heads, evidence):
        _SEEN.update(inside=True, breaks=breaks, reported=reported, blocks=blocks, heads=heads)
        _SEEN["named"] = {}
        for k, bi in evidence:
            _SEEN["named"].setdefault(k, set()).add(bi)
        try:
            return orig_pair(breaks, reported, blocks, heads, evidence)
        finally:
            _SEEN["inside"] = False

    bp.assign = assign
    trunc._pair_jointly = pair_jointly

    def undo() -> None:
        bp.assign, trunc._pair_jointly = orig_assign, orig_pair

    return undo


def cause(sample) -> str:
    """The group of a found but unpaired sample (run right after linting its text)."""
    doc = Document(sample.text)
    spans = planted.block_spans(sample.blocks)
    hb = planted.doc_block(doc, *spans[sample.target[0].block])
    tb = planted.doc_block(doc, *spans[sample.pair[0].block])
    reported = _SEEN.get("reported") or []
    br = next((x for x in reported if x.block.index == hb), None)
    if br is None or tb is None:
        return "head-not-reported"
    blocks, number = _SEEN["blocks"], _SEEN["breaks"].index(br)
    scores = {bi: s for (i, bi), s in _SEEN.get("scores", {}).items() if i == number}
    if tb not in scores:
        far = {br.cont.index} if br.title_like and br.cont is not None else set()
        if not br.title_like:
            far = _SEEN["named"].get(number, set())
        return _gate(br, blocks[tb], blocks, _SEEN["heads"], far)
    best = max(scores, key=lambda bi: (scores[bi], -abs(bi - hb)))
    if best != tb:
        _SEEN["winner"] = (blocks[best].text, scores[best], scores[tb])
        return "outscored-by-next" if best == hb + 1 else "outscored-by-other"
    if br.cont is None:
        return "below-floor"
    return "assign-other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=2)
    ap.add_argument("--classes", default="break-moved,break-next")
    ap.add_argument("--samples", type=int, default=2000, help="samples per class")
    ap.add_argument("--show", type=int, default=0, help="examples per group (terminal only)")
    ap.add_argument("--corpora", type=Path, default=planted.DEFAULT_CORPORA)
    a = ap.parse_args(argv)
    if not a.corpora.is_dir():
        print(f"pairing_causes: no corpora at {a.corpora}", file=sys.stderr)
        return 2
    undo = _wrap()
    try:
        _run(a)
    finally:
        undo()
    return 0


def _run(a: argparse.Namespace) -> None:
    arts = planted.articles(a.corpora)
    controls: dict[str, list] = {}
    for cls in planting.select_classes(a.classes):
        if not cls.name.startswith("break-") or cls.name == "break-lost":
            continue
        groups: Counter = Counter()
        by_cut: Counter = Counter()  # (cut variant, group): where each cause falls
        shown: Counter = Counter()
        n = hits = paired = 0
        for s in planting.plant_samples(arts, cls, a.samples, a.seed):
            hs = planted.lint_text(s.text)
            saved = dict(_SEEN)
            if s.host.ident not in controls:
                controls[s.host.ident] = planted.lint_text(s.host.text)
            _SEEN.clear()
            _SEEN.update(saved)
            sc = planted.score_sample(s, cls, hs, controls[s.host.ident])
            n, hits, paired = n + 1, hits + sc.hit, paired + sc.paired
            if not sc.hit or sc.paired:
                continue
            g = cause(s)
            groups[g] += 1
            by_cut[s.detail.get("cut", "?"), g] += 1
            if shown[g] < a.show and sys.stdout.isatty():
                shown[g] += 1
                head, tail = s.blocks[s.target[0].block], s.blocks[s.pair[0].block]
                print(f"  [{g}] …{head[-30:]} ⏎ {tail[:30]}…")
                if g.startswith("outscored") and "winner" in _SEEN:
                    w, sw, st = _SEEN.pop("winner")
                    print(f"      won {sw:.2f} (tail {st:.2f}): {w[:30]}…")
        print(f"{cls.name} seed {a.seed}: {n} samples, found {hits}, paired {paired}")
        for g, k in groups.most_common():
            print(f"  {k:5d}  {g}")
        cuts = sorted({c for c, _ in by_cut})
        print("  by where the cut falls (planted.py --variants): " + ", ".join(cuts))
        for g, _ in groups.most_common():
            print(f"    {g:28}" + "".join(f"{by_cut[c, g]:>8d}" for c in cuts))


if __name__ == "__main__":
    sys.exit(main())
