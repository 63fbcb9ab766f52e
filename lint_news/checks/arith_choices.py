"""Shares of the people who chose one kind of one thing (part of ``shares``).

受访者中租住楼房的人占了总数的40%，租住平房的人占了总数的65%: the groups are named by one
act (租住) on kinds of one thing (楼房 / 平房: one head, 房), so each member of the whole falls
in one group and the shares cannot sum to more than 100%. Acts on different things (使用移动支付
/ 使用银行卡), statements agreed with one by one (认为应加强监管 / 认为应提高罚款), questions that
allow several answers (可多选) and cumulative groups (两套以上) are left alone.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from ..arith import Span
from ..findings import Finding
from ..patterns import lazy
from ..rules import Rule
from .arith_common import CJK, hundred_finding, share_runs
from .arith_share_lists import _MULTI as MULTI

# a share of a group named by what it did: 租住楼房的人占了总数的40%, 选择骑车出行的占35%
_CHOICE = lazy(
    rf"(?:^|[，,；;：:、]|中|里)\s*(?:而|则|另有|其中)?(?P<label>[{CJK}A-Za-z0-9]{{3,12}}?)的"
    r"(?:人|人群|受访者|被调查者|用户|家庭|消费者|购房者|市民|居民|网友|学生|家长|游客|企业)?"
    r"(?:则|也|只|仅)?(?:占了|占到|占)(?:(?P<whole>[^，,；;。、]{1,8}?)的)?(?:比例|比重)?"
    r"(?:为|是|达到|达|约为|约)?\s*$"
)
# the whole the groups split: …中 before the first share, or one whole named after 占 by each
_SCOPE = lazy(r"中|里|调查|受访|问卷")
_NOT_CHOICE = lazy(
    r"以上|以下|至少|最多|多于|少于|超过|不到|不足|[和及与或、]|同时|也|还|都|均|认为|表示|觉得"
)


def _choice(span: Span, q) -> tuple[str, str, int] | None:
    """(label, whole, where the label starts) of a share of the group that chose one thing."""
    pre = span.before(q.start, 28, clause=False)
    m = _CHOICE.search(pre)
    if m is None:
        return None
    label = re.split(r"中|里", m.group("label"))[-1]  # 被调查者中购买新房 -> 购买新房
    if len(label) < 3 or _NOT_CHOICE.search(label):
        return None
    at = q.start - len(pre) + m.end("label") - len(label)
    return label, (m.group("whole") or ""), at


# acts by which a member takes one of the kinds (a purchase, a choice, where one lives or works);
# holding or using (持有A股 / 持有B股, 使用…) may take several and is left alone
_ONE_OF = lazy(
    r"选择|首选|选购|购买|购置|买了|打算|倾向|偏好|拥有|居住|住在|租住|租用|来自|就读|从事|属于|出行"
)


def _kinds_of_one(labels: list[str]) -> bool:
    """One act (a common start) on kinds of one thing (a common end), each named otherwise."""
    act = os.path.commonprefix(labels)
    rests = [x[len(act) :] for x in labels]
    if len(act) < 2 or any(len(r) < 2 for r in rests) or not _ONE_OF.search(act):
        return False
    head = os.path.commonprefix([r[::-1] for r in rests])[::-1]
    kinds = [r[: len(r) - len(head)] for r in rests]
    return bool(head) and all(kinds) and len(set(kinds)) == len(kinds)


_CHOICE_JOIN = lazy(r"[，,；;、\s]*(?:而|则)?")


def choice_shares(span: Span, rule: Rule, done: set[int]) -> Iterator[Finding]:
    """Shares of the groups that chose kinds of one thing, in consecutive clauses, above 100%."""
    slack: float = rule.state
    if "占" not in span.text or "的" not in span.text:
        return
    context = span.text + (span.prev.text if span.prev is not None else "")
    if MULTI.search(context):
        return
    runs = share_runs(span, _choice, _CHOICE_JOIN)
    for qs, labs, named in runs:
        if any(x.start in done for x in qs) or not _kinds_of_one(labs):
            continue
        lead = span.between(span.start, qs[0].start)
        one_whole = len(named) == 1 and "" not in named
        if not (one_whole or (named == {""} and _SCOPE.search(lead))):
            continue  # no whole both shares are of
        over = hundred_finding(rule, qs, slack, False, "同一整体中选择同类不同项的占比合计超过100%")
        if over is not None:
            done.add(qs[-1].start)
            yield over
