"""Check kind ``pattern``: a regular expression with named building blocks and an optional fix."""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from typing import Any

from ..document import Document, in_scope
from ..findings import Finding
from ..patterns import PatternError, compile_pattern, expand, required_strings, time_budget
from ..rules import Rule, RuleError

PARAMS = {"pattern": ("pattern", "fix", "translate", "unless", "report", "requires")}


def prepare(rule: Rule) -> tuple[Any, Any]:
    try:
        return _prepare(rule)
    except TimeoutError:
        raise ValueError(
            f"pattern ran over its time budget ({time_budget(''):.0f} s) on its own examples: "
            "it backtracks catastrophically (a nested repetition such as (a+)+?)"
        ) from None


def _prepare(rule: Rule) -> tuple[Any, Any]:
    """Compile and validate (every match of a pack pattern runs with a timeout)."""
    budget = time_budget("")
    pattern = rule.params.get("pattern")
    if not isinstance(pattern, str) or not pattern:
        raise ValueError("kind 'pattern' needs a 'pattern' string")
    try:
        regex = compile_pattern(pattern)
        unless = compile_pattern(rule.params["unless"]) if rule.params.get("unless") else None
    except PatternError as exc:
        raise ValueError(str(exc)) from None
    if regex.match("", timeout=budget):
        raise ValueError("pattern matches the empty string")
    report = rule.params.get("report", "each")
    if report not in ("each", "once"):
        raise ValueError(
            "'report' must be 'each' (a finding per match) or 'once' (one finding per document)"
        )
    translate = rule.params.get("translate")
    if translate is not None:
        if rule.params.get("fix") is not None:
            raise ValueError("give either 'fix' or 'translate', not both")
        if not isinstance(translate, dict) or not all(
            isinstance(k, str) and len(k) == 1 and isinstance(v, str) for k, v in translate.items()
        ):
            raise ValueError("'translate' must map single characters to their replacements")
    fix = rule.params.get("fix")
    if fix is not None:
        if not isinstance(fix, str):
            raise ValueError("'fix' must be a string")
        # a bad group reference in the fix is an error at load time, not at fix time
        probe = next((m for t in rule.flag for m in [regex.search(t, timeout=budget)] if m), None)
        if probe is not None:
            try:
                probe.expand(fix)
            except (re.error, IndexError, ValueError) as exc:
                raise ValueError(f"bad 'fix' template: {exc}") from None
    if not any(regex.search(t, timeout=budget) for t in rule.flag):
        raise ValueError("pattern can never match: it matches none of its own 'flag' examples")
    requires = rule.params.get("requires")
    if requires is not None:
        if (
            not isinstance(requires, list)
            or not requires
            or not all(isinstance(r, str) and r for r in requires)
        ):
            raise ValueError(
                "'requires' must be a list of strings, one of which every match contains"
            )
        for t in rule.flag:
            if regex.search(t, timeout=budget) and not any(r in t for r in requires):
                raise ValueError(
                    f"'requires' does not hold for the flag example {t!r}: it contains none of {requires}"
                )
    return regex, unless


def _replacement(m: Any, rule: Rule) -> str | None:
    fix = rule.params.get("fix")
    if fix is not None:
        # a template with no backslash has no group reference or escape: it is its own
        # expansion (Match.expand parses the template again for every match)
        return fix if "\\" not in fix else m.expand(fix)
    translate = rule.params.get("translate")
    if translate is not None:
        return m.group().translate(str.maketrans(translate))
    return None


_NEEDS: dict[str, tuple[str, ...] | None] = {}


def needs(rule: Rule) -> Sequence[str] | None:
    """Strings one of which every match contains: the rule's ``requires``, else derived from
    its pattern (None when nothing can be said)."""
    requires = rule.params.get("requires")
    if requires:
        return requires
    pattern = rule.params.get("pattern")
    if not isinstance(pattern, str):
        return None
    if pattern not in _NEEDS:
        try:
            _NEEDS[pattern] = required_strings(expand(pattern))
        except PatternError:
            _NEEDS[pattern] = None
    return _NEEDS[pattern]


def check(doc: Document, rule: Rule) -> list[Finding]:
    if not rule.prepared:  # the engine leaves unprepared a rule its ``needs`` rules out
        rule.prepare()
    regex, unless = rule.state
    text = doc.text
    budget = time_budget(text)
    # (nearly every run finds nothing: only the scan itself before the first match)
    deadline = time.monotonic() + budget if unless is not None else 0.0
    found: list[Finding] = []
    try:
        for m in regex.finditer(text, timeout=budget):
            start, end = m.span()
            block = doc.block_at(start)
            if block is None or end > block.end or not in_scope(block.kind, rule.scope):
                continue
            if unless is not None and unless.search(
                m.group(), timeout=max(0.01, deadline - time.monotonic())
            ):
                continue
            found.append(
                rule.finding(
                    message=rule.message,
                    start=start,
                    end=end,
                    fix=_replacement(m, rule),
                )
            )
    except TimeoutError:
        raise RuleError(
            rule.file,
            rule.line,
            f"rule {rule.id!r}: pattern ran over its time budget ({budget:.1f} s) on {doc.path}; "
            "it backtracks catastrophically (a nested repetition such as (a+)+?)",
        ) from None
    if len(found) > 1 and rule.params.get("report") == "once":
        first = found[0]
        first.message = f"{rule.message}（全文共{len(found)}处）"
        if first.fix is not None:
            first.edits = [(f.start, f.end, f.fix) for f in found[1:] if f.fix is not None]
        found = [first]
    return found
