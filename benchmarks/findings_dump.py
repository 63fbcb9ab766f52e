#!/usr/bin/env python3
"""Every finding of this checkout, one line each, to compare two checkouts byte for byte
(a change meant to be behaviour-preserving, e.g. a speed step, must leave it identical):

    python benchmarks/findings_dump.py > /tmp/before.txt     # at the branch point
    python benchmarks/findings_dump.py > /tmp/after.txt      # after the change
    cmp /tmp/before.txt /tmp/after.txt

What it lints, with every rule (disabled ones too): each unit of the clean corpora
(``../shared/corpora``, as corpus_eval cuts them), the reference page alone and three times
in one document, ``examples/*.txt``, and 60 planted samples of every planted-defect class
(seed 7). Each line: document, rule, severity, span, message, fix, related places and
edits. Without ../shared only the examples are linted. About 10 s on one core.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

import corpus_eval  # noqa: E402

from lint_news.document import Document  # noqa: E402
from lint_news.engine import lint_document  # noqa: E402

REFERENCE = ROOT.parent / "shared" / "seeds" / "000_9646c9c426e300ee.txt"


def dump(name: str, text: str, rules: list, out: TextIO) -> None:
    for f in lint_document(Document(text, path=name), rules):
        rel = ";".join(f"{r.start}-{r.end}:{getattr(r, 'message', '')}" for r in f.related)
        out.write(
            f"{name}\t{f.rule}\t{f.severity}\t{f.start}\t{f.end}\t{f.message}\t{f.fix}\t{rel}\t{f.edits}\n"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=corpus_eval.DEFAULT_CORPORA)
    ap.add_argument(
        "--only", choices=("all", "corpora", "planted"), default="all", help="a part only"
    )
    a = ap.parse_args(argv)
    rules = corpus_eval.default_rules(include_disabled=True)
    out = sys.stdout
    have = a.corpora.is_dir()
    if have and a.only in ("all", "corpora"):
        for i, u in enumerate(corpus_eval.load_units(a.corpora)):
            dump(f"{u.file}#{i}", u.text, rules, out)
    if REFERENCE.exists():
        page = REFERENCE.read_text(encoding="utf-8")
        dump("page", page, rules, out)
        dump("page3", "\n\n".join([page] * 3), rules, out)
    for p in sorted((ROOT / "examples").glob("*.txt")):
        dump(p.name, p.read_text(encoding="utf-8"), rules, out)
    if have and a.only in ("all", "planted"):
        import planted_lib as planting

        known = corpus_eval.known_repeated(a.corpora)
        files = {s.name: s.file for s in corpus_eval.CORPORA}
        arts = planting.build_articles(a.corpora, 0, skip=known, files=files)
        pd = planting.pd_articles(a.corpora, files)
        for cls in planting.CLASSES:
            for i, s in enumerate(planting.plant_samples(arts, cls, 60, 7, pd)):
                dump(f"{cls.name}#{i}", s.text, rules, out)
    if not have:
        print(f"findings_dump: no corpora at {a.corpora}; examples only", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
