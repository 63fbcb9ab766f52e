"""The linter behind the page: configuration and rules fixed once, checks and fixes on text.

No web framework here: the app, the benchmark and the tests call this directly.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

from ..config import Config, find_config, load_config_file
from ..document import Document
from ..engine import select_rules
from ..findings import Finding
from ..fixer import apply_fixes, fix_rounds
from ..report import json_format
from ..rules import builtin_rules_dir, load_rules
from ..run import lint_document_filtered

# A few sentences that touch the tokenizer, the number parser and every kind of check, so
# that the first real request does not pay for loading them.
_WARM_UP = (
    "城南新区道路改造完成\n\n"
    "今年以来，全区共完成投资约12亿元左右，同比增长15.6%，较上年的10亿元有所提高。"
    "其中道路改造投资4亿元，管网改造3亿元，合计8亿元。施工队伍在全市率\n\n"
    "先使用了新工艺，工期缩短了2倍。全区的的道路通车率达到98%以上。\n"
)


class Linter:
    """Rules and configuration loaded once; ``check`` and ``fix`` take text, not files."""

    def __init__(
        self,
        config_path: str | None = None,
        rule_dirs: tuple[str, ...] = (),
        select: tuple[str, ...] = (),
        ignore: tuple[str, ...] = (),
        start: str | None = None,
    ) -> None:
        base = load_config_file(config_path) if config_path else find_config(start or os.getcwd())
        self.config: Config = base.merged(
            select=select,
            ignore=ignore,
            rules=tuple(str(Path(d).resolve()) for d in rule_dirs),
        )
        self.all_rules = load_rules(list(self.config.rules))
        self.rules = select_rules(self.all_rules, self.config)
        self._lock = threading.Lock()  # the checks share caches; one check at a time

    def warm_up(self) -> None:
        """Load the tokenizer's dictionary and every lazily built table now."""
        for markdown in (False, True):
            self.check(_WARM_UP, markdown)
            self.fix(_WARM_UP, markdown)

    def lint(self, text: str, markdown: bool, path: str = "-") -> tuple[Document, list[Finding]]:
        with self._lock:
            doc = Document(text, path=path, markdown=markdown)
            # the command line's filters: allow-list, directives and ranges, per-file ignores
            return doc, lint_document_filtered(doc, self.config, self.rules)

    def check_json(self, text: str, markdown: bool, path: str = "-") -> str:
        """The text of ``lint-news check --format json`` on this text, byte for byte."""
        doc, findings = self.lint(text, markdown, path)
        return json_format.render([(doc, findings)])

    def check(self, text: str, markdown: bool, path: str = "-") -> dict[str, Any]:
        """The JSON of ``lint-news check --format json`` on this text, parsed."""
        return json.loads(self.check_json(text, markdown, path))

    def fix(
        self, text: str, markdown: bool, only: list[tuple[str, int, int]] | None = None
    ) -> tuple[str, int]:
        """The text with the safe fixes applied, as ``check --fix`` does; and how many.

        ``only``: (rule, line, column) of the findings to fix (one round, nothing else).
        """
        doc, findings = self.lint(text, markdown)
        if only is not None:
            wanted = set(only)
            chosen = [
                f
                for f in findings
                if (f.rule, *doc.position(f.start)) in wanted and f.fix is not None
            ]
            return apply_fixes(doc, chosen)
        if not any(f.fix is not None for f in findings):
            return text, 0
        unsafe = {r.id for r in self.rules if r.unsafe}  # as `check --fix`: safe fixes only
        _, _, new_text, n = fix_rounds(
            doc, findings, lambda d: self.lint(d.source, markdown, d.path)[1], unsafe, False
        )
        return new_text, n

    def describe(self) -> dict[str, Any]:
        """The configuration in force, for the page."""
        cfg = self.config
        builtin = builtin_rules_dir()
        packs: dict[str, int] = {}
        for r in self.all_rules:
            p = Path(r.file)
            key = f"{p.stem} (built-in)" if p.parent == builtin else str(p)
            packs[key] = packs.get(key, 0) + 1
        return {
            "config_file": cfg.path,
            "packs": [{"name": k, "rules": n} for k, n in packs.items()],
            "rule_dirs": list(cfg.rules),
            "select": list(cfg.select),
            "ignore": list(cfg.ignore),
            "severity": {k: v.label for k, v in cfg.severity},
            "allow": list(cfg.allow),
            "rules_enabled": len(self.rules),
            "rules_total": len(self.all_rules),
        }
