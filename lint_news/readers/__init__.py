"""Readers of Word and HTML input: each turns a file into the lines of a ``Document``.

A reader decides which spans of its source are text and what markup says about them (a
heading, a list item); the document model then groups, classifies and maps positions as it
does for Markdown, so every finding points back into the reader's source.
"""

from __future__ import annotations

from ..document import Document, _Line, classify_blocks

__all__ = ["ReadDocument", "_Line"]


class ReadDocument(Document):
    """A document whose lines a reader has already found (one ``_Line`` per block)."""

    def __init__(self, source: str, path: str, lines: list[_Line], input_format: str) -> None:
        super().__init__("", path=path, markdown=False)  # every attribute the model sets up
        self.source = source
        self.input_format = input_format
        self.blocks = []
        self._segments = []
        self.text = self._build(lines)
        classify_blocks(self.blocks)
        self._seg_starts = [s[0] for s in self._segments]
        for name in ("line_index", "_block_starts", "quantities"):
            self.__dict__.pop(name, None)
