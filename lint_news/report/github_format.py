"""GitHub Actions workflow commands: one annotation per finding on the pull request.

``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`` (``warning`` and
``notice`` for the other severities), escaped as GitHub's toolkit escapes them: ``%``, CR
and LF in the message; those and ``:`` and ``,`` in property values.
"""

from __future__ import annotations

from . import Result, span

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(results: list[Result]) -> str:
    lines = []
    for doc, findings in results:
        for f in findings:
            line, col, end_line, end_col = span(doc, f.start, f.end)
            props = [
                ("file", doc.path),
                ("line", str(line)),
                ("col", str(col)),
                ("endLine", str(end_line)),
                ("endColumn", str(end_col)),
                ("title", f"lint-news {f.category}/{f.rule}"),
            ]
            p = ",".join(f"{k}={escape_property(v)}" for k, v in props)
            msg = f.message if f.fix is None else f"{f.message} (fix: {f.fix or 'delete'})"
            lines.append(f"::{COMMANDS[f.severity.label]} {p}::{escape_data(msg)}")
    return "".join(line + "\n" for line in lines)
