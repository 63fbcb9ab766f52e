"""The library API: lint a string or files in-process and get what the CLI reports.

    >>> import lint_news
    >>> [f.rule for f in lint_news.lint_text("今年撤回率超90%以上。")]
    ['over-and-above']

Each ``Finding`` carries the fields of a finding of ``--format json`` (``to_dict()`` gives
exactly that dictionary): positions are 1-based lines and columns of the source, columns in
characters, ``end_column`` just after the span.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import Config, find_config, load_config_file, parse_config
from .report.json_format import finding_dict
from .run import Result, lint_document_filtered, lint_files, make_document, rules_for
from .source import Source, expand_paths

ConfigLike = Config | dict[str, Any] | str | os.PathLike[str] | None


@dataclass(frozen=True, slots=True)
class Position:
    """A place in the source: where a ``related`` note points, or where a fix ``edit`` goes."""

    line: int
    column: int
    end_line: int
    end_column: int
    text: str  # the related note's message, or the edit's replacement


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem, as ``lint-news check`` reports it."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    category: str
    severity: str  # error, warning or info
    message: str
    excerpt: str  # the text of the span
    fix: str | None  # the replacement of the span ("" deletes it), None without a safe fix
    edits: tuple[Position, ...] = ()  # further edits of the same fix (text = replacement)
    related: tuple[Position, ...] = ()  # other places the finding refers to (text = message)

    def to_dict(self) -> dict[str, Any]:
        """The finding exactly as ``--format json`` writes it."""
        fix: dict[str, Any] | None = None
        if self.fix is not None:
            fix = {"replacement": self.fix}
            if self.edits:
                fix["edits"] = [
                    {
                        "line": e.line,
                        "column": e.column,
                        "end_line": e.end_line,
                        "end_column": e.end_column,
                        "replacement": e.text,
                    }
                    for e in self.edits
                ]
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "excerpt": self.excerpt,
            "fix": fix,
            "related": [
                {
                    "line": r.line,
                    "column": r.column,
                    "end_line": r.end_line,
                    "end_column": r.end_column,
                    "message": r.text,
                }
                for r in self.related
            ],
        }


def _public(results: list[Result]) -> list[Finding]:
    out = []
    for doc, findings in results:
        for f in findings:
            d = finding_dict(doc, f)
            fix = d["fix"]
            out.append(
                Finding(
                    path=d["path"],
                    line=d["line"],
                    column=d["column"],
                    end_line=d["end_line"],
                    end_column=d["end_column"],
                    rule=d["rule"],
                    category=d["category"],
                    severity=d["severity"],
                    message=d["message"],
                    excerpt=d["excerpt"],
                    fix=None if fix is None else fix["replacement"],
                    edits=tuple(
                        Position(
                            e["line"], e["column"], e["end_line"], e["end_column"], e["replacement"]
                        )
                        for e in (fix or {}).get("edits", [])
                    ),
                    related=tuple(
                        Position(
                            r["line"], r["column"], r["end_line"], r["end_column"], r["message"]
                        )
                        for r in d["related"]
                    ),
                )
            )
    return out


def _config(config: ConfigLike) -> Config | None:
    if config is None or isinstance(config, Config):
        return config
    if isinstance(config, dict):
        return parse_config(config, "<config>", Path.cwd())
    return load_config_file(config)


def lint_text(
    text: str,
    *,
    markdown: bool = False,
    config: ConfigLike = None,
    path: str = "-",
) -> list[Finding]:
    """Findings in an article given as a string (Markdown when ``markdown``).

    ``config`` is a ``Config``, a mapping with the keys of ``.lint-news.yaml``, or the path
    of a configuration file; without it every default rule runs (no file is searched for).
    ``path`` names the text in the findings (and is what ``per-file-ignores`` matches).
    """
    cfg = _config(config) or Config()
    doc = make_document(
        Source(path, text, markdown, input_format="markdown" if markdown else "text")
    )
    return _public([(doc, lint_document_filtered(doc, cfg, rules_for(cfg)))])


def lint_paths(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    config: ConfigLike = None,
    markdown: bool | None = None,
    encoding: str | None = None,
    jobs: int = 1,
    baseline: str | os.PathLike[str] | None = None,
) -> list[Finding]:
    """Findings in files and directories, as ``lint-news check PATHS --format json`` gives them.

    Directories are recursed like the CLI does (``.txt``, ``.md``, ``.html``, ``.docx``,
    honouring ``.gitignore`` and ``exclude``). Without ``config`` each file uses its nearest
    configuration file. ``jobs=0`` uses every core; ``baseline`` is a file written by
    ``--write-baseline``. Bad input raises ``lint_news.InputError`` (or ``ConfigError``).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    given = [os.fspath(p) for p in paths]
    base = _config(config)

    def config_for(path: str) -> Config:
        if base is not None:
            return base
        p = Path(path)
        start = os.getcwd() if path == "-" else str((p.parent if p.is_file() else p).resolve())
        return find_config(start)

    files: list[str] = []
    for p in given:
        files.extend(expand_paths([p], config_for(p).exclude))
    results = lint_files(files, config_for, encoding=encoding, force_md=markdown, jobs=jobs)
    if baseline is not None:
        from .baseline import load_baseline

        results = load_baseline(os.fspath(baseline)).filter(results)
    return _public(results)
