"""Check kinds ``facts`` and ``names``: copy against a desk's own reference facts.

``facts``: a figure whose sentence names a fact's subject and whose clause names its
attribute, right before the figure (长江全长6300余公里; 长江发源于…，全长6300余公里;
全长6300余公里的长江), in the fact's dimension (公里/千米/米, 亿元/万元), is compared with
the fact as intervals: hedges on both sides (近, 约, 余, 多) and rounding widen them, and
only a figure that cannot be the fact's value is reported. The fact compared is the one
valid at the year the sentence states, else at the article's date (front matter ``date:``,
a dateline with a full date, or ``--date``), else the newest standing one (no ``valid_to``),
and the message says so; a value of one period only (a year's GDP) is compared only with a
figure whose year is known. A quarter's or a month's figure is never compared.
A figure that merely stands near a subject (长江沿线的高速公路全长…) is left alone: the
subject must be the sentence's subject or stand right before the attribute.

``names``: a known wrong form of an official name, outside quotation marks, with a safe fix
to the canonical name.

Fact files come from the configuration (``facts:``) and ``--facts``; without any, both
kinds are silent. A rule's ``example_facts`` (inline entries in the fact-file format) are
used only when its own examples are run.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..context import about
from ..document import DATELINE, Document
from ..facts import Fact, FactBase, Name, load_facts
from ..findings import Finding
from ..patterns import lazy
from ..records import Frozen
from ..rules import Rule

if TYPE_CHECKING:
    from ..numbers import Quantity

PARAMS = {
    "facts": ("_files", "_date", "_examples", "example_facts"),
    "names": ("_files", "_date", "_examples", "example_facts"),
}
_FACT_FIELDS = ("subject", "attribute", "value", "stated", "id", "source", "when")
_NAME_FIELDS = ("wrong", "canonical", "source")

# what may stand between an attribute and its figure: a copula, a hedge, an adverb
_GAP = lazy(r"^(?:约|大约|总|共|已|已经|现|目前|仅|只)?(?:为|是|达|达到|有|计|长达|约为|超过|近)?$")
# what may stand between a subject and its attribute: nothing, 的, or a part named in passing
_JOIN = lazy(r"^(?:的|之|干流|干流的|的总|总)?$")
# opening adverbials a sentence may carry before its subject
_LEAD = lazy(
    r"^(?:(?:据[^，。]{0,20}|截至[^，。]{0,12}|目前|如今|现在|同时|此外|另外|其中|据悉|据了解|"
    r"数据显示|资料显示|统计显示|\d{4}年(?:\d{1,2}月)?(?:底|末|初)?)[，,]?)*"
)
_QUOTES = {"“": "”", "「": "」", "『": "』", '"': '"'}
_FULL_DATE = lazy(r"((?:19|20)\d{2})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})")


class State(Frozen):
    __slots__ = _fields = ("base", "date", "example_base")
    base: FactBase
    date: _dt.date | None
    example_base: FactBase

    def __init__(self, base: FactBase, date: _dt.date | None, example_base: FactBase) -> None:
        _set = object.__setattr__
        _set(self, "base", base)
        _set(self, "date", date)
        _set(self, "example_base", example_base)


def _inline(entries: Any) -> FactBase:
    """Facts written in the rule itself (its ``example_facts``), validated like a file."""
    from ..facts import FactError, facts_from_data

    if entries in (None, [], {}):
        return FactBase()
    if not isinstance(entries, dict):
        raise ValueError("'example_facts' must be a mapping with 'facts:' and/or 'names:'")
    try:
        return facts_from_data(entries, "example_facts")
    except FactError as exc:
        raise ValueError(f"example_facts (line {exc.line}): {exc.problem}") from None


def prepare(rule: Rule) -> State:
    files = rule.params.get("_files") or ()
    date = rule.params.get("_date")
    if date is not None and not isinstance(date, _dt.date):
        raise ValueError("'_date' must be a date")
    fields = _FACT_FIELDS if rule.kind == "facts" else _NAME_FIELDS
    rule.check_message_fields(fields)
    return State(
        load_facts(tuple(files)) if files else FactBase(),
        date,
        _inline(rule.params.get("example_facts")),
    )


def for_examples(rule: Rule) -> Rule:
    """The rule as its own examples run it: against its ``example_facts``."""
    from dataclasses import replace

    from ..rules import NOT_ASKED

    params = {k: v for k, v in rule.params.items() if k not in ("_files", "_date")}
    params["_examples"] = True
    out = replace(rule, params=params, prepared=False, state=None, needed=NOT_ASKED)
    return out


def _base(rule: Rule) -> FactBase:
    st: State = rule.state
    return st.example_base if rule.params.get("_examples") else st.base


def needs(rule: Rule) -> Sequence[str] | None:
    if not rule.prepared:
        rule.prepare()
    base = _base(rule)
    if rule.kind == "facts":
        return sorted({s for f in base.facts for s in f.subjects}) or ["\0"]
    return sorted({w for n in base.names for w in n.wrong}) or ["\0"]


# --------------------------------------------------------------------------------------
# The article's date


def article_date(doc: Document) -> _dt.date | None:
    """Front matter ``date:``, else a dateline (or an opening line) with a full date."""
    from ..frontmatter import article_date as front_matter_date

    day = front_matter_date(doc)
    if day is not None:
        return day
    for b in doc.blocks[:6]:
        t = b.text[:80]
        m = _FULL_DATE.search(t)
        if not m:
            continue
        rest = b.text[m.end() : m.end() + 2]
        if b.kind == DATELINE or rest[:1] in ("电", "讯") or rest.startswith("日电"):
            return _date(*m.groups())
        if len(b.text.strip()) <= 24:  # a line that is only a date (and a time or a source)
            return _date(*m.groups())
    return None


def _date(y: str, mo: str, d: str) -> _dt.date | None:
    try:
        return _dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None


# --------------------------------------------------------------------------------------
# facts


def _subject_before(text: str, ss: int, att_start: int, f: Fact) -> str | None:
    """The alias of ``f``'s subject that the attribute at ``att_start`` is said of."""
    head = text[ss:att_start]
    for alias in sorted(f.subjects, key=len, reverse=True):
        i = head.rfind(alias)
        if i >= 0 and _JOIN.match(head[i + len(alias) :]) and _starts_word(head, i):
            return alias
    # the attribute opens a later clause of a sentence whose subject is the fact's subject
    if not head or head[-1] not in "，,；;：:":
        return None
    lead = _LEAD.match(head)
    body = head[lead.end() if lead else 0 :]
    for alias in sorted(f.subjects, key=len, reverse=True):
        if body.startswith(alias):
            nxt = body[len(alias) : len(alias) + 1]
            if nxt in ("的", "之", "") or _word_goes_on(body, len(alias)):
                continue
            return alias
    return None


def _starts_word(head: str, i: int) -> bool:
    """The alias at ``i`` names the fact's subject itself: it is not the tail of a longer name
    (明|长城, 东|长江路) and no other place or organisation stands right before it (日本|全国,
    四川|全省: the whole of another country or province)."""
    if i == 0 or not ("\u4e00" <= head[i - 1] <= "\u9fff"):
        return True
    from .. import words

    lo = max(0, i - 6)
    pos, prev = lo, None
    for w, flag in words.tag(head[lo : i + 4]):
        if pos < i < pos + len(w):
            return False
        if pos + len(w) == i:
            prev = (w, flag)
        pos += len(w)
        if pos > i:
            break
    if prev and prev[1] in ("ns", "nt", "nz", "nr") and prev[0] not in ("中国", "我国"):
        return False
    return True


def _word_goes_on(body: str, n: int) -> bool:
    """The alias opening ``body`` is not the subject of its clause: it goes on as a longer
    word (黄河|路) or is only a modifier of a noun phrase with no predicate (长江|经济带,
    长江|沿线的城市). A clause that is the alias alone (长江，…) is a topic: it is the subject."""
    from .. import words

    clause = re.split(r"[，,；;：:]", body, maxsplit=1)[0]
    if len(clause) == n:
        return False
    pos = 0
    for w, flag in words.tag(clause):
        if pos < n < pos + len(w):
            return True  # the alias is cut inside a longer word
        if pos >= n and (flag[:1] in ("v", "p", "d") or w in ("是", "为")):
            return False  # a predicate follows: the alias is the subject
        pos += len(w)
    return True


def _subject_after(text: str, q_end: int, se: int, f: Fact) -> str | None:
    """全长6300余公里的长江: the figure modifies the subject that follows."""
    tail = text[q_end:se]
    if not tail.startswith("的"):
        return None
    for alias in sorted(f.subjects, key=len, reverse=True):
        if tail[1:].startswith(alias):
            return alias
    return None


def _attribute(text: str, cs: int, q_start: int, f: Fact) -> tuple[str, int] | None:
    before = text[cs:q_start]
    for att in sorted(f.attributes, key=len, reverse=True):
        i = before.rfind(att)
        if i >= 0 and _GAP.match(before[i + len(att) :]):
            return att, cs + i
    return None


_HAS = lazy(r"^(?:的|之)?(?:拥有|有|共有|具有)(?:约|大约)?$")


def _attribute_after(
    text: str, ss: int, q_start: int, q_end: int, se: int, f: Fact
) -> tuple[str, int] | None:
    """我国拥有1.8万多公里的大陆海岸线: subject, 拥有, the figure, 的 and the attribute."""
    tail = text[q_end:se]
    if not tail.startswith("的"):
        return None
    for att in sorted(f.attributes, key=len, reverse=True):
        if tail[1:].startswith(att):
            head = text[ss:q_start]
            for alias in sorted(f.subjects, key=len, reverse=True):
                i = head.rfind(alias)
                if i >= 0 and _HAS.match(head[i + len(alias) :]) and _starts_word(head, i):
                    return att, q_end
    return None


def _compatible(q: Quantity, f: Fact) -> bool:
    if not q.unit or q.kind != "quantity":
        return False
    return q.dim == f.dim


def _in_fact_unit(q: Quantity, f: Fact) -> tuple[float, float] | None:
    if q.unit == f.unit:
        return q.lo, q.hi
    from ..units import base_factor

    try:
        fq, bq = base_factor(q.unit)
        ff, bf = base_factor(f.unit)
    except Exception:  # a unit pint does not know: not comparable
        return None
    if bq != bf or not ff:
        return None
    return q.lo * fq / ff, q.hi * fq / ff


def _year(period_year: str | None, article: _dt.date | None) -> int | None:
    if period_year and period_year.isdigit():
        return int(period_year)
    if period_year and article:
        offset = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2}.get(period_year)
        if offset is not None:
            return article.year + offset
    return None


def _applicable(
    group: Sequence[Fact], year: int | None, day: _dt.date | None
) -> tuple[list[Fact], str]:
    if year is not None:
        return [f for f in group if f.valid_in_year(year)], f"按{year}年数值"
    if day is not None:
        return [f for f in group if f.valid_on(day)], f"按{day.isoformat()}有效数值"
    # no date anywhere: the newest standing value; a value of one period only (a year's GDP,
    # valid_to set) says nothing about a figure whose period the copy does not give
    standing = [f for f in group if f.valid_to is None]
    if not standing:
        return [], ""
    return [max(standing, key=lambda f: f.valid_from or _dt.date.min)], "文章无日期，按最新数值"


def _fmt(v: float) -> str:
    return f"{v:.6g}"


def _check_facts(doc: Document, rule: Rule, base: FactBase) -> Iterator[Finding]:
    text = doc.text
    state: State = rule.state
    day = state.date or article_date(doc)
    for q in doc.quantities:
        if q.kind != "quantity" or not q.unit:
            continue
        a = None
        for group in base.groups:
            f0 = group[0]
            if not _compatible(q, f0):
                continue
            if a is None:
                a = about(doc, q)
            ss, se = a.sentence
            cs, _ce = a.clause
            att = _attribute(text, cs, q.start, f0)
            if att is not None:
                subj = _subject_before(text, ss, att[1], f0) or _subject_after(text, q.end, se, f0)
                if subj is None:
                    continue
            else:
                att = _attribute_after(text, ss, q.start, q.end, se, f0)
                if att is None:
                    continue
            said = a.own.sentence_period if a.own else None
            if said is not None and said.span not in (None, "M1-12"):
                continue  # a quarter's or a month's figure: the facts are standing values
            year = _year(said.year if said is not None else None, day)
            facts, when = _applicable(group, year, day)
            if not facts:
                continue
            hit = False
            for f in facts:
                iv = _in_fact_unit(q, f)
                if iv is None:
                    hit = True  # not comparable: say nothing
                    break
                lo, hi = iv
                if lo <= f.hi and f.lo <= hi:
                    hit = True
                    break
            if hit:
                continue
            f = facts[0]
            msg = rule.message.format(
                subject=f.subject,
                attribute=att[0],
                value=f.value,
                stated=text[q.start : q.end],
                id=f.id,
                source=f.source,
                when=when,
            )
            yield rule.finding(q.start, q.end, msg)


# --------------------------------------------------------------------------------------
# names


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch in "\n":
            stack.clear()
        elif stack and ch == _QUOTES[stack[-1][0]] and (ch != '"' or stack[-1][0] == '"'):
            spans.append((stack.pop()[1], i + 1))
        elif ch in _QUOTES and ch != '"' or (ch == '"' and not stack):
            stack.append((ch, i))
    return spans


def _check_names(doc: Document, rule: Rule, base: FactBase) -> Iterator[Finding]:
    text = doc.text
    quoted: list[tuple[int, int]] | None = None
    variants: list[tuple[str, Name]] = sorted(
        ((w, n) for n in base.names for w in n.wrong), key=lambda x: -len(x[0])
    )
    taken: list[tuple[int, int]] = []
    for wrong, n in variants:
        i = text.find(wrong)
        while i >= 0:
            j = i + len(wrong)
            inside_canonical = text.startswith(n.canonical, i) or any(
                text.startswith(n.canonical, k)
                for k in range(max(0, i - len(n.canonical)), i + 1)
                if k + len(n.canonical) >= j
            )
            if not inside_canonical and not any(s < j and i < e for s, e in taken):
                if quoted is None:
                    quoted = _quoted_spans(text)
                if not any(s <= i and j <= e for s, e in quoted):
                    taken.append((i, j))
                    msg = rule.message.format(wrong=wrong, canonical=n.canonical, source=n.source)
                    yield rule.finding(i, j, msg, fix=n.canonical)
            i = text.find(wrong, i + 1)


def check(doc: Document, rule: Rule) -> Iterator[Finding]:
    base = _base(rule)
    if not base:
        return
    if rule.kind == "facts":
        yield from _check_facts(doc, rule, base)
    else:
        yield from _check_names(doc, rule, base)
