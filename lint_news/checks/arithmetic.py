"""Check kinds of category ``arithmetic``: figures of one family that do not compute.

- ``rate-vs-counts``: a rate (完成率90%, 占总数的25%) against the part and total it comes from.
- ``parts-vs-total``: 分别…合计 lists that do not add up; 其中 parts larger than their total.
- ``shares``: complementary shares (男/女, 城镇/农村, 其余) that do not sum to 100%; a share of a
  whole above 100%.
- ``growth-vs-values``: 由A增长到B with a growth rate, 倍 or 翻番 that B/A does not give; an
  increment and a growth rate against the stated level.
- ``points-vs-percent``: a rate that moves from a% to b% and a change stated in % that is the
  difference in points (or matches neither reading).

Every check works on the figures of one sentence (``arith.sentences``) as intervals
(``arith.interval``) and reports only when no reading of hedges and rounding is consistent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..arith import Span, sentences
from ..document import Document, in_scope
from ..findings import Finding
from ..rules import Rule
from .arith_growth import check_growth, check_points
from .arith_parts import check_parts
from .arith_rate import check_rate
from .arith_shares import check_shares

KINDS = ("rate-vs-counts", "parts-vs-total", "shares", "growth-vs-values", "points-vs-percent")
PARAMS = {k: ("slack",) for k in KINDS}


def prepare(rule: Rule) -> float:
    slack = rule.params.get("slack", 0)
    if isinstance(slack, bool) or not isinstance(slack, (int, float)) or slack < 0:
        raise ValueError(
            "'slack' must be a number >= 0 (extra tolerance: percentage points, or a fraction for sums)"
        )
    return float(slack)


def check(doc: Document, rule: Rule) -> Iterator[Finding]:
    fn = _CHECKS[rule.kind]
    for span in sentences(doc):
        if not in_scope(span.block_kind, rule.scope):
            continue
        yield from fn(span, rule)


_CHECKS: dict[str, Callable[[Span, Rule], Iterator[Finding]]] = {
    "rate-vs-counts": check_rate,
    "parts-vs-total": check_parts,
    "shares": check_shares,
    "growth-vs-values": check_growth,
    "points-vs-percent": check_points,
}
