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
