"""The editor's page (``lint-news serve``) and the shared view of the HTML report.

This package imports no web framework at import time: ``lint_news.report.html_format``
uses :func:`render_page` from here, and only :mod:`lint_news.web.app` needs the ``web`` extra.
The page and the report share one template, one script and one style sheet (``static/``);
the server links them, the report inlines them.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from string import Template
from typing import Any

STATIC_FILES = {"lint-news.js": "text/javascript", "lint-news.css": "text/css"}


@cache
def asset(name: str) -> str:
    """The text of a file of ``static/`` or ``templates/`` (``name`` relative to this package)."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def _json_for_script(data: Any) -> str:
    # inside <script type="application/json">: "<" never appears raw, so neither can "</script>"
    return (
        json.dumps(data, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def render_page(mode: str, data: dict[str, Any], inline: bool, title: str = "lint-news") -> str:
    """The page: ``mode`` "serve" (editor, assets linked) or "report" (assets inlined)."""
    if inline:
        style = "<style>\n" + asset("static/lint-news.css") + "\n</style>"
        script = "<script>\n" + asset("static/lint-news.js").replace("</", "<\\/") + "\n</script>"
    else:
        style = '<link rel="stylesheet" href="/static/lint-news.css">'
        script = '<script src="/static/lint-news.js"></script>'
    from html import escape

    return Template(asset("templates/page.html")).substitute(
        mode=mode,
        title=escape(title),
        style=style,
        script=script,
        data=_json_for_script(data),
    )
