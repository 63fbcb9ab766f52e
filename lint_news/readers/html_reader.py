"""HTML input with the standard library's ``html.parser``: the article body, mapped to source.

The text linted is the body of the article: the first ``<article>`` element if there is
one, else the first ``<main>``, else ``<body>`` (without its ``<header>`` and ``<footer>``).
Scripts, styles, navigation, asides, forms and embedded objects are dropped. Block elements
(``p``, ``div``, ``h1``–``h6``, ``li``, ``br``, table cells …) end a block; ``h1`` is the
headline, ``h2``–``h6`` subheads, ``li`` list items. Every character linted comes from the
page, so findings carry the line and column of the HTML source; a character reference
(``&amp;``, ``&#37;``) is linted as the character it stands for, at the position of its ``&``.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

from ..document import _trim
from ..source import InputError, Source
from . import ReadDocument, _Line

SKIP = frozenset(
    "script style noscript template nav aside svg iframe object canvas head button select "
    "textarea form".split()
)
CHROME = frozenset({"header", "footer"})  # site chrome when the root is <body>
BLOCK = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol br hr tr td th table thead tbody tfoot blockquote "
    "section article main header footer figure figcaption pre dd dt dl address caption "
    "body html center".split()
)
HINTS = {"h1": "h1", "h2": "h2", "h3": "h2", "h4": "h2", "h5": "h2", "h6": "h2", "li": "list"}
_WS = " \t\r\n\f"


class _Tokens(HTMLParser):
    """(kind, tag or text, start, end) of every tag, text run and character reference."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        starts = [0]
        i = source.find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = source.find("\n", i + 1)
        self.starts = starts
        self.tokens: list[tuple[str, str, int, int]] = []

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.tokens.append(("start", tag, self._offset(), 0))

    def handle_startendtag(self, tag: str, attrs: object) -> None:
        self.tokens.append(("start", tag, self._offset(), 0))
        if tag not in ("br", "hr"):
            self.tokens.append(("end", tag, self._offset(), 0))

    def handle_endtag(self, tag: str) -> None:
        self.tokens.append(("end", tag, self._offset(), 0))

    def handle_data(self, data: str) -> None:
        s = self._offset()
        if self.source.startswith(data, s):
            self.tokens.append(("data", data, s, s + len(data)))

    def _ref(self, text: str) -> None:
        s = self._offset()
        e = s + len(text)
        if self.source.startswith(";", e):
            e += 1
        self.tokens.append(("ref", html.unescape(self.source[s:e]), s, e))

    def handle_entityref(self, name: str) -> None:
        self._ref("&" + name)

    def handle_charref(self, name: str) -> None:
        self._ref("&#" + name)


def _root(tokens: list[tuple[str, str, int, int]]) -> tuple[int, int, str]:
    """Token range of the article body and the tag that delimits it."""
    for tag in ("article", "main", "body"):
        for i, (kind, t, _, _) in enumerate(tokens):
            if kind == "start" and t == tag:
                depth = 0
                for j in range(i, len(tokens)):
                    k, tj = tokens[j][0], tokens[j][1]
                    if tj != tag:
                        continue
                    depth += 1 if k == "start" else -1 if k == "end" else 0
                    if depth == 0:
                        return i, j, tag
                return i, len(tokens), tag
    return 0, len(tokens), ""


def html_document(src: Source) -> ReadDocument:
    source = src.text
    parser = _Tokens(source)
    try:
        parser.feed(source)
        parser.close()
    except (AssertionError, ValueError) as exc:  # html.parser gives up on very broken markup
        raise InputError(f"{src.path}: cannot parse the HTML ({exc})") from None
    tokens = parser.tokens
    lo, hi, root = _root(tokens)
    skip = set(SKIP) | (CHROME if root in ("body", "") else set())
    masked = list(source)  # same length and newlines as the page: positions stay exact
    lines: list[_Line] = []
    pieces: list[tuple[int, int]] = []
    hint = ""
    hints: list[str] = []
    depth: dict[str, int] = {}

    def flush() -> None:
        nonlocal pieces, hint
        kept = _trim(pieces, source)
        if kept:
            if lines:
                lines.append(_Line([], "blank"))
            lines.append(_Line(kept, hint))
        pieces = []
        hint = hints[-1] if hints else ""

    for kind, value, s, e in tokens[lo:hi]:
        if kind in ("start", "end"):
            if value in skip:
                n = depth.get(value, 0) + (1 if kind == "start" else -1)
                depth[value] = max(0, n)
                continue
            if value in HINTS:
                if kind == "start":
                    hints.append(HINTS[value])
                elif hints:
                    hints.pop()
            if value in BLOCK:
                flush()
            continue
        if any(depth.values()):
            continue
        if not pieces:
            hint = hints[-1] if hints else ""
        if kind == "ref":
            if value and len(value) <= e - s:
                masked[s : s + len(value)] = value
                masked[s + len(value) : e] = " " * (e - s - len(value))
                pieces.append((s, s + len(value)))
            continue
        # a text run: the parts between its newlines, indentation at a line break dropped
        pos = s
        parts = value.split("\n")
        for i, part in enumerate(parts):
            a, b = pos, pos + len(part)
            if i > 0:
                while a < b and source[a] in _WS:
                    a += 1
            if i < len(parts) - 1:
                while b > a and source[b - 1] in _WS:
                    b -= 1
            if b > a:
                pieces.append((a, b))
            pos += len(part) + 1
    flush()
    return ReadDocument("".join(masked), src.path, lines, "html")
