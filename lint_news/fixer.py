"""Applying fixes to the original text, and writing files atomically."""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .document import Document
from .findings import Finding
from .source import InputError


def source_span(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The source span of the checkable text's ``start:end``, or None when it does not map
    to one contiguous stretch of the source holding the same characters (it straddles
    removed markup)."""
    s = doc.source_offset(start)
    e = doc.source_offset(end - 1) + 1 if end > start else s
    if e - s != end - start or doc.source[s:e] != doc.text[start:end]:
        return None
    return s, e


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
            span = source_span(doc, start, end)
            if span is None:
                continue
            s, e = span
            edits.append((s, e, replacement))
    edits.sort()
    chosen: list[tuple[int, int, str]] = []
    last_end = -1
    for s, e, r in edits:
        if s >= last_end:
            chosen.append((s, e, r))
            last_end = e
    return apply_edits(doc.source, chosen), len(chosen)


class FixError(InputError):
    """``--fix`` refused to write a file (one line, exit 2); the original is left intact."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a file was when it was read: compared again just before a fix replaces it."""

    mtime_ns: int
    size: int
    digest: str


def snapshot(path: str | os.PathLike[str]) -> Snapshot | None:
    """The file's modification time, size and SHA-256 now (None when it cannot be read)."""
    try:
        st = os.stat(path)
        with open(path, "rb") as fh:
            digest = hashlib.sha256(fh.read()).hexdigest()
    except OSError:
        return None
    return Snapshot(st.st_mtime_ns, st.st_size, digest)


def _why(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "no space left on the device"
    if exc.errno == errno.EDQUOT:
        return "disk quota exceeded"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "read-only file system"
    return exc.strerror or type(exc).__name__


def write_atomic(path: str | os.PathLike[str], data: bytes, expect: Snapshot | None = None) -> None:
    """Write via a temporary file in the same directory and rename it over the original.

    A symbolic link is written through (its target is replaced, the link kept). With
    ``expect``, the file must still be what it was when it was read, or nothing is written.
    Any failure (a read-only file or directory, a full disk, a file changed meanwhile) is a
    one-line ``FixError`` and leaves the original untouched, with no temporary file behind.
    """
    given = Path(path)
    p = Path(os.path.realpath(given))  # through a symlink: replace the target, keep the link
    try:
        st = p.stat()
    except OSError as exc:
        raise FixError(f"{given}: --fix cannot write: {_why(exc)}") from None
    if not st.st_mode & 0o222 or not os.access(p, os.W_OK):  # (no write bit: even for root)
        raise FixError(f"{given}: --fix refused: the file is read-only; it is unchanged")
    mode = st.st_mode & 0o7777
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".lint-news-tmp", dir=p.parent)
    except OSError as exc:
        raise FixError(
            f"{given}: --fix cannot write beside it: {_why(exc)}; it is unchanged"
        ) from None
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, mode)
        if expect is not None and snapshot(p) != expect:
            raise FixError(
                f"{given}: --fix refused: the file changed while it was being linted; it is unchanged"
            )
        os.replace(tmp, p)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise FixError(f"{given}: --fix cannot write: {_why(exc)}; it is unchanged") from None
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
            span = source_span(doc, start, end)
            if span is None:
                continue
            s, e = span
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
