#!/usr/bin/env python3
"""Speed and memory of lint-news, as ratios against baselines measured in the same run.

usage: python benchmarks/speed.py [--corpora ../shared/corpora] [--runs 10] [--quick] [--no-profile]

- start-up: ``lint-news check`` on a 2 KB article (benchmarks/sample_article.txt) against
  ``python -c "import click, yaml"``, interleaved, median of --runs runs each (target <= 2.5x);
- throughput: characters per second of linting the clean corpora in this process with every
  default rule, against one compiled-regex scan of the same text (target >= 1 M chars/s);
  with the time per stage (document model, quantity parsing, each rule);
- scaling: 10, 100 and 1,000 articles, in process and through ``lint-news check --jobs``;
- memory: peak RSS of a process that lints one article and one that lints the whole corpus
  (target < 200 MB);
- profile: cProfile of the throughput run, top functions by cumulative and own time.

Without the corpora the throughput, scaling and memory parts use copies of the sample article.
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
TARGET_STARTUP = 2.5
TARGET_MCHARS = 1.0
TARGET_RSS_MB = 200


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


def startup(runs: int) -> dict[str, float]:
    """Median wall time of ``lint-news check`` on the sample vs ``import click, yaml``."""
    floor_cmd = [sys.executable, "-c", "import click, yaml"]
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "article.txt"
        article.write_bytes(SAMPLE.read_bytes())
        cmd = lint_command() + ["check", str(article)]
        # as installed: pip byte-compiles a package when it installs it, so the runs may
        # write and use .pyc files even where PYTHONDONTWRITEBYTECODE is set for development
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        _run(cmd, tmp, env), _run(floor_cmd, tmp, env)  # warm the file and bytecode caches
        lint, floor = [], []
        for _ in range(runs):
            lint.append(_run(cmd, tmp, env))
            floor.append(_run(floor_cmd, tmp, env))
    lm, fm = statistics.median(lint), statistics.median(floor)
    return {"lint": lm, "floor": fm, "ratio": lm / fm, "bytes": SAMPLE.stat().st_size}


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
# memory

_MEM_SCRIPT = r"""
import json, resource, sys
sys.path[:0] = [{root!r}, {here!r}]


def peak_kib():
    # VmHWM belongs to this program's address space; ru_maxrss can carry the peak of the
    # parent that forked us across exec
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


which = sys.argv[1]
if which == "floor":
    import click, yaml
    print(json.dumps(peak_kib()))
    sys.exit(0)
import corpus_eval
from lint_news.document import Document
from lint_news.engine import lint_document
rules = corpus_eval.default_rules()
if which == "one":
    lint_document(Document(open({sample!r}, encoding="utf-8").read()), rules)
else:
    from pathlib import Path
    units = corpus_eval.load_units(Path({corpora!r}))
    for u in units:
        lint_document(Document(u.text, path=u.file), rules)
print(json.dumps(peak_kib()))
"""


def memory(root: Path) -> dict[str, float]:
    script = _MEM_SCRIPT.format(
        root=str(ROOT), here=str(HERE), sample=str(SAMPLE), corpora=str(root)
    )
    out = {}
    for which in ("floor", "one", "corpus"):
        if which == "corpus" and not root.is_dir():
            continue
        res = subprocess.run(
            [sys.executable, "-c", script, which], capture_output=True, text=True, check=False
        )
        if res.returncode != 0:
            raise RuntimeError(f"memory probe {which} failed: {res.stderr.strip()[-500:]}")
        kb = json.loads(res.stdout.strip().splitlines()[-1])
        out[which] = kb / 1024  # KiB -> MiB
    return out


# ---------------------------------------------------------------------------------------


def _ok(flag: bool) -> str:
    return "yes" if flag else "NO"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Speed and memory benchmarks of lint-news.")
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--runs", type=int, default=10, help="start-up runs of each command (median)")
    ap.add_argument(
        "--repeat", type=int, default=3, help="throughput passes over the corpora (median)"
    )
    ap.add_argument("--quick", action="store_true", help="fewer runs, smaller scaling sizes")
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--top", type=int, default=25, help="profile entries shown")
    a = ap.parse_args(argv)
    if a.quick:
        a.runs, a.repeat = 3, 1
    t_start = time.perf_counter()
    md = True
    print(f"# lint-news speed benchmark\n\nMachine: {machine()}\n")
    if not a.corpora.is_dir():
        print(
            f"(no corpora at {a.corpora}: throughput, scaling and memory use copies of the sample article)\n"
        )
    rules = default_rules()
    print(f"{len(rules)} default rules in {len({r.category for r in rules})} categories\n")

    mem = memory(a.corpora)
    s = startup(a.runs)
    units = corpus_units(a.corpora)
    tp = throughput(units, rules, a.repeat)
    sizes = (10, 100) if a.quick else (10, 100, 1000)
    sc = scaling(a.corpora, rules, sizes, (1, 2))

    print("## Summary\n")
    head = ["measure", "lint-news", "baseline", "ratio", "target", "met"]
    body = [
        [
            f"start-up, `check` on a {s['bytes'] / 1024:.1f} KB article (median of {a.runs})",
            f"{s['lint'] * 1000:.0f} ms",
            f"{s['floor'] * 1000:.0f} ms (`import click, yaml`)",
            f"{s['ratio']:.2f}x",
            f"<= {TARGET_STARTUP}x",
            _ok(s["ratio"] <= TARGET_STARTUP),
        ],
        [
            f"throughput, {tp['chars'] / 1e6:.2f} M chars, all default rules, 1 core",
            f"{tp['mchars']:.2f} M chars/s ({tp['mbytes']:.2f} MB/s UTF-8)",
            f"{tp['regex_mchars']:.1f} M chars/s (one regex scan)",
            f"{tp['ratio']:.0f}x slower",
            f">= {TARGET_MCHARS:g} M chars/s",
            _ok(tp["mchars"] >= TARGET_MCHARS),
        ],
        [
            "3,000-character article after start-up",
            f"{tp['ms_per_3000']:.2f} ms",
            "",
            "",
            "< 3 ms",
            _ok(tp["ms_per_3000"] < 3),
        ],
        [
            "peak RSS, one article",
            f"{mem['one']:.0f} MB",
            f"{mem['floor']:.0f} MB (`import click, yaml`)",
            "",
            f"< {TARGET_RSS_MB} MB",
            _ok(mem["one"] < TARGET_RSS_MB),
        ],
    ]
    if "corpus" in mem:
        body.append(
            [
                "peak RSS, whole corpus",
                f"{mem['corpus']:.0f} MB",
                "",
                "",
                f"< {TARGET_RSS_MB} MB",
                _ok(mem["corpus"] < TARGET_RSS_MB),
            ]
        )
    print(render_table(head, body, md))

    print("\n## Scaling (THUCNews articles, per-article time)\n")
    head = ["articles", "chars", "in process", "`check --jobs 1`", "`check --jobs 2`", "speed-up"]
    body = []
    for r in sc:
        body.append(
            [
                str(r["n"]),
                f"{r['chars']:,}",
                f"{r['inproc_ms']:.2f} ms",
                f"{r['cli_j1_ms']:.1f} ms ({r['cli_j1_s']:.2f} s)",
                f"{r['cli_j2_ms']:.1f} ms ({r['cli_j2_s']:.2f} s)",
                f"{r['cli_j1_s'] / r['cli_j2_s']:.2f}x",
            ]
        )
    print(render_table(head, body, md))
    print("\n(`check` times include start-up; the in-process time is the linting alone.)")

    print("\n## Where the time goes (one pass over the corpora)\n")
    st = stages(units, rules)
    total = sum(v for _, v in st)
    body = [[name, f"{v:.3f} s", f"{v / total:.0%}"] for name, v in st[:25]]
    print(render_table(["stage / rule", "time", "share"], body, md))

    if not a.no_profile:
        print("\n## cProfile of the throughput run\n\n```")
        print(profile(units, rules, a.top))
        print("```")
    print(f"\nspeed.py finished in {time.perf_counter() - t_start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
