"""Findings a newsroom has said not to report: allowed texts, directives and per-path ignores.

- ``allow:`` in the configuration lists exact texts (a proper name, a quoted wrong usage, a
  figure the rules misread); a finding that lies wholly inside an occurrence of one is
  dropped, in any file.
- ``per-file-ignores:`` maps path globs to rule ids or categories not reported there (the
  way to silence plain text, which has no comments).
- In Markdown and HTML, ``<!-- lint-news-disable-next-line [rule or category …] -->``
  silences the named rules (all rules when none is named) on the next non-blank line, and
  ``<!-- lint-news-disable [rule or category, …] -->`` … ``<!-- lint-news-enable -->``
  silences them in between (to the end of the file when no ``enable`` follows). The comments
  are invisible in the rendered article and never reach the checks.
- A directive that silenced nothing is reported as an ``info`` finding, rule
  ``unused-suppression``, when every rule it names ran (so that ``--select`` never makes a
  directive look unused).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection

from .document import Document
from .findings import Finding, Severity
from .patterns import lazy
from .records import Record

UNUSED_RULE = "unused-suppression"
UNUSED_CATEGORY = "style"
UNUSED_SUMMARY = "a lint-news-disable directive that silenced nothing"

_DIRECTIVE = lazy(
    r"<!--\s*lint-news-(?P<what>disable-next-line|disable|enable)(?![\w-])(?P<names>[^>]*?)-->"
)


class _Directive(Record):
    __slots__ = _fields = ("kind", "names", "offset", "line", "start", "end", "used")
    kind: str  # "next-line" or "range"
    names: frozenset[str]  # empty: every rule
    offset: int  # of the comment in the source
    line: int  # of the comment
    start: int  # source span it governs (next-line: the target line)
    end: int
    used: bool

    def __init__(
        self,
        kind: str,
        names: frozenset[str],
        offset: int,
        line: int,
        start: int,
        end: int,
        used: bool = False,
    ) -> None:
        self.kind = kind
        self.names = names
        self.offset = offset
        self.line = line
        self.start = start
        self.end = end
        self.used = used

    def silences(self, f: Finding) -> bool:
        return not self.names or f.rule in self.names or f.category in self.names


def _allowed_spans(text: str, allow: tuple[str, ...]) -> list[tuple[int, int]]:
    spans = []
    for a in allow:
        i = text.find(a)
        while i >= 0:
            spans.append((i, i + len(a)))
            i = text.find(a, i + 1)
    return spans


def _reads_comments(doc: Document) -> bool:
    return doc.markdown or getattr(doc, "input_format", "") == "html"


def directives(doc: Document) -> list[_Directive]:
    """The suppression comments of a Markdown or HTML document, in source order."""
    source = doc.source
    if not _reads_comments(doc) or "lint-news-" not in source:
        return []
    starts = doc.line_index.starts
    out: list[_Directive] = []
    open_ranges: list[_Directive] = []
    for m in _DIRECTIVE.finditer(source):
        line = bisect.bisect_right(starts, m.start()) - 1 + 1
        names = frozenset(re.split(r"[\s,]+", m.group("names").strip())) - {""}
        what = m.group("what")
        if what == "enable":
            for d in open_ranges:
                d.end = m.start()
            open_ranges.clear()
            continue
        if what == "disable":
            d = _Directive("range", names, m.start(), line, m.end(), len(source))
            open_ranges.append(d)
            out.append(d)
            continue
        # the next non-blank line after the comment's own line
        target = line + 1
        while target <= len(starts) and not _line(source, starts, target).strip():
            target += 1
        if target > len(starts):
            s = e = len(source)
        else:
            s = starts[target - 1]
            e = starts[target] - 1 if target < len(starts) else len(source)
        out.append(_Directive("next-line", names, m.start(), line, s, e))
    return out


def _line(source: str, starts: list[int], line: int) -> str:
    s = starts[line - 1]
    e = starts[line] - 1 if line < len(starts) else len(source)
    return source[s:e]


def _text_offset(doc: Document, source_offset: int) -> int | None:
    """The first offset of ``doc.text`` at or after ``source_offset`` in the source."""
    for vs, ss, n in doc._segments:
        if n and ss + n > source_offset:
            return vs + max(0, source_offset - ss)
    return None


def suppress(
    doc: Document,
    findings: list[Finding],
    allow: tuple[str, ...] = (),
    *,
    ignored: tuple[str, ...] = (),
    active: Collection[str] | None = None,
) -> list[Finding]:
    """``findings`` without those ``allow``, ``ignored`` names or a directive silences.

    ``active`` (ids and categories of the rules that ran, or None when the caller does not
    want them) turns on the ``unused-suppression`` findings; a directive without names is
    judged only when ``active`` holds the marker ``"*"`` (every rule ran).
    """
    spans = _allowed_spans(doc.text, allow) if allow else []
    marks = directives(doc)
    if not spans and not marks and not ignored:
        return findings
    out = []
    for f in findings:
        if any(s <= f.start and f.end <= e for s, e in spans):
            continue
        if ignored and (f.rule in ignored or f.category in ignored):
            continue
        if marks:
            where = doc.source_offset(f.start)
            hit = [d for d in marks if d.start <= where < d.end and d.silences(f)]
            if hit:
                for d in hit:
                    d.used = True
                continue
        out.append(f)
    if active is not None and marks:
        out.extend(_unused(doc, marks, active, ignored))
        out.sort(key=Finding.sort_key)
    return out


def _unused(
    doc: Document, marks: list[_Directive], active: Collection[str], ignored: tuple[str, ...]
) -> list[Finding]:
    if UNUSED_RULE not in active or UNUSED_RULE in ignored or UNUSED_CATEGORY in ignored:
        return []
    out = []
    for d in marks:
        if d.used:
            continue
        if d.names and not all(n in active for n in d.names):
            continue  # a rule it names did not run here: it may well be needed
        if not d.names and "*" not in active:
            continue
        start = _text_offset(doc, d.start)
        if start is None:
            continue
        directive = "lint-news-disable-next-line" if d.kind == "next-line" else "lint-news-disable"
        named = "、".join(sorted(d.names)) if d.names else "全部规则"
        where = "下一行" if d.kind == "next-line" else "此后"
        out.append(
            Finding(
                UNUSED_RULE,
                UNUSED_CATEGORY,
                Severity.INFO,
                f"第{d.line}行的 {directive}（{named}）在{where}没有压下任何问题，可以删去",
                start,
                start + 1,
            )
        )
    return out
