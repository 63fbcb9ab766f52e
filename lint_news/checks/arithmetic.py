"""Check kinds of category ``arithmetic``: figures of one family that do not compute.

Families are read by the roles of their figures (whole, part, share, rate, base, value), not by
the punctuation of one phrasing; one module per family:

- ``rate-vs-counts`` (``arith_rate``): a rate (完成率90%, any X率 tied to its part, 占比/比例/
  比重, 占总数的25%, 完成全年…目标的89%) against the part and whole it comes from; the rate
  may come before its counts (入住率为75%，共有床位3200张，已入住2100张, or the counts opening
  the next sentence), the whole may end the sentence before (…共有学校120所。其中…，占90%).
- ``parts-vs-total`` (``arith_parts``): parts summed to a total (分别…合计, A，B，合计T, 合计T，
  包括…, 共T，分别为…) and exhaustive splits that do not give it; parts after 其中 or a whole
  named by …中 that exceed it, alone or together; a whole referred back to (这些/上述/以上…中
  opening the next sentence or the clause after ；); a whole whose words list the kinds its
  parts count (接待国内、国际游客…，其中国内…，国际…) is split exhaustively.
- ``shares`` (``arith_shares``, ``arith_share_lists``): shares of one whole (男/女, 城/乡, 三次
  产业, 其余, 构成, a:b:c) that do not sum to 100%, categories of one whole above 100%, a share
  above 100%; the answers of one set of respondents to one question (表示满意的 / 不满意的,
  62%的人认为…, “基本满意”的) and the grades of one scale (一级/二级, Ⅰ～Ⅲ类/劣Ⅴ类) above 100%.
- ``growth-vs-values`` (``arith_growth``): a growth rate, 倍 or 翻番 against the base and the
  value (由A到B; B，比上年的A增长; B…，上年同期为A in this or the next sentence); an increment
  and a rate against the level.
- ``points-vs-percent`` (``arith_growth``): a rate that moves from a% to b% and a change stated
  in % that is the difference in points (or matches neither reading).

Every check works on the figures of one sentence (``arith.sentences``, with the sentence before
as ``Span.prev``) as intervals (``arith.interval``) and reports only when no reading of hedges
and rounding is consistent. Helpers shared by the families are in ``arith_common``.
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
    spans = sentences(doc)
    if not spans:
        return
    fn = _CHECKS[rule.kind]
    scope = rule.scope
    pairs = rule.kind in _PAIRS
    for span in spans:
        if pairs and span.prev is None and len(span.quantities) < 2:
            continue  # (see _PAIRS: no second figure to weigh the one against)
        if scope == "any" or in_scope(span.block_kind, scope):
            yield from fn(span, rule)


# The families that weigh a figure only against another figure of its sentence or of the
# sentence before (``Span.prev``): nothing to report in a sentence with one figure and no
# sentence before it. growth-vs-values and points-vs-percent read pairs (from A to B, B and
# its base, B and the change after it: two figures of the span, or a base in ``prev``);
# parts-vs-total weighs parts against a whole (``_judge`` skips the whole itself among its
# parts, ``分别`` and a sum need two parts); rate-vs-counts weighs a rate (a percentage)
# against counts (amounts: never a percentage) of its sentence, or of ``prev``. Not shares
# (one share above 100% is reported alone).
_PAIRS = frozenset(("parts-vs-total", "growth-vs-values", "points-vs-percent", "rate-vs-counts"))


_CHECKS: dict[str, Callable[[Span, Rule], Iterator[Finding]]] = {
    "rate-vs-counts": check_rate,
    "parts-vs-total": check_parts,
    "shares": check_shares,
    "growth-vs-values": check_growth,
    "points-vs-percent": check_points,
}
