"""Work the arithmetic checks share is done once per sentence, and the cheap tests that skip
work never skip a finding. Calls are counted, not timed."""

from __future__ import annotations

import pytest

from lint_news import arith
from lint_news.checks import arith_growth
from lint_news.config import Config
from lint_news.document import Document
from lint_news.engine import lint_document, select_rules
from lint_news.numbers import parse_quantities
from lint_news.rules import load_rules

# own sentences: a 从…到 change, a base after 比上年, a base stated on its own, a base stated
# in the sentence before, a whole referred back to by 这些…中
TEXT = (
    "全区游客从120万人次增加到150万人次，增长30%。"
    "今年完成投资126亿元，比上年的100亿元增长20%。"
    "一季度出口额为55亿元，同比增长10%，上年同期为48亿元。"
    "去年同期，该区生产总值为300亿元。今年该区生产总值为330亿元，同比增长15%。"
    "全县发放贷款150亿元。这些贷款中，小微企业获得90亿元，农户获得70亿元。"
)


def _rules(*ids: str) -> list:
    return [r for r in select_rules(load_rules(), Config()) if r.id in ids]


def _findings(text: str, *ids: str) -> list[tuple[str, int, int, str]]:
    doc = Document(text)
    return [(f.rule, f.start, f.end, f.message) for f in lint_document(doc, _rules(*ids))]


def test_growth_and_points_read_from_to_once_per_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[arith.Span] = []
    real = arith_growth._from_to

    def counted(span: arith.Span) -> list:
        calls.append(span)
        return real(span)

    monkeypatch.setattr(arith_growth, "_from_to", counted)
    doc = Document(TEXT)
    spans = arith.sentences(doc)
    list(lint_document(doc, _rules("growth-vs-values", "points-vs-percent")))
    assert len(calls) == len(spans)  # not once per check
    assert {id(s) for s in calls} == {id(s) for s in spans}


def test_shared_results_match_a_fresh_reading() -> None:
    """Each check alone (its own fresh sentences) finds what both find together."""
    both = _findings(TEXT, "growth-vs-values", "points-vs-percent")
    alone = _findings(TEXT, "growth-vs-values") + _findings(TEXT, "points-vs-percent")
    assert sorted(both) == sorted(alone)
    assert any(f[0] == "growth-vs-values" for f in both)  # the text has wrong changes


@pytest.mark.parametrize(
    "text",
    [
        "全县发放贷款150亿元。这些贷款中，小微企业获得90亿元，农户获得70亿元。",
        "全市有企业80家；上述企业中，民营企业50家，国有企业40家。",
        "全市共有学校120所，其中公办学校70所，民办学校60所。",
    ],
)
def test_parts_found_where_the_skips_look(text: str) -> None:
    assert _findings(text, "parts-vs-total")


@pytest.mark.parametrize(
    "text",
    [
        "全县发放贷款150亿元。小微企业获得90亿元，农户获得70亿元。",  # no 这些…中: no whole
        "全市有企业80家；民营企业50家，国有企业20家。",
    ],
)
def test_parts_silent_without_their_words(text: str) -> None:
    assert not _findings(text, "parts-vs-total")


def test_figure_parse_caches_do_not_leak_between_figures() -> None:
    """_steps and _cn_parse_core are cached: the same digits in other contexts still read
    by their own context (hedges, units, ranges)."""
    qs = parse_quantities("约300人，300多人，近300人，三百人，三百多人，两三百人，3万～5万元")
    got = [(q.text, q.lo, q.hi, q.direction) for q in qs]
    assert got == [
        ("约300人", 285.0, 315.0, "~"),
        ("300多人", 300.0, 400.0, ">"),
        ("近300人", 270.0, 300.0, "<"),
        ("三百人", 300.0, 300.0, "="),
        ("三百多人", 300.0, 400.0, ">"),
        ("两三百人", 200.0, 300.0, "range"),
        ("3万～5万元", 30000.0, 50000.0, "range"),
    ]


def test_parser_builds_the_same_quantities_as_the_dataclass() -> None:
    """The parser builds its records through the slots (numbers_values._make_quantity): equal,
    hashing alike and frozen, like ``Quantity(...)``."""
    import dataclasses

    from lint_news.numbers_values import Quantity

    for q in parse_quantities("约300人，近24万套，63.41%，2023年8月31日，3:1，五六万元"):
        twin = Quantity(*(getattr(q, f.name) for f in dataclasses.fields(Quantity)))
        assert q == twin and hash(q) == hash(twin) and repr(q) == repr(twin)
        with pytest.raises(dataclasses.FrozenInstanceError):
            q.start = 0  # type: ignore[misc]
        assert dataclasses.replace(q, end=q.end + 1).end == q.end + 1
