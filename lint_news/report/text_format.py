"""Human-readable output: ``path:line:col: severity [category/rule] message`` and the line."""

from __future__ import annotations

import unicodedata

import click

from . import Result, summary

_COLORS = {"error": "red", "warning": "yellow", "info": "blue"}
MAX_SHOWN = 120  # characters of a long source line shown around the finding


def display_width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _excerpt(line_text: str, col: int, length: int) -> tuple[str, int, int]:
    """Cut a long line to a window around the span; returns (text, start col, span length)."""
    start = col - 1
    if len(line_text) <= MAX_SHOWN:
        return line_text, start, length
    lo = max(0, start - 30)
    hi = min(len(line_text), max(start + length + 30, lo + 60))
    pre = "…" if lo > 0 else ""
    post = "…" if hi < len(line_text) else ""
    return pre + line_text[lo:hi] + post, start - lo + len(pre), min(length, hi - start)


def render(results: list[Result], color: bool = False) -> str:
    lines: list[str] = []
    for doc, findings in results:
        para = "¶" if getattr(doc, "input_format", "") == "docx" else ""  # line = paragraph
        for f in findings:
            line, col = doc.position(f.start)
            end_line, end_col = doc.end_position(f.end)
            sev = f.severity.label
            sev_s = click.style(sev, fg=_COLORS[sev], bold=True) if color else sev
            head = f"{doc.path}:{para}{line}:{col}: {sev_s} [{f.category}/{f.rule}] {f.message}"
            lines.append(click.style(head, bold=False) if color else head)
            text = doc.line_index.line_text(line)
            span = (end_col - col) if end_line == line else max(1, len(text) - col + 1)
            shown, s, n = _excerpt(text, col, max(span, 1))
            pad = " " * display_width(shown[:s])
            marker = "^" * max(1, display_width(shown[s : s + n]))
            lines.append(f"    {shown}")
            lines.append(f"    {pad}{click.style(marker, fg=_COLORS[sev]) if color else marker}")
            if f.fix is not None:
                lines.append(f"    fix: {f.fix!r}" if f.fix else "    fix: delete")
            for r in f.related:
                rl, rc = doc.position(r.start)
                lines.append(f"    related {doc.path}:{para}{rl}:{rc}: {r.message}")
    s = summary(results)
    if s["findings"]:
        sev = s["by_severity"]
        parts = ", ".join(f"{n} {k}" for k, n in sev.items() if n)  # type: ignore[union-attr]
        lines.append(f"Found {s['findings']} problem(s) in {s['files']} file(s) ({parts}).")
    else:
        lines.append(f"No problems found in {s['files']} file(s).")
    return "\n".join(lines) + "\n"
