"""A desk's reference facts: loading and validating fact files.

A fact file is YAML with two optional lists (see the README, "Fact base")::

    facts:
      - id: yangtze-length
        subject: [长江, 长江干流]     # the first is the canonical name, the rest aliases
        attribute: [全长, 长度]
        value: 6300余公里             # as copy writes it; parsed as an interval
        source: 水利部《中国河流泥沙公报》
        valid_from: 2000-01-01        # optional
        valid_to: null                # optional
        tolerance: 0                  # optional: slack in the value's own unit, or "2%"
    names:
      - canonical: 国家知识产权局
        wrong: [国家知识产权总局]
        source: 国务院机构改革方案（2018）

Every problem is one ``FactError`` naming the file, the line and what is wrong; the command
line turns it into one line and exit 2.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import cached_property
from pathlib import Path
from typing import Any

from .config import ConfigError
from .patterns import lazy
from .records import Frozen

_set = object.__setattr__  # (a frozen value's fields are set once, in __init__)

MAX_FILE_BYTES = 2_000_000  # a fact sheet is text a desk keeps by hand, not a database dump
FACT_KEYS = {
    "id",
    "subject",
    "attribute",
    "value",
    "source",
    "valid_from",
    "valid_to",
    "tolerance",
    "note",
}
NAME_KEYS = {"canonical", "wrong", "source", "note"}


class FactError(ConfigError):
    """A malformed fact file: file, line and problem."""

    def __init__(self, file: str, line: int | None, problem: str) -> None:
        self.file, self.line, self.problem = file, line, problem
        super().__init__(f"{file}:{line}: {problem}" if line else f"{file}: {problem}")


class Fact(Frozen):
    _fields = (
        "id",
        "subjects",
        "attributes",
        "value",
        "lo",
        "hi",
        "unit",
        "dim",
        "source",
        "valid_from",
        "valid_to",
        "file",
        "line",
    )
    id: str
    subjects: tuple[str, ...]
    attributes: tuple[str, ...]
    value: str  # as written in the file
    lo: float  # the value's interval, tolerance applied, in ``unit``
    hi: float
    unit: str  # canonical unit of the value ("公里", "元", "人", "%")
    dim: str  # the value's dimension ("[length]", "money:元", "count:人", "percent")
    source: str
    valid_from: _dt.date | None
    valid_to: _dt.date | None
    file: str
    line: int

    def __init__(
        self,
        id: str,
        subjects: tuple[str, ...],
        attributes: tuple[str, ...],
        value: str,
        lo: float,
        hi: float,
        unit: str,
        dim: str,
        source: str,
        valid_from: _dt.date | None,
        valid_to: _dt.date | None,
        file: str,
        line: int,
    ) -> None:
        _set(self, "id", id)
        _set(self, "subjects", subjects)
        _set(self, "attributes", attributes)
        _set(self, "value", value)
        _set(self, "lo", lo)
        _set(self, "hi", hi)
        _set(self, "unit", unit)
        _set(self, "dim", dim)
        _set(self, "source", source)
        _set(self, "valid_from", valid_from)
        _set(self, "valid_to", valid_to)
        _set(self, "file", file)
        _set(self, "line", line)

    @property
    def subject(self) -> str:
        return self.subjects[0]

    def valid_on(self, day: _dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    def valid_in_year(self, year: int) -> bool:
        first, last = _dt.date(year, 1, 1), _dt.date(year, 12, 31)
        return (self.valid_from is None or self.valid_from <= last) and (
            self.valid_to is None or first <= self.valid_to
        )


class Name(Frozen):
    _fields = ("canonical", "wrong", "source", "file", "line")
    canonical: str
    wrong: tuple[str, ...]
    source: str
    file: str
    line: int

    def __init__(
        self, canonical: str, wrong: tuple[str, ...], source: str, file: str, line: int
    ) -> None:
        _set(self, "canonical", canonical)
        _set(self, "wrong", wrong)
        _set(self, "source", source)
        _set(self, "file", file)
        _set(self, "line", line)


class FactBase(Frozen):
    _fields = ("facts", "names")
    facts: tuple[Fact, ...]
    names: tuple[Name, ...]

    def __init__(self, facts: tuple[Fact, ...] = (), names: tuple[Name, ...] = ()) -> None:
        _set(self, "facts", facts)
        _set(self, "names", names)

    def __bool__(self) -> bool:
        return bool(self.facts or self.names)

    @cached_property
    def groups(self) -> tuple[tuple[Fact, ...], ...]:
        """The facts of one subject and attribute (one value per validity period), in file
        order: worked out once per fact base, not per document."""
        out: dict[tuple[str, str], list[Fact]] = {}
        for f in self.facts:
            out.setdefault((f.subject, f.attributes[0]), []).append(f)
        return tuple(tuple(g) for g in out.values())


# --------------------------------------------------------------------------------------
# Validation


def _names(value: Any, key: str, file: str, line: int, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(v, str) and v.strip() for v in value)
    ):
        raise FactError(file, line, f"{what}: '{key}' must be a non-empty string or list of them")
    return tuple(v.strip() for v in value)


def _date(value: Any, key: str, file: str, line: int, what: str) -> _dt.date | None:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, int) and 1000 <= value <= 9999:  # a bare year
        return _dt.date(value, 1, 1) if key == "valid_from" else _dt.date(value, 12, 31)
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise FactError(file, line, f"{what}: '{key}' must be a date (YYYY-MM-DD) or a year")


_TOLERANCE = lazy(r"^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$")


def _tolerance(value: Any, file: str, line: int, what: str) -> tuple[float, bool]:
    """(amount, is_percent) of extra slack."""
    if value is None:
        return 0.0, False
    if isinstance(value, bool):
        raise FactError(file, line, f"{what}: 'tolerance' must be a number or a percentage")
    if isinstance(value, int | float):
        if value < 0:
            raise FactError(file, line, f"{what}: 'tolerance' must not be negative")
        return float(value), False
    m = _TOLERANCE.match(str(value))
    if not m:
        raise FactError(file, line, f"{what}: 'tolerance' must be a number or a percentage")
    return float(m.group(1)), bool(m.group(2))


def _value(text: Any, file: str, line: int, what: str) -> Any:
    """The parsed quantity of a fact's value; the value must be one figure with a unit."""
    from .numbers import parse_quantity

    if isinstance(text, int | float) and not isinstance(text, bool):
        raise FactError(
            file, line, f"{what}: 'value' {text!r} has no unit (write it as copy does: 6300余公里)"
        )
    if not isinstance(text, str) or not text.strip():
        raise FactError(file, line, f"{what}: 'value' must be a figure with its unit")
    q = parse_quantity(text.strip())
    if q is None or q.kind != "quantity":
        raise FactError(file, line, f"{what}: cannot read 'value' {text!r} as a figure")
    if q.start != 0 or q.end != len(text.strip()):
        rest = text.strip()[q.end :] or text.strip()[: q.start]
        raise FactError(
            file,
            line,
            f"{what}: unknown unit {rest!r} in 'value' {text!r} (not a unit lint-news knows)",
        )
    if not q.unit:
        raise FactError(file, line, f"{what}: 'value' {text!r} has no unit")
    return q


def _known_keys(item: dict, keys: set[str], file: str, line: int, what: str) -> None:
    unknown = set(item) - keys - {"__line__"}
    if unknown:
        raise FactError(
            file,
            line,
            f"{what}: unknown key(s) {', '.join(sorted(map(str, unknown)))} "
            f"(known: {', '.join(sorted(keys))})",
        )


def _fact(item: dict, file: str, seen: dict[str, int]) -> Fact:
    line = int(item.get("__line__", 0))
    fid = item.get("id")
    what = f"fact {fid!r}" if isinstance(fid, str) else "fact"
    _known_keys(item, FACT_KEYS, file, line, what)
    if not isinstance(fid, str) or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.\-]*", fid):
        raise FactError(file, line, f"{what}: 'id' must be a name of letters, digits, - _ .")
    if fid in seen:
        raise FactError(file, line, f"duplicate fact id {fid!r} (first at line {seen[fid]})")
    seen[fid] = line
    for key in ("subject", "attribute", "value", "source"):
        if item.get(key) in (None, "", []):
            raise FactError(file, line, f"{what}: missing '{key}'")
    subjects = _names(item["subject"], "subject", file, line, what)
    attributes = _names(item["attribute"], "attribute", file, line, what)
    q = _value(item["value"], file, line, what)
    if not isinstance(item["source"], str):
        raise FactError(file, line, f"{what}: 'source' must be text")
    valid_from = _date(item.get("valid_from"), "valid_from", file, line, what)
    valid_to = _date(item.get("valid_to"), "valid_to", file, line, what)
    if valid_from and valid_to and valid_to < valid_from:
        raise FactError(file, line, f"{what}: 'valid_to' is before 'valid_from'")
    amount, pct = _tolerance(item.get("tolerance"), file, line, what)
    lo, hi = q.lo, q.hi
    if amount:
        slack_lo = lo * amount / 100 if pct else amount
        slack_hi = hi * amount / 100 if pct else amount
        lo, hi = lo - slack_lo, hi + slack_hi
    return Fact(
        id=fid,
        subjects=subjects,
        attributes=attributes,
        value=str(item["value"]).strip(),
        lo=lo,
        hi=hi,
        unit=q.unit,
        dim=q.dim,
        source=item["source"].strip(),
        valid_from=valid_from,
        valid_to=valid_to,
        file=file,
        line=line,
    )


def _name(item: dict, file: str) -> Name:
    line = int(item.get("__line__", 0))
    canonical = item.get("canonical")
    what = f"name {canonical!r}" if isinstance(canonical, str) else "name"
    _known_keys(item, NAME_KEYS, file, line, what)
    if not isinstance(canonical, str) or not canonical.strip():
        raise FactError(file, line, f"{what}: missing 'canonical'")
    wrong = _names(item.get("wrong"), "wrong", file, line, what)
    if canonical.strip() in wrong:
        raise FactError(file, line, f"{what}: the canonical name is listed as wrong")
    source = item.get("source")
    if not isinstance(source, str) or not source.strip():
        raise FactError(file, line, f"{what}: missing 'source'")
    return Name(canonical.strip(), wrong, source.strip(), file, line)


def load_fact_file(path: str | Path, seen: dict[str, int] | None = None) -> FactBase:
    """The facts and names of one file; FactError on any problem."""
    p = Path(path)
    file = str(p)
    seen = {} if seen is None else seen
    from .rules import YamlFileError, read_yaml  # the packs' safe, size-limited reader

    try:
        data = read_yaml(p, MAX_FILE_BYTES, "fact file")
    except YamlFileError as exc:
        raise FactError(file, exc.line, exc.problem) from None
    return facts_from_data(data, file, seen)


def facts_from_data(data: Any, file: str, seen: dict[str, int] | None = None) -> FactBase:
    """Facts and names from loaded YAML (mappings carry ``__line__``); FactError on any problem."""
    seen = {} if seen is None else seen
    if data is None:
        return FactBase()
    if not isinstance(data, dict):
        raise FactError(file, 1, "a fact file is a mapping with 'facts:' and/or 'names:'")
    unknown = set(data) - {"facts", "names", "__line__"}
    if unknown:
        raise FactError(
            file,
            1,
            f"unknown top-level key(s) {', '.join(sorted(map(str, unknown)))} (known: facts, names)",
        )
    facts, names = [], []
    for key, out, build in (
        ("facts", facts, lambda it: _fact(it, file, seen)),
        ("names", names, lambda it: _name(it, file)),
    ):
        items = data.get(key) or []
        if not isinstance(items, list):
            raise FactError(file, data.get("__line__"), f"'{key}' must be a list")
        for it in items:
            if not isinstance(it, dict):
                raise FactError(file, None, f"every entry of '{key}' must be a mapping")
            out.append(build(it))
    return FactBase(tuple(facts), tuple(names))


def fact_files(path: str | Path) -> list[Path]:
    """A fact file, or the .yaml/.yml files of a directory (sorted)."""
    p = Path(path)
    if p.is_dir():
        return sorted(q for q in p.iterdir() if q.suffix in (".yaml", ".yml") and q.is_file())
    if not p.exists():
        raise FactError(str(p), None, "fact file or directory not found")
    return [p]


_CACHE: dict[tuple[tuple[str, float], ...], FactBase] = {}


def load_facts(paths: tuple[str, ...] | list[str]) -> FactBase:
    """Every fact and name of ``paths`` (files or directories), loaded once per process
    (until a file changes). Ids must be unique across all the files."""
    files = [f for p in paths for f in fact_files(p)]
    key = tuple((str(f.resolve()), f.stat().st_mtime) for f in files)
    if key in _CACHE:
        return _CACHE[key]
    seen: dict[str, int] = {}
    facts: list[Fact] = []
    names: list[Name] = []
    for f in files:
        base = load_fact_file(f, seen)
        facts.extend(base.facts)
        names.extend(base.names)
    out = _CACHE[key] = FactBase(tuple(facts), tuple(names))
    return out


def parse_date(text: str) -> _dt.date:
    """A ``--date`` or front-matter date: YYYY-MM-DD (ValueError otherwise)."""
    return _dt.date.fromisoformat(text.strip())
