#!/usr/bin/env python3
"""Instructions, not seconds: what a change costs, counted by valgrind's callgrind.

    python benchmarks/instructions.py [--checkout DIR ...] [--rule ID] [--corpora-every N]

On a shared machine wall and CPU time drift between hours by more than most changes; an
instruction count does not (a fixed ``PYTHONHASHSEED``: dict and set order moves counts by
up to 8%). For this checkout and each ``--checkout`` (e.g. a worktree of main), in a child
process with that tree's ``lint_news`` first on the path:

- the reference page (``../shared/seeds/``), per-text memos forgotten before each copy:
  instructions of 12 copies minus those of 2, over 10, both after WARM (21) copies (start-up
  and first-use costs cancel; rjieba is imported once a process has segmented 20,000
  characters in Python, about the sixth copy, and its ~440 M instructions must fall outside
  the difference, as must the building of the on-disk caches: the child runs once, uncounted,
  before the counts; the engine and the pattern rules plan their scans after 20 documents,
  as in ``speed.py``'s throughput, which warms up on 20); memos forgotten as
  ``lint_news.memos.forget_texts`` does (an older checkout: ``dictseg.forget_texts``);
- with ``--corpora-every N``, every Nth unit of the clean corpora: two passes minus one (one
  warm pass).

``--rule ID`` counts only that rule (e.g. ``broken-paragraph``). Needs ``valgrind``; prints
a line and exits 0 without it. Each count takes about a minute.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from bigfile import _commit  # (a checkout's short commit; this directory is on the path)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PAGE = ROOT.parent / "shared" / "seeds" / "000_9646c9c426e300ee.txt"
CORPORA = ROOT.parent / "shared" / "corpora"

_CHILD = r"""
import os, sys
tree, bench, mode, n, rule, every = sys.argv[1:7]
sys.path[:0] = [tree, bench]
from corpus_eval import default_rules, load_units
from pathlib import Path
from lint_news.document import Document
from lint_news.engine import lint_document
try:
    from lint_news.memos import forget_texts
except ImportError:  # (an older checkout: the dictionary's memos alone)
    try:
        from lint_news.dictseg import forget_texts
    except ImportError:
        forget_texts = lambda: None
rules = [r for r in default_rules() if not rule or r.id == rule]
WARM = 21  # page copies before the counted ones (see the module's docstring)
if mode == "page":
    text = Path(os.environ["LN_PAGE"]).read_text(encoding="utf-8")
    for _ in range(int(n) + WARM):
        forget_texts()
        lint_document(Document(text), rules)
else:
    units = [u.text for u in load_units(Path(os.environ["LN_CORPORA"]))][:: int(every)]
    for _ in range(int(n)):
        for t in units:
            lint_document(Document(t), rules)
"""


def count(tree: Path, mode: str, n: int, rule: str, every: int, grind: bool = True) -> int:
    env = dict(os.environ, PYTHONHASHSEED="0", LN_PAGE=str(PAGE), LN_CORPORA=str(CORPORA))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # (a module compiled at every start is counted)
    tool = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] if grind else []
    r = subprocess.run(
        [
            *tool,
            sys.executable,
            "-c",
            _CHILD,
            str(tree),
            str(HERE),
            mode,
            str(n),
            rule,
            str(every),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tree,
    )
    if not grind and r.returncode == 0:
        return 0
    m = re.search(r"Collected : (\d+)", r.stderr)
    if r.returncode != 0 or m is None:
        sys.exit(f"instructions: the run in {tree} failed: {r.stderr.strip()[-600:]}")
    return int(m.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checkout", type=Path, action="append", default=[], help="repeatable")
    ap.add_argument("--rule", default="", help="count only this rule")
    ap.add_argument("--corpora-every", type=int, default=0, help="also every Nth corpus unit")
    a = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("instructions: skipped: valgrind is not installed")
        return
    if not PAGE.is_file():
        print(f"instructions: skipped: the reference page is not present at {PAGE}")
        return
    trees = [c.resolve() for c in a.checkout] + [ROOT]
    for t in trees:
        if not (t / "lint_news").is_dir():
            sys.exit(f"instructions: {t} is not a checkout of lint-news")
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(t / "lint_news")])
    what = f" ({a.rule} only)" if a.rule else ""
    print(
        f"| checkout | reference page, a copy{what} |" + (" corpora |" if a.corpora_every else "")
    )
    print("|---|---|" + ("---|" if a.corpora_every else ""))
    first: list[int] = []
    for t in trees:
        count(t, "page", 1, a.rule, 0, grind=False)  # (the on-disk caches built, uncounted)
        page = (count(t, "page", 12, a.rule, 0) - count(t, "page", 2, a.rule, 0)) // 10
        row = [page]
        if a.corpora_every:
            one = count(t, "corpora", 1, a.rule, a.corpora_every)
            row.append(count(t, "corpora", 2, a.rule, a.corpora_every) - one)
        first = first or row
        cells = " | ".join(
            f"{v / 1e6:,.1f} M ({v / f:.3f}x)" for v, f in zip(row, first, strict=True)
        )
        print(f"| {t.name} {_commit(t)} | {cells} |", flush=True)


if __name__ == "__main__":
    main()
