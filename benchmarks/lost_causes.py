#!/usr/bin/env python3
"""Why planted break-lost samples are missed: each miss put in one group by what the
truncation check did with the head block (the paragraph whose tail was deleted).

    python benchmarks/lost_causes.py --seed 4 [--samples 3000] [--show N]

Groups: ``no-break`` (no open end was taken for the block: its kind, and whether its text
has an open end at all), ``skipped`` (an open end set aside before scoring: web page
furniture, verse), otherwise the ``return`` of the function that last decided about the
block: ``_unterminated`` (a body paragraph that simply stops, judged by where it stands and
what its last sentence is) or ``lone_head`` (a title-like line between or after body
paragraphs), named by the line number and the comment of that return in the source, so a
group reads as the gate that silenced it (``lone_head:657 under the lead``). Each group is
also split by whether the block is the article's last body block (``END``) or not
(``MID``), and by the block's kind (the classifier's paragraph, subhead, label...).

It watches the check with ``sys.settrace`` on those two functions only, so it names the
decision without a copy of the checks' tests; a line number moves with the source, the
comment printed beside it does not. Counts only, unless ``--show`` prints the last 60
characters of a group's examples (terminal only: corpus text is never written out).
Develop on seeds other than the reported ones (see the README).
"""

from __future__ import annotations

import argparse
import linecache
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import planted  # noqa: E402
import planted_lib as planting  # noqa: E402

from lint_news.checks import truncation as trunc  # noqa: E402
from lint_news.document import PARAGRAPH, Document  # noqa: E402

WATCHED = ("_unterminated", "lone_head")


class _Watch:
    """The returns of the watched functions (name, file, line, block index) and every
    ``Break`` made, while a document is analysed."""

    def __init__(self) -> None:
        self.returns: list[tuple[str, str, int, int]] = []
        self.breaks: list = []

    def tracer(self, frame, event, arg):
        if event != "call" or frame.f_code.co_name not in WATCHED:
            return None

        def local(fr, ev, a):
            if ev == "return":
                b = fr.f_locals.get("b")
                if b is None and fr.f_locals.get("br") is not None:
                    b = fr.f_locals["br"].block
                idx = getattr(b, "index", -1)
                self.returns.append((fr.f_code.co_name, fr.f_code.co_filename, fr.f_lineno, idx))
            return local

        return local

    def analyse(self, text: str) -> Document:
        self.returns, self.breaks = [], []
        orig = trunc.Break.__init__
        made = self.breaks

        def init(br, *args, **kw):
            orig(br, *args, **kw)
            made.append(br)

        trunc.Break.__init__ = init
        doc = Document(text, path="planted.txt")
        sys.settrace(self.tracer)
        try:
            trunc.analyse(doc)
        finally:
            sys.settrace(None)
            trunc.Break.__init__ = orig
        return doc


def _comment(filename: str, line: int) -> str:
    """The comment on the return's line, or a pointer to the source (a bare ``return``'s
    test is the ``if`` above it)."""
    src = linecache.getline(filename, line)
    if "#" in src:
        return src.split("#", 1)[1].strip()[:50]
    return "(the test above this line in the source)"


def group_of(w: _Watch, doc: Document, bi: int) -> str:
    b = doc.blocks[bi]
    end = "END" if not any(x.kind == PARAGRAPH for x in doc.blocks[bi + 1 :]) else "MID"
    mine = [br for br in w.breaks if br.block.index == bi]
    if not mine:
        opened = "open" if trunc.open_end(b) else "closed"
        return f"no-break {b.kind} {opened} {end}"
    if mine[-1].skip:
        return f"skipped {b.kind} {end}"
    rets = [(n, f, ln) for n, f, ln, i in w.returns if i == bi]
    if not rets:
        return f"reported-elsewhere {b.kind} {end}"
    n, f, ln = rets[-1]
    return f"{n}:{ln} {b.kind} {end}  # {_comment(f, ln)}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=2)
    ap.add_argument("--samples", type=int, default=3000)
    ap.add_argument("--show", type=int, default=0, help="examples per group (terminal only)")
    ap.add_argument("--corpora", type=Path, default=planted.DEFAULT_CORPORA)
    a = ap.parse_args(argv)
    if not a.corpora.is_dir():
        print(f"lost_causes: no corpora at {a.corpora}", file=sys.stderr)
        return 2
    arts = planted.articles(a.corpora)
    (cls,) = planting.select_classes("break-lost")
    controls: dict[str, list] = {}
    groups: Counter = Counter()
    shown: Counter = Counter()
    w = _Watch()
    n = hits = 0
    for s in planting.plant_samples(arts, cls, a.samples, a.seed):
        hs = planted.lint_text(s.text)
        if s.host.ident not in controls:
            controls[s.host.ident] = planted.lint_text(s.host.text)
        sc = planted.score_sample(s, cls, hs, controls[s.host.ident])
        n, hits = n + 1, hits + sc.hit
        if sc.hit:
            continue
        doc = w.analyse(s.text)
        bi = planted.doc_block(doc, *planted.block_spans(s.blocks)[s.target[0].block])
        g = "no-block" if bi is None else group_of(w, doc, bi)
        groups[g] += 1
        if shown[g] < a.show and sys.stdout.isatty():
            shown[g] += 1
            print(f"  [{g.split('  #')[0]}] …{s.blocks[s.target[0].block][-60:]}")
    print(f"break-lost seed {a.seed}: {n} samples, found {hits}, missed {n - hits}")
    for g, k in groups.most_common():
        print(f"  {k:5d}  {g}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
