"""Session 15's measuring tools (spd15, issue 12): how ``benchmarks/inclusive.py`` charges
the instructions between two marks to the functions open there."""

from __future__ import annotations

import sys
from pathlib import Path

_BENCH = str(Path(__file__).resolve().parent.parent / "benchmarks")


def _inclusive():  # type: ignore[no-untyped-def]
    if _BENCH not in sys.path:
        sys.path.insert(0, _BENCH)
    import inclusive

    return inclusive


def test_nested_calls_charge_the_caller_inclusively_and_the_callee_alone() -> None:
    attribute = _inclusive().attribute
    events = [
        ("+", "copy"),  # then 5 in the copy itself
        ("+", "score"),  # 3 in score
        ("+", "gain"),  # 1 in gain
        ("-", "gain"),  # 4 in score
        ("+", "gain"),  # 2 in gain
        ("-", "gain"),  # 11 in score
        ("-", "score"),  # 7 in the copy
        ("-", "copy"),
    ]
    # (segment k: the count between mark k and mark k + 1)
    inclusive, own, calls = attribute(events, [5, 3, 1, 4, 2, 11, 7])
    assert (inclusive["gain"], own["gain"], calls["gain"]) == (3, 3, 2)
    assert (inclusive["score"], own["score"], calls["score"]) == (21, 18, 1)
    assert (inclusive["copy"], own["copy"], calls["copy"]) == (33, 12, 1)


def test_a_recursive_target_is_charged_once_per_segment() -> None:
    attribute = _inclusive().attribute
    events = [("+", "f"), ("+", "f"), ("-", "f"), ("-", "f")]
    inclusive, own, calls = attribute(events, [2, 5, 7])
    assert inclusive["f"] == 14 and own["f"] == 14 and calls["f"] == 2
