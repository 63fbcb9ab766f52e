"""Loading and validating YAML rule packs; the registry of check kinds.

A pack is a YAML file with a top-level ``rules:`` list. Each rule names a check kind,
carries its parameters and its own examples. Any problem is one ``RuleError`` naming the
file, the line and what is wrong.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from .findings import CATEGORIES, Finding, Related, Severity

# kind -> module implementing it (imported on first use; modules must import cheaply)
KINDS: dict[str, str] = {
    "pattern": "lint_news.checks.pattern",
    "quantity-consistency": "lint_news.checks.quantity_consistency",
    "headline-figures": "lint_news.checks.headline_figures",
    "rate-vs-counts": "lint_news.checks.arithmetic",
    "parts-vs-total": "lint_news.checks.arithmetic",
    "shares": "lint_news.checks.arithmetic",
    "growth-vs-values": "lint_news.checks.arithmetic",
    "points-vs-percent": "lint_news.checks.arithmetic",
    "truncation": "lint_news.checks.truncation",
    "pairs": "lint_news.checks.pairs",
    "repetition": "lint_news.checks.repetition",
    "mixed-forms": "lint_news.checks.mixed_forms",
    "dates": "lint_news.checks.dates",
    "word-list": "lint_news.checks.word_list",
    "measure-words": "lint_news.checks.measure_words",
    "facts": "lint_news.checks.facts",
    "names": "lint_news.checks.facts",
}

COMMON_KEYS = {
    "id",
    "kind",
    "category",
    "severity",
    "message",
    "examples",
    "description",
    "why",
    "scope",
    "enabled",
    "source",
    "unsafe",  # the fix needs a human glance: applied only with --unsafe-fixes
}
REQUIRED_KEYS = ("id", "kind", "category", "severity", "message", "examples")
SCOPES = ("any", "headline", "body")


class RuleError(Exception):
    """A malformed rule pack: file, line and problem."""

    def __init__(self, file: str, line: int | None, problem: str) -> None:
        self.file, self.line, self.problem = file, line, problem
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {problem}")

    def __reduce__(self) -> tuple[type[RuleError], tuple[str, int | None, str]]:
        # (raised in a worker process, it crosses back to the parent as itself)
        return RuleError, (self.file, self.line, self.problem)


NOT_ASKED = object()


@dataclass(slots=True)
class Rule:
    id: str
    kind: str
    category: str
    severity: Severity
    message: str
    params: dict[str, Any]
    flag: list[str]
    passes: list[str]
    scope: str = "any"
    description: str = ""
    why: str = ""
    file: str = ""
    line: int = 0
    enabled: bool = True
    unsafe: bool = False  # its fix is applied only with --unsafe-fixes
    state: Any = field(default=None, repr=False)  # what the kind module prepared (compiled regex …)
    prepared: bool = field(default=False, repr=False)
    # strings one of which a document must contain for the rule to fire (its kind module's
    # ``needs``), worked out once; NOT_ASKED until then, None when nothing can be said
    needed: Any = field(default=NOT_ASKED, repr=False)

    def prepare(self) -> None:
        """Let the kind module validate and compile the rule (once); errors name file and line."""
        if self.prepared:
            return
        module = kind_module(self.kind)
        allowed = set(getattr(module, "PARAMS", {}).get(self.kind, ()))
        extra = set(self.params) - allowed
        if extra:
            known = ", ".join(sorted(allowed)) or "none"
            raise RuleError(
                self.file,
                self.line,
                f"rule {self.id!r}: unknown key(s) {', '.join(sorted(extra))} for kind {self.kind!r} (its keys: {known})",
            )
        try:
            self.state = module.prepare(self)
        except ValueError as exc:
            raise RuleError(self.file, self.line, f"rule {self.id!r}: {exc}") from None
        self.prepared = True

    def finding(
        self,
        start: int,
        end: int,
        message: str | None = None,
        *,
        fix: str | None = None,
        related: list[Related] | None = None,
    ) -> Finding:
        """A finding of this rule: its id, category and severity, its message by default."""
        return Finding(
            rule=self.id,
            category=self.category,
            severity=self.severity,
            message=self.message if message is None else message,
            start=start,
            end=end,
            fix=fix,
            related=related or [],
        )

    def check_message_fields(self, fields: tuple[str, ...]) -> None:
        """A message template may use only ``fields`` ({here}, {line}…); ValueError otherwise."""
        try:
            self.message.format(**{k: "" for k in fields})
        except (KeyError, IndexError, ValueError) as exc:
            names = ", ".join("{" + f + "}" for f in fields)
            raise ValueError(f"bad placeholder in 'message' ({exc}); use {names}") from None

    @property
    def summary(self) -> str:
        return (self.description or self.message).strip().splitlines()[0]


# libyaml's parser when PyYAML was built with it: 5x faster start-up on the shipped packs
_SafeBase: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeBase):
    """A safe loader that records the line of every mapping as ``__line__``."""


def _construct_mapping(
    loader: _LineLoader, node: yaml.MappingNode, deep: bool = False
) -> dict[Any, Any]:
    mapping = yaml.constructor.SafeConstructor.construct_mapping(loader, node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


# packs and configuration files come from others: plain data of a bounded size (the shipped
# packs together are about 60 KB)
MAX_PACK_BYTES = 1_000_000


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """The bytes of ``path``; ValueError when it holds more than ``limit`` bytes."""
    with open(path, "rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"{what} is larger than {limit // 1000} KB; refused")
    return data


def yaml_problem(exc: yaml.MarkedYAMLError) -> str:
    """The message for a YAML error: an object tag (!!python/object…) is refused by name."""
    problem = str(exc.problem or exc)
    if "constructor for the tag" in problem:
        tag = problem.rsplit("tag ", 1)[-1].strip(" '").replace("tag:yaml.org,2002:", "!!")
        return f"tag '{tag}' refused: packs and configuration are plain data (no object tags)"
    return f"invalid YAML: {problem}"


class YamlFileError(Exception):
    """A YAML file that cannot be read as plain data: the line (or None) and the problem."""

    def __init__(self, line: int | None, problem: str) -> None:
        super().__init__(problem)
        self.line, self.problem = line, problem


# The shipped packs' parsed data kept between runs, as Python keeps bytecode: parsing them
# is most of what loading them costs (with libyaml too: the constructor is Python). A JSON
# file per user in the temporary directory, {file: [its text, its data as JSON]}; an entry is used
# only for exactly the text just read, so an edited pack is parsed again. Others' packs,
# facts and configuration are always parsed.
_SHIPPED_CACHE_VERSION = 2  # 2: a pack JSON cannot hold is [its text, null]
_shipped: dict[str, list[Any]] | None = None


def _shipped_cache_path() -> str:
    import os
    import zlib

    from .patterns import cache_dir

    uid = os.getuid() if hasattr(os, "getuid") else 0
    where = zlib.crc32(str(builtin_rules_dir()).encode("utf-8"))  # one file per installation
    tag = f"{where:08x}-{yaml.__version__}-{_SHIPPED_CACHE_VERSION}"
    return os.path.join(cache_dir(), f"lint-news-packs-{uid}-{tag}.json")


class _JsonContext:
    """What json's C scanner reads off a decoder: json.loads' defaults."""

    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}
    parse_constant = parse_constant.__getitem__
    memo: dict[str, str] = {}


_json_scan: list[Any] = []


def json_loads(text: str) -> Any:
    """``json.loads`` of a start-up cache this module wrote (no surrounding white space),
    through the C scanner that json.loads itself runs, without importing json: its package
    compiles regular expressions at import, about 2.5% of Python's own start. Anything
    unusual goes to json itself."""
    if not _json_scan:
        try:
            from _json import make_scanner  # type: ignore[import-not-found]

            _json_scan.append(make_scanner(_JsonContext()))
        except (ImportError, AttributeError, TypeError):
            import json

            _json_scan.append(None)
            _json_scan.append(json.loads)
    scan = _json_scan[0]
    if scan is None:
        return _json_scan[1](text)
    try:
        value, end = scan(text, 0)
    except StopIteration:
        raise ValueError("not JSON") from None
    if end != len(text):
        raise ValueError("extra data after the JSON value")
    return value


def _shipped_cache() -> dict[str, list[Any]]:
    import os

    global _shipped
    if _shipped is None:
        _shipped = {}
        try:
            with open(_shipped_cache_path(), encoding="utf-8") as f:
                if not hasattr(os, "getuid") or os.fstat(f.fileno()).st_uid == os.getuid():
                    got = json_loads(f.read())
                    if isinstance(got, dict):
                        _shipped = got
        except (OSError, ValueError):
            pass
    return _shipped


def _remember_shipped(path: Path, raw: str, data: Any) -> None:
    import json

    blob: str | None
    try:
        blob = json.dumps(data, ensure_ascii=False)
        if json.loads(blob) != data:  # only data JSON gives back unchanged (no dates, int keys)
            blob = None
    except (TypeError, ValueError):
        blob = None
    # a pack that JSON cannot hold (dates) is remembered as such (None): later runs parse
    # its YAML without trying again (and without importing json)
    cache = _shipped_cache()
    if len(cache) >= 40:  # bounded (an installation ships about ten packs)
        cache.clear()
    cache[str(path)] = [raw, blob]
    try:
        payload = json.dumps(cache, ensure_ascii=False).encode("utf-8")
        target = _shipped_cache_path()
    except (OSError, TypeError, ValueError):
        return
    from .patterns import write_private

    write_private(target, payload)


def read_yaml(path: str | Path, limit: int, what: str, lines: bool = True) -> Any:
    """The data of a YAML file from others (a rule pack, a fact file, a configuration):
    at most ``limit`` bytes, UTF-8, safe tags only; with ``lines`` every mapping carries its
    line as ``__line__``. Any problem is one YamlFileError."""
    try:
        raw = read_limited(Path(path), limit, what).decode("utf-8")
    except UnicodeDecodeError:
        raise YamlFileError(None, f"{what} is not UTF-8") from None
    except ValueError as exc:
        raise YamlFileError(None, str(exc)) from None
    except FileNotFoundError:
        raise YamlFileError(None, f"{what} not found") from None
    except OSError as exc:
        raise YamlFileError(None, f"cannot read {what} ({exc.strerror})") from None
    resolved = Path(path).resolve() if lines else None
    shipped = resolved is not None and resolved.parent == builtin_rules_dir()
    if shipped:
        got = _shipped_cache().get(str(resolved))
        if isinstance(got, list) and len(got) == 2 and got[0] == raw:
            if got[1] is None:
                shipped = False  # not for JSON (see _remember_shipped): parsed every time
            else:
                try:
                    return json_loads(got[1])  # fresh objects on every call: callers change them
                except (ValueError, TypeError):
                    pass
    try:
        if lines:
            data = yaml.load(raw, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
            if shipped:
                _remember_shipped(resolved, raw, data)
            return data
        return yaml.load(raw, Loader=_SafeBase)  # noqa: S506 - the safe loader
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise YamlFileError(line, yaml_problem(exc)) from None
    except yaml.YAMLError as exc:
        raise YamlFileError(None, f"invalid YAML: {exc}") from None


_MODULES: dict[str, ModuleType] = {}


def kind_module(kind: str) -> ModuleType:
    name = KINDS[kind]
    module = _MODULES.get(name)
    # importlib.import_module costs microseconds even when imported; this runs per rule per document
    if module is None:
        module = _MODULES[name] = importlib.import_module(name)
    return module


_BUILTIN_DIR: list[Path] = []  # found once per process: it is asked for per pack and file


def builtin_rules_dir() -> Path:
    if not _BUILTIN_DIR:
        here = Path(__file__).resolve().parent
        packaged = here / "_rules"
        _BUILTIN_DIR.append(packaged if packaged.is_dir() else here.parent / "rules")
    return _BUILTIN_DIR[0]


def pack_files(directory: str | Path) -> list[Path]:
    d = Path(directory)
    if d.is_file():
        return [d]
    if not d.is_dir():
        raise RuleError(str(d), None, "rule directory not found")
    return sorted(p for p in d.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def load_pack(path: str | Path, validate: bool = True) -> list[Rule]:
    """The rules of one pack. With ``validate`` every rule is checked and compiled now;
    otherwise only its common keys are, and the rest happens when it first runs."""
    path = Path(path)
    file = str(path)
    try:
        data = read_yaml(path, MAX_PACK_BYTES, "rule pack")
    except YamlFileError as exc:
        raise RuleError(file, exc.line, exc.problem) from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleError(file, 1, "a rule pack needs a top-level 'rules:' list")
    if path.resolve().parent == builtin_rules_dir():  # shipped: its patterns compile with re
        from .patterns import trust_shipped

        for item in data["rules"]:
            if isinstance(item, dict):
                trust_shipped([v for k, v in item.items() if k not in COMMON_KEYS])
    rules = []
    for item in data["rules"]:
        if not isinstance(item, dict):
            raise RuleError(file, data.get("__line__"), "each entry of 'rules' must be a mapping")
        rules.append(_build_rule(item, file, validate))
    return rules


def _build_rule(item: dict[str, Any], file: str, validate: bool = True) -> Rule:
    line = item.pop("__line__", None)

    def fail(problem: str) -> RuleError:
        rid = item.get("id")
        return RuleError(file, line, f"rule {rid!r}: {problem}" if rid else problem)

    for key in REQUIRED_KEYS:
        if key not in item:
            raise fail(f"missing key '{key}'")
    rid = item["id"]
    if not isinstance(rid, str) or not rid.strip() or any(c.isspace() for c in rid):
        raise fail("'id' must be a non-empty string without spaces")
    kind = item["kind"]
    if kind not in KINDS:
        raise fail(f"unknown kind {kind!r} (known: {', '.join(sorted(KINDS))})")
    if item["category"] not in CATEGORIES:
        raise fail(f"unknown category {item['category']!r} (use one of: {', '.join(CATEGORIES)})")
    try:
        severity = Severity.parse(str(item["severity"]))
    except ValueError as exc:
        raise fail(str(exc)) from None
    if not isinstance(item["message"], str) or not item["message"].strip():
        raise fail("'message' must be a non-empty string")
    scope = item.get("scope", "any")
    if scope not in SCOPES:
        raise fail(f"unknown scope {scope!r} (use any, headline or body)")
    ex = item["examples"]
    if not isinstance(ex, dict):
        raise fail("'examples' must be a mapping with 'flag' and 'pass' lists")
    ex = {k: v for k, v in ex.items() if k != "__line__"}
    unknown_ex = set(ex) - {"flag", "pass"}
    if unknown_ex:
        raise fail(f"unknown key in examples: {', '.join(sorted(unknown_ex))}")
    flag, passes = ex.get("flag") or [], ex.get("pass") or []
    if (
        not isinstance(flag, list)
        or not isinstance(passes, list)
        or not all(isinstance(s, str) for s in flag + passes)
    ):
        raise fail("examples 'flag' and 'pass' must be lists of strings")
    if not flag:
        raise fail("examples need at least one 'flag' text (text the rule must report)")
    if not passes:
        raise fail("examples need at least one 'pass' text (text the rule must leave alone)")
    params = {k: _strip_lines(v) for k, v in item.items() if k not in COMMON_KEYS}
    rule = Rule(
        id=rid,
        kind=kind,
        category=item["category"],
        severity=severity,
        message=item["message"].strip(),
        params=params,
        flag=flag,
        passes=passes,
        scope=scope,
        description=str(item.get("description") or ""),
        why=str(item.get("why") or ""),
        file=file,
        line=line or 0,
        enabled=bool(item.get("enabled", True)),
        unsafe=bool(item.get("unsafe", False)),
    )
    if validate:
        rule.prepare()
    return rule


def _strip_lines(value: Any) -> Any:
    """Remove the loader's ``__line__`` bookkeeping from nested parameter values."""
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


def load_rules(
    directories: list[str | Path] | None = None,
    include_builtin: bool = True,
    validate_builtin: bool = False,
) -> list[Rule]:
    """All rules from the shipped packs and any extra directories; ids must be unique.

    A newsroom's packs are validated in full when they load. The shipped packs are
    validated by the test suite (and ``lint-news test-rules``), so at run time each of
    their rules is compiled when it first runs: start-up stays short for pre-commit.
    """
    builtin = builtin_rules_dir()
    dirs: list[str | Path] = []
    if include_builtin:
        dirs.append(builtin)
    dirs.extend(directories or [])
    rules: list[Rule] = []
    seen: dict[str, Rule] = {}
    for d in dirs:
        files = pack_files(d)
        if not files and d != builtin:
            raise RuleError(str(d), None, "no .yaml rule packs in this directory")
        trusted = d == builtin and not validate_builtin
        for f in files:
            for rule in load_pack(f, validate=not trusted):
                if rule.id in seen:
                    first = seen[rule.id]
                    raise RuleError(
                        rule.file,
                        rule.line,
                        f"duplicate rule id {rule.id!r} (first defined at {first.file}:{first.line})",
                    )
                seen[rule.id] = rule
                rules.append(rule)
    return rules


def describe_rule_dirs(directories: list[str] | tuple[str, ...], root: str | Path) -> list[str]:
    """One line per extra rule directory for ``--verbose``: its packs, and whether it lies
    outside the project ``root`` (allowed: a desk may share packs, but the user should know
    whose rules run)."""
    base = Path(root).resolve()
    notes = []
    for d in directories:
        p = Path(d).resolve()
        try:
            count = len(pack_files(p))
        except RuleError:
            count = 0
        where = "inside the project" if p == base or base in p.parents else "OUTSIDE the project"
        notes.append(f"rule directory {p} ({count} pack(s)), {where} {base}")
    return notes
