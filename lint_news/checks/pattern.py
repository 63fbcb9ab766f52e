"""Check kind ``pattern``: a regular expression with named building blocks and an optional fix."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from typing import Any

from ..document import Document, in_scope
from ..findings import Finding
from ..patterns import (
    GuardedPattern,
    PatternError,
    ShippedPattern,
    compile_pattern,
    expand,
    rx,
    time_budget,
)
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


def _replacement(m: Any, rule: Rule, table: dict[int, str] | None = None) -> str | None:
    """The fix of a match: its 'fix' template expanded, or its text through 'translate'
    (``table``: that mapping made once by ``str.maketrans``)."""
    fix = rule.params.get("fix")
    if fix is not None:
        # a template with no backslash has no group reference or escape: it is its own
        # expansion (Match.expand parses the template again for every match)
        return fix if "\\" not in fix else m.expand(fix)
    translate = rule.params.get("translate")
    if translate is not None:
        return m.group().translate(str.maketrans(translate) if table is None else table)
    return None


_NEEDS: dict[str, tuple[str, ...] | None] = {}
_REACH: dict[str, int | None] = {}  # pattern -> its line_reach, found with its needed strings


def _derived(rule: Rule) -> tuple[str, ...] | None:
    pattern = rule.params.get("pattern")
    if not isinstance(pattern, str):
        return None
    if pattern not in _NEEDS:
        # the needed strings and the line reach (see _line_plan) read off one parse
        needed = reach = None
        try:
            tree = _parse(expand(pattern))
        except PatternError:
            tree = None
        if tree is not None:
            needed = _needed_of(tree)
            reach = _reach_of(tree)
        _NEEDS[pattern] = needed
        _REACH[pattern] = reach
    return _NEEDS[pattern]


def _parse(source: str) -> Any:
    """The parse tree of ``source`` (``re``'s own), or None."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        return _parser.parse(source)
    except Exception:  # not an expression ``re`` reads
        return None


def needs(rule: Rule) -> Sequence[str] | None:
    """Strings one of which every match contains: the rule's ``requires``, else derived from
    its pattern (None when nothing can be said)."""
    requires = rule.params.get("requires")
    if requires:
        return requires
    return _derived(rule)


def finer_needs(rule: Rule) -> Sequence[str] | None:
    """``needs`` for a process that lints many documents (the engine asks once it has):
    the strings derived from the pattern also when the rule gives ``requires``, provided
    each of them holds one of its strings (so that they never let the rule run where
    ``requires`` would not). Reading a pattern built on {number} costs a few milliseconds,
    more than one article's start can spare for every rule."""
    derived = _derived(rule)
    requires = rule.params.get("requires")
    if requires and not (
        derived and all(any(isinstance(r, str) and r in d for r in requires) for d in derived)
    ):
        return requires
    return derived


# -- the strings a match must contain, read off the parsed expression ----------------------
#
# As a search index's pre-filter reads them (RE2's, Google Code Search's): each part of the
# expression is described by the finite set of strings it matches when there is one (exact),
# else by the strings every match of it starts with and ends with, and a set one of which
# every match contains. A sequence joins neighbouring exact sets into longer strings
# (第 then [一二三] gives 第一, 第二, 第三), which tell far more than one character each.

_LIMIT = 64  # the most strings in one set
_EMPTY = frozenset([""])
# (exact or None, prefixes, required or None, suffixes); a set holding "" says nothing
_Info = tuple


def needed_strings(pattern: str) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains (the most telling set found),
    or None if none can be named. A rule whose strings are all absent from a document
    cannot match there."""
    tree = _parse(pattern)
    return None if tree is None else _needed_of(tree)


def _needed_of(tree: Any) -> tuple[str, ...] | None:
    """``needed_strings`` of a parsed expression."""
    try:
        from re import _constants as C  # type: ignore[attr-defined]

        if tree.state.flags & (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_LOCALE):
            return None
        exact, _pre, req, _suf = _seq(list(tree), C)
    except Exception:  # an unexpected parse tree: no pre-filter, never a wrong one
        return None
    found = _best([req, exact])
    return tuple(sorted(found)) if found else None


def _best(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
    """The most telling of ``sets`` (longest shortest string, then fewest strings), each
    without the strings that hold another of its strings (a text holding 余万 holds 余)."""
    best = None
    for s in sets:
        if s and "" not in s:
            s = frozenset(t for t in s if not any(u != t and u in t for u in s))
            if best is None or (min(map(len, s)), -len(s)) > (min(map(len, best)), -len(best)):
                best = s
    return best


def _product(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
    if len(a) * len(b) > _LIMIT:
        return None
    return frozenset(x + y for x in a for y in b)


def _seq(items: list[Any], C: Any) -> _Info:
    """The description of a sequence of parts."""
    cands: list[frozenset[str] | None] = []
    cur: frozenset[str] = _EMPTY  # the exact run since the last break
    prefix: frozenset[str] | None = None  # the run before the first break, once broken
    for item in items:
        exact, pre, req, suf = _node(item, C)
        cands += (req, cur)  # (the run so far, before an optional part dilutes it)
        if exact is not None:
            joined = _product(cur, exact)
            if joined is None:  # too many strings: the run ends here, a new one starts
                cands.append(cur)
                if prefix is None:
                    prefix = cur
                joined = exact
            cur = joined
        else:
            joined = _product(cur, pre)
            run = cur if joined is None else joined
            cands.append(run)
            if prefix is None:
                prefix = run
            cur = suf
    if prefix is None:  # exact throughout
        return cur, cur, _best(cands), cur
    cands.append(cur)
    return None, prefix, _best(cands), cur


def _node(item: Any, C: Any) -> _Info:
    op, av = item
    if op is C.LITERAL:
        e = frozenset([chr(av)])
        return e, e, None, e
    if op is C.IN:
        chars: set[str] = set()
        for iop, iav in av:
            if iop is C.LITERAL:
                chars.add(chr(iav))
            elif iop is C.RANGE and iav[1] - iav[0] < _LIMIT:
                chars.update(chr(c) for c in range(iav[0], iav[1] + 1))
            else:  # a negated class, a category, a large range
                return None, _EMPTY, None, _EMPTY
        if not chars or len(chars) > _LIMIT:
            return None, _EMPTY, None, _EMPTY
        e = frozenset(chars)
        return e, e, None, e
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_LOCALE):
            return None, _EMPTY, None, _EMPTY
        return _seq(list(sub), C)
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _seq(list(av), C)
    if op is C.BRANCH:
        infos = [_seq(list(b), C) for b in av[1]]
        exacts = [i[0] for i in infos]
        if all(e is not None for e in exacts):
            e = frozenset().union(*exacts)
            if len(e) <= _LIMIT:
                return e, e, None, e
        pre = frozenset().union(*(i[0] if i[0] is not None else i[1] for i in infos))
        suf = frozenset().union(*(i[0] if i[0] is not None else i[3] for i in infos))
        each = [_best([i[2], i[0]]) for i in infos]
        req = None
        if all(each):
            req = frozenset().union(*each)  # type: ignore[arg-type]
            if len(req) > _LIMIT:
                req = None
        return (
            None,
            pre if len(pre) <= _LIMIT else _EMPTY,
            req,
            suf if len(suf) <= _LIMIT else _EMPTY,
        )
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        exact, pre, req, suf = _seq(list(sub), C)
        if exact is not None and hi <= 4:
            out = set()
            power = _EMPTY
            for k in range(hi + 1):
                if k >= lo:
                    out |= power
                if k < hi:
                    power = _product(power, exact)  # type: ignore[assignment]
                    if power is None:
                        break
            else:
                if len(out) <= _LIMIT:
                    e = frozenset(out)
                    return e, e, None, e
        if lo == 0:
            return None, _EMPTY, None, _EMPTY
        if exact is not None:
            return None, exact, _best([exact]), exact
        return None, pre, req, suf
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _EMPTY, _EMPTY, None, _EMPTY  # matches no character
    return None, _EMPTY, None, _EMPTY  # any character, a back-reference …


# -- searching only the lines that can hold a match ---------------------------------------
#
# Every match of a pattern contains one of its needed strings (``_derived``). When no match
# can hold a line break either (no part of the expression outside its look-arounds can
# match a line break) and every match holds a character, each match lies inside one line, and that
# line holds a needed string: the lines without one cannot hold a match, so only the others
# are searched (most rules' strings stand in a few of a page's paragraphs). A search over a
# line is cut off a few characters after the line's end, as many as the expression's
# look-aheads can read beyond the end of a match and two more (so that no end-of-text test
# reads differently): a match attempt inside the line reads the same characters as over the
# whole text, and finds the same match.

_LINE_GAP = 32  # lines this close together are searched in one call
# a shorter text is searched whole: an article of a few paragraphs mostly holds the strings
# in more than half of its text, and looking for them would cost more than it saves
_LINE_MIN_TEXT = 2000


def line_reach(source: str) -> int | None:
    """How far past the end of a match ``source``'s look-aheads can read (in characters),
    when every match of it is a non-empty run of one line; None otherwise (or when it
    cannot be told from the parse tree)."""
    tree = _parse(source)
    return None if tree is None else _reach_of(tree)


def _reach_of(tree: Any) -> int | None:
    """``line_reach`` of a parsed expression."""
    try:
        from re import _constants as C  # type: ignore[attr-defined]

        flags = tree.state.flags
        if flags & (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_LOCALE) or tree.getwidth()[0] < 1:
            return None
        if not _no_newline(list(tree), C, bool(flags & C.SRE_FLAG_DOTALL)):
            return None
        return _reach(list(tree), C)
    except Exception:  # an unexpected parse tree: the whole text is searched
        return None


# the classes that hold a line break and those that do not (any other: assumed to hold it)
_NEWLINE_CATEGORIES = (
    "CATEGORY_SPACE",
    "CATEGORY_NOT_DIGIT",
    "CATEGORY_NOT_WORD",
    "CATEGORY_LINEBREAK",
    "CATEGORY_UNI_SPACE",
    "CATEGORY_UNI_NOT_DIGIT",
    "CATEGORY_UNI_NOT_WORD",
    "CATEGORY_UNI_LINEBREAK",
)
_OTHER_CATEGORIES = (
    "CATEGORY_DIGIT",
    "CATEGORY_NOT_SPACE",
    "CATEGORY_WORD",
    "CATEGORY_NOT_LINEBREAK",
    "CATEGORY_UNI_DIGIT",
    "CATEGORY_UNI_NOT_SPACE",
    "CATEGORY_UNI_WORD",
    "CATEGORY_UNI_NOT_LINEBREAK",
)


def _class_newline(av: Any, C: Any) -> bool:
    """Can the class ``[...]`` (its parsed items) match a line break? (True when unsure)"""
    negate = hit = False
    for iop, iav in av:
        if iop is C.NEGATE:
            negate = True
        elif iop is C.LITERAL:
            hit = hit or iav == 10
        elif iop is C.RANGE:
            hit = hit or iav[0] <= 10 <= iav[1]
        elif iop is C.CATEGORY and iav.name in _NEWLINE_CATEGORIES:
            hit = True
        elif not (iop is C.CATEGORY and iav.name in _OTHER_CATEGORIES):
            return True
    return hit != negate


def _no_newline(items: list[Any], C: Any, dotall: bool) -> bool:
    """No part of ``items`` outside its look-arounds can match a line break."""
    for op, av in items:
        if op is C.LITERAL:
            if av == 10:
                return False
        elif op is C.NOT_LITERAL:
            if av != 10:
                return False
        elif op is C.ANY:
            if dotall:
                return False
        elif op is C.IN:
            if _class_newline(av, C):
                return False
        elif op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            inner = (dotall or bool(add_flags & C.SRE_FLAG_DOTALL)) and not (
                del_flags & C.SRE_FLAG_DOTALL
            )
            if not _no_newline(list(sub), C, inner):
                return False
        elif op is C.BRANCH:
            if not all(_no_newline(list(b), C, dotall) for b in av[1]):
                return False
        elif op.name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if not _no_newline(list(av[2]), C, dotall):
                return False
        elif op is getattr(C, "ATOMIC_GROUP", None):
            if not _no_newline(list(av), C, dotall):
                return False
        elif op not in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return False  # a back-reference (its group may sit in a look-ahead), or unknown
    return True


def _reach(items: list[Any], C: Any) -> int | None:
    """The widths of every look-ahead in ``items`` (nested ones too) added up: a bound on
    how far past the position it is tried at any look-ahead reads; None when unbounded."""
    total = 0
    for op, av in items:
        subs: list[Any] = []
        if op in (C.ASSERT, C.ASSERT_NOT):
            direction, sub = av
            if direction == 1:
                hi = sub.getwidth()[1]
                if hi >= C.MAXREPEAT:
                    return None
                total += hi
            subs = [sub]
        elif op is C.SUBPATTERN:
            subs = [av[3]]
        elif op is C.BRANCH:
            subs = list(av[1])
        elif op.name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            subs = [av[2]]
        elif op is getattr(C, "ATOMIC_GROUP", None):
            subs = [av]
        elif op is C.GROUPREF_EXISTS:
            return None
        for sub in subs:
            r = _reach(list(sub), C)
            if r is None:
                return None
            total += r
    return total


_LINE_PLANS: dict[str, tuple[Any, int] | None] = {}
# documents a pattern is searched whole before its line plan is worked out: reading a
# pattern built on {number} costs milliseconds, more than one article's start can spare for
# every rule (the engine asks the finer needed strings after as many, see engine.MANY)
_PLAN_AFTER = 20
_searched: dict[str, int] = {}


def _line_plan(rule: Rule) -> tuple[Any, int] | None:
    """(an expression finding the rule's needed strings, the pattern's ``line_reach``), or
    None when the rule's matches are not known to lie in lines that hold them (or, for the
    first _PLAN_AFTER documents of a process, not worked out yet)."""
    pattern = rule.params.get("pattern")
    if not isinstance(pattern, str):
        return None
    if pattern not in _LINE_PLANS:
        n = _searched[pattern] = _searched.get(pattern, 0) + 1
        if n <= _PLAN_AFTER:
            return None
        plan = None
        strings = _derived(rule)
        reach = _REACH.get(pattern)
        if reach is not None and strings and not any(t == "" or "\n" in t for t in strings):
            if not _scans_itself(pattern, strings):
                ordered = sorted(strings, key=lambda t: (-len(t), t))
                plan = (rx("|".join(map(re.escape, ordered))), reach)
        _LINE_PLANS[pattern] = plan
    return _LINE_PLANS[pattern]


def _scans_itself(pattern: str, strings: Sequence[str]) -> bool:
    """Whether every character a match of ``pattern`` can start with is one of the needed
    ``strings`` (all single characters): ``re`` then scans the text for those characters
    itself (a literal or class prefix, or the look-ahead of ``patterns.with_lead``), and
    looking for the lines that hold them first only adds work (halfwidth-punctuation's
    ,;:?!, line-start-mark's marks, which stand in most lines of a page)."""
    if not all(len(t) == 1 for t in strings):
        return False
    try:
        from re import _constants as C  # type: ignore[attr-defined]

        from ..patterns import _lead

        tree = _parse(expand(pattern))
        if tree is None or tree.state.flags & (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_LOCALE):
            return False
        items, nullable = _lead(list(tree), C)
    except Exception:  # an unexpected parse tree: the lines are looked for
        return False
    if items is None or nullable or not items:
        return False
    chars = set()
    for item in items:
        # (``_lead`` escapes \\ ] ^ - [ with a backslash; \\d is a category)
        c = item[1] if len(item) == 2 and item[0] == "\\" and item[1] in "\\]^-[" else item
        if len(c) != 1:
            return False  # a range or a category
        chars.add(c)
    return chars <= set(strings)


_NOT_FOUND: Any = object()


def _lines(text: str, needle: Any, most: int) -> list[tuple[int, int]] | None:
    """The runs of lines of ``text`` that hold a match of ``needle`` (neighbours within
    _LINE_GAP joined), as (start, end) with end at the line break; None when they cover
    more than ``most`` characters (the whole text is searched then)."""
    out: list[tuple[int, int]] = []
    covered = 0
    search = needle.search
    find, rfind = text.find, text.rfind
    pos = 0
    while True:
        m = search(text, pos)
        if m is None:
            return out
        i = m.start()
        a = rfind("\n", 0, i) + 1
        b = find("\n", i)
        if b < 0:
            b = len(text)
        covered += b - a
        if covered > most:
            return None
        if out and a - out[-1][1] <= _LINE_GAP:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
        pos = b + 1


def _plain_re(regex: Any, text: str) -> bool:
    """Is ``regex`` matched with ``re`` on ``text`` (a shipped pattern; one guarded against
    backtracking where the text has no long run of numerals)? Those are searched by line."""
    kind = type(regex)
    if kind is ShippedPattern:
        return True
    return kind is GuardedPattern and regex._for(text) is None


def _search_lines(regex: Any, text: str, runs: list[tuple[int, int]], reach: int):
    """The matches of ``regex`` in ``text`` that start in ``runs`` (``_lines``), in order:
    the matches ``regex.finditer(text)`` gives, where ``line_reach`` allows."""
    n = len(text)
    search = regex.search
    for a, b in runs:
        stop = min(n, b + reach + 2)
        pos = a
        while pos < b:
            m = search(text, pos, stop)
            if m is None or m.start() >= b:
                break
            yield m
            pos = m.end()


# the source of each shipped pattern asked about -> its ``re`` expression when every match of
# it starts a line (see ``_line_anchored``), else None
_ANCHORED: dict[str, re.Pattern[str] | None] = {}


def _line_anchored(regex: ShippedPattern) -> re.Pattern[str] | None:
    """The ``re`` expression of a shipped pattern whose every match starts a line and is
    not empty (it opens with ``^`` under MULTILINE: ``(?m)^…``), read off its parse tree
    once; None for any other."""
    source = regex.pattern
    got = _ANCHORED.get(source, _NOT_FOUND)
    if got is _NOT_FOUND:
        got = None
        # (only an expression under MULTILINE with a ^ is parsed: a pattern built on
        # {number} takes milliseconds, which a one-article start cannot spare)
        if not regex.flags & re.MULTILINE or "^" not in source:
            _ANCHORED[source] = None
            return None
        try:
            from re import _constants as C  # type: ignore[attr-defined]
            from re import _parser  # type: ignore[attr-defined]

            tree = _parser.parse(source, regex.flags)
            items = list(tree)
            while items and items[0][0] is C.SUBPATTERN:  # ((?m)^…) in a group
                items = list(items[0][1][3])
            if (
                tree.state.flags & C.SRE_FLAG_MULTILINE
                and tree.getwidth()[0] >= 1
                and items
                and items[0] == (C.AT, C.AT_BEGINNING)
            ):
                got = regex._p
        except Exception:  # an unexpected parse tree: searched as usual
            got = None
        if len(_ANCHORED) >= 4096:
            _ANCHORED.clear()
        _ANCHORED[source] = got
    return got


def _at_line_starts(p: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches ``p.finditer(text)`` gives, for an expression whose every match starts a
    line and is not empty (``_line_anchored``): tried only at the start of the text and
    after each line break, instead of at every character that may open a match."""
    find, match = text.find, p.match
    pos = 0
    while True:
        m = match(text, pos)
        if m is not None:
            yield m
            e = m.end()  # (> pos: the match is not empty) the search goes on from here
            if text[e - 1] == "\n":
                pos = e  # a line starts right where the match ends
                continue
            pos = e
        nl = find("\n", pos)
        if nl < 0:
            return
        pos = nl + 1


def check(doc: Document, rule: Rule) -> list[Finding]:
    if not rule.prepared:  # the engine leaves unprepared a rule its ``needs`` rules out
        rule.prepare()
    regex, unless = rule.state
    text = doc.text
    anchored = None
    if type(regex) is ShippedPattern:
        anchored = _line_anchored(regex)
        # (nearly every run on a short text: nothing found, told before anything is set up;
        # ``re`` never runs over a budget)
        if anchored is None and len(text) < _LINE_MIN_TEXT and regex._p.search(text) is None:
            return []
    budget = time_budget(text)
    # (nearly every run finds nothing: only the scan itself before the first match)
    deadline = time.monotonic() + budget if unless is not None else 0.0
    found: list[Finding] = []
    # (start, end, fix) of every match kept: a Finding is made for each only when the rule
    # reports each match; one reporting once makes one, the rest become its edits
    spans: list[tuple[int, int, str | None]] = []
    try:
        # only the lines that can hold a match, when that can be told (see ``_lines``)
        runs = None
        plan = None
        if anchored is None and len(text) >= _LINE_MIN_TEXT:
            plan = _line_plan(rule)
            if plan is not None and not _plain_re(regex, text):
                plan = None
        if plan is not None:
            # (rules with the same needed strings, such as 余|多 or 以上, share the lines)
            key = ("pattern.lines", plan[0].pattern)
            runs = doc.cache.get(key, _NOT_FOUND)
            if runs is _NOT_FOUND:
                runs = doc.cache[key] = _lines(text, plan[0], len(text) // 2)
        if anchored is not None:
            matches = _at_line_starts(anchored, text)
        elif runs is not None:
            if not runs:
                return found
            matches = _search_lines(regex, text, runs, plan[1])  # type: ignore[index]
        else:
            first = regex.search(text, timeout=budget)
            if first is None:
                return found
            matches = regex.finditer(text, first.start(), timeout=budget)
        translate = rule.params.get("translate")
        table = str.maketrans(translate) if translate is not None else None
        fix = rule.params.get("fix")
        # a fix template with no backslash has no group reference or escape: it is its own
        # expansion (Match.expand parses the template again for every match)
        plain_fix = fix is not None and "\\" not in fix
        scope = rule.scope
        kinds: dict[str, bool] = {}  # block kind -> in the rule's scope
        # the block of the last match (matches come in text order): its span, and whether
        # it lies in the rule's scope
        bstart, bend, ok = 0, -1, False
        translated: dict[str, str] = {}  # a matched text -> its translation
        for m in matches:
            start, end = m.span()
            if not bstart <= start <= bend:
                block = doc.block_at(start)
                if block is None:
                    bstart, bend = 0, -1
                    continue
                bstart, bend = block.start, block.end
                ok = kinds.get(block.kind)
                if ok is None:
                    ok = kinds[block.kind] = in_scope(block.kind, scope)
            if end > bend or not ok:
                continue
            if unless is not None and unless.search(
                m.group(), timeout=max(0.01, deadline - time.monotonic())
            ):
                continue
            if plain_fix:
                spans.append((start, end, fix))
            elif table is not None and fix is None:
                g = m.group()
                t = translated.get(g)
                if t is None:
                    t = translated[g] = g.translate(table)
                spans.append((start, end, t))
            else:
                spans.append((start, end, _replacement(m, rule, table)))
    except TimeoutError:
        raise RuleError(
            rule.file,
            rule.line,
            f"rule {rule.id!r}: pattern ran over its time budget ({budget:.1f} s) on {doc.path}; "
            "it backtracks catastrophically (a nested repetition such as (a+)+?)",
        ) from None
    if not spans:
        return found
    if len(spans) > 1 and rule.params.get("report") == "once":
        start, end, fix0 = spans[0]
        one = rule.finding(start=start, end=end, message=rule.message, fix=fix0)
        one.message = f"{rule.message}（全文共{len(spans)}处）"
        if fix0 is not None:
            one.edits = [(s, e, f) for s, e, f in spans[1:] if f is not None]
        found.append(one)
        return found
    for start, end, f in spans:
        found.append(rule.finding(message=rule.message, start=start, end=end, fix=f))
    return found
