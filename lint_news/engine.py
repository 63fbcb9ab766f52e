"""Running rules over a document: selection, severities, and the check registry."""

from __future__ import annotations

import _thread
import gc
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from .config import Config
from .document import Document
from .findings import Finding
from .patterns import rx
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


class _Plan:
    """A rule list made ready to run: each rule's check function and needed strings, and
    those strings indexed by their first character, so that one pass over a document's
    characters tells which rules can fire (instead of a ``s in text`` per string and rule)."""

    __slots__ = (
        "rules",
        "many",
        "uses",
        "steps",
        "always",
        "single",
        "common",
        "longer",
        "twos",
        "singles",
        "rare",
        "pairs",
        "by_mask",
    )

    def __init__(self, rules: list[Rule], many: bool = False) -> None:
        self.rules = list(rules)  # kept alive: the plan is found again by the rules' ids
        self.many = many  # made for a process that lints many documents
        self.uses = 0
        self.steps: list[tuple[Rule, Any, frozenset[str] | None]] = []
        for rule in rules:
            fns = _checks.get(rule.kind)
            if fns is None:
                module = kind_module(rule.kind)
                fns = _checks[rule.kind] = (
                    module.check,
                    getattr(module, "needs", None),
                    getattr(module, "finer_needs", None),
                )
            check, needs, finer = fns
            strings: frozenset[str] | None = None
            # a kind's cheap test that the rule cannot fire here runs before the rule is
            # compiled: strings one of which the text must contain, asked once per rule
            # (and, for many documents, the kind's finer and costlier answer)
            needed = None
            if many and finer is not None:
                needed = finer(rule)
            elif needs is not None:
                needed = rule.needed
                if needed is NOT_ASKED:
                    needed = rule.needed = needs(rule)
            if needed is not None:
                strings = frozenset(needed)
                if "" in strings:  # every text contains the empty string
                    strings = None
            self.steps.append((rule, check, strings))
        always = [i for i, step in enumerate(self.steps) if step[2] is None]
        rules_of: dict[str, list[int]] = {}
        for i, (_rule, _check, strings) in enumerate(self.steps):
            for s in strings or ():
                rules_of.setdefault(s, []).append(i)
        # rules as bits of a mask: the rules that need one character (by that character),
        # and the longer strings with the rules that need them, by their first two characters
        self.always = sum(1 << i for i in always)
        self.single: dict[str, int] = {}
        self.longer: dict[str, list[tuple[str, int]]] = {}
        for s, which in rules_of.items():
            bits = sum(1 << i for i in set(which))
            if len(s) == 1:
                self.single[s] = self.single.get(s, 0) | bits
            else:
                self.longer.setdefault(s[:2], []).append((s, bits))
        for entries in self.longer.values():
            entries.sort()
        # per pair of first characters: the rules of the strings that are that pair (found
        # by the pair scan itself), and of all its strings (a pair whose rules can all fire
        # already is passed over)
        self.twos: dict[str, tuple[int, int]] = {}
        for ab, entries in self.longer.items():
            two = every = 0
            for s, bits in entries:
                every |= bits
                if len(s) == 2:
                    two |= bits
            self.longer[ab] = [(s, bits) for s, bits in entries if len(s) > 2]
            self.twos[ab] = (two, every)
        # one scan (in C) finds the single characters a text holds, another the pairs
        # of characters that begin a longer string: a character that can begin one,
        # followed by one that can come second
        # (the commonest marks of Chinese copy are looked for one by one, which stops at
        # the first comma, instead of being collected all through the text)
        self.common = tuple((c, self.single[c]) for c in _COMMON if c in self.single)
        self.singles = rx(_char_class(c for c in self.single if c not in _COMMON))
        # (the same single characters with their rules: in a text of an article's length,
        # a look for each of them is quicker than collecting every occurrence)
        self.rare = tuple((c, b) for c, b in self.single.items() if c not in _COMMON)
        # (each pair read as one string by a look-ahead before the character it starts at,
        # with that character's class in the code's optimisation block: no tuple per pair)
        first = _char_class({k[0] for k in self.longer})
        self.pairs = rx(
            f"(?=({first}{_char_class({k[1] for k in self.longer})})){first}", lead=True
        )
        self.by_mask: dict[int, tuple[tuple[Rule, Any, frozenset[str] | None], ...]] = {}

    def runnable(self, text: str) -> Sequence[tuple[Rule, Any, frozenset[str] | None]]:
        """The steps, in order, whose rules can fire on ``text``: rules without needed
        strings and rules one of whose needed strings ``text`` contains."""
        mask = self.always
        for c, bits in self.common:
            if c in text:
                mask |= bits
        if len(text) <= _FIND_EACH:
            for c, bits in self.rare:
                if c in text:
                    mask |= bits
        else:
            single = self.single
            for c in set(self.singles.findall(text)):
                mask |= single[c]
        longer, twos = self.longer, self.twos
        for ab in set(self.pairs.findall(text)):
            got = twos.get(ab)
            if got is None or not got[1] & ~mask:
                continue
            mask |= got[0]
            for s, bits in longer[ab]:
                if bits & ~mask and s in text:
                    mask |= bits
        steps = self.by_mask.get(mask)
        if steps is None:
            if len(self.by_mask) >= 4096:  # bounded: one entry per set of runnable rules
                self.by_mask.clear()
            steps = self.by_mask[mask] = tuple(
                step for i, step in enumerate(self.steps) if mask >> i & 1
            )
        return steps


_COMMON = "，。、"  # the marks nearly every paragraph of Chinese copy holds
# the longest text whose needed single characters are each looked for (``str.__contains__``,
# some fifty scans that stop at the first occurrence: 9 µs on the reference page against
# 64 µs for collecting the occurrences with one expression); a longer one is scanned once
_FIND_EACH = 100_000


def _char_class(chars: Iterable[str]) -> str:
    """A character class of ``chars``; one that matches nothing when there are none."""
    chars = sorted(chars)
    return "[" + "".join(map(re.escape, chars)) + "]" if chars else "(?!)"


_plans: dict[tuple[int, ...], _Plan] = {}
MANY = 20  # documents linted with one rule list before its plan asks the finer needs


# the rule list asked about last and its plan: a process lints its documents with one list,
# found again by identity (the same rule objects, in order) without keying it anew
_recent: tuple[list[Rule] | None, _Plan | None] = (None, None)


def _plan(rules: list[Rule]) -> _Plan:
    global _recent
    seen, plan = _recent
    if (
        seen is rules
        and plan is not None
        and len(plan.rules) == len(rules)
        and all(map(operator.is_, plan.rules, rules))
    ):
        return plan
    key = tuple(map(id, rules))
    plan = _plans.get(key)
    if plan is None:
        if len(_plans) >= 32:  # bounded: tests build many one-rule lists
            _plans.clear()
        plan = _plans[key] = _Plan(rules)
    _recent = (rules, plan)
    return plan


class _NoCycleCollection:
    """The cyclic garbage collector paused while documents are linted (entered by
    ``lint_document``; nested entries share one pause, the collector left as the caller had
    it). A page's analysis makes no cyclic garbage but allocates many containers (the pair
    records, the memos' keys), which start collections that walk every object the process
    holds (~2% of a page's instructions). Only the thread that imported the engine (the
    command line's, a server's main thread) pauses: documents linted by several threads at
    once would otherwise keep the collector off for as long as any of them runs, and the
    cycles the rest of a busy server makes would wait as long."""

    __slots__ = ()
    _owner = _thread.get_ident()
    _depth = 0
    _paused = False  # (whether the outermost entry disabled the collector)

    def __enter__(self) -> None:
        cls = _NoCycleCollection
        if _thread.get_ident() != cls._owner:
            return
        if cls._depth == 0:
            cls._paused = gc.isenabled()
            if cls._paused:
                gc.disable()
        cls._depth += 1

    def __exit__(self, *exc: object) -> None:
        cls = _NoCycleCollection
        if _thread.get_ident() != cls._owner:
            return
        cls._depth -= 1
        if cls._depth == 0 and cls._paused:
            cls._paused = False
            gc.enable()


_no_cycle_collection = _NoCycleCollection()


def lint_document(doc: Document, rules: list[Rule]) -> list[Finding]:
    """All findings of ``rules`` on ``doc``, sorted by position, duplicates removed."""
    with _no_cycle_collection:
        return _lint_document(doc, rules)


def _lint_document(doc: Document, rules: list[Rule]) -> list[Finding]:
    global _recent
    findings: list[Finding] = []
    seen: set[tuple[str, int, int]] = set()
    plan = _plan(rules)
    if not plan.many:
        plan.uses += 1
        if plan.uses > MANY:  # many documents: the finer needed strings pay for themselves
            plan = _plans[tuple(map(id, rules))] = _Plan(rules, many=True)
            _recent = (rules, plan)
    for rule, check, _strings in plan.runnable(doc.text):
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
