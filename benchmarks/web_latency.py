"""Answer time of ``lint-news serve`` for a 3,000-character article, after warm-up.

Run from the repository root (needs the web extra):  python benchmarks/web_latency.py [--runs 50]

Starts ``lint-news serve --port 0`` as a user would, waits for it to be ready (the linter
and jieba load at start), sends a few warm-up requests, then times ``POST /api/check`` on
an article of about 3,000 characters built from the repository's own example articles,
over one keep-alive HTTP connection. Measured in the same run for comparison:

- the same check called in-process (``Linter.check_json``: no HTTP);
- ``POST /api/check`` of a one-sentence text (the HTTP and JSON overhead alone).

Prints the median and 95th percentile of each (and the in-process check's CPU time, which a
loaded machine inflates less than wall time) and the ratio of the served answer to the
in-process check. The target is a median served answer well under 100 ms; exits 1 above it.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 100.0
SOURCES = [
    *sorted((ROOT / "examples").glob("*.txt")),
    ROOT / "benchmarks" / "sample_article.txt",
    ROOT / "tests" / "data" / "web_article.txt",
]


def article(n_chars: int = 3000) -> str:
    """At least ``n_chars`` characters: the first file whole, then the others' paragraphs
    (headlines left out); when they run out, paragraphs come round again (so a few repeated
    paragraphs are among the findings)."""
    paragraphs: list[str] = []
    for i, path in enumerate(SOURCES):
        blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        paragraphs.extend(blocks if i == 0 else blocks[1:])
    out: list[str] = []
    i = 0
    while sum(len(x) + 2 for x in out) < n_chars:
        out.append(paragraphs[i % len(paragraphs)])
        i += 1
    return "\n\n".join(out) + "\n"


def start_server() -> tuple[subprocess.Popen[str], str, int]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "lint_news", "serve", "--port", "0"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stderr is not None
    t0 = time.perf_counter()
    for line in proc.stderr:
        if "serving the editor's page on " in line:
            url = line.split(" on ", 1)[1].split()[0]
            host, port = url.removeprefix("http://").rstrip("/").rsplit(":", 1)
            print(f"server ready in {time.perf_counter() - t0:.1f} s (start-up and warm-up)")
            return proc, host, int(port)
    proc.wait()
    sys.exit(f"web_latency: lint-news serve did not start (exit {proc.returncode})")


def post(conn: http.client.HTTPConnection, text: str) -> tuple[float, dict]:
    body = json.dumps({"text": text, "markdown": False}, ensure_ascii=False).encode("utf-8")
    t0 = time.perf_counter()
    conn.request("POST", "/api/check", body, {"Content-Type": "application/json"})
    resp = conn.getresponse()
    data = resp.read()
    dt = (time.perf_counter() - t0) * 1000
    if resp.status != 200:
        sys.exit(f"web_latency: HTTP {resp.status}: {data[:200]!r}")
    return dt, json.loads(data)


def stats(ms: list[float]) -> str:
    p95 = sorted(ms)[max(0, int(len(ms) * 0.95) - 1)]
    return f"median {statistics.median(ms):6.1f} ms, p95 {p95:6.1f} ms"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=50)
    args = ap.parse_args()
    text = article()
    print(f"article: {len(text)} characters")

    try:
        from lint_news.web.service import Linter
    except ImportError as exc:  # pragma: no cover
        sys.exit(f"web_latency: needs the web extra: {exc}")
    sys.path.insert(0, str(ROOT))

    proc, host, port = start_server()
    try:
        conn = http.client.HTTPConnection(host, port, timeout=60)
        conn.connect()  # no Nagle delay on our side: a browser sets TCP_NODELAY too
        conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for _ in range(3):
            post(conn, text)
        served, tiny = [], []
        findings = 0
        for _ in range(args.runs):
            dt, result = post(conn, text)
            served.append(dt)
            findings = result["summary"]["findings"]
            tiny.append(post(conn, "今天天气晴朗。")[0])
        conn.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)

    linter = Linter()
    linter.warm_up()
    local, cpu = [], []
    for _ in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        linter.check_json(text, False)
        local.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)

    print(f"served POST /api/check, {len(text)} chars ({findings} findings): {stats(served)}")
    print(f"in-process Linter.check_json, same text:     {stats(local)}")
    print(f"  its CPU time (what an idle core would take): {stats(cpu)}")
    print(f"served POST /api/check, one sentence:        {stats(tiny)}")
    ratio = statistics.median(served) / statistics.median(local)
    print(f"served / in-process: {ratio:.2f}x")
    load, cores = os.getloadavg()[0], os.cpu_count() or 1
    if load > cores:
        print(f"note: load average {load:.1f} on {cores} cores: wall times are inflated")
    med = statistics.median(served)
    ok = med < TARGET_MS
    print(f"target: median served answer < {TARGET_MS:.0f} ms: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
