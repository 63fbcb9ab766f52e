#!/usr/bin/env python3
"""Precision and recall per category on annotated articles; false findings on clean text.

usage: python benchmarks/quality.py [--corpora ../shared/corpora] [--seed PATH] [--no-corpora]

- Every ``examples/X.txt`` (or ``.md``) with an ``examples/X.expected.yaml``, and the
  reference page ``../shared/seeds/000_9646c9c426e300ee.txt`` when present, is linted with
  every default rule and scored as ``../shared/tools/score_findings.py`` does: a finding
  matches an expected item when the categories agree and its line or one of its related
  lines is among the item's lines; must and nice items are the positives; findings on
  forbid lines, and findings in an error category that match no item, are false.
  Recall = positives found / positives; precision = matching findings / (matching + false).
- False findings per 100,000 characters per category on the clean corpora, counted by
  ``corpus_eval.py`` (with the reviewed genuine findings, each named by its key, and the
  paragraph and sentence repeats of the known THUCNews scraped duplicates subtracted);
  the target applies to the error categories.

Tables are printed in Markdown for the README.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

import corpus_eval  # noqa: E402
from corpus_eval import DEFAULT_CORPORA, render_table  # noqa: E402

EXAMPLES = ROOT / "examples"
SEED = ROOT.parent / "shared" / "seeds" / "000_9646c9c426e300ee.txt"
ERROR_CATEGORIES = {"quantity", "arithmetic", "repetition", "truncation", "redundancy"}


# ---------------------------------------------------------------------------------------
# Scoring, as ../shared/tools/score_findings.py


def finding_lines(f: dict[str, Any]) -> set[int]:
    lines = {f.get("line")}
    for r in f.get("related") or []:
        if isinstance(r, dict) and "line" in r:
            lines.add(r["line"])
    return lines


def matches(item: dict[str, Any], f: dict[str, Any]) -> bool:
    if item["category"] != f.get("category"):
        return False
    if item["lines"] == "any":
        return True
    return bool(set(item["lines"]) & finding_lines(f))


@dataclass
class CategoryScore:
    must: int = 0
    must_hit: int = 0
    nice: int = 0
    nice_hit: int = 0
    findings: int = 0
    true: int = 0  # findings matching a must or nice item
    false: int = 0  # findings on forbid lines or unexplained in an error category
    false_items: list[str] = field(default_factory=list)

    def add(self, other: CategoryScore) -> None:
        for k in ("must", "must_hit", "nice", "nice_hit", "findings", "true", "false"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.false_items += other.false_items

    @property
    def positives(self) -> int:
        return self.must + self.nice

    @property
    def recall(self) -> float | None:
        return (self.must_hit + self.nice_hit) / self.positives if self.positives else None

    @property
    def precision(self) -> float | None:
        n = self.true + self.false
        return self.true / n if n else None


def score(items: list[dict[str, Any]], findings: list[dict[str, Any]]) -> dict[str, CategoryScore]:
    """Per-category score of ``findings`` (JSON finding dicts) against expected ``items``."""
    out: dict[str, CategoryScore] = {}

    def cat(name: str) -> CategoryScore:
        return out.setdefault(name, CategoryScore())

    positive = [i for i in items if i["level"] in ("must", "nice")]
    forbid = [i for i in items if i["level"] == "forbid"]
    for i in positive:
        c = cat(i["category"])
        hit = any(matches(i, f) for f in findings)
        if i["level"] == "must":
            c.must += 1
            c.must_hit += hit
        else:
            c.nice += 1
            c.nice_hit += hit
    for f in findings:
        c = cat(f["category"])
        c.findings += 1
        if any(matches(i, f) for i in positive):
            c.true += 1
        elif any(matches(i, f) for i in forbid):
            c.false += 1
            c.false_items.append(f"line {f['line']} {f['rule']} (forbid)")
        elif f["category"] in ERROR_CATEGORIES:
            c.false += 1
            c.false_items.append(f"line {f['line']} {f['rule']} (unexplained)")
    return out


# ---------------------------------------------------------------------------------------
# Linting the annotated articles


def annotated_articles(
    examples: Path = EXAMPLES, seed: Path | None = SEED
) -> list[tuple[Path, Path]]:
    """(article, expected.yaml) pairs: the reference page first, then examples/ in name order."""
    pairs = []
    if seed is not None and seed.is_file() and seed.with_suffix(".expected.yaml").is_file():
        pairs.append((seed, seed.with_suffix(".expected.yaml")))
    if examples.is_dir():
        for exp in sorted(examples.glob("*.expected.yaml")):
            stem = exp.name[: -len(".expected.yaml")]
            for suffix in (".txt", ".md", ".markdown"):
                art = exp.with_name(stem + suffix)
                if art.is_file():
                    pairs.append((art, exp))
                    break
    return pairs


def lint_findings(path: Path) -> list[dict[str, Any]]:
    """The findings of every default rule on ``path``, as ``lint-news check --format json``."""
    from lint_news.engine import lint_text
    from lint_news.report.json_format import finding_dict
    from lint_news.source import read_file

    src = read_file(str(path))
    doc, findings = lint_text(
        src.text, path=str(path), markdown=src.markdown, rules=corpus_eval.default_rules()
    )
    return [finding_dict(doc, f) for f in findings]


def load_items(expected: Path) -> list[dict[str, Any]]:
    import yaml

    data = yaml.safe_load(expected.read_text(encoding="utf-8")) or {}
    return list(data.get("items") or [])


def score_articles(pairs: list[tuple[Path, Path]]) -> list[tuple[Path, dict[str, CategoryScore]]]:
    return [(art, score(load_items(exp), lint_findings(art))) for art, exp in pairs]


# ---------------------------------------------------------------------------------------
# Tables


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.0%}"


def category_table(scores: dict[str, CategoryScore], markdown: bool = True) -> str:
    from lint_news.findings import CATEGORIES

    head = [
        "category",
        "must found",
        "nice found",
        "recall",
        "findings",
        "true",
        "false",
        "precision",
    ]
    body = []
    total = CategoryScore()
    for name in sorted(scores, key=lambda c: (CATEGORIES.index(c) if c in CATEGORIES else 99, c)):
        c = scores[name]
        total.add(c)
        body.append(
            [
                name,
                f"{c.must_hit}/{c.must}",
                f"{c.nice_hit}/{c.nice}",
                _pct(c.recall),
                str(c.findings),
                str(c.true),
                str(c.false),
                _pct(c.precision),
            ]
        )
    body.append(
        [
            "**all**",
            f"{total.must_hit}/{total.must}",
            f"{total.nice_hit}/{total.nice}",
            _pct(total.recall),
            str(total.findings),
            str(total.true),
            str(total.false),
            _pct(total.precision),
        ]
    )
    return render_table(head, body, markdown)


def merge(results: list[tuple[Path, dict[str, CategoryScore]]]) -> dict[str, CategoryScore]:
    out: dict[str, CategoryScore] = {}
    for _, scores in results:
        for name, c in scores.items():
            out.setdefault(name, CategoryScore()).add(c)
    return out


def file_table(results: list[tuple[Path, dict[str, CategoryScore]]], markdown: bool = True) -> str:
    head = ["article", "must found", "nice found", "findings", "false"]
    body = []
    for path, scores in results:
        t = CategoryScore()
        for c in scores.values():
            t.add(c)
        name = path.name if path.parent == EXAMPLES else f"reference page ({path.name})"
        body.append(
            [
                name,
                f"{t.must_hit}/{t.must}",
                f"{t.nice_hit}/{t.nice}",
                str(t.findings),
                str(t.false),
            ]
        )
    return render_table(head, body, markdown)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Precision/recall per category and false rates on clean text."
    )
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument(
        "--seed", type=Path, default=SEED, help="the reference page (with its .expected.yaml)"
    )
    ap.add_argument("--examples", type=Path, default=EXAMPLES)
    ap.add_argument("--no-corpora", action="store_true", help="skip the clean-corpus false rates")
    ap.add_argument("--jobs", "-j", type=int, default=2, help="processes for the corpus part")
    ap.add_argument("--verbose", "-v", action="store_true", help="list the false findings")
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    print("# lint-news accuracy\n")
    pairs = annotated_articles(a.examples, a.seed)
    results = score_articles(pairs)
    seed_res = [r for r in results if r[0] == a.seed]
    ex_res = [r for r in results if r[0] != a.seed]
    if seed_res:
        print("## Reference page (`../shared/seeds/000_9646c9c426e300ee.txt`)\n")
        print(category_table(seed_res[0][1]))
        print()
    else:
        print("(reference page not present: skipped)\n")
    if ex_res:
        print(f"## Annotated examples (`examples/`, {len(ex_res)} articles)\n")
        print(category_table(merge(ex_res)))
        print()
        print(file_table(results))
        print()
    else:
        print("(no annotated articles in examples/)\n")
    if a.verbose:
        for path, scores in results:
            for name, c in scores.items():
                for item in c.false_items:
                    print(f"  FALSE {path.name} [{name}] {item}")
        print()

    if a.no_corpora:
        pass
    elif not a.corpora.is_dir():
        print(f"(no corpora at {a.corpora}: clean-text false rates skipped)\n")
    else:
        ev = corpus_eval.evaluate(a.corpora, jobs=a.jobs)
        total = sum(ev.chars.values())
        print(
            f"## False findings on clean news text ({total:,} characters, {len(ev.chars)} corpora)\n"
        )
        head = [
            "category",
            "findings",
            "reviewed genuine",
            "known scraped repeats",
            "false",
            "false / 100k chars",
            f"target <= {corpus_eval.TARGET_PER_100K:g}",
        ]
        body = []
        for cat, r in ev.totals().items():
            target = "–"  # punctuation and style: house-style conformance, no target
            if cat in corpus_eval.ERROR_CATEGORIES:
                target = "met" if r.per_100k <= corpus_eval.TARGET_PER_100K else "NOT met"
            body.append(
                [
                    cat,
                    str(r.findings),
                    str(r.genuine),
                    str(r.known),
                    str(r.false),
                    f"{r.per_100k:.2f}",
                    target,
                ]
            )
        print(render_table(head, body, True))
        rec = ev.repetition_recall()
        if rec is not None and "repetition" in ev.categories:
            print(
                f"\nParagraph and sentence repeats found in the THUCNews articles of "
                f"`known_repeated_content.tsv`: {rec[0]}/{rec[1]} ({rec[0] / rec[1]:.0%})."
            )
        print()
    print(f"quality.py finished in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
