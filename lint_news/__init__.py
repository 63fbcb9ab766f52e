"""lint-news: a fact-checking and consistency linter for Chinese news copy."""

from __future__ import annotations

__version__ = "0.1.0"

from .engine import lint_text  # noqa: E402

__all__ = ["__version__", "lint_text"]
