"""Throughput of lint_news.numbers.parse_quantities on real news text.

Run from anywhere:  python benchmarks/numbers_speed.py [--mb 2.0] [--runs 3] [--profile]

Builds about 2 MB (UTF-8) of news text from the measurement corpora in ../shared/corpora
(relative to the repository root; they are not part of the project and are never copied
into it), times parse_quantities over it (median of N runs) against a baseline of one
compiled-regex scan, re.compile(r"\\d+").findall, over the same text, and prints MB/s for
both and their ratio. Exits 0 with a message when the corpora are absent.

The target is parse_quantities >= 2 MB/s on one core.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
SOURCES = [
    *sorted((CORPORA / "sighan2005-icwb2-pku-msr-test").glob("*.plain.txt")),
    CORPORA / "thucnews-cnews-val1000" / "articles.plain.txt",
]
TARGET_MB_S = 2.0


def build_text(target_mb: float) -> str | None:
    parts: list[str] = []
    size = 0
    limit = int(target_mb * 1_000_000)
    present = [p for p in SOURCES if p.is_file()]
    if not present:
        return None
    while size < limit:
        for path in present:
            chunk = path.read_text(encoding="utf-8")
            parts.append(chunk)
            size += len(chunk.encode("utf-8"))
            if size >= limit:
                break
    text = "".join(parts)
    # trim to the target size (on a character boundary)
    data = text.encode("utf-8")[:limit]
    return data.decode("utf-8", errors="ignore")


def timed(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0, help="size of the text in MB (UTF-8)")
    ap.add_argument("--runs", type=int, default=3, help="timed runs; the median is reported")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of one run")
    args = ap.parse_args()

    text = build_text(args.mb)
    if text is None:
        print(
            f"SKIP: corpora not found under {CORPORA} (they live beside the project, in ../shared)"
        )
        return 0
    sys.path.insert(0, str(ROOT))
    t0 = time.perf_counter()
    from lint_news.numbers import parse_quantities

    import_s = time.perf_counter() - t0

    mb = len(text.encode("utf-8")) / 1_000_000
    digits = re.compile(r"\d+")
    parse_quantities(text[:20000])  # warm-up (pint loads here if a physical unit appears)

    base_s = timed(lambda: digits.findall(text), args.runs)
    parse_s = timed(lambda: parse_quantities(text), args.runs)
    qs = parse_quantities(text)
    kinds: dict[str, int] = {}
    for q in qs:
        kinds[q.kind] = kinds.get(q.kind, 0) + 1

    print(f"text: {mb:.2f} MB, {len(text):,} characters, from {len(SOURCES)} corpus files")
    print(f"import lint_news.numbers: {import_s * 1000:.0f} ms")
    print(
        f"figures found: {len(qs):,}  " + ", ".join(f"{k} {v:,}" for k, v in sorted(kinds.items()))
    )
    print(f"re \\d+ findall   : {mb / base_s:8.1f} MB/s  ({base_s * 1000:.0f} ms)")
    print(f"parse_quantities : {mb / parse_s:8.1f} MB/s  ({parse_s * 1000:.0f} ms)")
    print(f"ratio            : {parse_s / base_s:8.1f}x slower than the bare regex scan")
    ok = mb / parse_s >= TARGET_MB_S
    print(f"target {TARGET_MB_S} MB/s: {'met' if ok else 'NOT met'}")

    if args.profile:
        import cProfile
        import pstats

        pr = cProfile.Profile()
        pr.enable()
        parse_quantities(text)
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(15)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
