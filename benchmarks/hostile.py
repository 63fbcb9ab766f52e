"""Hostile input: each linted through the CLI in a subprocess, with a time limit.

    python benchmarks/hostile.py            # every input, limit 20 s each
    python benchmarks/hostile.py --only quotes --limit 60

Prints a Markdown table (input, size, wall and CPU seconds, exit code, findings). An input passes when
the CLI finishes within the limit and exits 0 or 1 (findings), or 2 with one error line and
no traceback (input that is not text). The script exits 1 if any input fails.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SENTENCE = "据统计，全市今年新建保障性住房约1.2万套，比上年增长18.6%，投资近24亿元。"


def digits() -> bytes:
    return ("全年销售额达" + "7" * 200_000 + "元，同比增长5%。\n").encode()


def hedges() -> bytes:
    words = "近约超逾余多"
    run = "".join(words[i % len(words)] for i in range(100_000))
    return ("项目总投资" + run + "100万元以上。\n").encode()


def quotes() -> bytes:
    return ("他说：" + "“" * 50_000 + "今年产量增长了两倍。\n").encode()


def long_line() -> bytes:
    n = 2 * 1024 * 1024 // len(_SENTENCE.encode()) + 1
    return (_SENTENCE * n + "\n").encode()


def paragraphs() -> bytes:
    lines = [
        f"第{i}项工程完成投资{i % 97 + 1}.{i % 10}亿元，约占全年计划的{i % 90 + 5}%。"
        for i in range(20_000)
    ]
    return ("\n".join(lines) + "\n").encode()


def controls() -> bytes:
    body = "".join(chr(c) for c in range(32) if c not in (9, 10, 13)) + "\x7f"
    return (body * 2000).encode() + b"\x00" * 1000


def controls_no_nul() -> bytes:
    body = "".join(chr(c) for c in range(1, 32) if c not in (9, 10, 13)) + "\x7f\u200b\ufeff"
    text = "".join(f"{body}今年产量约{i}万吨左右。\x0c\n\n" for i in range(5_000))
    return text.encode()


def mixed_encodings() -> bytes:
    utf8 = ("上半年全县接待游客860万人次，增长17.3%。\n\n" * 2000).encode()
    gbk = ("下半年接待游客约900万人次左右。\n\n" * 2000).encode("gbk")
    return utf8 + gbk + utf8


def table(rows: int = 30_000) -> bytes:
    """A Markdown table of ``rows`` rows, two redundancy findings (约…左右, 超…以上) per row."""
    head = "# 各区县主要指标\n\n| 区县 | 人口（万人） | 增长率 | 投资（亿元） | 备注 |\n|---|---|---|---|---|\n"
    lines = [
        f"| 第{i}区 | {i % 300 + 10}.{i % 10} | {i % 20}.{i % 7}% | 约{i % 50 + 1}亿元左右 | 超{i % 90}%以上 |"
        for i in range(rows)
    ]
    return (head + "\n".join(lines) + "\n").encode()


def share_clauses(clauses: int = 40_000) -> bytes:
    """One sentence of share clauses and no full stop (乙1组占1%，乙2组占2%，…)."""
    return ("".join(f"乙{i}组占{i % 50}%，" for i in range(clauses)) + "。\n").encode()


INPUTS: list[tuple[str, str, Callable[[], bytes], tuple[str, ...]]] = [
    # name, suffix, builder, extra CLI arguments
    ("200,000-digit number", ".txt", digits, ()),
    ("100,000 hedge words", ".txt", hedges, ()),
    ("50,000 opening quotes", ".txt", quotes, ()),
    ("one 2 MB line", ".txt", long_line, ()),
    ("20,000 one-line paragraphs", ".txt", paragraphs, ()),
    ("NUL and control characters", ".txt", controls, ()),
    ("control characters, no NUL", ".txt", controls_no_nul, ()),
    ("mixed encodings (UTF-8 + GBK)", ".txt", mixed_encodings, ()),
    ("mixed encodings, --encoding gb18030", ".txt", mixed_encodings, ("--encoding", "gb18030")),
    ("30,000-row Markdown table", ".md", table, ()),
    ("one sentence of 40,000 share clauses", ".txt", share_clauses, ()),
]


def run_one(data: bytes, suffix: str, extra: tuple[str, ...], limit: float) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"hostile{suffix}"
        path.write_bytes(data)
        env = dict(os.environ)
        env.pop("LINT_NEWS_DEBUG", None)
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        cmd = [sys.executable, "-m", "lint_news", "check", str(path), "--format", "json", *extra]
        t0 = time.perf_counter()
        c0 = _children_cpu()
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=limit, cwd=tmp, env=env)
        except subprocess.TimeoutExpired:
            return {
                "seconds": time.perf_counter() - t0,
                "cpu": float("nan"),
                "code": "timeout",
                "findings": "-",
                "ok": False,
            }
        seconds = time.perf_counter() - t0
        cpu = _children_cpu() - c0
    stderr = proc.stderr.decode(errors="replace").strip()
    findings: object = "-"
    ok = proc.returncode in (0, 1, 2) and "Traceback" not in stderr
    if proc.returncode in (0, 1):
        try:
            findings = len(json.loads(proc.stdout)["findings"])
        except (ValueError, KeyError):
            ok = False
    elif proc.returncode == 2:
        ok = ok and len(stderr.splitlines()) == 1 and "internal error" not in stderr
        findings = "error: " + stderr.split("error: ", 1)[-1][:60]
    return {"seconds": seconds, "cpu": cpu, "code": proc.returncode, "findings": findings, "ok": ok}


def _children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes: on a shared machine the
    wall time also counts other people's work."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=float, default=20.0, help="seconds allowed per input")
    ap.add_argument("--only", help="run only inputs whose name contains this")
    args = ap.parse_args()
    print("| input | size | seconds | CPU seconds | exit code | findings | within limit |")
    print("|---|---|---|---|---|---|---|")
    failed = 0
    for name, suffix, build, extra in INPUTS:
        if args.only and args.only not in name:
            continue
        data = build()
        r = run_one(data, suffix, extra, args.limit)
        ok = r["ok"] and r["seconds"] < args.limit
        failed += not ok
        size = f"{len(data) / 1e6:.2f} MB" if len(data) >= 1e5 else f"{len(data) / 1e3:.1f} KB"
        print(
            f"| {name} | {size} | {r['seconds']:.2f} | {r['cpu']:.2f} | {r['code']} | {r['findings']} | "
            f"{'yes' if ok else 'NO'} |",
            flush=True,
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
