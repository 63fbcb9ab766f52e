#!/usr/bin/env python3
"""Instructions per regular expression: what each pattern costs a reference page copy.

    python benchmarks/regex_costs.py [--top N] [--rule ID]

Records every call of a compiled pattern's methods (``search``, ``match``, ``findall`` …)
during one copy of the reference page, per-text memos forgotten after 21 warm copies (as
``instructions.py``): the patterns of ``lint_news.patterns.rx`` and ``lazy`` (with their
``lead`` code) and those ``re`` compiles for its module functions. Then it replays the
calls of each pattern ten times under valgrind's callgrind, one count per pattern
(``--dump-before=getppid``), and prints per pattern the instructions a copy spends in its
calls, the calls a copy makes and the functions that make them.

What the counts showed in session 15 (issue 12): a call costs some 1,500 to 2,400
instructions whatever the pattern (the call, the matcher's state, a match object; ``re``
allocates its stack of about 1 KB from the C library at every call), so the number of
calls matters more than what each scans; per pattern the costs are flat (the most, the
character pairs' ``[\\u4e00-\\u9fff]+`` of ``break_bigrams``, about 2 M of a copy's 142 M).
The replay's own loop adds about 200 instructions a call. Needs ``valgrind``; prints a line
and exits 0 without it.
"""

from __future__ import annotations

import argparse
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from inclusive import callgrind_marked, dump_totals  # benchmarks/ is the script's folder

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PAGE = ROOT.parent / "shared" / "seeds" / "000_9646c9c426e300ee.txt"
REPEAT = 10

_RECORD = r"""
import pickle, re, sys
tree, bench, page, out, rule = sys.argv[1:6]
sys.path[:0] = [tree, bench]
log = []
sources = {}  # (pattern, flags) -> the arguments of rx (lead included)
METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class Recorded:
    __slots__ = ("_p",)

    def __init__(self, p):
        self._p = p

    def __getattr__(self, name):
        got = getattr(self._p, name)
        if name in METHODS:
            p = self._p

            def call(*args, **kw):
                caller = sys._getframe(1)
                while caller.f_code.co_filename.endswith(("re/__init__.py", "patterns.py")):
                    caller = caller.f_back
                where = caller.f_code.co_filename.rsplit("/", 1)[-1] + ":" + caller.f_code.co_name
                log.append((p.pattern, p.flags, name, args, kw, where))
                return got(*args, **kw)

            return call
        return got

    def __eq__(self, other):
        return self._p == (other._p if isinstance(other, Recorded) else other)

    def __hash__(self):
        return hash(self._p)


import lint_news.patterns as P

plain_rx = P.rx


def rx(pattern, flags=0, lead=False):
    compiled = plain_rx(pattern, flags, lead)
    sources[(compiled.pattern, compiled.flags)] = (pattern, int(flags), bool(lead))
    return Recorded(compiled)


P.rx = rx
plain_compile = re._compile


def _compile(pattern, flags):
    got = plain_compile(pattern, flags)
    return Recorded(got) if isinstance(got, re.Pattern) else got


re._compile = _compile
from corpus_eval import default_rules
from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.memos import forget_texts

rules = [r for r in default_rules() if not rule or r.id == rule]
text = open(page, encoding="utf-8").read()
for _ in range(21):
    forget_texts()
    lint_document(Document(text), rules)
log.clear()
forget_texts()
lint_document(Document(text), rules)
re._compile = plain_compile
kept = []
for pattern, flags, name, args, kw, where in log:
    if all(isinstance(a, (str, int)) for a in args) and all(
        isinstance(v, (str, int)) for v in kw.values()
    ):
        kept.append((pattern, flags, name, args, kw, where))
pickle.dump((kept, sources, len(log)), open(out, "wb"))
"""

_REPLAY = r"""
import os, pickle, re, sys
tree, recorded, keys_out, repeat = sys.argv[1:5]
sys.path[:0] = [tree]
import lint_news.patterns as P

log, sources, _ = pickle.load(open(recorded, "rb"))
by = {}
for pattern, flags, name, args, kw, where in log:
    by.setdefault((pattern, flags, name), []).append((args, kw))
keys = sorted(by)
calls = {}
for k in keys:
    src = sources.get(k[:2])
    compiled = P.rx(*src) if src is not None else re.compile(k[0], k[1])
    calls[k] = getattr(compiled, k[2])
pickle.dump(keys, open(keys_out, "wb"))
for k in keys:
    f, todo = calls[k], by[k]
    os.getppid()  # (callgrind dumps here: one count per pattern)
    for _ in range(int(repeat)):
        for args, kw in todo:
            got = f(*args, **kw)
            if k[2] == "finditer":
                for _m in got:
                    pass
os.getppid()
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--rule", default="", help="lint with this rule only")
    a = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("regex_costs: skipped: valgrind is not installed")
        return
    if not PAGE.is_file():
        print(f"regex_costs: skipped: the reference page is not present at {PAGE}")
        return
    env = dict(os.environ, PYTHONHASHSEED="0")
    with tempfile.TemporaryDirectory(prefix="regex-costs-") as tmp:
        recorded = os.path.join(tmp, "calls.pkl")
        r = subprocess.run(
            [sys.executable, "-c", _RECORD, str(ROOT), str(HERE), str(PAGE), recorded, a.rule],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
        )
        if r.returncode != 0:
            sys.exit(f"regex_costs: the recording failed: {r.stderr.strip()[-800:]}")
        keys_out = os.path.join(tmp, "keys.pkl")
        prefix = os.path.join(tmp, "cg.out")
        r = callgrind_marked(prefix, _REPLAY, str(ROOT), recorded, keys_out, str(REPEAT))
        if r.returncode != 0:
            sys.exit(f"regex_costs: the replay failed: {r.stderr.strip()[-800:]}")
        with open(recorded, "rb") as fh:
            log, _sources, total_calls = pickle.load(fh)
        with open(keys_out, "rb") as fh:
            keys = pickle.load(fh)
        counts = dump_totals(prefix)
    # (dump 0: the replay's start; dump k + 1: the calls of keys[k])
    cost = dict(zip(keys, counts[1 : 1 + len(keys)], strict=False))
    n_calls: dict[tuple, int] = {}
    where: dict[tuple, dict[str, int]] = {}
    for pattern, flags, name, _args, _kw, w in log:
        k = (pattern, flags, name)
        n_calls[k] = n_calls.get(k, 0) + 1
        where.setdefault(k, {})
        where[k][w] = where[k].get(w, 0) + 1
    total = sum(cost.values()) / REPEAT
    print(
        f"{total_calls} calls of compiled patterns a copy ({len(log)} replayed), "
        f"{total / 1e6:,.1f} M instructions in the replay"
    )
    print("| M a copy | calls | method | pattern | callers |")
    print("|---:|---:|---|---|---|")
    for k in sorted(cost, key=lambda k: -cost[k])[: a.top]:
        shown = k[0][:60].replace("|", "\\|")
        callers = ", ".join(
            f"{w} {c}" for w, c in sorted(where[k].items(), key=lambda x: -x[1])[:2]
        )
        print(f"| {cost[k] / REPEAT / 1e6:,.3f} | {n_calls[k]} | {k[2]} | `{shown}` | {callers} |")


if __name__ == "__main__":
    main()
