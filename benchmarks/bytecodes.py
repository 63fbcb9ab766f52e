#!/usr/bin/env python3
"""Bytecodes, per Python function: where a check's own code spends its interpreter work.

    python benchmarks/bytecodes.py [--rule broken-paragraph] [--copies 3] [--top 40] [TEXT]

Runs the rules on TEXT (default: the reference page in ../shared/seeds) a few times to warm
up, then counts, with ``sys.settrace`` opcode events, the bytecodes each function executes
itself (not its callees) over ``--copies`` more copies, per-text memos forgotten before each
copy (``memos.forget_texts``, as ``instructions.py`` does); prints them per copy with the
function's calls. Deterministic and quick (seconds, not valgrind's minutes), it shows which
functions to look at; what a change saves is measured by ``instructions.py`` (C code such
as the regular expressions, the segmenter and the dictionaries is not counted here: a
call into C is one bytecode).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PAGE = ROOT.parent / "shared" / "seeds" / "000_9646c9c426e300ee.txt"
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

Key = tuple[str, int, str]  # (file name, first line, function name)


def count(text: str, rule: str = "", copies: int = 3, warm: int = 21) -> tuple[Counter, Counter]:
    """(bytecodes, calls) per function over ``copies`` copies of ``text`` (``rule``: only
    that rule, e.g. broken-paragraph), after ``warm`` copies (as ``instructions.py``: rjieba
    takes over the segmenting once a process has segmented 20,000 characters in Python)."""
    from corpus_eval import default_rules

    from lint_news.document import Document
    from lint_news.engine import lint_document

    try:
        from lint_news.memos import forget_texts
    except ImportError:  # (an older checkout)

        def forget_texts() -> None:
            return None

    rules = [r for r in default_rules() if not rule or r.id == rule]
    for _ in range(warm):
        forget_texts()
        lint_document(Document(text), rules)
    ops: Counter[Key] = Counter()
    calls: Counter[Key] = Counter()

    def trace(frame: FrameType, event: str, arg: Any) -> Any:
        code = frame.f_code
        key = (Path(code.co_filename).name, code.co_firstlineno, code.co_name)
        if event == "call":
            calls[key] += 1
            frame.f_trace_opcodes = True
        elif event == "opcode":
            ops[key] += 1
        return trace

    sys.settrace(trace)
    try:
        for _ in range(copies):
            forget_texts()
            lint_document(Document(text), rules)
    finally:
        sys.settrace(None)
    return ops, calls


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("text", nargs="?", type=Path, default=PAGE)
    ap.add_argument("--rule", default="", help="count only this rule")
    ap.add_argument("--copies", type=int, default=3)
    ap.add_argument("--top", type=int, default=40)
    a = ap.parse_args()
    if not a.text.is_file():
        sys.exit(f"bytecodes: no text at {a.text}")
    ops, calls = count(a.text.read_text(encoding="utf-8"), a.rule, a.copies)
    total = sum(ops.values())
    print(f"bytecodes per copy: {total / a.copies:,.0f}")
    print("| per copy | share | calls per copy | function |\n|---:|---:|---:|---|")
    for key, n in ops.most_common(a.top):
        name = f"{key[0]}:{key[1]} {key[2]}"
        print(
            f"| {n / a.copies:,.0f} | {100 * n / total:.1f}% | {calls[key] / a.copies:,.0f} | {name} |"
        )


if __name__ == "__main__":
    main()
