"""A dateline with no story after it (issue 9, break-lost).

A dateline (本报讯, 新华社北京5月3日电, 中新网9月22日电) opens the lead of a story: the lead's
first sentence follows it, in the same paragraph or the next. A dateline that stands over
nothing of the story (the text ends, or the next headline comes, with at most a credit in
between: （某某 某某）) is the head of a lead whose rest is lost, whether it is the dateline
alone (…电 | 国务院总理今天…) or the dateline and the first words of the lead (本报讯到去年年
底，…). Not a dateline in brackets: （新华社北京5月3日电） closes a story, it opens none.
"""

from __future__ import annotations

from ..document import BYLINE, DATELINE, END_MARK, HEADLINE, LABEL, Block
from ..patterns import lazy

# what may stand between a dateline and the end of its story when the story is lost: a
# credit (a label or a byline in brackets), an end mark
_NOT_STORY = frozenset((LABEL, BYLINE, END_MARK))
_FINAL = "。！？!?…：:"
NO_STORY = "电头之后没有正文"


def dateline_without_story(b: Block, blocks: list[Block]) -> str | None:
    """Why a dateline block opens no story (nothing but a credit after it before the end of
    the text or the next headline), or None."""
    if b.kind != DATELINE:
        return None
    t = b.text.strip()
    if not t or t[0] in "（(［[【" or t[-1] in _FINAL:
        return None  # （新华社北京5月3日电）: the closing credit of a story
    for x in blocks[b.index + 1 :]:
        if x.kind == HEADLINE:
            break
        if x.kind not in _NOT_STORY:
            return None
    return NO_STORY


# a dateline, the reporter's credit and the first words of the lead in one line with no
# mark (本报北京1月2日讯记者某某从今天在此间召开的…): the lead begins where the credit's name
# ends, with the time or the source of the news
_REPORTER_LEAD = lazy(
    r"^(?:本报|新华社|中新社|中新网|新华网|人民网)[^\s，。,]{0,12}[电讯]"
    r"(?:本报|新华社)?记者[\u4e00-\u9fff]{2,3}"
    r"(?:从|在|今天|昨天|今日|昨日|日前|近日|获悉|了解到)[\u4e00-\u9fff]{4,}"
)


def reporter_lead(text: str) -> bool:
    """Does a line with no mark hold a dateline, the reporter's credit and the first words
    of the lead (本报北京1月2日讯记者某某从今天在此间召开的…工作会): a lead, cut, not a
    dateline line (本报讯记者某某) or a credit?"""
    return _REPORTER_LEAD.match(text.strip()) is not None
