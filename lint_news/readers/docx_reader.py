"""Word (.docx) input through python-docx (the optional extra ``lint-news[docx]``).

The paragraphs of the body are read in order, each table's cells row by row where the table
stands, and the text boxes anchored in a paragraph right after it. Each of these paragraphs,
empty ones included, is one line of the source the findings point into, so a finding's
``line`` is the paragraph number (shown as ``path:¶N:col`` in text output) and its column
the character in that paragraph. Headings come from paragraph styles: ``Title`` and
``Heading 1`` are headlines, ``Subtitle`` and ``Heading 2``–``9`` subheads.
"""

from __future__ import annotations

from typing import Any

from ..source import InputError, Source
from . import ReadDocument, _Line

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _hint(style_name: str) -> str:
    name = style_name.strip().lower()
    if name in ("title", "heading 1"):
        return "h1"
    if name == "subtitle" or (name.startswith("heading ") and name[8:].isdigit()):
        return "h2"
    return ""


def _paragraphs(document: Any) -> list[tuple[str, str]]:
    """(text, hint) of every paragraph in reading order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out: list[tuple[str, str]] = []

    def paragraph(p_el: Any, parent: Any) -> None:
        p = Paragraph(p_el, parent)
        try:
            style = p.style.name if p.style is not None else ""
        except (KeyError, ValueError):  # a style id the styles part does not define
            style = ""
        out.append((p.text, _hint(style or "")))
        for box in p_el.iter(f"{W}txbxContent"):
            if any(a.tag == _FALLBACK for a in box.iterancestors()):
                continue  # the VML copy of a text box already read from its DrawingML
            for inner in box.iterchildren(f"{W}p"):
                out.append((Paragraph(inner, parent).text, ""))

    def table(t_el: Any, parent: Any) -> None:
        seen: set[int] = set()
        for row in Table(t_el, parent).rows:
            for cell in row.cells:
                if id(cell._tc) in seen:  # a merged cell appears once per grid column
                    continue
                seen.add(id(cell._tc))
                for child in cell._tc.iterchildren():
                    if child.tag == f"{W}p":
                        paragraph(child, cell)
                    elif child.tag == f"{W}tbl":
                        table(child, cell)

    body = document.element.body
    for child in body.iterchildren():
        if child.tag == f"{W}p":
            paragraph(child, document)
        elif child.tag == f"{W}tbl":
            table(child, document)
    return out


def docx_markdown(data: bytes) -> str:
    """The text of a Word file as Markdown: headings as ``#``/``##`` lines, one paragraph per
    block (the editor's page opens a .docx this way). InputError when it cannot be read."""
    try:
        import docx
    except ImportError:
        raise InputError("reading .docx needs python-docx: pip install 'lint-news[docx]'") from None
    import io
    from zipfile import BadZipFile

    try:
        document = docx.Document(io.BytesIO(data))
    except (BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"not a readable .docx file ({exc})") from None
    blocks = []
    for text, hint in _paragraphs(document):
        text = " ".join(text.replace("\r", " ").replace("\t", " ").split("\n")).strip()
        if text:
            blocks.append({"h1": "# ", "h2": "## "}.get(hint, "") + text)
    return "\n\n".join(blocks) + "\n"


def read_docx(path: str) -> Source:
    try:
        import docx
    except ImportError:
        raise InputError(
            f"{path}: reading .docx needs python-docx: pip install 'lint-news[docx]'"
        ) from None
    from zipfile import BadZipFile

    try:
        document = docx.Document(path)
    except (BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{path}: not a readable .docx file ({exc})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    paras = _paragraphs(document)
    # a paragraph is one source line: line breaks and tabs inside it become spaces
    texts = [t.replace("\r", " ").replace("\n", " ").replace("\t", " ") for t, _ in paras]
    return Source(
        path,
        "\n".join(texts),
        False,
        input_format="docx",
        hints=tuple(h for _, h in paras),
    )


def docx_document(src: Source) -> ReadDocument:
    lines: list[_Line] = []
    pos = 0
    for text, hint in zip(src.text.split("\n"), src.hints, strict=False):
        s, e = pos, pos + len(text)
        while s < e and src.text[s] in " \u3000\xa0":
            s += 1
        while e > s and src.text[e - 1] in " \u3000\xa0":
            e -= 1
        if e > s:
            if lines:
                lines.append(_Line([], "blank"))
            lines.append(_Line([(s, e)], hint))
        pos += len(text) + 1
    return ReadDocument(src.text, src.path, lines, "docx")
