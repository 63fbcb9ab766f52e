"""Reading input: files, directories and stdin, with clear errors for bad input."""

from __future__ import annotations

import codecs
import fnmatch
import os
import sys
from pathlib import Path

from .records import Frozen

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "gb2312", "big5")


class InputError(Exception):
    """A problem with the input that the user must fix; reported as one line, exit 2."""


class Source(Frozen):
    __slots__ = _fields = (
        "path",
        "text",
        "markdown",
        "encoding",
        "bom",
        "newline",
        "input_format",
        "hints",
    )
    path: str  # as given by the user ("-" for stdin)
    text: str  # decoded, BOM removed, CRLF/CR normalised to LF
    markdown: bool
    encoding: str
    bom: bool
    newline: str  # "\r\n" when the file used CRLF throughout; "mixed" when it mixed them
    input_format: str  # text, markdown, html or docx (see make_document in run.py)
    # .docx: one line of ``text`` per paragraph, and each paragraph's heading hint (h1, h2, "")
    hints: tuple[str, ...]

    def __init__(
        self,
        path: str,
        text: str,
        markdown: bool,
        encoding: str = "utf-8",
        bom: bool = False,
        newline: str = "\n",
        input_format: str = "text",
        hints: tuple[str, ...] = (),
    ) -> None:
        _set = object.__setattr__
        _set(self, "path", path)
        _set(self, "text", text)
        _set(self, "markdown", markdown)
        _set(self, "encoding", encoding)
        _set(self, "bom", bom)
        _set(self, "newline", newline)
        _set(self, "input_format", input_format)
        _set(self, "hints", hints)


def normalise_encoding(name: str | None) -> str:
    if not name:
        return "utf-8"
    try:
        codec = codecs.lookup(name)
    except LookupError:
        raise InputError(f"unknown encoding {name!r} (try utf-8, gb18030 or gbk)") from None
    return codec.name


def newline_style(data: bytes) -> str:
    crlf = data.count(b"\r\n")
    lf = data.count(b"\n") - crlf
    cr = data.count(b"\r") - crlf
    if crlf and not lf and not cr:
        return "\r\n"
    if (crlf and (lf or cr)) or cr:
        return "mixed"
    return "\n"


def decode(data: bytes, where: str, encoding: str | None = None) -> str:
    """Bytes to text. UTF-8 (with or without BOM) by default; anything else needs --encoding."""
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(f"{where}: binary file, not text")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(f"{where}: UTF-16 text is not supported; save it as UTF-8")
    enc = normalise_encoding(encoding)
    if enc in ("utf-8", "utf-8-sig"):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            hint = _guess_encoding(data)
            raise InputError(
                f"{where}: not valid UTF-8 (byte {exc.start}); "
                f"pass --encoding {hint} if the file is {hint.upper()} text"
            ) from None
    else:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as exc:
            raise InputError(f"{where}: cannot decode as {enc} (byte {exc.start})") from None
        if text.startswith("\ufeff"):
            text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _guess_encoding(data: bytes) -> str:
    try:
        data.decode("gb18030")
        return "gb18030"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("big5")
        return "big5"
    except UnicodeDecodeError:
        return "gb18030"


def read_stdin(encoding: str | None = None, markdown: bool = False) -> Source:
    data = sys.stdin.buffer.read()
    return Source(
        "-",
        decode(data, "<stdin>", encoding),
        markdown,
        normalise_encoding(encoding),
        data.startswith(codecs.BOM_UTF8),
        newline_style(data),
    )


def read_file(path: str | os.PathLike[str], encoding: str | None = None) -> Source:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file or directory")
    if p.is_dir():
        raise InputError(f"{p}: is a directory")
    suffix = p.suffix.lower()
    if suffix == ".docx":
        from .readers.docx_reader import read_docx

        return read_docx(str(path))
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None
    markdown = suffix in MARKDOWN_SUFFIXES
    return Source(
        str(path),
        decode(data, str(path), encoding),
        markdown,
        normalise_encoding(encoding),
        data.startswith(codecs.BOM_UTF8),
        newline_style(data),
        "html" if suffix in HTML_SUFFIXES else "markdown" if markdown else "text",
    )


def encode(source: Source, text: str) -> bytes:
    """Text back to the bytes of the file it came from: same encoding, BOM and newlines."""
    if source.newline == "\r\n":
        text = text.replace("\n", "\r\n")
    enc = "utf-8" if source.encoding in ("utf-8", "utf-8-sig") else source.encoding
    data = text.encode(enc)
    return codecs.BOM_UTF8 + data if source.bom else data


def _gitignore_patterns(directory: Path) -> list[str]:
    f = directory / ".gitignore"
    if not f.is_file():
        return []
    pats = []
    for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if line and not line.startswith(("#", "!")):
            pats.append(line)
    return pats


def _ignored(rel: str, name: str, is_dir: bool, patterns: list[str]) -> bool:
    for pat in patterns:
        dir_only = pat.endswith("/")
        p = pat.rstrip("/")
        if dir_only and not is_dir:
            continue
        if "/" in p.lstrip("/"):
            if fnmatch.fnmatch(rel, p.lstrip("/")):
                return True
        elif fnmatch.fnmatch(name, p):
            return True
    return False


def expand_paths(paths: list[str], exclude: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Files to lint: files as given, directories recursed for SUFFIXES, minus ignored paths."""
    out: list[str] = []
    for given in paths:
        if given == "-":
            out.append(given)
            continue
        p = Path(given)
        if not p.exists():
            raise InputError(f"{given}: no such file or directory")
        if p.is_file():
            if not _excluded(given, exclude):
                out.append(given)
            continue
        found = _walk(p, exclude)
        if not found:
            raise InputError(
                f"{given}: no .txt or .md files (or .html, .docx) to lint in this directory"
            )
        out.extend(found)
    return out


def _excluded(path: str, exclude: list[str] | tuple[str, ...]) -> bool:
    norm = path.replace(os.sep, "/")
    return any(
        fnmatch.fnmatch(norm, pat)
        or fnmatch.fnmatch(norm, "*/" + pat)
        or fnmatch.fnmatch(Path(norm).name, pat)
        for pat in exclude
    )


def _walk(root: Path, exclude: list[str] | tuple[str, ...]) -> list[str]:
    found: list[str] = []
    stack: list[tuple[Path, list[tuple[Path, list[str]]]]] = [(root, [])]
    while stack:
        directory, inherited = stack.pop()
        pats = inherited + (
            [(directory, _gitignore_patterns(directory))]
            if (directory / ".gitignore").is_file()
            else []
        )
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as exc:
            raise InputError(f"{directory}: cannot read directory ({exc.strerror})") from None
        subdirs = []
        for e in entries:
            if e.name.startswith("."):
                continue
            is_dir = e.is_dir()
            path = Path(e.path)
            if any(
                _ignored(path.relative_to(base).as_posix(), e.name, is_dir, pl) for base, pl in pats
            ):
                continue
            if _excluded(str(path), exclude):
                continue
            if is_dir:
                subdirs.append(path)
            elif e.name.lower().endswith(SUFFIXES):
                found.append(str(path))
        for d in reversed(subdirs):
            stack.append((d, pats))
    return sorted(found)
