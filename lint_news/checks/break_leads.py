"""An article's lead cut short (issue 9, break-lost): the first body paragraph, opening
with a dateline and a sentence, that stops without a final mark, and a dateline alone on its
line over a paragraph that opens with its reporter's credit. Split from ``break_heads``
(which reads what a lead's opening is: ``lead_begun``) when that module reached 1,000 lines.
"""

from __future__ import annotations

import re

from ..document import DATELINE, LIST_ITEM, PARAGRAPH, Block
from ..patterns import lazy
from .break_heads import _END_CREDIT, _FINAL, _LEAD_HEAD, lead_begun

CUT_LEAD_LEN = 12


def cut_lead(b: Block, blocks: list[Block]) -> bool:
    """Is the block an article's lead - its first body paragraph, opening with a dateline or
    source (本报讯…, 新浪体育讯…, 新华网北京…电) and a sentence after it - that stops without
    a final mark (…带病出席的著名演员; …本届联赛的洛杉矶湖)? A lead is running text and ends
    with a full stop even where later lines of the page (links, prices) do not; a dateline
    alone on its line (本报讯, 新华社北京1月2日电) or with a byline only is left alone."""
    if b.kind != PARAGRAPH or b.index == 0:
        return False
    t = b.text.strip()
    if len(t) < CUT_LEAD_LEN or t[-1] in _FINAL or t[-1] in "“‘《（(【":
        return False
    if any(x.kind in (PARAGRAPH, LIST_ITEM) for x in blocks[: b.index]):
        return False  # not the first paragraph of the text
    last = re.split(r"[。！？!?]", _LEAD_HEAD.sub("", t, count=1))[-1]
    if _END_CREDIT.search(last.strip()) or re.search(r"\s{2,}|[\[\]【】|]", last):
        return False  # …。图库供稿; …。我要评论; related headlines after the lead
    return lead_begun(t)


def dateline_cut(b: Block, blocks: list[Block]) -> bool:
    """Is the block a dateline alone on its line (本报讯, 新华社北京1月2日电) right before a
    paragraph that opens with its reporter's credit ((记者某某)近日…, 记者某某报道：…)? A
    dateline and its byline run on in the lead's first line; cut apart, the dateline is the
    head of a broken lead. A dateline over a paragraph that opens otherwise is left alone."""
    if b.kind != DATELINE or b.index + 1 >= len(blocks):
        return False
    nxt = blocks[b.index + 1]
    return nxt.kind == PARAGRAPH and _REPORTER_CREDIT.match(nxt.text) is not None


# a paragraph that opens with a reporter's credit: (记者某某), （本报记者某某 实习生某某）,
# 记者某某报道：
_REPORTER_CREDIT = lazy(
    r"^[\s\u3000]*(?:[（(][\s\u3000]*(?:本报|新华社|中新社)?(?:特派|驻[^\s（()）]{1,6})?记者"
    r"(?!手记|观察|调查|述评)[^（()）]{1,30}[）)]|(?:本报)?记者[^，。,：:\s]{1,8}报道[：:])"
)
