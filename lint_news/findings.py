"""Findings, severities and the fixed category vocabulary."""

from __future__ import annotations

from enum import IntEnum

from .records import Frozen, Record

CATEGORIES: tuple[str, ...] = (
    "quantity",
    "arithmetic",
    "repetition",
    "truncation",
    "redundancy",
    "wording",
    "punctuation",
    "style",
)


class Severity(IntEnum):
    """Ordered so that ``a >= b`` means *a is at least as serious as b*."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.strip().upper()]
        except (KeyError, AttributeError):
            raise ValueError(f"unknown severity {name!r} (use error, warning or info)") from None

    @property
    def label(self) -> str:
        return self.name.lower()


class Related(Frozen):
    """Another place a finding refers to: the other half of a mismatch, the first copy."""

    __slots__ = _fields = ("start", "end", "message")
    start: int
    end: int
    message: str

    def __init__(self, start: int, end: int, message: str) -> None:
        _set = object.__setattr__  # frozen: each field is set once, here
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "message", message)


class Finding(Record):
    """One problem. Offsets are character offsets into ``Document.text``."""

    __slots__ = _fields = (
        "rule",
        "category",
        "severity",
        "message",
        "start",
        "end",
        "fix",
        "related",
        "edits",
    )
    rule: str
    category: str
    severity: Severity
    message: str
    start: int
    end: int
    fix: str | None
    related: list[Related]
    # further (start, end, replacement) edits that belong to the same fix, for a finding that
    # summarises many occurrences (one finding for 200 half-width commas, one fix for all)
    edits: list[tuple[int, int, str]]

    def __init__(
        self,
        rule: str,
        category: str,
        severity: Severity,
        message: str,
        start: int,
        end: int,
        fix: str | None = None,
        related: list[Related] | None = None,
        edits: list[tuple[int, int, str]] | None = None,
    ) -> None:
        self.rule = rule
        self.category = category
        self.severity = severity
        self.message = message
        self.start = start
        self.end = end
        self.fix = fix
        self.related = [] if related is None else related
        self.edits = [] if edits is None else edits

    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.rule)
