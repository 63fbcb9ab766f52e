#!/usr/bin/env python3
"""Speed and memory of lint-news, as ratios against baselines measured in the same run.

usage: python benchmarks/speed.py [--baseline ../main] [--corpora ../shared/corpora] [--runs 10]
                                 [--repeat 3] [--quick] [--scaling] [--profile]

One run measures every checkout given (``--baseline DIR``, e.g. a checkout of main, and this
one) against the same baselines, interleaved, so that a shared machine's load falls on all:

- start-up: ``python -m lint_news check ARTICLE`` against the floor
  ``python -c "import click, yaml"``, median of --runs, with the peak RSS of each run, on
  the benchmark article (sample_article.txt, which loads neither segmenter nor pint), an
  ordinary article with figures whose contexts must be compared (figures_article.txt, own
  text) and the reference page (../shared/seeds); and which of jieba, rjieba, pint and regex
  each article makes lint-news import, and whether it segments text at all. Targets: <= 2.5x the floor on the figures article,
  <= 4x on the reference page;
- throughput: MB of UTF-8 per CPU second of one process (one core) and its peak RSS, on the
  clean corpora (one document per corpus unit) and on the reference page repeated to 2 MB
  (one document per copy), twice: as it comes, where every copy after the first finds the
  answers kept per text (``dictseg``'s log probabilities and cut blocks, the checks' caches
  of paragraph ends and sentences) from the copies before it, which real text that does not
  repeat would not; and with those forgotten before each copy (``lint_news.memos.forget_texts``;
  word look-ups and figures' parses stay, real text repeats common words and figures). Targets: >= 2 MB/s on the corpora and >= 1 MB/s on the page with
  its text memos cleared per copy (the repeated figure is shown, not judged);
- ``--scaling``: 10, 100 and 1,000 articles, in process and through ``check --jobs``;
- ``--profile``: cProfile of this checkout on both text sets.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import corpus_eval  # noqa: E402
from corpus_eval import DEFAULT_CORPORA, Unit, default_rules, render_table  # noqa: E402

SAMPLE = HERE / "sample_article.txt"
FLOOR_REGEX = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?|[。！？]")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}"
    )


def lint_command() -> list[str]:
    exe = Path(sys.executable).parent / "lint-news"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "lint_news"]


def _run(cmd: list[str], cwd: str | None = None, env: dict[str, str] | None = None) -> float:
    t0 = time.perf_counter()
    subprocess.run(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd, env=env, check=False
    )
    return time.perf_counter() - t0


# ---------------------------------------------------------------------------------------
# start-up


# ---------------------------------------------------------------------------------------
# throughput


def corpus_units(root: Path) -> list[Unit]:
    if root.is_dir():
        units = corpus_eval.load_units(root)
        if units:
            return units
    text = SAMPLE.read_text(encoding="utf-8")
    return [Unit("sample", "sample_article.txt", text, list(range(1, text.count("\n") + 2)))] * 700


def lint_all(units: list[Unit], rules: list) -> int:
    from lint_news.document import Document
    from lint_news.engine import lint_document

    n = 0
    for u in units:
        n += len(lint_document(Document(u.text, path=u.file), rules))
    return n


def regex_scan(units: list[Unit]) -> int:
    n = 0
    for u in units:
        for _ in FLOOR_REGEX.finditer(u.text):
            n += 1
    return n


def throughput(units: list[Unit], rules: list, runs: int) -> dict[str, float]:
    chars = sum(u.chars for u in units)
    nbytes = sum(len(u.text.encode("utf-8")) for u in units)
    lint_all(
        units[:50], rules
    )  # warm-up: imports, lazy loads (jieba, pint) happen once per process
    lint_t, re_t = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        regex_scan(units)
        re_t.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        lint_all(units, rules)
        lint_t.append(time.perf_counter() - t0)
    lt, rt = statistics.median(lint_t), statistics.median(re_t)
    return {
        "chars": chars,
        "bytes": nbytes,
        "lint": lt,
        "regex": rt,
        "ratio": lt / rt,
        "mchars": chars / lt / 1e6,
        "mbytes": nbytes / lt / 1e6,
        "regex_mchars": chars / rt / 1e6,
        "ms_per_3000": lt / chars * 3000 * 1000,
    }


def stages(units: list[Unit], rules: list) -> list[tuple[str, float]]:
    """Seconds spent per stage: document model, quantity parsing, each rule (one pass)."""
    from lint_news.document import Document
    from lint_news.rules import kind_module

    have_numbers = True
    try:
        import lint_news.numbers  # noqa: F401
    except ImportError:
        have_numbers = False
    spent: dict[str, float] = defaultdict(float)
    clock = time.perf_counter
    for u in units:
        t0 = clock()
        doc = Document(u.text, path=u.file)
        t1 = clock()
        spent["document model"] += t1 - t0
        if have_numbers:
            doc.quantities  # noqa: B018 - parse once, as the first quantity check would
            spent["quantities (numbers.py)"] += clock() - t1
        for rule in rules:
            t0 = clock()
            for _ in kind_module(rule.kind).check(doc, rule):
                pass
            spent[f"{rule.category}/{rule.id}"] += clock() - t0
    return sorted(spent.items(), key=lambda kv: -kv[1])


def profile(units: list[Unit], rules: list, top: int) -> str:
    prof = cProfile.Profile()
    prof.enable()
    lint_all(units, rules)
    prof.disable()
    out = io.StringIO()
    st = pstats.Stats(prof, stream=out)
    st.strip_dirs().sort_stats("cumulative").print_stats(top)
    out.write("\n--- by own time ---\n")
    st.sort_stats("tottime").print_stats(top)
    text = out.getvalue()
    # drop pstats' preamble lines about the file ordering
    return "\n".join(
        ln for ln in text.splitlines() if ln.strip() and not ln.startswith("   Ordered by")
    )


# ---------------------------------------------------------------------------------------
# scaling


def article_texts(root: Path, n: int) -> list[str]:
    path = root / corpus_eval.THUC
    if path.is_file():
        lines = [ln for ln in path.read_text(encoding="utf-8").split("\n") if ln.strip()]
        return [lines[i % len(lines)] for i in range(n)]
    return [SAMPLE.read_text(encoding="utf-8")] * n


def scaling(
    root: Path, rules: list, sizes: tuple[int, ...], jobs: tuple[int, ...]
) -> list[dict[str, float]]:
    from lint_news.document import Document
    from lint_news.engine import lint_document

    texts = article_texts(root, max(sizes))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, t in enumerate(texts):
            (Path(tmp) / f"a{i:04d}.txt").write_text(t, encoding="utf-8")
        for n in sizes:
            row: dict[str, float] = {"n": n, "chars": sum(len(t) for t in texts[:n])}
            t0 = time.perf_counter()
            for t in texts[:n]:
                lint_document(Document(t), rules)
            row["inproc_ms"] = (time.perf_counter() - t0) / n * 1000
            sub = Path(tmp) / f"set{n}"
            sub.mkdir()
            for i in range(n):
                os.link(Path(tmp) / f"a{i:04d}.txt", sub / f"a{i:04d}.txt")
            for j in jobs:
                wall = _run(
                    lint_command() + ["check", str(sub), "--format", "json", "--jobs", str(j)], tmp
                )
                row[f"cli_j{j}_ms"] = wall / n * 1000
                row[f"cli_j{j}_s"] = wall
            rows.append(row)
    return rows


# ---------------------------------------------------------------------------------------


def _ok(flag: bool) -> str:
    return "met" if flag else "NOT met"


# ---------------------------------------------------------------------------------------
# issue 12: start-up on real articles and throughput, per checkout, in one run

REFERENCE = ROOT.parent / "shared" / "seeds" / "000_9646c9c426e300ee.txt"
FIGURES = HERE / "figures_article.txt"
TARGET_FIGURES = 2.5  # start-up on an ordinary article with figures, x the floor
TARGET_REFERENCE = 4.0  # start-up on the reference page, x the floor
TARGET_CORPUS_MBS = 2.0  # MB/s of UTF-8 per core on the clean corpora
TARGET_REPEAT_MBS = 1.0  # MB/s on the reference page repeated to 2 MB, text memos cleared per copy
REPEAT_BYTES = 2_000_000


def _env(tree: Path | None) -> dict[str, str]:
    """The environment of a run of ``tree``'s lint_news (None: the one this Python imports)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if tree is not None:
        env["PYTHONPATH"] = str(tree) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _timed(cmd: list[str], env: dict[str, str], cwd: str) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one run of ``cmd`` (the child's own rusage)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=cwd
    )
    _pid, _status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    return time.perf_counter() - t0, usage.ru_maxrss / 1024


def startups(
    articles: dict[str, Path], trees: dict[str, Path | None], runs: int
) -> dict[tuple[str, str], dict[str, float]]:
    """Median wall time and peak RSS of ``python -m lint_news check ARTICLE`` per tree and
    article, and of the floor ``python -c "import click, yaml"``, all interleaved."""
    floor_cmd = [sys.executable, "-c", "import click, yaml"]
    samples: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs + 1):  # the first round warms the caches and is dropped
            samples[("floor", "")].append(_timed(floor_cmd, _env(None), tmp))
            for tname, tree in trees.items():
                for aname, path in articles.items():
                    cmd = [sys.executable, "-m", "lint_news", "check", str(path)]
                    samples[(tname, aname)].append(_timed(cmd, _env(tree), tmp))
    out = {}
    for key, got in samples.items():
        got = got[1:]
        out[key] = {
            "s": statistics.median(g[0] for g in got),
            "rss": statistics.median(g[1] for g in got),
        }
    return out


_LOADS = r"""
import sys
from lint_news.cli import main
try:
    main(["check", sys.argv[1]])
except SystemExit:
    pass
w = sys.modules.get("lint_news.words")
seg = "segmenter" if w is not None and w.is_loaded() else ""
print(" ".join(m for m in (seg, "jieba", "rjieba", "pint", "regex") if m in sys.modules or m == seg and m) or "-")
"""


def loads(path: Path, tree: Path | None) -> str:
    """Which of jieba, rjieba, pint and regex linting ``path`` imports, and "segmenter"
    when it segments text at all (from jieba's dictionary files, without rjieba, until a
    process has segmented 20,000 characters)."""
    r = subprocess.run(
        [sys.executable, "-c", _LOADS, str(path)],
        capture_output=True,
        text=True,
        env=_env(tree),
        cwd=tempfile.gettempdir(),
    )
    return r.stdout.strip().splitlines()[-1] if r.stdout.strip() else "error"


_THROUGHPUT = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
import corpus_eval
from pathlib import Path
from lint_news.document import Document
from lint_news.engine import lint_document
which, corpora, reference, repeat_bytes, runs = sys.argv[2:7]
if which == "corpus":
    texts = [u.text for u in corpus_eval.load_units(Path(corpora))]
else:
    page = Path(reference).read_text(encoding="utf-8")
    texts = [page] * max(1, round(int(repeat_bytes) / len(page.encode("utf-8"))))
forget = None
if which == "repeat_cold":  # every answer kept per text forgotten before each copy
    try:
        from lint_news.memos import forget_texts as forget
    except ImportError:  # (before lint_news.memos: the dictionary's memos alone)
        forget = None
    try:
        from lint_news import dictseg
    except ImportError:  # (a checkout from before the dictionary reading keeps no such memos)
        dictseg = None
    forget = forget or getattr(dictseg, "forget_texts", None)
    if forget is None and dictseg is not None:  # (before forget_texts: the memos by name)
        def forget():
            d = dictseg._loaded
            for a in ("_logprobs", "_blocks", "_blocks_hmm"):
                getattr(d, a, {}).clear()
rules = corpus_eval.default_rules()
for t in texts[:20]:
    lint_document(Document(t), rules)  # warm up: imports and lazy loads, once per process
best = []
for _ in range(int(runs)):
    t0 = time.process_time()
    n = 0
    for t in texts:
        if forget is not None:
            forget()
        n += len(lint_document(Document(t), rules))
    best.append(time.process_time() - t0)
peak = 0
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        peak = int(line.split()[1]) / 1024
print(json.dumps({"bytes": sum(len(t.encode("utf-8")) for t in texts), "docs": len(texts),
                  "cpu": sorted(best)[len(best) // 2], "findings": n, "rss": peak}))
"""


def throughput_of(which: str, tree: Path | None, corpora: Path, runs: int) -> dict[str, float]:
    """MB/s of UTF-8 (CPU time of one process, so one core) and the peak RSS of linting the
    clean corpora (``corpus``) or the reference page repeated to 2 MB (``repeat``; with
    ``repeat_cold`` every text memo forgotten before each copy: lint_news.memos), one document
    per corpus unit or per copy of the page."""
    r = subprocess.run(
        [
            sys.executable,
            "-c",
            _THROUGHPUT,
            str(HERE),
            which,
            str(corpora),
            str(REFERENCE),
            str(REPEAT_BYTES),
            str(runs),
        ],
        capture_output=True,
        text=True,
        env=_env(tree),
        cwd=tempfile.gettempdir(),
    )
    if r.returncode != 0:
        raise RuntimeError(f"throughput {which} failed: {r.stderr.strip()[-800:]}")
    res = json.loads(r.stdout.strip().splitlines()[-1])
    res["mbs"] = res["bytes"] / res["cpu"] / 1e6
    return res


def _commit(tree: Path | None) -> str:
    where = tree if tree is not None else ROOT
    r = subprocess.run(
        ["git", "-C", str(where), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    dirty = subprocess.run(
        ["git", "-C", str(where), "status", "--porcelain", "lint_news", "rules"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    head = r.stdout.strip() or "?"
    return head + (" (modified)" if dirty else "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Speed and memory benchmarks of lint-news.")
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--runs", type=int, default=10, help="start-up runs of each command (median)")
    ap.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="throughput passes over each text set, interleaved across checkouts (the fastest counts)",
    )
    ap.add_argument(
        "--baseline",
        type=Path,
        action="append",
        default=[],
        help="another checkout (e.g. of main) measured in the same run; repeatable",
    )
    ap.add_argument("--quick", action="store_true", help="fewer runs")
    ap.add_argument("--scaling", action="store_true", help="also 10/100/1000 articles, --jobs")
    ap.add_argument("--profile", action="store_true", help="cProfile of both throughput sets")
    ap.add_argument("--top", type=int, default=25, help="profile entries shown")
    a = ap.parse_args(argv)
    if a.quick:
        a.runs, a.repeat = 3, 1
    t_start = time.perf_counter()
    md = True
    print(f"# lint-news speed benchmark\n\nMachine: {machine()}")
    try:
        print(f"Load average at start: {os.getloadavg()[0]:.1f} (a shared machine is noisy)\n")
    except OSError:
        print()
    trees: dict[str, Path | None] = {}
    for b in a.baseline:
        trees[f"{b.name} {_commit(b)}"] = b.resolve()
    trees[f"this {_commit(None)}"] = None
    articles = {"benchmark article": SAMPLE, "figures article": FIGURES}
    if REFERENCE.is_file():
        articles["reference page"] = REFERENCE
    else:
        print(f"(no reference page at {REFERENCE}: its rows are skipped)\n")
    sizes = {k: p.stat().st_size for k, p in articles.items()}

    st = startups(articles, trees, a.runs)
    floor = st[("floor", "")]
    print(f"## Start-up (median of {a.runs} interleaved runs, `python -m lint_news check`)\n")
    print(
        f'Floor: `python -c "import click, yaml"` {floor["s"] * 1000:.0f} ms, '
        f"{floor['rss']:.0f} MB peak RSS.\n"
    )
    target = {"figures article": TARGET_FIGURES, "reference page": TARGET_REFERENCE}
    head = ["checkout", "article", "time", "x floor", "target", "peak RSS", "loads"]
    body = []
    for tname, tree in trees.items():
        for aname, path in articles.items():
            s = st[(tname, aname)]
            ratio = s["s"] / floor["s"]
            tg = target.get(aname)
            body.append(
                [
                    tname,
                    f"{aname} ({sizes[aname] / 1024:.1f} KB)",
                    f"{s['s'] * 1000:.0f} ms",
                    f"{ratio:.2f}x",
                    f"<= {tg}x: {_ok(ratio <= tg)}" if tg else "",
                    f"{s['rss']:.0f} MB",
                    loads(path, tree),
                ]
            )
    print(render_table(head, body, md))

    print(
        f"\n## Throughput (CPU time of one process per pass, the fastest of {a.repeat} passes, "
        "the checkouts' passes interleaved)\n"
    )
    head = ["checkout", "text", "MB of UTF-8", "documents", "MB/s", "target", "peak RSS"]
    body = []
    sets = [("corpus", "clean corpora", TARGET_CORPUS_MBS)]
    if REFERENCE.is_file():
        sets.append(("repeat", "reference page repeated to 2 MB", None))
        sets.append(("repeat_cold", "same, text memos cleared per copy", TARGET_REPEAT_MBS))
    if not a.corpora.is_dir():
        sets = [s for s in sets if s[0] != "corpus"]
    passes: dict[tuple[str, str], list[dict[str, float]]] = defaultdict(list)
    for _ in range(a.repeat):  # (in turn, so that a change of load falls on every checkout)
        for tname, tree in trees.items():
            for which, _label, _tg in sets:
                passes[(tname, which)].append(throughput_of(which, tree, a.corpora, 1))
    ratios = []
    for tname in trees:
        for which, label, tg in sets:
            # the fastest pass: on a shared machine the neighbours only ever add CPU time
            r = min(passes[(tname, which)], key=lambda r: r["cpu"])
            ratios.append((tname, label, r["mbs"]))
            body.append(
                [
                    tname,
                    label,
                    f"{r['bytes'] / 1e6:.2f}",
                    f"{r['docs']:,}",
                    f"{r['mbs']:.2f}",
                    f">= {tg:g} MB/s: {_ok(r['mbs'] >= tg)}" if tg else "",
                    f"{r['rss']:.0f} MB",
                ]
            )
    print(render_table(head, body, md))
    this = list(trees)[-1]
    for other in list(trees)[:-1]:
        rel = [
            f"{label}: {mine / theirs:.2f}x"
            for (t1, label, mine), (t2, _l, theirs) in zip(
                [x for x in ratios if x[0] == this],
                [x for x in ratios if x[0] == other],
                strict=True,
            )
        ]
        print(f"\nMB/s of {this} / {other}: {', '.join(rel)}")

    rules = default_rules()
    if a.scaling:
        sc = scaling(a.corpora, rules, (10, 100) if a.quick else (10, 100, 1000), (1, 2))
        print("\n## Scaling (THUCNews articles, per-article time)\n")
        head = ["articles", "chars", "in process", "`--jobs 1`", "`--jobs 2`"]
        body = [
            [
                str(r["n"]),
                f"{r['chars']:,}",
                f"{r['inproc_ms']:.2f} ms",
                f"{r['cli_j1_ms']:.1f} ms",
                f"{r['cli_j2_ms']:.1f} ms",
            ]
            for r in sc
        ]
        print(render_table(head, body, md))

    if a.profile:
        units = corpus_units(a.corpora)
        print("\n## cProfile: the clean corpora (this checkout)\n\n```")
        print(profile(units, rules, a.top))
        print("```")
        if REFERENCE.is_file():
            page = REFERENCE.read_text(encoding="utf-8")
            copies = [Unit("reference", REFERENCE.name, page, [1])] * 40
            print("\n## cProfile: the reference page, 40 copies (this checkout)\n\n```")
            print(profile(copies, rules, a.top))
            print("```")
    print(f"\nspeed.py finished in {time.perf_counter() - t_start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
