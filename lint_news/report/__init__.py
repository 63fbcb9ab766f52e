"""Output formats. Offsets become line:column here and nowhere earlier."""

from __future__ import annotations

from ..document import Document
from ..findings import Finding, Severity

FORMATS = ("text", "json")
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
