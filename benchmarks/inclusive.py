#!/usr/bin/env python3
"""Instructions per function, inclusive: what a named function costs with all it calls.

    python benchmarks/inclusive.py [--target MODULE:QUALNAME ...] [--rule ID] [--top N]

``instructions.py`` counts a whole page copy and ``bytecodes.py`` a function's own
bytecodes; neither says what ``Scorer.score`` costs with the segmenter, the regular
expressions and the sets it calls. This script wraps each target (a function or method,
looked up where its callers find it: ``lint_news.checks.truncation:_pair_jointly`` is the
name ``truncation`` calls) so that entering and leaving it calls ``os.getppid``, runs the
reference page once per-text memos forgotten after 21 warm copies (as ``instructions.py``),
and has valgrind's callgrind dump its count at every such call (``--dump-before=getppid``):
the instructions between two marks belong to the innermost target open there. A generator
(a check) is timed while it is iterated.

Each mark costs some 1,500 instructions of its own (the wrapper and the call), counted in
the caller's own column: read the figures of a target called a thousand times a copy with
that in mind, and compare runs with the same targets. Needs ``valgrind``; prints a line and
exits 0 without it. One run takes one to three minutes.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PAGE = ROOT.parent / "shared" / "seeds" / "000_9646c9c426e300ee.txt"

# the pieces of a page copy that session 15 measured (issue 12)
DEFAULT_TARGETS = (
    "lint_news.document:Document.__init__",
    "lint_news.numbers:parse_quantities",
    "lint_news.checks.truncation:check",
    "lint_news.checks.truncation:_pair_jointly",
    "lint_news.checks.truncation:_pair_score",
    "lint_news.checks.truncation_joint:_Joint.candidates",
    "lint_news.checks.truncation_joint:_Heads.get",
    "lint_news.checks.break_pairing:Scorer.pair",
    "lint_news.checks.break_pairing:Scorer.score",
    "lint_news.checks.break_pairing:Pair.gain",
    "lint_news.checks.break_topic:Topic.term",
    "lint_news.checks.break_topic:Topic._count",
    "lint_news.checks.break_place:Place.term",
    "lint_news.checks.arithmetic:check",
    "lint_news.checks.repetition:check",
    "lint_news.checks.repetition:_repeated_paragraphs",
    "lint_news.checks.repetition:_shingle_keys",
    "lint_news.checks.pattern:check",
    "lint_news.checks.quantity_consistency:check",
)

_CHILD = r"""
import importlib, inspect, json, os, sys
tree, bench, page, out, rule = sys.argv[1:6]
targets = sys.argv[6:]
sys.path[:0] = [tree, bench]
on = [False]
events = []
mark = os.getppid


def wrap(spec):
    module, qual = spec.split(":")
    owner = importlib.import_module(module)
    parts = qual.split(".")
    for p in parts[:-1]:
        owner = getattr(owner, p)
    f = inspect.getattr_static(owner, parts[-1])
    name = module.rsplit(".", 1)[-1] + "." + qual
    kind = type(f)
    if kind in (staticmethod, classmethod):
        f = f.__func__
    if inspect.isgeneratorfunction(f):
        def w(*a, **k):
            if not on[0]:
                yield from f(*a, **k)
                return
            mark()
            events.append(("+", name))
            try:
                yield from f(*a, **k)
            finally:
                mark()
                events.append(("-", name))
    else:
        def w(*a, **k):
            if not on[0]:
                return f(*a, **k)
            mark()
            events.append(("+", name))
            try:
                return f(*a, **k)
            finally:
                mark()
                events.append(("-", name))
    for attr in ("__name__", "__qualname__", "__doc__", "__wrapped__"):
        try:
            setattr(w, attr, getattr(f, attr) if attr != "__wrapped__" else f)
        except AttributeError:
            pass
    if hasattr(f, "cache_clear"):  # (a memo that lint_news.memos forgets)
        w.cache_clear = f.cache_clear
    setattr(owner, parts[-1], kind(w) if kind in (staticmethod, classmethod) else w)


for t in targets:
    wrap(t)
from corpus_eval import default_rules
from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.memos import forget_texts

rules = [r for r in default_rules() if not rule or r.id == rule]
text = open(page, encoding="utf-8").read()
for _ in range(21):
    forget_texts()
    lint_document(Document(text), rules)
forget_texts()
on[0] = True
mark()
events.append(("+", "a page copy"))
lint_document(Document(text), rules)
mark()
events.append(("-", "a page copy"))
on[0] = False
json.dump(events, open(out, "w"))
"""


def callgrind_marked(prefix: str, code: str, *args: str) -> subprocess.CompletedProcess:
    """Run ``python -c code args`` under callgrind (PYTHONHASHSEED=0, in the project root),
    one dump at every ``os.getppid()`` the code calls as a mark: dumps ``prefix.1``, ``.2``..."""
    return subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={prefix}",
            "--dump-before=getppid",
            sys.executable,
            "-c",
            code,
            *args,
        ],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONHASHSEED="0"),
        cwd=ROOT,
    )


def dump_totals(prefix: str) -> list[int]:
    """The instruction count of each dump, in the order callgrind wrote them."""
    files = sorted(glob.glob(prefix + ".*"), key=lambda f: int(f.rsplit(".", 1)[1]))
    out = []
    for f in files:
        with open(f) as fh:
            for line in fh:
                if line.startswith(("totals:", "summary:")):
                    out.append(int(line.split()[1]))
                    break
    return out


def attribute(events: list[list[str]], segments: list[int]) -> tuple[Counter, Counter, Counter]:
    """(inclusive, own, calls) per name: ``segments[k]`` is the count between mark k and
    mark k + 1, charged to every target open then (inclusive) and to the innermost (own)."""
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    stack: list[str] = []
    for k, (kind, name) in enumerate(events):
        if kind == "+":
            stack.append(name)
            calls[name] += 1
        else:
            stack.pop()
        if k < len(segments) and stack:
            for n in set(stack):
                inclusive[n] += segments[k]
            own[stack[-1]] += segments[k]
    return inclusive, own, calls


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--target", action="append", default=[], help="MODULE:QUALNAME, repeatable")
    ap.add_argument("--rule", default="", help="lint with this rule only")
    ap.add_argument("--top", type=int, default=60)
    a = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("inclusive: skipped: valgrind is not installed")
        return
    if not PAGE.is_file():
        print(f"inclusive: skipped: the reference page is not present at {PAGE}")
        return
    targets = a.target or list(DEFAULT_TARGETS)
    with tempfile.TemporaryDirectory(prefix="inclusive-") as tmp:
        prefix = os.path.join(tmp, "cg.out")
        out = os.path.join(tmp, "events.json")
        r = callgrind_marked(prefix, _CHILD, str(ROOT), str(HERE), str(PAGE), out, a.rule, *targets)
        if r.returncode != 0 or not os.path.exists(out):
            sys.exit(f"inclusive: the run failed: {r.stderr.strip()[-800:]}")
        with open(out) as fh:
            events = json.load(fh)
        # (dump 0 holds everything before the first mark; dump k + 1 what follows mark k)
        segments = dump_totals(prefix)[1:]
    inclusive, own, calls = attribute(events, segments)
    whole = inclusive["a page copy"] or 1
    if a.rule:
        print(f"(rule {a.rule} only)")
    print("| target | inclusive, M a copy | share | own, M | calls |")
    print("|---|---:|---:|---:|---:|")
    for name, v in inclusive.most_common(a.top):
        print(
            f"| {name} | {v / 1e6:,.2f} | {100 * v / whole:.1f}% | {own[name] / 1e6:,.2f} | {calls[name]} |"
        )


if __name__ == "__main__":
    main()
