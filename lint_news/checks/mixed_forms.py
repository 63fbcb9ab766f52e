"""Check kind ``mixed-forms``: one story writing the same kind of thing two ways.

GB/T 15835-2011 asks for one form per kind of number within a text (同类别同形式), and a
story should not switch quotation-mark styles half way. The rule gives two regular
expressions, ``forms: [preferred, other]``; when a document holds both, it gets one finding
(at the first occurrence of the form reported) whose ``related`` points at the other form,
and whose fix, if the rule has a ``translate`` table, converts every reported occurrence.

``report: other`` (the default) always reports the second form (full-width digits beside
half-width ones); ``report: minority`` reports whichever form is rarer (ties: the second).
A document that uses only one of the forms is left alone: that is a house style, not a mix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..document import Document, in_scope
from ..findings import Finding, Related
from ..patterns import PatternError, compile_pattern
from ..rules import Rule

PARAMS = {"mixed-forms": ("forms", "report", "translate", "requires")}


def prepare(rule: Rule) -> tuple[re.Pattern[str], re.Pattern[str]]:
    forms = rule.params.get("forms")
    if (
        not isinstance(forms, list)
        or len(forms) != 2
        or not all(isinstance(f, str) and f for f in forms)
    ):
        raise ValueError("kind 'mixed-forms' needs 'forms': a list of two regular expressions")
    try:
        a, b = (compile_pattern(f) for f in forms)
    except PatternError as exc:
        raise ValueError(str(exc)) from None
    if a.match("") or b.match(""):
        raise ValueError("a form matches the empty string")
    if rule.params.get("report", "other") not in ("other", "minority"):
        raise ValueError("'report' must be 'other' or 'minority'")
    translate = rule.params.get("translate")
    if translate is not None and (
        not isinstance(translate, dict)
        or not all(
            isinstance(k, str) and len(k) == 1 and isinstance(v, str) for k, v in translate.items()
        )
    ):
        raise ValueError("'translate' must map single characters to their replacements")
    return a, b


def needs(rule: Rule) -> Sequence[str] | None:
    return rule.params.get("requires") or None


def _spans(doc: Document, regex: re.Pattern[str], scope: str) -> list[tuple[int, int]]:
    out = []
    for m in regex.finditer(doc.text):
        block = doc.block_at(m.start())
        if block is not None and m.end() <= block.end and in_scope(block.kind, scope):
            out.append(m.span())
    return out


def check(doc: Document, rule: Rule) -> Iterator[Finding]:
    if not rule.prepared:
        rule.prepare()
    a, b = rule.state
    first, second = _spans(doc, a, rule.scope), _spans(doc, b, rule.scope)
    if not first or not second:
        return
    if rule.params.get("report", "other") == "minority" and len(first) < len(second):
        reported, other = first, second
    else:
        reported, other = second, first
    table = rule.params.get("translate")
    trans = str.maketrans(table) if table else None
    s, e = reported[0]
    o_s, o_e = other[0]
    here, there = doc.text[s:e], doc.text[o_s:o_e]
    message = f"{rule.message}：此处“{here}”，别处写作“{there}”（本文共{len(reported)}处此写法，{len(other)}处另一写法）"
    f = rule.finding(
        s,
        e,
        message,
        fix=here.translate(trans) if trans else None,
        related=[Related(o_s, o_e, f"另一写法“{there}”在此")],
    )
    if trans:
        f.edits = [(x, y, doc.text[x:y].translate(trans)) for x, y in reported[1:]]
    yield f
