"""The value classes written out by hand (lint_news/records.py) behave as the dataclasses
they replace: the same constructor, defaults, repr, equality, hashing and immutability."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import field, make_dataclass
from typing import Any

import pytest

from lint_news import config, context, facts, filters, findings, split

P0, P1 = context.Period("2023", "M1-7", "今年1至7月"), context.Period(None, "ytd")

# class -> (the dataclass it was: fields as make_dataclass takes them, frozen), samples
N0 = facts.Name("国家知识产权局", ("国家知识产权署",), "机构名录", "f.yaml", 3)
F0 = (
    "g1",
    ("甲县",),
    ("面积",),
    "120平方公里",
    118.0,
    122.0,
    "平方公里",
    "[area]",
    "年鉴",
    None,
    None,
    "f.yaml",
    9,
)
SLOTLESS = {facts.Fact, facts.Name, facts.FactBase, config.Config}
CONFIG_FIELDS = [
    ("path", None),
    ("select", ()),
    ("ignore", ()),
    ("severity", ()),
    ("rules", ()),
    ("exclude", ()),
    ("allow", ()),
    ("fail_on", None),
    ("per_file_ignores", ()),
    ("facts", ()),
    ("date", None),
]

CASES: list[tuple[type, list[Any], bool, list[tuple[tuple, dict]]]] = [
    (
        findings.Related,
        ["start", "end", "message"],
        True,
        [((3, 9, "接续的下半句"), {}), ((0, 0), {"message": "首次出现"})],
    ),
    (
        config.Config,
        [(n, Any, field(default=d)) for n, d in CONFIG_FIELDS],
        True,
        [((), {}), (("/x/.lint-news.yaml", ("dates",)), {"date": "2024-05-01"}), ((None,), {})],
    ),
    (
        split.Window,
        ["first", "last", "ctx_first", "ctx_last"],
        True,
        [((0, 4, 0, 6), {}), ((4, 9, 2, 11), {})],
    ),
    (
        filters._Directive,
        ["kind", "names", "offset", "line", "start", "end", ("used", Any, field(default=False))],
        False,
        [
            (("range", frozenset(), 3, 1, 5, 90), {}),
            (("next-line", frozenset({"dates"}), 0, 2, 9, 20, True), {}),
        ],
    ),
    (
        facts.Fact,
        "id subjects attributes value lo hi unit dim source valid_from valid_to file line".split(),
        True,
        [(F0, {}), (F0[:9] + (__import__("datetime").date(2020, 12, 8), None, "g.yaml", 2), {})],
    ),
    (
        facts.Name,
        ["canonical", "wrong", "source", "file", "line"],
        True,
        [
            (("国家知识产权局", ("国家知识产权署",), "机构名录", "f.yaml", 3), {}),
            (("甲", (), "", "", 0), {}),
        ],
    ),
    (
        facts.FactBase,
        [("facts", Any, field(default=())), ("names", Any, field(default=()))],
        True,
        [((), {}), (((), (N0,)), {}), ((), {"names": (N0, N0)})],
    ),
    (
        context.Period,
        [("year", Any, field(default=None)), ("span", Any, field(default=None))]
        + [("text", Any, field(default=""))],
        True,
        [((), {}), (("2023", "M1-7", "今年1至7月"), {}), (("去年",), {"text": "去年"})],
    ),
    (
        context.Own,
        ["period", "qualifiers", "sentence_period"],
        True,
        [((P0, {"scope": "全县"}, P1), {}), ((P1, {}, P1), {})],
    ),
    (
        context.Words,
        ["near", "after", "sentence", "subjects"]
        + [(n, Any, field(default=frozenset())) for n in ("core", "verbs", "clause")]
        + [("named", Any, field(default=False))],
        True,
        [
            ((("新建", "学校"), ("所",), frozenset({"学校"}), frozenset()), {}),
            (
                (("增长",), (), frozenset(), frozenset({"益阳"}), frozenset({"产值"})),
                {"named": True},
            ),
        ],
    ),
    (
        context.Match,
        ["same", "reason", ("shared", Any, field(default=frozenset()))],
        True,
        [((True, "ok", frozenset({"学校"})), {}), ((False, "period"), {})],
    ),
    (
        context.About,
        ["start", "end", "block", "sentence", "clause", "left", "right", "period", "qualifiers"]
        + ["title", ("aspect", Any, field(default="")), ("bare", Any, field(default=False))]
        + [("own", Any, field(default=None)), ("words", Any, field(default=None, repr=False))],
        False,
        [
            ((3, 5, None, (0, 9), (2, 8), "新建", "所", P0, {}, False), {}),
            ((3, 5, None, (0, 9), (2, 8), "全长", "", P1, {"per": "人均"}, True, "长"), {}),
            ((0, 2, None, (0, 4), (0, 4), "", "", P1, {}, True), {"bare": True, "words": 1}),
        ],
    ),
]


def _hash(x: object) -> int | str:
    try:
        return hash(x)
    except TypeError as exc:
        return str(exc)


def _reference(cls: type, spec: list, frozen: bool) -> type:
    ref = make_dataclass(cls.__name__, spec, frozen=frozen, slots=cls not in SLOTLESS)
    ref.__qualname__ = cls.__qualname__
    return ref


@pytest.mark.parametrize(
    "cls, spec, frozen, samples", CASES, ids=lambda c: getattr(c, "__name__", "")
)
def test_a_written_out_class_behaves_as_its_dataclass(cls, spec, frozen, samples):
    behaves_as_dataclass(cls, _reference(cls, spec, frozen), frozen, samples)


def behaves_as_dataclass(cls: type, ref: type, frozen: bool, samples: list) -> None:
    """``cls`` (written out on ``records``) behaves as ``ref``, the dataclass of its fields:
    fields, repr, equality, hash, slots, pickle and copy, frozenness, unknown arguments."""
    names = [f.name for f in dataclasses.fields(ref)]
    mine = [cls(*a, **k) for a, k in samples]
    theirs = [ref(*a, **k) for a, k in samples]
    for m, t in zip(mine, theirs, strict=True):
        assert [getattr(m, n) for n in names] == [getattr(t, n) for n in names]
        assert repr(m) == repr(t)
        assert m == cls(*[getattr(m, n) for n in names])  # equal fields: equal
        assert m != t and (m == t) is False  # another class: never equal (as a dataclass)
        assert hasattr(m, "__dict__") == hasattr(t, "__dict__")  # slots or not
        for again in (pickle.loads(pickle.dumps(m)), copy.copy(m), copy.deepcopy(m)):
            assert type(again) is cls and again == m and repr(again) == repr(m)
        if frozen:
            assert _hash(m) == _hash(t)  # (the fields' hash, or TypeError for a dict)
            with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign"):
                setattr(m, names[0], "x")
            with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete"):
                delattr(m, names[0])
        else:
            with pytest.raises(TypeError):
                hash(m)
            setattr(m, names[0], "改")  # a mutable one
            setattr(t, names[0], "改")  # (both changed: the pairs compared below stay alike)
            assert getattr(m, names[0]) == "改"
    for i, a in enumerate(mine):  # equality follows the fields, in order
        for j, b in enumerate(mine):
            assert (a == b) == (theirs[i] == theirs[j])
    with pytest.raises(TypeError):
        cls(*samples[-1][0], **samples[-1][1], unknown=1)
