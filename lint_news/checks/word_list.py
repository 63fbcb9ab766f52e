"""Check kind ``word-list``: fixed wrong forms, each with its usual form.

``entries`` maps a wrong form to its replacement (再接再励: 再接再厉), or to a mapping with
``fix`` and optional ``not_before`` / ``not_after`` regular expressions that veto a match
by the text right before or after it. Every entry must be reported by at least one of the
rule's own ``flag`` examples, so no entry ships untested.

A wrong form that is the whole content of a pair of quotation marks (有人把“再接再厉”写成
“再接再励”) is a cited example, not a use, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..document import Document, in_scope
from ..findings import Finding
from ..records import Frozen
from ..rules import Rule

PARAMS = {"word-list": ("entries",)}

_QUOTES = {"“": "”", "「": "」", "‘": "’", "『": "』"}


class Entry(Frozen):
    __slots__ = _fields = ("wrong", "fix", "not_before", "not_after")
    wrong: str
    fix: str
    not_before: re.Pattern[str] | None
    not_after: re.Pattern[str] | None

    def __init__(
        self,
        wrong: str,
        fix: str,
        not_before: re.Pattern[str] | None,
        not_after: re.Pattern[str] | None,
    ) -> None:
        _set = object.__setattr__
        _set(self, "wrong", wrong)
        _set(self, "fix", fix)
        _set(self, "not_before", not_before)
        _set(self, "not_after", not_after)


def _entry(wrong: object, value: object) -> Entry:
    if not isinstance(wrong, str) or not wrong:
        raise ValueError("each key of 'entries' must be a non-empty string (the wrong form)")
    if isinstance(value, str):
        return Entry(wrong, value, None, None)
    if not isinstance(value, dict) or not isinstance(value.get("fix"), str):
        raise ValueError(f"entry {wrong!r}: give its usual form, or a mapping with 'fix'")
    extra = set(value) - {"fix", "not_before", "not_after"}
    if extra:
        raise ValueError(f"entry {wrong!r}: unknown key(s) {', '.join(sorted(extra))}")
    try:
        nb = re.compile(value["not_before"] + r"\Z") if value.get("not_before") else None
        na = re.compile(value["not_after"]) if value.get("not_after") else None
    except re.error as exc:
        raise ValueError(f"entry {wrong!r}: bad regular expression ({exc})") from None
    return Entry(wrong, value["fix"], nb, na)


def prepare(rule: Rule) -> tuple[re.Pattern[str], dict[str, Entry]]:
    raw = rule.params.get("entries")
    if not isinstance(raw, dict) or not raw:
        raise ValueError("kind 'word-list' needs 'entries': a mapping of wrong form to usual form")
    entries = {k: _entry(k, v) for k, v in raw.items()}
    regex = re.compile("|".join(re.escape(w) for w in sorted(entries, key=len, reverse=True)))
    state = (regex, entries)
    reported = {m.group() for t in rule.flag for m in _scan(t, state)}
    untested = [w for w in entries if w not in reported]
    if untested:
        raise ValueError(f"entries without a flag example: {', '.join(untested)}")
    return state


def _matches(text: str, state: tuple[re.Pattern[str], dict[str, Entry]], wrong: str) -> bool:
    return any(m.group() == wrong for m in _scan(text, state))


def _scan(text: str, state: tuple[re.Pattern[str], dict[str, Entry]]) -> Iterator[re.Match[str]]:
    regex, entries = state
    for m in regex.finditer(text):
        e = entries[m.group()]
        s, t = m.span()
        if e.not_before is not None and e.not_before.search(text, max(0, s - 20), s):
            continue
        if e.not_after is not None and e.not_after.match(text, t):
            continue
        before, after = text[s - 1 : s], text[t : t + 1]
        if before in _QUOTES and _QUOTES[before] == after:
            continue  # “再接再励”: a cited form, not a use
        yield m


def needs(rule: Rule) -> Sequence[str] | None:
    raw = rule.params.get("entries")
    return list(raw) if isinstance(raw, dict) and raw else None


def check(doc: Document, rule: Rule) -> Iterator[Finding]:
    if not rule.prepared:
        rule.prepare()
    _, entries = rule.state
    for m in _scan(doc.text, rule.state):
        block = doc.block_at(m.start())
        if block is None or m.end() > block.end or not in_scope(block.kind, rule.scope):
            continue
        e = entries[m.group()]
        message = rule.message.replace("{wrong}", e.wrong).replace("{fix}", e.fix)
        yield rule.finding(m.start(), m.end(), message, fix=e.fix)
