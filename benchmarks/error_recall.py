#!/usr/bin/env python3
"""Recall on real errors, and silence on their corrections.

Reads ``../shared/corpora/in-scope-error-subset/in_scope_subset.jsonl`` (rows picked by
pattern from NaCGEC, FCGEC, LEMON and ECSpell: native-speaker sentences with an error and
their corrected forms; unreviewed, so read the figures as indicative) and reports, per
source data set and error class, how many erroneous sentences the rules meant for the class
flag (the redundancy pack; the wording pack for measure words),
and how many findings in the error categories the *corrected* sentences still get (each
one is a likely false finding). Nothing is written; excerpts go to the terminal only with
``--show``.

    python benchmarks/error_recall.py [--corpora ../shared/corpora] [--show]
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint_news.config import Config  # noqa: E402
from lint_news.engine import lint_text, select_rules  # noqa: E402
from lint_news.rules import load_rules  # noqa: E402

ERROR_CATEGORIES = {"quantity", "arithmetic", "repetition", "truncation", "redundancy", "wording"}
# error classes of the subset and the category of the rules meant to catch them: the redundancy
# pack's hedges and 倍 with a decrease, and the wording pack's measure words written as a
# look-alike (measure-word-homophone, since session 20: LEMON's measure_word rows)
CLASSES = {
    "redundancy_approx": "redundancy",
    "redundancy_bound": "redundancy",
    "multiple_with_decrease": "redundancy",
    "measure_word": "wording",
    # N%/N成 with 左右/以上 where the GEC reference drops a hedge: a second hedge of another
    # kind (约…以上, 超…左右) or 左右 after a range (the rules approx-and-bound,
    # bound-and-approx, range-and-about since session 20); noisy: some rows' references fix
    # another problem in the same span
    "percent_hedge": "redundancy",
    # a wrong character next to a figure (LEMON, ECSpell): a long tail of slips (完 for 万,
    # 顿 for 吨, 份 for 分…); figure-unit-lookalike reads the few that no word explains
    # (5月1目, 10曰, 1忆), so most rows stay out of reach
    "numeric_unit_char": "wording",
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    ap.add_argument("--show", action="store_true", help="print misses and findings on corrections")
    a = ap.parse_args()
    path = Path(a.corpora) / "in-scope-error-subset" / "in_scope_subset.jsonl"
    if not path.is_file():
        print(f"skipped: {path} not found (the research corpora are not part of the repository)")
        return 0
    rules = select_rules(load_rules(), Config())
    rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    total: collections.Counter[tuple[str, str]] = collections.Counter()
    hit: collections.Counter[tuple[str, str]] = collections.Counter()
    on_fixed: collections.Counter[str] = collections.Counter()
    fixed_n = 0
    for r in rows:
        key = (r["dataset"], r["category"])
        if r["category"] in CLASSES:
            total[key] += 1
            _, found = lint_text(r["source"], rules=rules)
            if any(f.category == CLASSES[r["category"]] for f in found):
                hit[key] += 1
            elif a.show:
                print(f"miss   {r['id']}: {r.get('match', '')}")
        for target in (r.get("targets") or [])[:1]:
            fixed_n += 1
            _, found = lint_text(target, rules=rules)
            for f in found:
                if f.category in ERROR_CATEGORIES:
                    on_fixed[f.rule] += 1
                    if a.show:
                        print(
                            f"fixed? {r['id']} {f.rule}: {target[max(0, f.start - 10) : f.end + 10]}"
                        )
    print("| data set | error class | sentences | flagged by the rules meant for it | recall |")
    print("|---|---|---|---|---|")
    for key in sorted(total):
        n, h = total[key], hit[key]
        print(f"| {key[0]} | {key[1]} | {n} | {h} | {100 * h / n:.0f}% |")
    n, h = sum(total.values()), sum(hit.values())
    print(f"| **all** | | {n} | {h} | {100 * h / n:.0f}% |")
    print()
    listed = ", ".join(f"{k} {v}" for k, v in on_fixed.most_common()) or "none"
    print(
        f"Findings in error categories on {fixed_n} corrected sentences: {sum(on_fixed.values())} ({listed})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
