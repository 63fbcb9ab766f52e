"""Check kind ``pattern``: a regular expression with named building blocks and an optional fix."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import BODY_KINDS, TITLE_KINDS, Document
from ..findings import Finding
from ..patterns import PatternError, compile_pattern
from ..rules import Rule

PARAMS = {"pattern": ("pattern", "fix", "unless")}


def prepare(rule: Rule) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    pattern = rule.params.get("pattern")
    if not isinstance(pattern, str) or not pattern:
        raise ValueError("kind 'pattern' needs a 'pattern' string")
    try:
        regex = compile_pattern(pattern)
        unless = compile_pattern(rule.params["unless"]) if rule.params.get("unless") else None
    except PatternError as exc:
        raise ValueError(str(exc)) from None
    if regex.match(""):
        raise ValueError("pattern matches the empty string")
    fix = rule.params.get("fix")
    if fix is not None:
        if not isinstance(fix, str):
            raise ValueError("'fix' must be a string")
        # a bad group reference in the fix is an error at load time, not at fix time
        probe = next((m for t in rule.flag for m in [regex.search(t)] if m), None)
        if probe is not None:
            try:
                probe.expand(fix)
            except (re.error, IndexError) as exc:
                raise ValueError(f"bad 'fix' template: {exc}") from None
    if not any(regex.search(t) for t in rule.flag):
        raise ValueError("pattern can never match: it matches none of its own 'flag' examples")
    return regex, unless


def _in_scope(kind: str, scope: str) -> bool:
    if scope == "any":
        return True
    if scope == "headline":
        return kind in TITLE_KINDS
    return kind in BODY_KINDS


def check(doc: Document, rule: Rule) -> Iterator[Finding]:
    regex, unless = rule.state
    fix = rule.params.get("fix")
    for m in regex.finditer(doc.text):
        start, end = m.span()
        block = doc.block_at(start)
        if block is None or end > block.end or not _in_scope(block.kind, rule.scope):
            continue
        if unless is not None and unless.search(m.group()):
            continue
        yield Finding(
            rule=rule.id,
            category=rule.category,
            severity=rule.severity,
            message=rule.message,
            start=start,
            end=end,
            fix=m.expand(fix) if fix is not None else None,
        )
