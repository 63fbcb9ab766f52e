"""The value classes start13 wrote out by hand (lint_news/records.py: no ``@dataclass``
generated at import) behave as the dataclasses they replace: constructor and defaults,
repr, equality, hashing, immutability, copying and pickling."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import field, make_dataclass
from typing import Any

import pytest

from lint_news import arith, findings, records
from lint_news.checks import (
    facts,
    headline_figures,
    pairs,
    quantity_consistency,
    truncation,
    truncation_joint,
    word_list,
)
from lint_news.document import Block, Document, Sentence, _Line
from lint_news.facts import FactBase
from lint_news.source import Source

from .test_records import behaves_as_dataclass

BLOCKS = Document("第一段写到一半\n\n下半句接着写完。\n").blocks
FB = FactBase()
BREAK_DEFAULTS = [
    ("cont", None),
    ("evidence", ""),
    ("score", 0.0),
    ("strength", 0.0),
    ("tail", 0.0),
    ("joint", 0.0),
    ("own", 0.0),
    ("title_like", False),
    ("skip", False),
    ("sentence_like", False),
    ("marked", False),
    ("lead", False),
    ("clause_line", False),
    ("dangling", False),
]

SOURCE_DEFAULTS = [
    ("encoding", "utf-8"),
    ("bom", False),
    ("newline", "\n"),
    ("input_format", "text"),
    ("hints", ()),
]
SPAN_HIDDEN = ("_seps", "prev", "_starts", "_memo")
# class -> (the dataclass it was: fields as make_dataclass takes them, frozen, slots), samples
CASES: list[tuple[type, list[Any], bool, bool, list[tuple[tuple, dict]]]] = [
    (
        word_list.Entry,
        ["wrong", "fix", "not_before", "not_after"],
        True,
        True,
        [(("其它", "其他", None, None), {}), (("象", "像", re.compile("[征]"), None), {})],
    ),
    (
        facts.State,
        ["base", "date", "example_base"],
        True,
        True,
        [((FB, None, FB), {}), ((FB, __import__("datetime").date(2024, 5, 1), FB), {})],
    ),
    (
        quantity_consistency.Params,
        ["slip", "min_shared_title", "min_shared_body", "min_shared_page", "min_digits"],
        True,
        True,
        [(("warning", 1, 2, 3, 2), {}), (("error", 0, 0, 0, 0), {})],
    ),
    (
        quantity_consistency.Pair,
        ["slip", "first", "second", "diff", ("weak", Any, field(default=False))],
        True,
        True,
        [(("a", 1, 2, "数值不同"), {}), (("b", 3, 4, "单位不同", True), {}), (("c", 5, 6, ""), {})],
    ),
    (
        headline_figures.Params,
        ["tolerance", "min_body_chars", "skip_units"],
        True,
        True,
        [((0.05, 80, frozenset({"岁"})), {}), ((0.0, 0, frozenset()), {})],
    ),
    (
        pairs.Problem,
        ["pos", "mark", "unclosed"],
        False,
        True,
        [((3, "“", True), {}), ((0, "）", False), {})],
    ),
    (
        arith.Interval,
        ["lo", "hi"],
        True,
        True,
        [((1.0, 2.0), {}), ((-0.5, 0.5), {}), ((3, 3), {})],
    ),
    pytest.param(  # (compiled with mypyc, a Break has no __dict__: tests/conftest.py)
        truncation_joint.Break,
        ["block", "reason"] + [(n, Any, field(default=d)) for n, d in BREAK_DEFAULTS],
        False,
        False,
        [
            ((BLOCKS[0], "no-mark"), {}),
            ((BLOCKS[0], "cut", BLOCKS[1], "词被截断", 0.8), {"lead": True, "dangling": True}),
        ],
        marks=pytest.mark.pure,
    ),
    (
        truncation.Analysis,
        [
            ("breaks", Any, field(default_factory=list)),
            ("fragments", Any, field(default_factory=list)),
        ],
        False,
        False,
        [((), {}), (([1, 2],), {}), ((), {"fragments": [(BLOCKS[1], "半句")]})],
    ),
    (
        Sentence,
        ["start", "end", "text"],
        False,
        True,
        [((0, 5, "第一句。"), {}), ((5, 9, "第二句"), {})],
    ),
    (
        Block,
        ["index", "start", "end", "text", ("kind", Any, field(default="paragraph"))]
        + [("hint", Any, field(default="")), ("_sentences", Any, field(default=None, repr=False))],
        False,
        True,
        [
            ((0, 0, 4, "标题"), {}),
            ((1, 5, 9, "正文", "title", "h1"), {}),
            ((2, 0, 1, "甲"), {"_sentences": []}),
        ],
    ),
    (
        _Line,
        ["pieces", "hint"],
        False,
        True,
        [(([(0, 3)], ""), {}), (([], "blank"), {})],
    ),
    (
        arith.Span,
        ["start", "end", "text", "block_kind", "quantities"]
        + [("ratios", Any, field(default_factory=list))]
        + [(n, Any, field(default=None, repr=False, compare=False)) for n in SPAN_HIDDEN],
        False,
        True,
        [
            ((0, 6, "增长3%", "paragraph", [3]), {}),
            ((0, 6, "增长3%", "paragraph", [3], [1]), {"_seps": [2], "_memo": {"a": 1}}),
            ((0, 6, "增长3%", "paragraph", [3]), {"prev": None, "_starts": [0]}),
        ],
    ),
    (
        Source,
        ["path", "text", "markdown"] + [(n, Any, field(default=d)) for n, d in SOURCE_DEFAULTS],
        True,
        True,
        [
            (("a.txt", "正文", False), {}),
            (("b.md", "# 题\n", True, "gb18030", True, "\r\n", "markdown"), {}),
            (("c.docx", "甲\n乙", False), {"input_format": "docx", "hints": ("h1", "")}),
        ],
    ),
    (
        findings.Finding,
        ["rule", "category", "severity", "message", "start", "end"]
        + [("fix", Any, field(default=None))]
        + [(n, Any, field(default_factory=list)) for n in ("related", "edits")],
        False,
        True,
        [
            (("dup-word", "repetition", findings.Severity.WARNING, "重复", 3, 5), {}),
            (("x", "quantity", findings.Severity.ERROR, "数量", 0, 2, "二"), {}),
            (
                ("y", "typography", findings.Severity.INFO, "半角", 1, 2, "，"),
                {"related": [findings.Related(5, 6, "又一处")], "edits": [(8, 9, "，")]},
            ),
        ],
    ),
]


def _reference(cls: type, spec: list, frozen: bool, slots: bool) -> type:
    ref = make_dataclass(cls.__name__, spec, frozen=frozen, slots=slots)
    ref.__qualname__ = cls.__qualname__
    return ref


@pytest.mark.parametrize(
    "cls, spec, frozen, slots, samples", CASES, ids=lambda c: getattr(c, "__qualname__", "")
)
def test_a_written_out_class_behaves_as_its_dataclass(cls, spec, frozen, slots, samples):
    behaves_as_dataclass(cls, _reference(cls, spec, frozen, slots), frozen, samples)


def test_default_lists_are_not_shared():
    a, b = truncation.Analysis(), truncation.Analysis()
    a.breaks.append(1)
    a.fragments.append(2)
    assert b.breaks == [] and b.fragments == []
    f, g = (findings.Finding("r", "quantity", findings.Severity.INFO, "m", 0, 1) for _ in "fg")
    f.related.append(findings.Related(0, 1, "首次出现"))
    f.edits.append((2, 3, "x"))
    assert g.related == [] and g.edits == []
    assert records.replace(f).related is f.related  # (shallow, as dataclasses.replace)


def test_records_replace_gives_what_dataclasses_replace_gives():
    ref = _reference(
        Source,
        ["path", "text", "markdown"] + [(n, Any, field(default=d)) for n, d in SOURCE_DEFAULTS],
        True,
        True,
    )
    mine = Source("x.txt", "正文", False, newline="\r\n")
    theirs = ref("x.txt", "正文", False, newline="\r\n")
    for changes in ({}, {"path": "显示名.txt"}, {"path": "y", "bom": True, "hints": ("h2",)}):
        got, want = records.replace(mine, **changes), dataclasses.replace(theirs, **changes)
        assert repr(got) == repr(want) and type(got) is Source
        assert got is not mine
    assert mine.path == "x.txt"  # the original is left as it was
    with pytest.raises(TypeError):
        records.replace(mine, colour="red")
