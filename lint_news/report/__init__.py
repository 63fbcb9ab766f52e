"""Output formats. Offsets become line:column here and nowhere earlier."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from ..document import Document
from ..findings import Finding, Severity

FORMATS = ("text", "json", "sarif", "github", "gitlab", "junit")
JSON_SCHEMA_VERSION = "1.0"

Result = tuple[Document, list[Finding]]


def summary(results: list[Result]) -> dict[str, object]:
    by_sev = {s.label: 0 for s in sorted(Severity, reverse=True)}
    by_cat: dict[str, int] = {}
    total = 0
    for _, findings in results:
        for f in findings:
            total += 1
            by_sev[f.severity.label] += 1
            by_cat[f.category] = by_cat.get(f.category, 0) + 1
    return {
        "files": len(results),
        "findings": total,
        "by_severity": by_sev,
        "by_category": dict(sorted(by_cat.items())),
    }


def span(doc: Document, start: int, end: int) -> tuple[int, int, int, int]:
    """(line, column, end_line, end_column) of a text span, 1-based, end exclusive."""
    line, col = doc.position(start)
    end_line, end_col = doc.end_position(end)
    return line, col, end_line, end_col


def render(
    fmt: str,
    results: list[Result],
    *,
    color: bool = False,
    threshold: Severity = Severity.WARNING,
    rules: dict[str, Any] | None = None,
) -> str:
    """The report of ``results`` in format ``fmt``: the ``render`` of module ``<fmt>_format``."""
    try:
        module = import_module(f"{__name__}.{fmt}_format")
    except ModuleNotFoundError:
        raise ValueError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})") from None
    if fmt == "text":
        return module.render(results, color=color)
    if fmt == "junit":
        return module.render(results, threshold=threshold)
    if fmt == "sarif":
        return module.render(results, rules=rules)
    return module.render(results)


def statistics_table(results: list[Result]) -> str:
    """Findings per rule, most frequent first: count, rule, category, severity."""
    counts: dict[tuple[str, str, str], int] = {}
    for _, findings in results:
        for f in findings:
            key = (f.rule, f.category, f.severity.label)
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return "No findings.\n"
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    w = max(len(r) for (r, _, _), _ in rows)
    n = max(len(str(c)) for _, c in rows)
    lines = [f"{c:>{n}}  {r:<{w}}  {cat:<11} {sev}" for (r, cat, sev), c in rows]
    return "\n".join(lines) + "\n"
