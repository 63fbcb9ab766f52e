"""lint-news: a fact-checking and consistency linter for Chinese news copy.

The library API (documented in the README): ``lint_text`` and ``lint_paths`` return a list
of ``Finding``, exactly what ``lint-news check`` reports. Imported on first use, so that
``import lint_news`` stays cheap for the command line.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "Finding",
    "InputError",
    "Position",
    "__version__",
    "lint_paths",
    "lint_text",
]

_API = {
    "Finding": "api",
    "Position": "api",
    "lint_text": "api",
    "lint_paths": "api",
    "InputError": "source",
    "ConfigError": "config",
}


def __getattr__(name: str) -> Any:
    if name in _API:
        from importlib import import_module

        return getattr(import_module(f"{__name__}.{_API[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
