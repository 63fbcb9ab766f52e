"""HTML output: one self-contained page per run, the editor's page in read-only mode.

The view is the page's own (``lint_news/web``: one template, one script, one style sheet,
inlined here); this module only hands it the data: each file's source text and its findings
in the JSON schema of ``--format json``. Nothing is loaded from the network.
"""

from __future__ import annotations

from typing import Any

from .. import __version__
from . import JSON_SCHEMA_VERSION, Result, summary
from .json_format import finding_dict


def report_data(results: list[Result]) -> dict[str, Any]:
    return {
        "version": JSON_SCHEMA_VERSION,
        "generator": f"lint-news {__version__}",
        "files": [
            {
                "path": doc.path,
                "markdown": bool(getattr(doc, "markdown", False)),
                "source": doc.source,
                "findings": [finding_dict(doc, f) for f in findings],
            }
            for doc, findings in results
        ],
        "summary": summary(results),
    }


def render(results: list[Result]) -> str:
    from ..web import render_page

    data = report_data(results)
    n = data["summary"]["findings"]
    title = f"lint-news: {n} finding(s) in {len(results)} file(s)"
    return render_page("report", data, inline=True, title=title)
