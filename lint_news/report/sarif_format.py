"""SARIF 2.1.0 output, for GitHub code scanning and other SARIF viewers.

One run of the driver ``lint-news`` with the metadata of every rule reported (id, category,
default level, the summary as ``shortDescription`` and the text of ``lint-news explain`` as
``help``), one result per finding with its region (columns in Unicode code points), its
related places, its fix as a SARIF fix of replacements, and the baseline fingerprint under
``partialFingerprints`` so that viewers track a finding across edits that move it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..baseline import occurrences
from ..filters import UNUSED_CATEGORY, UNUSED_RULE, UNUSED_SUMMARY
from . import Result, span

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A URI reference for a path: relative paths stay relative, with forward slashes."""
    if path == "-":
        return "stdin"
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return quote(p.as_posix(), safe="/")


def _region(doc: Any, start: int, end: int) -> dict[str, int]:
    line, col, end_line, end_col = span(doc, start, end)
    return {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col}


def help_text(rule: Any) -> str:
    """What ``lint-news explain`` says about a rule, as plain text."""
    parts = [(rule.description or "").strip() or rule.message]
    if rule.why:
        parts.append("Why: " + rule.why.strip())
    if rule.flag:
        parts.append("Reported: " + " / ".join(rule.flag[:3]))
    if rule.passes:
        parts.append("Left alone: " + " / ".join(rule.passes[:3]))
    return "\n\n".join(parts)


def _descriptor(rule_id: str, category: str, level: str, rule: Any) -> dict[str, Any]:
    if rule is None:
        summary = UNUSED_SUMMARY if rule_id == UNUSED_RULE else rule_id
        text = (
            "A lint-news-disable comment in Markdown or HTML that silenced no finding: "
            "delete it, or name the rule it was meant for."
            if rule_id == UNUSED_RULE
            else summary
        )
        return {
            "id": rule_id,
            "shortDescription": {"text": summary},
            "fullDescription": {"text": text},
            "help": {"text": text},
            "defaultConfiguration": {"level": level},
            "properties": {"category": category, "tags": [category]},
        }
    return {
        "id": rule.id,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": (rule.description or "").strip() or rule.message},
        "help": {"text": help_text(rule)},
        "defaultConfiguration": {"level": LEVELS[rule.severity.label]},
        "properties": {"category": rule.category, "tags": [rule.category]},
    }


def render(results: list[Result], rules: dict[str, Any] | None = None) -> str:
    rules = rules or {}
    descriptors: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    out: list[dict[str, Any]] = []
    for doc, findings in results:
        uri = artifact_uri(doc.path)
        location = {"uri": uri}
        for f, (fp, n) in zip(findings, occurrences(doc, findings), strict=True):
            level = LEVELS[f.severity.label]
            if f.rule not in index:
                index[f.rule] = len(descriptors)
                category = UNUSED_CATEGORY if f.rule == UNUSED_RULE else f.category
                descriptors.append(_descriptor(f.rule, category, level, rules.get(f.rule)))
            region = _region(doc, f.start, f.end)
            region["snippet"] = {"text": doc.text[f.start : f.end]}
            result: dict[str, Any] = {
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": level,
                "message": {"text": f.message},
                "locations": [
                    {"physicalLocation": {"artifactLocation": location, "region": region}}
                ],
                "partialFingerprints": {"lintNewsFingerprint/v1": f"{fp}:{n}"},
                "properties": {"category": f.category},
            }
            if f.related:
                result["relatedLocations"] = [
                    {
                        "id": i + 1,
                        "physicalLocation": {
                            "artifactLocation": location,
                            "region": _region(doc, r.start, r.end),
                        },
                        "message": {"text": r.message},
                    }
                    for i, r in enumerate(f.related)
                ]
            if f.fix is not None:
                edits = [(f.start, f.end, f.fix), *f.edits]
                result["fixes"] = [
                    {
                        "description": {"text": f"replace with {f.fix!r}" if f.fix else "delete"},
                        "artifactChanges": [
                            {
                                "artifactLocation": location,
                                "replacements": [
                                    {
                                        "deletedRegion": _region(doc, s, e),
                                        "insertedContent": {"text": r},
                                    }
                                    for s, e, r in edits
                                ],
                            }
                        ],
                    }
                ]
            out.append(result)
    sarif = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "lint-news",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": out,
            }
        ],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"
