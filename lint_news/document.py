"""The document model: checkable text, blocks with kinds, sentences, and positions.

Checks see ``Document.text``: the article without markup (Markdown headings, emphasis,
front matter, code), one block per paragraph, blocks separated by a blank line. Every
character of it comes from the original file, so any offset maps back to the file
(``Document.source_offset``) and from there to a 1-based line and a column counted in
characters (``Document.position``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .patterns import lazy
from .records import Record

if TYPE_CHECKING:
    from .numbers import Quantity

# Block kinds.
HEADLINE = "headline"
SUBHEAD = "subhead"
DATELINE = "dateline"
BYLINE = "byline"
PARAGRAPH = "paragraph"
CAPTION = "caption"
LIST_ITEM = "list_item"
END_MARK = "end_mark"
LABEL = "label"  # a short section label or column name
CODE = "code"

TITLE_KINDS = frozenset({HEADLINE, SUBHEAD})
BODY_KINDS = frozenset({PARAGRAPH, LIST_ITEM})

SENTENCE_END = "。！？!?…"
CLOSERS = "”’」』）)》】"
# a headline of two halves separated by a space (see _looks_like_title)
_SPACED_HALVES = lazy(r"[\u4e00-\u9fff”》）)%\d][ \u3000]+[\u4e00-\u9fff“《（(\d]")
_SENT_RE = lazy(r"[^。！？!?…；;]*(?:[。！？!?；;]+|…+|$)[”’」』）)》】]*")


_V = TypeVar("_V")


class _once(Generic[_V]):  # noqa: N801 - used as a decorator, like functools.cached_property
    """``functools.cached_property`` without its lock (Python 3.11 takes an RLock on every
    first access, about a microsecond per document and property): the value is computed
    on the first access and stored in the instance's ``__dict__``, where later accesses
    find it without calling the descriptor (a document is not shared between threads
    while it is being built)."""

    __slots__ = ("func", "name")

    def __init__(self, func: Callable[[Any], _V]) -> None:
        self.func = func
        self.name = func.__name__

    def __get__(self, obj: Any, cls: Any = None) -> _V:
        if obj is None:
            return self  # type: ignore[return-value]
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class LineIndex:
    """Character offset -> (line, column), both 1-based, columns in code points."""

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self.starts = starts
        self.text = text

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_text(self, line: int) -> str:
        start = self.starts[line - 1]
        end = self.starts[line] - 1 if line < len(self.starts) else len(self.text)
        return self.text[start:end]


class Sentence(Record):
    __slots__ = _fields = ("start", "end", "text")
    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text


class Block(Record):
    """A paragraph-level unit of the checkable text."""

    __slots__ = _fields = ("index", "start", "end", "text", "kind", "hint", "_sentences")
    _repr = ("index", "start", "end", "text", "kind", "hint")
    index: int
    start: int
    end: int
    text: str
    kind: str
    hint: str  # what the markup said: h1, h2, title, list, bold, code
    _sentences: list[Sentence] | None

    def __init__(
        self,
        index: int,
        start: int,
        end: int,
        text: str,
        kind: str = PARAGRAPH,
        hint: str = "",
        _sentences: list[Sentence] | None = None,
    ) -> None:
        self.index = index
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.hint = hint
        self._sentences = _sentences

    @property
    def sentences(self) -> list[Sentence]:
        if self._sentences is None:
            out = []
            for m in _SENT_RE.finditer(self.text):
                s, e = m.span()
                if e > s and self.text[s:e].strip():
                    out.append(Sentence(self.start + s, self.start + e, m.group()))
            self._sentences = out
        return self._sentences


class _Line(Record):
    __slots__ = _fields = ("pieces", "hint")
    pieces: list[tuple[int, int]]  # kept source spans
    hint: str  # "", "blank", "h1", "h2", "title", "list", "bold", "code", "skip"

    def __init__(self, pieces: list[tuple[int, int]], hint: str) -> None:
        self.pieces = pieces
        self.hint = hint


class Document:
    """Checkable text plus the map back to the source and the block structure."""

    def __init__(self, source: str, path: str = "-", markdown: bool = False) -> None:
        self.path = path
        self.source = source
        self.markdown = markdown
        lines = _markdown_lines(source) if markdown else _text_lines(source)
        self.blocks: list[Block] = []
        self._segments: list[tuple[int, int, int]] = []  # (view_start, source_start, length)
        self.text = self._build(lines)
        classify_blocks(self.blocks)
        self._seg_starts = [s[0] for s in self._segments]
        self.cache: dict[str, Any] = {}

    # -- construction -------------------------------------------------------------

    def _build(self, lines: list[_Line]) -> str:
        parts: list[str] = []
        pos = 0
        segments, blocks, source = self._segments, self.blocks, self.source
        for hint, pieces in _group_lines(lines, source, self.markdown):
            if blocks:
                parts.append("\n\n")
                _, ss, n = segments[-1]
                segments.append((pos, ss + n, 0))  # synthetic separator
                pos += 2
            start = pos
            if len(pieces) == 1:  # (the usual block: one line of plain text)
                s, e = pieces[0]
                segments.append((pos, s, e - s))
                text = source[s:e]
                pos += e - s
            else:
                chunks = []
                for s, e in pieces:
                    segments.append((pos, s, e - s))
                    chunks.append(source[s:e])
                    pos += e - s
                text = "".join(chunks)
            parts.append(text)
            blocks.append(Block(len(blocks), start, pos, text, hint=hint))
        return "".join(parts)

    # -- positions -------------------------------------------------------------------

    def source_offset(self, offset: int) -> int:
        """Map an offset in ``text`` to an offset in ``source``."""
        if not self._segments:
            return offset
        i = bisect.bisect_right(self._seg_starts, offset) - 1
        if i < 0:
            return self._segments[0][1]
        vs, ss, n = self._segments[i]
        if n == 0:
            return ss
        return ss + min(offset - vs, n)

    @_once
    def line_index(self) -> LineIndex:
        return LineIndex(self.source)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the source file of a ``text`` offset."""
        return self.line_index.position(self.source_offset(offset))

    def end_position(self, end: int) -> tuple[int, int]:
        """Position just after the last character of a span ending at ``end`` (exclusive)."""
        if end <= 0:
            return self.position(0)
        line, col = self.position(end - 1)
        return line, col + 1

    def block_at(self, offset: int) -> Block | None:
        starts = self._block_starts
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return None
        b = self.blocks[i]
        return b if b.start <= offset <= b.end else None

    @_once
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    # -- shared analysis, computed once -------------------------------------------------

    @_once
    def quantities(self) -> list[Quantity]:
        """Every figure in the text (see numbers.py), parsed once per document."""
        global _parse_quantities
        if _parse_quantities is None:  # (imported at the first use, not at start-up)
            from .numbers import parse_quantities

            _parse_quantities = parse_quantities
        # one pass over the whole text: blocks are separated by a blank line, which no
        # figure spans, and code never reaches the checkable text
        return _parse_quantities(self.text)


_parse_quantities: Any = None


# ---------------------------------------------------------------------------------------
# Reading lines: plain text and Markdown, keeping source spans


_BOLD_RE = lazy(r"\*\*")


def _strip_spans(line_start: int, content: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    pieces = []
    pos = 0
    for m in pattern.finditer(content):
        if m.start() > pos:
            pieces.append((line_start + pos, line_start + m.start()))
        if m.lastindex:  # keep the inner text of a link
            for g in range(1, m.lastindex + 1):
                if m.group(g) is not None:
                    pieces.append((line_start + m.start(g), line_start + m.end(g)))
                    break
        pos = m.end()
    if pos < len(content):
        pieces.append((line_start + pos, line_start + len(content)))
    return pieces


def _iter_lines(source: str):
    pos = 0
    n = len(source)
    while pos <= n:
        nl = source.find("\n", pos)
        if nl < 0:
            nl = n
        yield pos, source[pos:nl]
        if nl >= n:
            break
        pos = nl + 1


def _trim(pieces: list[tuple[int, int]], source: str) -> list[tuple[int, int]]:
    """Drop leading and trailing whitespace from a line's pieces."""
    if len(pieces) == 1:  # the usual line: one piece, nothing to drop (a cheap test first)
        s, e = pieces[0]
        if e > s and source[s] not in " \t\u3000\ufeff" and source[e - 1] not in " \t\u3000":
            return pieces
    out = [p for p in pieces if p[1] > p[0]]
    while out:
        s, e = out[0]
        while s < e and source[s] in " \t\u3000\ufeff":
            s += 1
        if s < e:
            out[0] = (s, e)
            break
        out.pop(0)
    while out:
        s, e = out[-1]
        while e > s and source[e - 1] in " \t\u3000":
            e -= 1
        if e > s:
            out[-1] = (s, e)
            break
        out.pop()
    return out


# the characters _trim drops at a line's start (its end drops the same but the BOM)
_EDGE_SPACE = " \t\u3000\ufeff"


def _text_lines(source: str) -> list[_Line]:
    lines = []
    start = 0
    for content in source.split("\n"):  # the lines of _iter_lines, in one call
        n = len(content)
        if (
            n
            and not content[0].isspace()
            and content[0] != "\ufeff"
            and content[-1] not in _EDGE_SPACE
        ):
            # the usual line: not blank, no space to trim at either end (what _trim keeps
            # whole), and, below, no bold marker
            if "**" not in content:
                lines.append(_Line([(start, start + n)], ""))
                start += n + 1
                continue
        if not content.strip():
            lines.append(_Line([], "blank"))
        elif "**" in content:
            hint = (
                "bold"
                if content.lstrip().startswith("**") or content.rstrip().endswith("**")
                else ""
            )
            lines.append(_Line(_trim(_strip_spans(start, content, _BOLD_RE), source), hint))
        else:
            lines.append(_Line(_trim([(start, start + len(content))], source), ""))
        start += len(content) + 1
    return lines


_MD_INLINE = lazy(
    r"!\[[^\]]*\]\([^)]*\)"  # image: dropped
    r"|\[([^\]]+)\]\([^)]*\)"  # link: keep text
    r"|`[^`]*`"  # inline code: dropped
    r"|<!--.*?-->|</?[A-Za-z][^>]*>"  # html
    r"|\*\*|__(?=\S)|(?<=\S)__"  # strong emphasis markers
    r"|(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])",  # single * emphasis markers
    lead=True,
)
_MD_HEADING = lazy(r"^ {0,3}(#{1,6})\s+")
_MD_LIST = lazy(r"^\s*(?:[-*+]|\d+[.)])\s+")
_MD_QUOTE = lazy(r"^\s*>\s?")
_MD_FENCE = lazy(r"^\s*(```|~~~)")
_MD_RULE = lazy(r"^\s*(?:[-*_]\s*){3,}$")


def _markdown_lines(source: str) -> list[_Line]:
    lines: list[_Line] = []
    raw = list(_iter_lines(source))
    i = 0
    # YAML front matter: title (the headline), subtitle and summary (as subheads) are linted;
    # the other fields (date …) are read by lint_news.frontmatter
    if raw and raw[0][1].strip() == "---":
        j = 1
        while j < len(raw) and raw[j][1].strip() not in ("---", "..."):
            j += 1
        if j < len(raw):
            for start, content in raw[1:j]:
                m = re.match(r"^(title|subtitle|summary)\s*:\s*(['\"]?)(.*?)\2\s*$", content)
                if m and m.group(3):
                    s = start + m.start(3)
                    hint = {"title": "title", "subtitle": "h2", "summary": "h2"}[m.group(1)]
                    lines.append(_Line([(s, s + len(m.group(3)))], hint))
                    lines.append(_Line([], "blank"))
            i = j + 1
    fence: str | None = None
    while i < len(raw):
        start, content = raw[i]
        i += 1
        fm = _MD_FENCE.match(content)
        if fence is not None:
            if fm and fm.group(1) == fence:
                fence = None
            lines.append(_Line([], "blank"))
            continue
        if fm:
            fence = fm.group(1)
            lines.append(_Line([], "blank"))
            continue
        if not content.strip() or _MD_RULE.match(content):
            lines.append(_Line([], "blank"))
            continue
        hint = ""
        offset = 0
        qm = _MD_QUOTE.match(content)
        if qm:
            offset = qm.end()
        hm = _MD_HEADING.match(content, offset)
        if hm:
            hint = "h1" if len(hm.group(1)) == 1 else "h2"
            offset = hm.end()
            body = content[offset:].rstrip()
            body = re.sub(r"\s+#+\s*$", "", body)
        else:
            lm = _MD_LIST.match(content, offset)
            if lm:
                hint = "list"
                offset = lm.end()
            body = content[offset:]
        pieces = _strip_spans(start + offset, body, _MD_INLINE)
        stripped = content[offset:].strip()
        if not hint and stripped.startswith("**") and stripped.endswith("**"):
            hint = "bold"
        lines.append(_Line(_trim(pieces, source), hint))
    return lines


def _ends_sentence(source: str, pieces: list[tuple[int, int]]) -> bool:
    if not pieces:
        return False
    s, e = pieces[-1]
    t = source[s:e].rstrip(CLOSERS + " ")
    return bool(t) and t[-1] in SENTENCE_END + "；;：:"


def _group_lines(
    lines: list[_Line], source: str, markdown: bool
) -> list[tuple[str, list[tuple[int, int]]]]:
    """Blank-line separated groups become blocks; lines that end sentences stand alone.

    Text without any blank line between paragraphs (one paragraph per line, as many
    CMS exports are) is read one block per line.
    """
    if len(lines) == 1:  # (one line, as short documents are: its own block, if not blank)
        ln = lines[0]
        return [] if ln.hint == "blank" or not ln.pieces else [(ln.hint, ln.pieces)]
    has_blank_sep = markdown or any(
        ln.hint == "blank"
        and 0 < i < len(lines) - 1
        and lines[i - 1].pieces
        and lines[i + 1].pieces
        for i, ln in enumerate(lines)
    )
    groups: list[tuple[str, list[tuple[int, int]]]] = []
    current: list[_Line] = []

    def flush() -> None:
        if not current:
            return
        if len(current) == 1:
            groups.append((current[0].hint, current[0].pieces))
        else:
            bold = any(ln.hint == "bold" for ln in current)
            split = not bold and any(_ends_sentence(source, ln.pieces) for ln in current[:-1])
            if split:
                for ln in current:
                    groups.append((ln.hint, ln.pieces))
            else:
                pieces = [p for ln in current for p in ln.pieces]
                hint = "bold" if bold else (current[0].hint if current[0].hint == "list" else "")
                groups.append((hint, pieces))
        current.clear()

    for ln in lines:
        if ln.hint == "blank" or not ln.pieces:
            flush()
            continue
        if not has_blank_sep or ln.hint in ("h1", "h2", "title", "list"):
            flush()
            groups.append((ln.hint, ln.pieces))
            continue
        current.append(ln)
    flush()
    return groups


# ---------------------------------------------------------------------------------------
# Block classification

_END_MARK_RE = lazy(r"^[（(]\s*完\s*[）)]$|^【?\s*(?:责任编辑|编辑|校对|审核|责编)[:：].{0,20}】?$")
_DATELINE_RE = lazy(
    r"^(?:本报讯|本报[^\s，。,]{0,8}(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日电"
    r"|新华社[^\s，。,]{0,12}(?:\d{1,2}月\d{1,2}日)?电"
    r"|中新社[^\s，。,]{0,12}(?:\d{1,2}月\d{1,2}日)?电"
    r"|[^\s，。,]{1,12}(?:日报|晚报|时报|商报|早报|新闻网|客户端|电视台|广播电台)?\d{1,2}月\d{1,2}日(?:讯|电)"
    r"|(?:据)?[^\s，。,]{0,10}(?:网|社|报)(?:记者)?[^\s，。,]{0,8}报道[:：]?$)"
)
_BYLINE_RE = lazy(
    r"^(?:[(（]?\s*(?:本报|全媒体)?(?:记者|通讯员|实习生|文|图|文/图|文／图|作者|撰文|编辑)[\s:：/／]*[\u4e00-\u9fff·]{2,4}"
    r"(?:[\s、,，]+(?:(?:记者|通讯员|实习生)\s*)?[\u4e00-\u9fff·]{2,4})*\s*[)）]?)$"
)
# a caption: 图为…, 图：…, （图片…）, or a name and its 摄/供图/绘 or a source's 新华社发 at
# the end; by their anchor, the forms that open the text (tried with ``match`` when it opens
# with 图 or a bracket) and those that end it (searched from a few characters before the
# end, see _is_caption; tests/test_speed23.py compares them with the one search they were)
_CAPTION_HEAD = lazy(r"图为|(?:图片|图)[:：]|[(（]图片?[^)）]{0,20}[)）]$")
_CAPTION_TAIL = lazy(
    r"(?:[\s\u3000。，,；]|^)[\u4e00-\u9fff·]{2,4}\s*(?:摄|摄影|供图|制图|绘)$|(?:资料图|新华社发|视觉中国)[)）]?$"
)
# every end mark opens with one of these (the block is stripped): a cheap test first
_END_MARK_FIRST = "（(【责编校审"
# the words a byline opens with (after a bracket, spaces and 本报/全媒体): a cheap test first
_BYLINE_FIRST = frozenset("记通实文图作撰编")
_BYLINE_OPEN = frozenset("(（本全")  # what else a byline can open with, but a space


def _maybe_byline(t: str) -> bool:
    c = t[:1]
    if c in _BYLINE_FIRST:
        return True
    if c not in _BYLINE_OPEN and not c.isspace():
        return False  # (most blocks: neither a bracket, a space, 本报 nor 全媒体 first)
    i = 1 if c in ("(", "（") else 0
    while i < len(t) and t[i].isspace():
        i += 1
    if t[i : i + 1] in _BYLINE_FIRST:
        return True
    if t.startswith("本报", i):
        return t[i + 2 : i + 3] in _BYLINE_FIRST
    if t.startswith("全媒体", i):
        return t[i + 3 : i + 4] in _BYLINE_FIRST
    return False


_CAPTION_FIRST = frozenset("图(（")
_CAPTION_LAST = frozenset("摄影图绘)）发国")


def _is_caption(t: str) -> bool:
    """Is the stripped text ``t`` (not empty) a caption? Without a search over
    a whole paragraph that merely opens with a bracket or ends with one: the alternatives
    that end the text match within its last characters. A name and its 摄 (or 摄影, 供图,
    制图, 绘: one or two characters) may have spaces between them; the match starts at most
    five characters (a separator and four for the name) before those spaces, and 新华社发
    and the like with a bracket take five."""
    if t[0] in _CAPTION_FIRST and _CAPTION_HEAD.match(t):
        return True
    if t[-1] not in _CAPTION_LAST:
        return False
    k = len(t) - 2  # (the earliest a word of _CAPTION_TAIL begins)
    while k > 0 and t[k - 1].isspace():  # (what \s matches)
        k -= 1
    return _CAPTION_TAIL.search(t, max(0, k - 5)) is not None


_LIST_RE = lazy(
    r"^(?:\d{1,2}[.．、](?![0-9０-９])|[一二三四五六七八九十]{1,3}[、．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳●•·▲■◆])"
)
_TERMINAL_IN = lazy(r"[。！？!?]")
_CONTINUATION_START = frozenset("，、；：。,;")
_OPEN_CLAUSE_END = lazy(r"(?:[的地得和与及或在对将把被向从为于]|\d{4}年\d{1,2}|月\d{1,2})$")


# (read per block: compiled once, kept on disk)
_CLAUSE_MARK = lazy(r"[，,、；;]")
_COMMA = lazy(r"[，,]")


def _looks_like_title(text: str) -> bool:
    t = text.strip()
    # a sentence mark before the last character: no title (。 looked for first, cheaply)
    if not t or t.find("。", 0, len(t) - 1) >= 0 or _TERMINAL_IN.search(t, 0, len(t) - 1):
        return False
    if t[-1] in "。！？!?；;，,、":
        return t[-1] in "！？!?" and len(t) <= 30  # 标题 may end in ！ or ？
    if t.startswith(("——", "—", "--")):
        return True
    n = len(t)
    if n > 64:
        return False  # (what every test below ends in for a text this long)
    commas = len(_CLAUSE_MARK.findall(t))
    # the pattern is anchored at the end and spans at most 7 characters
    if commas and _OPEN_CLAUSE_END.search(t[-8:]):
        return False  # a clause cut off mid-sentence (…原定于2023年5, …全部交由): not a title
    if n <= 26 and commas <= 1:
        return True
    # a headline of two parts separated by a space: 甲乙丙 丁戊己
    if n <= 64 and commas <= 2 and _SPACED_HALVES.search(t):
        return True
    return False


def classify_block(text: str, hint: str = "") -> str:
    """The kind of one block, from its own text and its markup hint."""
    t = text.strip()
    if hint == "title" or hint == "h1":
        return HEADLINE
    if hint == "h2":
        return SUBHEAD
    if hint == "code":
        return CODE
    if t[:1] in _END_MARK_FIRST and _END_MARK_RE.match(t):
        return END_MARK
    # every caption form starts with 图 / a bracket or ends in one of these (a cheap test
    # before a search over a whole paragraph)
    if t and _is_caption(t):
        return CAPTION
    if _maybe_byline(t) and _BYLINE_RE.match(t):
        return BYLINE
    if len(t) <= 60 and t[-1:] in "讯电）):：道" and _DATELINE_RE.match(t):
        return DATELINE
    if hint == "list":
        return LIST_ITEM
    if hint == "bold" and _looks_like_title(t.replace("\n", "")):
        return SUBHEAD
    if _LIST_RE.match(t) and not _looks_like_title(t):
        return LIST_ITEM
    if _looks_like_title(t):
        return HEADLINE
    return PARAGRAPH


def in_scope(kind: str, scope: str) -> bool:
    """Does a block of ``kind`` fall in a rule's ``scope`` (any, headline, body)?"""
    if scope == "any":
        return True
    if scope == "headline":
        return kind in TITLE_KINDS
    return kind in BODY_KINDS


def opens_with_dateline(block: Block) -> bool:
    """A body paragraph that starts with a dateline (本报讯 …, 新华社北京3月5日电 …)."""
    return block.kind == PARAGRAPH and _DATELINE_RE.match(block.text) is not None


def classify_blocks(blocks: list[Block]) -> None:
    for b in blocks:
        b.kind = classify_block(b.text, b.hint)
    # a "title" whose next block starts with a mark no sentence starts with (，、；：。) is
    # the first half of a paragraph broken by the layout
    for i, b in enumerate(blocks[:-1]):
        if b.kind != HEADLINE or b.hint:
            continue
        nxt = blocks[i + 1].text
        if nxt[:1] in _CONTINUATION_START:
            b.kind = PARAGRAPH
        # …预计明年正式 ¶ 投产。: a clause with a comma, then the lone end of its sentence
        elif _COMMA.search(b.text) and len(nxt) <= 8 and nxt[-1:] in "。！？":
            b.kind = PARAGRAPH
    # a title between two body paragraphs is a subhead of the running article; a short title
    # line that ends a page (or a run of titles with no body after it) is a label
    for i, b in enumerate(blocks):
        if b.kind != HEADLINE or b.hint in ("title", "h1"):
            continue
        prev = blocks[i - 1].kind if i > 0 else None
        nxt = blocks[i + 1].kind if i + 1 < len(blocks) else None
        if prev in BODY_KINDS and nxt in BODY_KINDS and not opens_with_dateline(blocks[i + 1]):
            b.kind = SUBHEAD
        elif nxt is None and prev is not None and len(b.text) <= 12:
            b.kind = LABEL


def article_spans(doc: Document) -> list[tuple[list[Block], list[Block]]]:
    """Split a page into articles: (title blocks, body blocks).

    An article starts at a headline (or a run of headlines, subheads and datelines that
    precede body text) and runs to the next headline or dateline.
    """
    articles: list[tuple[list[Block], list[Block]]] = []
    titles: list[Block] = []
    body: list[Block] = []
    for b in doc.blocks:
        if b.kind in (HEADLINE, DATELINE) or (not titles and opens_with_dateline(b)):
            if body:
                articles.append((titles, body))
                titles, body = [], []
            if b.kind == HEADLINE:
                titles.append(b)
            elif b.kind == PARAGRAPH:
                body.append(b)
        elif b.kind == SUBHEAD:
            if body:
                body.append(b)
            else:
                titles.append(b)
        elif b.kind in BODY_KINDS:
            body.append(b)
    if titles or body:
        articles.append((titles, body))
    return articles
