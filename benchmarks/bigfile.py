#!/usr/bin/env python3
"""Files of any size: one long file of many articles against the same text as separate files.

usage: python benchmarks/bigfile.py [--mb 20] [--baseline-mb 2] [--unsplit-mb 0.25] [--page FILE]
                                   [--checkout DIR]

Inputs are built in a temporary directory (never in the repository) from the reference page
(``../shared/seeds/000_9646c9c426e300ee.txt``, a real newspaper page with real defects),
repeated; every measure is a ``lint-news check --format json`` child process, timed from
outside, its peak RSS read with ``resource.getrusage(RUSAGE_CHILDREN)`` in a wrapper process:

- the big file: one file of ``--mb`` MB (target: under 60 s and under 500 MB);
- the same size, twice: ``--baseline-mb`` MB as one file and as separate page files; the
  ratio of their times is the cost of reading one file window by window instead of pages;
- the old path for reference: ``--unsplit-mb`` MB linted as one document (what every file
  got before the split), in process, to show why a long file needs windows;
- with ``--corpora``, the clean corpora (``../shared/corpora``, 5.2 MB of ordinary news, no
  article marks in most of it) as one file per corpus unit and as one file: the case of an
  export of many short articles rather than of pages.

``--checkout DIR`` (repeatable, e.g. a checkout of main) measures every input with that
checkout's lint-news as well, in the same run, each input for every checkout in turn, and
prints this checkout's CPU time as a ratio of that one's: on a shared machine the ratio is
the measure, seconds move with the load.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PAGE = ROOT.parent / "shared" / "seeds" / "000_9646c9c426e300ee.txt"
TARGET_S, TARGET_MB = 60.0, 500.0

# runs a command and reports its wall time and its peak RSS (only this wrapper's children)
_WRAPPER = r"""
import json, resource, subprocess, sys, time
t = time.perf_counter()
with open(sys.argv[1], "wb") as out:
    rc = subprocess.run(sys.argv[2:], stdout=out).returncode
dt = time.perf_counter() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = ru.ru_utime + ru.ru_stime
print(json.dumps({"seconds": dt, "cpu": cpu, "rss_mb": ru.ru_maxrss / 1024, "rc": rc}))
"""

_UNSPLIT = r"""
import sys
from lint_news.config import Config
from lint_news.document import Document
from lint_news.engine import lint_document, select_rules
from lint_news.rules import load_rules
text = open(sys.argv[1], encoding="utf-8").read()
doc = Document(text, path=sys.argv[1])
print(len(lint_document(doc, select_rules(load_rules([]), Config()))))
"""


def measure(cmd: list[str], out: Path, tree: Path = ROOT) -> dict[str, float]:
    """Time ``cmd`` run with ``tree``'s lint_news (``python -m`` imports it from the working
    directory)."""
    r = subprocess.run(
        [sys.executable, "-c", _WRAPPER, str(out), *cmd],
        capture_output=True,
        text=True,
        cwd=tree,
        check=True,
    )
    res = json.loads(r.stdout)
    if res["rc"] not in (0, 1):
        sys.exit(f"bigfile: {' '.join(cmd)} exited {res['rc']}")
    return res


def findings(out: Path) -> int:
    text = out.read_text(encoding="utf-8")
    return json.loads(text)["summary"]["findings"] if text.startswith("{") else int(text)


def repeated(page: str, mb: float) -> tuple[str, int]:
    k = max(1, round(mb * 1e6 / len(page.encode())))
    return "\n\n".join([page] * k) + "\n", k


Row = tuple[str, float, dict[str, float], int]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="size of the big file (MB of UTF-8)")
    ap.add_argument("--baseline-mb", type=float, default=2.0, help="size of the comparison")
    ap.add_argument("--unsplit-mb", type=float, default=0.25, help="0 to skip the old path")
    ap.add_argument("--page", type=Path, default=PAGE, help="the page to repeat")
    ap.add_argument(
        "--corpora", action="store_true", help="also the clean corpora: unit files vs one file"
    )
    ap.add_argument(
        "--checkout",
        type=Path,
        action="append",
        default=[],
        help="another checkout (e.g. of main) measured in the same run; repeatable",
    )
    args = ap.parse_args()
    if not args.page.is_file():
        print(f"bigfile: skipped: the reference page is not present at {args.page}")
        return
    for c in args.checkout:
        if not (c / "lint_news").is_dir():
            sys.exit(f"bigfile: {c} is not a checkout of lint-news (no lint_news/ in it)")
    trees = {f"{c.name} {_commit(c)}": c.resolve() for c in args.checkout}
    trees[f"this {_commit(ROOT)}"] = ROOT
    page = args.page.read_text(encoding="utf-8").strip("\n")
    check = [sys.executable, "-m", "lint_news", "check", "--format", "json"]
    rows: dict[str, list[Row]] = {t: [] for t in trees}

    def each(name: str, mb: float, cmd: list[str], out: Path) -> None:
        for tname, tree in trees.items():  # (in turn: the load falls on all alike)
            rows[tname].append((name, mb, measure(cmd, out, tree), findings(out)))

    with tempfile.TemporaryDirectory(prefix="lint-news-bigfile-") as tmp:
        d = Path(tmp)
        base, k = repeated(page, args.baseline_mb)
        (d / "pages").mkdir()
        for i in range(k):
            (d / "pages" / f"page{i:05d}.txt").write_text(page + "\n", encoding="utf-8")
        mb = len(base.encode()) / 1e6
        each(f"{k} separate page files", mb, [*check, str(d / "pages")], d / "out.json")
        (d / "base.txt").write_text(base, encoding="utf-8")
        each(f"the same {k} pages as one file", mb, [*check, str(d / "base.txt")], d / "out.json")
        if args.unsplit_mb > 0:
            text, n = repeated(page, args.unsplit_mb)
            (d / "unsplit.txt").write_text(text, encoding="utf-8")
            cmd = [sys.executable, "-c", _UNSPLIT, str(d / "unsplit.txt")]
            mb = len(text.encode()) / 1e6
            each(f"{n} pages as one document (old path)", mb, cmd, d / "out.txt")
        del base
        if args.corpora:
            sys.path.insert(0, str(HERE))
            import corpus_eval

            units = [u.text for u in corpus_eval.load_units(ROOT.parent / "shared" / "corpora")]
            (d / "units").mkdir()
            for i, t in enumerate(units):
                (d / "units" / f"u{i:05d}.txt").write_text(t + "\n", encoding="utf-8")
            joined = "\n\n".join(units) + "\n"
            (d / "corpora.txt").write_text(joined, encoding="utf-8")
            mb = len(joined.encode()) / 1e6
            del joined, units
            each("clean corpora, one file per unit", mb, [*check, str(d / "units")], d / "out.json")
            each("clean corpora as one file", mb, [*check, str(d / "corpora.txt")], d / "out.json")
        text, n = repeated(page, args.mb)
        (d / "big.txt").write_text(text, encoding="utf-8")
        mb = len(text.encode()) / 1e6
        del text
        each(f"{n} pages as one file", mb, [*check, str(d / "big.txt")], d / "out.json")

    for tname, got in rows.items():
        print(f"\n{tname}")
        report(got)
    this = list(rows)[-1]
    for other in list(rows)[:-1]:
        ratios = ", ".join(
            f"{a[0]}: {a[2]['cpu'] / b[2]['cpu']:.2f}x"
            for a, b in zip(rows[this], rows[other], strict=True)
        )
        print(f"\nCPU time of {this} / {other}: {ratios}")


def report(rows: list[Row]) -> None:
    print(
        f"{'input':<40} {'MB':>6} {'wall s':>7} {'CPU s':>7} {'MB/CPU s':>8} "
        f"{'peak RSS':>9} {'findings':>9}"
    )
    for name, mb, res, nf in rows:
        s, c, rss = res["seconds"], res["cpu"], res["rss_mb"]
        print(f"{name:<40} {mb:6.2f} {s:7.1f} {c:7.1f} {mb / c:8.3f} {rss:6.0f} MB {nf:>9}")
    # CPU time: the machine may be shared, and wall time then measures the neighbours
    sep, one = rows[0][2]["cpu"], rows[1][2]["cpu"]
    print(f"one file / separate files, same {rows[0][1]:.2f} MB: {one / sep:.2f}x the CPU time")
    big_name, big_mb, big, _ = rows[-1]
    print(
        f"{big_mb:.1f} MB file vs separate files, per MB: "
        f"{(big['cpu'] / big_mb) / (sep / rows[0][1]):.2f}x the CPU time"
    )
    ok_t = big["seconds"] < TARGET_S
    ok_m = big["rss_mb"] < TARGET_MB
    print(
        f"target {big_mb:.0f} MB file < {TARGET_S:.0f} s: {'met' if ok_t else 'NOT met'} "
        f"({big['seconds']:.1f} s wall, {big['cpu']:.1f} s CPU); peak < {TARGET_MB:.0f} MB: "
        f"{'met' if ok_m else 'NOT met'} ({big['rss_mb']:.0f} MB)"
    )


def _commit(tree: Path) -> str:
    r = subprocess.run(
        ["git", "-C", str(tree), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    return r.stdout.strip() or "?"


if __name__ == "__main__":
    main()
