"""Running rules over a document: selection, severities, and the check registry."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from .config import Config
from .document import Document
from .findings import Finding
from .rules import NOT_ASKED, Rule, kind_module, load_rules


def _matches(rule: Rule, names: Iterable[str]) -> bool:
    return any(n == rule.id or n == rule.category for n in names)


def select_rules(rules: list[Rule], config: Config) -> list[Rule]:
    """Rules enabled by the configuration, with its severity overrides applied."""
    out = []
    for rule in rules:
        if config.select:
            if not _matches(rule, config.select):
                continue
        elif not rule.enabled:
            continue
        if _matches(rule, config.ignore):
            continue
        for name, sev in config.severity:
            if name == rule.category:
                rule = replace(rule, severity=sev)
        for name, sev in config.severity:
            if name == rule.id:
                rule = replace(rule, severity=sev)
        if rule.kind in _CONFIGURED_KINDS:  # the desk's fact files reach the rule as parameters
            rule = _with_facts(rule, config)
        out.append(rule)
    return out


_CONFIGURED_KINDS = ("facts", "names")


def _with_facts(rule: Rule, config: Config) -> Rule:
    import datetime as _dt

    params = dict(rule.params)
    params["_files"] = config.facts
    params["_date"] = _dt.date.fromisoformat(config.date) if config.date else None
    return replace(rule, params=params, prepared=False, state=None, needed=NOT_ASKED)


_checks: dict[str, Any] = {}  # kind -> its module's (check, needs) functions


def lint_document(doc: Document, rules: list[Rule]) -> list[Finding]:
    """All findings of ``rules`` on ``doc``, sorted by position, duplicates removed."""
    findings: list[Finding] = []
    seen: set[tuple[str, int, int]] = set()
    text = doc.text
    for rule in rules:
        fns = _checks.get(rule.kind)
        if fns is None:
            module = kind_module(rule.kind)
            fns = _checks[rule.kind] = (module.check, getattr(module, "needs", None))
        check, needs = fns
        # a kind's cheap test that the rule cannot fire here runs before the rule is compiled:
        # strings one of which the text must contain, asked once per rule
        if needs is not None:
            needed = rule.needed
            if needed is NOT_ASKED:
                needed = rule.needed = needs(rule)
            if needed is not None:
                for s in needed:  # (a loop, not any(): this runs for every rule and document)
                    if s in text:
                        break
                else:
                    continue
        if not rule.prepared:
            rule.prepare()
        for f in check(doc, rule):
            key = (f.rule, f.start, f.end)
            if key not in seen:
                seen.add(key)
                findings.append(f)
    findings.sort(key=Finding.sort_key)
    return findings


def lint_text(
    text: str,
    path: str = "-",
    config: Config | None = None,
    markdown: bool | None = None,
    rules: list[Rule] | None = None,
) -> tuple[Document, list[Finding]]:
    """Lint a string: the document model and its findings."""
    config = config or Config()
    if rules is None:
        rules = select_rules(load_rules(list(config.rules)), config)
    if markdown is None:
        markdown = path.lower().endswith((".md", ".markdown"))
    doc = Document(text, path=path, markdown=markdown)
    from .filters import suppress

    return doc, suppress(doc, lint_document(doc, rules), config.allow)
