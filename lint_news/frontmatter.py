"""YAML front matter of Markdown articles: the fields beyond the text.

``title`` is linted as the headline, ``subtitle`` and ``summary`` as subheads (their figures
are checked against the body, and a summary that restates the lead is not a repeat; see
``document._markdown_lines``). ``front_matter(doc)`` gives every field, and
``article_date(doc)`` the publication date, for checks that compare dates in the text
(今天, 昨日, 上月) with the day the article is dated.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .document import Document
from .patterns import lazy

_FRONT = lazy(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def front_matter(doc: Document) -> dict[str, Any]:
    """The front matter of a Markdown document as a mapping ({} if none or unreadable)."""
    if not doc.markdown:
        return {}
    if "front_matter" not in doc.cache:
        data: Any = {}
        m = _FRONT.match(doc.source)
        if m:
            import yaml

            try:
                data = yaml.safe_load(m.group(1))
            except yaml.YAMLError:
                data = {}
        doc.cache["front_matter"] = data if isinstance(data, dict) else {}
    return doc.cache["front_matter"]


def article_date(doc: Document) -> dt.date | None:
    """The ``date`` field: YAML dates, ``2026-12-01``, ``2026/12/01`` or ``2026年12月1日``."""
    value = front_matter(doc).get("date")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = re.match(r"\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", value)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    return None
