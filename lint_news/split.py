"""Files of any size: a long file is linted a window of whole articles at a time.

The checks compare what a page states with itself (figures against figures, paragraphs
against paragraphs, a broken sentence against its possible tails), so their cost grows
faster than the text, and one document of a whole archive export holds every intermediate
result at once. A file whose checkable text is longer than ``SPLIT_MIN_CHARS`` is therefore
cut into windows:

- the cuts fall where an article starts (a headline or a dateline, as
  ``document.article_spans`` reads them); consecutive articles are grouped into a window of
  about ``CHUNK_CHARS``; an article longer than ``MAX_ARTICLE_CHARS`` (or a file with no
  article marks at all) is cut on paragraph boundaries instead;
- each window is linted with ``OVERLAP_CHARS`` of whole paragraphs before and after it as
  context, so a break whose tail opens the next article, or a repeat of the paragraph just
  before, is still seen; a finding belongs to the window its start lies in, so none is
  reported twice;
- every window is read from the file's own lines (a slice of whole lines), its paragraphs
  take the kinds the whole file gives them, and offsets are shifted back into the whole
  document, so positions, excerpts and related places are those of the file.

Peak memory is the whole file's document model (text and paragraph list, no analysis) plus
one window's analysis; time is linear in the number of windows. Files under the threshold
(every ordinary article and page) are linted whole, exactly as before. Within a window the
results equal linting that window's text; what a window cannot see is a relation between
places further apart than a window and its context (a figure restated 50 pages later, a
paragraph repeated from another article far away).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .document import Block, Document, article_spans
from .engine import lint_document
from .filters import suppress
from .findings import Finding, Related
from .records import Frozen
from .records import replace as _replace
from .rules import Rule

SPLIT_MIN_CHARS = 200_000  # about 600 KB of UTF-8 Chinese: far above any single page
CHUNK_CHARS = 20_000  # a window: about four newspaper pages of articles
MAX_ARTICLE_CHARS = 60_000  # an article longer than this is cut on paragraph boundaries
OVERLAP_CHARS = 1_500  # context before and after a window (whole paragraphs)
_SEP = 2  # blocks of Document.text are separated by "\n\n"


class SplitMismatch(Exception):
    """A window read on its own did not give the paragraphs the whole file gives."""


class Window(Frozen):
    """Blocks ``first`` to ``last`` (exclusive) are linted; ``ctx_first``..``ctx_last`` read."""

    __slots__ = _fields = ("first", "last", "ctx_first", "ctx_last")
    first: int
    last: int
    ctx_first: int
    ctx_last: int

    def __init__(self, first: int, last: int, ctx_first: int, ctx_last: int) -> None:
        _set = object.__setattr__
        _set(self, "first", first)
        _set(self, "last", last)
        _set(self, "ctx_first", ctx_first)
        _set(self, "ctx_last", ctx_last)


class WindowDocument(Document):
    """A window's document: its own text and analysis, positions counted in the whole file.

    Checks write line numbers into messages (第12行的段落); the window starts at the start
    of a line of the file, so only lines shift, never columns.
    """

    def __init__(self, source: str, path: str, markdown: bool, first_line: int) -> None:
        super().__init__(source, path=path, markdown=markdown)
        self.first_line = first_line

    def position(self, offset: int) -> tuple[int, int]:
        line, col = super().position(offset)
        return line + self.first_line - 1, col


def _size(b: Block) -> int:
    return b.end - b.start + _SEP


def _units(doc: Document, max_article: int, chunk: int) -> list[int]:
    """Block indices where a unit starts: an article, or a paragraph window of a long one."""
    starts = {0}
    for titles, body in article_spans(doc):
        blocks = titles + body
        if blocks:
            starts.add(min(b.index for b in blocks))
    ordered = sorted(starts)
    out: list[int] = []
    for k, s in enumerate(ordered):
        e = ordered[k + 1] if k + 1 < len(ordered) else len(doc.blocks)
        out.append(s)
        if sum(_size(b) for b in doc.blocks[s:e]) <= max_article:
            continue
        acc = 0
        for i in range(s, e):
            if acc and acc + _size(doc.blocks[i]) > chunk:
                out.append(i)
                acc = 0
            acc += _size(doc.blocks[i])
    return out


def plan_windows(
    doc: Document,
    chunk_chars: int | None = None,
    overlap_chars: int | None = None,
    max_article_chars: int | None = None,
) -> list[Window]:
    """Windows of whole articles covering every block once, each with its context.

    The sizes default to the module's ``CHUNK_CHARS``, ``OVERLAP_CHARS`` and
    ``MAX_ARTICLE_CHARS``.
    """
    chunk_chars = CHUNK_CHARS if chunk_chars is None else chunk_chars
    overlap_chars = OVERLAP_CHARS if overlap_chars is None else overlap_chars
    max_article_chars = MAX_ARTICLE_CHARS if max_article_chars is None else max_article_chars
    blocks = doc.blocks
    n = len(blocks)
    if not n:
        return []
    units = _units(doc, max_article_chars, chunk_chars) + [n]
    cores: list[tuple[int, int]] = []
    first, acc = 0, 0
    for s, e in zip(units, units[1:], strict=False):
        size = sum(_size(b) for b in blocks[s:e])
        if acc and acc + size > chunk_chars:
            cores.append((first, s))
            first, acc = s, 0
        acc += size
    cores.append((first, n))
    out = []
    blank = _BLANK_LINE_RE.search(doc.source) is not None
    for a, b in cores:
        lo, acc = a, 0
        while lo > 0 and (acc < overlap_chars or not _may_cut(doc, lo, blank)):
            lo -= 1
            acc += _size(blocks[lo])
        hi, acc = b, 0
        while hi < n and (acc < overlap_chars or not _may_cut(doc, hi, blank)):
            acc += _size(blocks[hi])
            hi += 1
        out.append(Window(a, b, lo, hi))
    return out


_BLANK_LINE_RE = re.compile(r"\n\s*\n")


def _may_cut(doc: Document, i: int, blank: bool) -> bool:
    """Whether a window's context may start or end between blocks ``i - 1`` and ``i``.

    In a file whose paragraphs are separated by blank lines, lines with no blank line between
    them are read together (one paragraph, or one line each if one of them ends a sentence:
    ``document._group_lines``), so a window read from the middle of such a group could read
    its lines differently from the whole file; a context cut therefore falls on a blank line
    (or anywhere in a file of one paragraph per line: ``blank`` says whether it has any).
    """
    blocks = doc.blocks
    if not blank or i <= 0 or i >= len(blocks):
        return True
    s = doc.source_offset(blocks[i - 1].end - 1) + 1
    e = doc.source_offset(blocks[i].start)
    return _BLANK_LINE_RE.search(doc.source, s, e + 1) is not None


def _window_document(doc: Document, w: Window) -> tuple[Document, int]:
    """The window's context read from the file's own lines, and its offset in ``doc.text``."""
    src = doc.source
    if w.ctx_first == 0:
        s = 0
    else:  # from the line after the previous paragraph: comments and directives before it
        prev = doc.blocks[w.ctx_first - 1]
        nl = src.find("\n", doc.source_offset(prev.end - 1) + 1)
        s = len(src) if nl < 0 else nl + 1
    if w.ctx_last >= len(doc.blocks):
        e = len(src)
    else:
        last = doc.blocks[w.ctx_last - 1]
        nl = src.find("\n", doc.source_offset(last.end - 1) + 1)
        e = len(src) if nl < 0 else nl
    first_line = doc.line_index.position(s)[0] if s < len(src) else src.count("\n") + 1
    sub = WindowDocument(src[s:e], doc.path, doc.markdown, first_line)
    want = doc.blocks[w.ctx_first : w.ctx_last]
    base = want[0].start
    if len(sub.blocks) != len(want) or sub.text != doc.text[base : want[-1].end]:
        raise SplitMismatch(f"{doc.path}: blocks {w.ctx_first}-{w.ctx_last} read differently")
    for mine, theirs in zip(sub.blocks, want, strict=True):
        mine.kind = theirs.kind  # the kinds the whole file's neighbours give
    return sub, base


def _shift(f: Finding, base: int) -> Finding:
    return _replace(
        f,
        start=f.start + base,
        end=f.end + base,
        related=[Related(r.start + base, r.end + base, r.message) for r in f.related],
        edits=[(s + base, e + base, r) for s, e, r in f.edits],
    )


def _merge_once(found: list[Finding], rule: Rule) -> Finding:
    """One finding for all occurrences of a ``report: once`` rule, as checks/pattern.py does."""
    occ: list[tuple[int, int, str | None]] = []
    for f in found:
        occ.append((f.start, f.end, f.fix))
        occ.extend(f.edits)
    occ.sort(key=lambda o: (o[0], o[1]))
    first = found[0]  # windows come in order: the earliest occurrence's finding
    n = len(occ)
    message = f"{rule.message}（全文共{n}处）" if n > 1 else rule.message
    s, e, fix = occ[0]
    edits = [(a, b, r) for a, b, r in occ[1:] if r is not None] if fix is not None else []
    return _replace(first, start=s, end=e, fix=fix, message=message, edits=edits)


OnWindow = Callable[[int, int], None]  # (windows linted so far, windows in all)


def lint_windows(
    doc: Document, rules: list[Rule], windows: list[Window], on_window: OnWindow | None = None
) -> list[Finding]:
    """Findings of ``rules`` on ``doc``, linted window by window (offsets in ``doc.text``);
    ``on_window`` is told after each window (a progress bar)."""
    once = {r.id: r for r in rules if r.params.get("report") == "once"}
    out: list[Finding] = []
    merged: dict[str, list[Finding]] = {}
    n = len(doc.blocks)
    for k, w in enumerate(windows):
        sub, base = _window_document(doc, w)
        lo = 0 if w.first == 0 else doc.blocks[w.first].start
        hi = doc.blocks[w.last].start if w.last < n else len(doc.text) + 1
        for f in lint_document(sub, rules):
            f = _shift(f, base)
            if f.rule in once:
                occ = [(s, e, r) for s, e, r in [(f.start, f.end, f.fix), *f.edits] if lo <= s < hi]
                if not occ:
                    continue
                s, e, r = occ[0]
                merged.setdefault(f.rule, []).append(
                    _replace(f, start=s, end=e, fix=r, edits=occ[1:])
                )
            elif lo <= f.start < hi:
                out.append(f)
        del sub
        if on_window is not None:
            on_window(k + 1, len(windows))
    for rule_id, found in merged.items():
        out.append(_merge_once(found, once[rule_id]))
    out.sort(key=Finding.sort_key)
    return out


def lint_findings(
    doc: Document,
    rules: list[Rule],
    min_chars: int | None = None,
    on_window: OnWindow | None = None,
) -> list[Finding]:
    """What ``lint_document(doc, rules)`` gives, for a document of any size.

    A document shorter than ``min_chars`` (default ``SPLIT_MIN_CHARS``) is linted whole; a
    longer one window by window (see the module's docstring), falling back to the whole
    document if a window cannot be read on its own with the paragraphs the whole file gives,
    or if one window's context already spans the whole document.
    """
    if len(doc.text) > (SPLIT_MIN_CHARS if min_chars is None else min_chars):
        windows = plan_windows(doc)
        n = len(doc.blocks)
        # a window that reads every block (one huge paragraph or table: its context) is the
        # whole document: lint it once, not once per window
        if len(windows) > 1 and not any(w.ctx_first == 0 and w.ctx_last == n for w in windows):
            try:
                return lint_windows(doc, rules, windows, on_window)
            except SplitMismatch:
                pass
    return lint_document(doc, rules)


def lint_any_size(
    doc: Document,
    rules: list[Rule],
    allow: tuple[str, ...] = (),
    min_chars: int | None = None,
) -> list[Finding]:
    """``suppress(doc, lint_findings(doc, rules), allow)``: allowed texts and directives."""
    return suppress(doc, lint_findings(doc, rules, min_chars), allow)
