"""Baselines: record today's findings, then report only new ones.

A finding's fingerprint is its rule, its excerpt and a few characters on each side of it
(inside its own paragraph), all with whitespace removed and NFKC-normalised, hashed. Line
numbers play no part, so a paragraph inserted above or an edit elsewhere does not bring an
old finding back; fixing a finding makes its entry unused, and the next ``--write-baseline``
drops it. The same fingerprint twice in a file is counted, so a third copy of a known
problem is new. The file is JSON, sorted by path, rule and fingerprint, with no time stamp:
the same findings write the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from .document import Document
from .findings import Finding
from .source import InputError

BASELINE_VERSION = 1
CONTEXT = 8  # characters of surrounding text on each side, within the paragraph

Result = tuple[Document, list[Finding]]


def _norm(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


def fingerprint(doc: Document, f: Finding) -> str:
    text = doc.text
    block = doc.block_at(f.start)
    lo, hi = (block.start, block.end) if block is not None else (0, len(text))
    before = text[max(lo, f.start - CONTEXT) : f.start]
    after = text[f.end : min(hi, f.end + CONTEXT)]
    key = "\0".join((f.rule, _norm(text[f.start : f.end]), _norm(before), _norm(after)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def path_key(path: str) -> str:
    return Path(path).as_posix() if path != "-" else "-"


def occurrences(doc: Document, findings: list[Finding]) -> list[tuple[str, int]]:
    """(fingerprint, n) of each finding, n counting earlier findings with the same print."""
    seen: Counter[str] = Counter()
    out = []
    for f in findings:
        fp = fingerprint(doc, f)
        out.append((fp, seen[fp]))
        seen[fp] += 1
    return out


def baseline_data(results: list[Result]) -> dict[str, Any]:
    entries: dict[tuple[str, str, str], dict[str, Any]] = {}
    for doc, findings in results:
        path = path_key(doc.path)
        for f, (fp, _) in zip(findings, occurrences(doc, findings), strict=True):
            key = (path, f.rule, fp)
            if key in entries:
                entries[key]["count"] += 1
            else:
                entries[key] = {
                    "path": path,
                    "rule": f.rule,
                    "fingerprint": fp,
                    "excerpt": doc.text[f.start : f.end][:80],
                    "count": 1,
                }
    return {
        "version": BASELINE_VERSION,
        "findings": [entries[k] for k in sorted(entries)],
    }


def write_baseline(path: str, results: list[Result]) -> None:
    text = json.dumps(baseline_data(results), ensure_ascii=False, indent=2, sort_keys=True)
    try:
        Path(path).write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot write the baseline ({exc.strerror})") from None


class Baseline:
    def __init__(self, counts: Counter[tuple[str, str, str]]) -> None:
        self.counts = counts

    def filter(self, results: list[Result]) -> list[Result]:
        """Each result without the findings the baseline records (up to its counts)."""
        out = []
        for doc, findings in results:
            path = path_key(doc.path)
            left: Counter[tuple[str, str, str]] = Counter()
            kept = []
            for f, (fp, _) in zip(findings, occurrences(doc, findings), strict=True):
                key = (path, f.rule, fp)
                if left[key] < self.counts.get(key, 0):
                    left[key] += 1
                    continue
                kept.append(f)
            out.append((doc, kept))
        return out


def load_baseline(path: str) -> Baseline:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(
            f"{path}: baseline file not found (write one with --write-baseline)"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a lint-news baseline ({exc})") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION:
        raise InputError(f"{path}: not a lint-news baseline (version {BASELINE_VERSION} expected)")
    counts: Counter[tuple[str, str, str]] = Counter()
    for e in data.get("findings") or []:
        try:
            counts[(str(e["path"]), str(e["rule"]), str(e["fingerprint"]))] += int(e["count"])
        except (KeyError, TypeError, ValueError):
            raise InputError(
                f"{path}: a baseline entry lacks path, rule, fingerprint or count"
            ) from None
    return Baseline(counts)
