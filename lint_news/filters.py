"""Findings a newsroom has said not to report: allowed texts and Markdown directives.

- ``allow:`` in the configuration lists exact texts (a proper name, a quoted wrong usage, a
  figure the rules misread); a finding that lies wholly inside an occurrence of one is
  dropped, in any file.
- In Markdown, ``<!-- lint-news-disable-next-line [rule or category …] -->`` silences the
  named rules (all rules when none is named) on the next non-blank line. The comment is
  invisible in the rendered article and never reaches the checks.
"""

from __future__ import annotations

import re

from .document import Document
from .findings import Finding

_DIRECTIVE = re.compile(r"<!--\s*lint-news-disable-next-line\b(?P<names>[^>]*?)-->")


def _allowed_spans(text: str, allow: tuple[str, ...]) -> list[tuple[int, int]]:
    spans = []
    for a in allow:
        i = text.find(a)
        while i >= 0:
            spans.append((i, i + len(a)))
            i = text.find(a, i + 1)
    return spans


def _disabled_lines(doc: Document) -> dict[int, set[str]]:
    """Source line -> the rule ids or categories silenced there (empty set: all)."""
    out: dict[int, set[str]] = {}
    if not doc.markdown or "lint-news-disable" not in doc.source:
        return out
    lines = doc.source.split("\n")
    for m in _DIRECTIVE.finditer(doc.source):
        line = doc.line_index.position(m.start())[0]  # (not a count per directive: linear)
        target = line + 1
        while target <= len(lines) and not lines[target - 1].strip():
            target += 1
        names = set(re.split(r"[\s,]+", m.group("names").strip())) - {""}
        if target in out and (not out[target] or not names):
            out[target] = set()
        else:
            out.setdefault(target, set()).update(names)
    return out


def suppress(doc: Document, findings: list[Finding], allow: tuple[str, ...] = ()) -> list[Finding]:
    """``findings`` without those the configuration's ``allow`` or a directive silences."""
    spans = _allowed_spans(doc.text, allow) if allow else []
    disabled = _disabled_lines(doc)
    if not spans and not disabled:
        return findings
    out = []
    for f in findings:
        if any(s <= f.start and f.end <= e for s, e in spans):
            continue
        if disabled:
            names = disabled.get(doc.position(f.start)[0])
            if names is not None and (not names or f.rule in names or f.category in names):
                continue
        out.append(f)
    return out
