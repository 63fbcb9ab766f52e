"""JSON output, schema version 1.0 (documented in the README)."""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

from ..records import replace
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


def dumps(obj: Any, indent: str = "") -> str:
    """``json.dumps(obj, ensure_ascii=False, indent=2)``, the same text, for what findings hold
    (dicts with string keys, lists, strings, integers, booleans, None, finite floats).

    With ``indent`` set, the standard library encodes in pure Python, a generator per level;
    this is the same layout written directly (a long file's JSON is written a finding at a
    time, and there that encoding was a seventh of the run). ``indent`` is the indentation of
    the line the value starts on.
    """
    if isinstance(obj, str):
        return encode_basestring(obj)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return int.__repr__(obj)
    inner = indent + "  "
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        if not all(type(k) is str for k in obj):  # (keys the library converts: its text)
            return json.dumps(obj, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)
        items = [inner + encode_basestring(k) + ": " + dumps(v, inner) for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[\n" + ",\n".join(inner + dumps(v, inner) for v in obj) + "\n" + indent + "]"
    return json.dumps(obj, ensure_ascii=False)  # (a float, or anything else: the library's)


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
                out.write("    " + dumps(finding_dict(doc, f), "    "))
                continue
            # a summary finding may carry an edit for every occurrence in a long file: the
            # edits are written one by one where the finding's text has them
            d = finding_dict(doc, replace(f, edits=[]))
            d["fix"]["edits"] = _EDITS
            head, tail = dumps(d, "    ").split(json.dumps(_EDITS), 1)
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
                out.write(("\n" if k == 0 else ",\n") + " " * 10 + dumps(edit, " " * 10))
            out.write("\n        ]" + tail)
    out.write("]" if first else "\n  ]")
    out.write(',\n  "summary": ' + dumps(summary(results), "  ") + "\n}\n")
