"""Applying fixes to the original text, and writing files atomically."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
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


def fix_until_stable(
    doc: Document,
    findings: list[Finding],
    relint: Callable[[str], tuple[Document, list[Finding]]],
    rounds: int = 5,
) -> tuple[str, int, Document, list[Finding]]:
    """Apply fixes, re-lint, and repeat (so overlapping fixes never collide) until none applies.

    Returns the new source text, how many fixes were applied, and the last document and
    findings. ``check --fix`` and the web page's "apply all" both use this loop.
    """
    new_text, n = doc.source, 0
    for _ in range(rounds):
        new_text, applied = apply_fixes(doc, findings)
        if not applied:
            break
        n += applied
        doc, findings = relint(new_text)
    return new_text, n, doc, findings


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
