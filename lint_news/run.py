"""One pipeline for the command line and the library: read, build the document, lint, filter.

``lint_source`` is what ``lint-news check`` does to each file; ``lint_files`` runs it over
many files, in worker processes when asked, and returns results in the order of the files.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from typing import IO

from .config import Config
from .document import Document
from .engine import select_rules
from .filters import UNUSED_CATEGORY, UNUSED_RULE, suppress
from .findings import Finding
from .rules import Rule, RuleError, load_rules
from .source import InputError, Source, read_file, read_stdin

Result = tuple[Document, list[Finding]]
Task = tuple[str, Config, "str | None", "bool | None"]

PARALLEL_MIN_FILES = 8  # fewer files: starting worker processes costs more than it saves

_RULES: dict[Config, list[Rule]] = {}


def rules_for(cfg: Config) -> list[Rule]:
    """The rules a configuration enables, loaded once per process."""
    if cfg not in _RULES:
        _RULES[cfg] = select_rules(load_rules(list(cfg.rules)), cfg)
    return _RULES[cfg]


_ACTIVE: dict[tuple[Config, int], frozenset[str]] = {}


def _active(cfg: Config, rules: list[Rule]) -> frozenset[str]:
    """Ids and categories that ran (for unused-suppression); "*" when nothing was deselected."""
    key = (cfg, id(rules))
    if key not in _ACTIVE:
        _ACTIVE[key] = frozenset(_active_names(cfg, rules))
    return _ACTIVE[key]


def _active_names(cfg: Config, rules: list[Rule]) -> set[str]:
    active = {r.id for r in rules} | {r.category for r in rules}
    names = (UNUSED_RULE, UNUSED_CATEGORY)
    if (not cfg.select or any(n in cfg.select for n in names)) and not any(
        n in cfg.ignore for n in names
    ):
        active.add(UNUSED_RULE)
    if not cfg.select and not cfg.ignore:
        active.add("*")
    return active


def make_document(src: Source, force_md: bool | None = None) -> Document:
    """The document model of a source: Word and HTML by their readers, else text/Markdown."""
    if src.input_format == "docx":
        from .readers.docx_reader import docx_document

        return docx_document(src)
    if src.input_format == "html":
        from .readers.html_reader import html_document

        return html_document(src)
    markdown = src.markdown if force_md is None else force_md
    return Document(src.text, path=src.path, markdown=markdown)


def lint_document_filtered(
    doc: Document,
    cfg: Config,
    rules: list[Rule],
    on_window: Callable[[int, int], None] | None = None,
) -> list[Finding]:
    """Findings of ``rules`` on ``doc`` after allow-lists, per-file ignores and directives
    (``on_window``: told after each window of a long file, see ``split``)."""
    from .split import lint_findings  # a long file: window by window

    return suppress(
        doc,
        lint_findings(doc, rules, on_window=on_window),
        cfg.allow,
        ignored=cfg.ignored_in(doc.path),
        active=_active(cfg, rules),
    )


def lint_source(
    src: Source,
    cfg: Config,
    force_md: bool | None = None,
    on_window: Callable[[int, int], None] | None = None,
) -> Result:
    doc = make_document(src, force_md)
    return doc, lint_document_filtered(doc, cfg, rules_for(cfg), on_window)


def read(path: str, encoding: str | None) -> Source:
    return read_stdin(encoding) if path == "-" else read_file(path, encoding)


def _lint_one(task: Task) -> Result | str:
    """Lint one file in a worker process; an input error comes back as its message."""
    path, cfg, encoding, force_md = task
    try:
        doc, findings = lint_source(read(path, encoding), cfg, force_md)
    except (InputError, RuleError) as exc:
        return str(exc)
    doc.cache.clear()  # shared analysis is not needed for the report; keep the transfer small
    doc.__dict__.pop("quantities", None)
    return doc, findings


def _parallel(tasks: list[Task], jobs: int) -> Iterator[Result]:
    from concurrent.futures import ProcessPoolExecutor

    # the first file is linted here, before the workers start: its rules are compiled and
    # jieba and pint loaded if it needs them, and forked workers inherit all of it instead
    # of loading it once each
    first = _lint_one(tasks[0])
    if isinstance(first, str):
        raise InputError(first)
    yield first
    rest = tasks[1:]
    with ProcessPoolExecutor(max_workers=min(jobs, len(rest))) as pool:
        for result in pool.map(_lint_one, rest, chunksize=max(1, len(rest) // (jobs * 8))):
            if isinstance(result, str):
                raise InputError(result)
            yield result


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def lint_files(
    files: list[str],
    config_for: Callable[[str], Config],
    *,
    encoding: str | None = None,
    force_md: bool | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> list[Result]:
    """(document, findings) of each file, in the order given; the same for any ``jobs``.

    ``jobs`` 0 means one process per core when there are at least PARALLEL_MIN_FILES files.
    """
    tasks: list[Task] = [(p, config_for(p), encoding, force_md) for p in files]
    if jobs == 0:  # automatic: one process per core, when there are enough files to gain
        jobs = default_jobs() if len(files) >= PARALLEL_MIN_FILES else 1
    if jobs > 1 and len(files) > 1 and "-" not in files:
        it: Iterator[Result] = _parallel(tasks, jobs)
    else:
        on_window = None if progress is None else progress.window
        it = (lint_source(read(p, enc), cfg, md, on_window) for p, cfg, enc, md in tasks)
    results = []
    for r in it:
        results.append(r)
        if progress is not None:
            progress.step()
    if progress is not None:
        progress.done()
    return results


class Progress:
    """A one-line progress bar on a terminal's stderr; silent elsewhere or for few files.

    A long file, linted window by window, shows its own bar while it is linted (windows
    done of its windows), whatever the number of files.
    """

    MIN_FILES = 5
    WIDTH = 30

    def __init__(self, total: int, stream: IO[str] | None = None, force: bool = False) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.total = total
        self.n = 0
        isatty = getattr(self.stream, "isatty", lambda: False)
        self.tty = force or bool(isatty())
        self.enabled = force or (total > self.MIN_FILES and self.tty)
        self._inside = False  # a long file's bar is showing

    def _bar(self, done: int, total: int, what: str) -> None:
        filled = self.WIDTH * done // max(1, total)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\r[{bar}] {what}")
        self.stream.flush()

    def _clear(self) -> None:
        self.stream.write("\r" + " " * (self.WIDTH + 40) + "\r")
        self.stream.flush()

    def window(self, done: int, total: int) -> None:
        """A long file: ``done`` of its ``total`` windows linted."""
        if not self.tty:
            return
        self._inside = done < total
        if self._inside:
            files = f", file {self.n + 1}/{self.total}" if self.total > 1 else ""
            self._bar(done, total, f"{done}/{total} parts of a long file{files}")
        else:
            self._clear()

    def step(self) -> None:
        self.n += 1
        if not self.enabled:
            return
        self._bar(self.n, self.total, f"{self.n}/{self.total} files")

    def done(self) -> None:
        if self.enabled:
            self._clear()
