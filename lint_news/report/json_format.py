"""JSON output, schema version 1.0 (documented in the README)."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from . import JSON_SCHEMA_VERSION, Result, summary


def finding_dict(doc: Any, f: Any) -> dict[str, Any]:
    line, col = doc.position(f.start)
    end_line, end_col = doc.end_position(f.end)
    related = []
    for r in f.related:
        rl, rc = doc.position(r.start)
        rel, rec = doc.end_position(r.end)
        related.append(
            {"line": rl, "column": rc, "end_line": rel, "end_column": rec, "message": r.message}
        )
    return {
        "path": doc.path,
        "line": line,
        "column": col,
        "end_line": end_line,
        "end_column": end_col,
        "rule": f.rule,
        "category": f.category,
        "severity": f.severity.label,
        "message": f.message,
        "excerpt": doc.text[f.start : f.end],
        "fix": None if f.fix is None else _fix(doc, f),
        "related": related,
    }


def _fix(doc: Any, f: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"replacement": f.fix}
    if f.edits:  # a summary finding: the same fix at every other occurrence too
        edits = []
        for s, e, r in f.edits:
            line, col = doc.position(s)
            end_line, end_col = doc.end_position(e)
            edits.append(
                {
                    "line": line,
                    "column": col,
                    "end_line": end_line,
                    "end_column": end_col,
                    "replacement": r,
                }
            )
        out["edits"] = edits
    return out


def render(results: list[Result]) -> str:
    out = {
        "version": JSON_SCHEMA_VERSION,
        "findings": [finding_dict(doc, f) for doc, findings in results for f in findings],
        "summary": summary(results),
    }
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


_EDITS = "\x00edits\x00"  # where a finding's edits go in its JSON text


def write(results: list[Result], out: Any) -> None:
    """``render(results)`` written to ``out`` a finding at a time: the same text, without
    holding every finding's dictionary and the whole document at once (a long file)."""
    out.write('{\n  "version": ' + json.dumps(JSON_SCHEMA_VERSION) + ',\n  "findings": [')
    first = True
    for doc, findings in results:
        for f in findings:
            out.write("\n" if first else ",\n")
            first = False
            if not f.edits:
                text = json.dumps(finding_dict(doc, f), ensure_ascii=False, indent=2)
                out.write("    " + text.replace("\n", "\n    "))
                continue
            # a summary finding may carry an edit for every occurrence in a long file: the
            # edits are written one by one where the finding's text has them
            d = finding_dict(doc, replace(f, edits=[]))
            d["fix"]["edits"] = _EDITS
            text = json.dumps(d, ensure_ascii=False, indent=2).replace("\n", "\n    ")
            head, tail = text.split(json.dumps(_EDITS), 1)
            out.write("    " + head + "[")
            for k, (s, e, r) in enumerate(f.edits):
                line, col = doc.position(s)
                end_line, end_col = doc.end_position(e)
                edit = {
                    "line": line,
                    "column": col,
                    "end_line": end_line,
                    "end_column": end_col,
                    "replacement": r,
                }
                item = json.dumps(edit, ensure_ascii=False, indent=2).replace("\n", "\n" + " " * 10)
                out.write(("\n" if k == 0 else ",\n") + " " * 10 + item)
            out.write("\n        ]" + tail)
    out.write("]" if first else "\n  ]")
    tail = json.dumps(summary(results), ensure_ascii=False, indent=2).replace("\n", "\n  ")
    out.write(',\n  "summary": ' + tail + "\n}\n")
