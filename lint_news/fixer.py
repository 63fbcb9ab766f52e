"""Applying fixes to the original text, and writing files atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .document import Document
from .findings import Finding


def apply_fixes(doc: Document, findings: list[Finding]) -> tuple[str, int]:
    """The source text with every non-overlapping fix applied; and how many were applied.

    Fixes are mapped from the checkable text back to the source; a fix whose span does not
    map to one contiguous stretch of the source (it straddles removed markup) is skipped.
    """
    edits: list[tuple[int, int, str]] = []
    for f in findings:
        if f.fix is None:
            continue
        for start, end, replacement in [(f.start, f.end, f.fix), *f.edits]:
            s = doc.source_offset(start)
            e = doc.source_offset(end - 1) + 1 if end > start else s
            if e - s != end - start or doc.source[s:e] != doc.text[start:end]:
                continue
            edits.append((s, e, replacement))
    edits.sort()
    chosen: list[tuple[int, int, str]] = []
    last_end = -1
    for s, e, r in edits:
        if s >= last_end:
            chosen.append((s, e, r))
            last_end = e
    text = doc.source
    for s, e, r in reversed(chosen):
        text = text[:s] + r + text[e:]
    return text, len(chosen)


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write via a temporary file in the same directory and rename it over the original.

    On any error the original file is left untouched.
    """
    p = Path(path)
    mode = p.stat().st_mode & 0o7777 if p.exists() else None
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".lint-news-tmp", dir=p.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


# ---------------------------------------------------------------------------------------
# Safe and unsafe fixes, protected text, and diffs (check --fix / --unsafe-fixes / --diff)

# a short quotation (a cited word or wrong usage: 有人把“再接再厉”写成“再接再励”) and a title
# of a work are left as written; so is a name that ends in an organisation word
_SHORT_QUOTE_MAX = 20
_ORG_SUFFIX = ("公司", "集团", "酒店", "餐厅", "度假村", "工作室", "俱乐部", "商行", "有限", "书店")


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that fixes leave alone: the inside of 《…》, and of “…”, 「…」, ‘…’
    quotations of at most 20 characters with no sentence end inside (a cited form)."""
    import re

    spans = [m.span(1) for m in re.finditer(r"《([^《》\n]*)》", text)]
    quote = rf"[“「‘『]([^“”「」‘’『』\n]{{1,{_SHORT_QUOTE_MAX}}})[”」’』]"
    for m in re.finditer(quote, text):
        if not any(c in m.group(1) for c in "。！？!?"):
            spans.append(m.span(1))
    return sorted(spans)


def _in_name(text: str, end: int) -> bool:
    """Is the text ending at ``end`` part of an organisation's name (…做为科技有限公司)?"""
    tail = text[end : end + 8]
    for suffix in _ORG_SUFFIX:
        i = tail.find(suffix)
        if 0 <= i <= 6 and all("\u4e00" <= c <= "\u9fff" for c in tail[:i]):
            return True
    return False


def fixable(findings: list[Finding], unsafe_rules: set[str], unsafe: bool) -> list[Finding]:
    """The findings whose fix may be applied: all with ``unsafe``, else those of rules not in
    ``unsafe_rules`` (rules marked ``unsafe: true``)."""
    return [f for f in findings if f.fix is not None and (unsafe or f.rule not in unsafe_rules)]


def plan_edits(doc: Document, findings: list[Finding]) -> list[tuple[int, int, str]]:
    """Non-overlapping (source start, source end, replacement) edits of the findings' fixes,
    in order. An edit is dropped when its span does not map to one stretch of the source,
    overlaps an edit already chosen, or falls in protected text (a title of a work, a short
    quotation; for word fixes, a name ending in 公司, 集团 …)."""
    protected = protected_spans(doc.text)
    edits: list[tuple[int, int, str]] = []
    for f in findings:
        if f.fix is None:
            continue
        for start, end, replacement in [(f.start, f.end, f.fix), *f.edits]:
            if any(ps <= start and end <= pe for ps, pe in protected):
                continue
            if f.category not in ("punctuation",) and _in_name(doc.text, end):
                continue
            s = doc.source_offset(start)
            e = doc.source_offset(end - 1) + 1 if end > start else s
            if e - s != end - start or doc.source[s:e] != doc.text[start:end]:
                continue
            if doc.source[s:e] == replacement:
                continue
            edits.append((s, e, replacement))
    edits.sort()
    chosen: list[tuple[int, int, str]] = []
    last_end = -1
    for s, e, r in edits:
        if s >= last_end and (s, e) != (last_end, last_end):
            chosen.append((s, e, r))
            last_end = e
    return chosen


def apply_edits(source: str, edits: list[tuple[int, int, str]]) -> str:
    """``source`` with the sorted, non-overlapping ``edits`` applied."""
    parts, pos = [], 0
    for s, e, r in edits:
        parts.append(source[pos:s])
        parts.append(r)
        pos = e
    parts.append(source[pos:])
    return "".join(parts)


def fix_rounds(
    doc: Document,
    findings: list[Finding],
    relint,
    unsafe_rules: set[str],
    unsafe: bool,
    rounds: int = 5,
):
    """Apply fixes, re-linting after each round so that fixes that overlapped get their
    turn; ``relint(doc) -> findings``. Returns (document, findings, fixed text, edits applied)."""
    text, n = doc.source, 0
    for _ in range(rounds):
        edits = plan_edits(doc, fixable(findings, unsafe_rules, unsafe))
        if not edits:
            break
        text = apply_edits(doc.source, edits)
        n += len(edits)
        doc = Document(text, path=doc.path, markdown=doc.markdown)
        findings = relint(doc)
    return doc, findings, text, n


def unified_diff(path: str, old: str, new: str) -> str:
    """A unified diff of ``old`` → ``new`` with ``path`` in its headers ('' when equal)."""
    import difflib

    if old == new:
        return ""
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=path,
        tofile=f"{path} (fixed)",
    )
    out = "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    )
    return out
