"""A dateline with no story after it (issue 9, break-lost).

A dateline (本报讯, 新华社北京5月3日电, 中新网9月22日电) opens the lead of a story: the lead's
first sentence follows it, in the same paragraph or the next. A dateline that stands over
nothing of the story (the text ends, or the next headline comes, with at most a credit in
between: （某某 某某）) is the head of a lead whose rest is lost, whether it is the dateline
alone (…电 | 国务院总理今天…) or the dateline and the first words of the lead (本报讯到去年年
底，…). Not a dateline in brackets: （新华社北京5月3日电） closes a story, it opens none.
"""

from __future__ import annotations

from ..document import (
    BYLINE,
    DATELINE,
    END_MARK,
    HEADLINE,
    LABEL,
    PARAGRAPH,
    SUBHEAD,
    Block,
    opens_with_dateline,
)
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


# A dateline alone on its line, with at most its byline (新浪体育讯; 【本报讯】(记者 某某);
# 中广网北京6月24日消息 (某某记者某某); 据某国《某报》报), right under the headline and
# over a paragraph that does not open as a lead does: the lead's first words went with the
# rest of its paragraph, and the paragraph under it is the second of the story (…讯 | 而在台湾，
# …; …讯 | 首节，…). A lead opens with the time or the source of its news (今天, 日前, 1月2日,
# 记者从…获悉), or with the reporter's credit (``break_leads.dateline_cut``'s). (lost15)
_DATELINE_ALONE = lazy(
    r"^\s*[【\[［]?(?:本报|新华社|中新社|中新网|新华网|人民网|中广网|据[^，。,\s（(]{1,12}?"
    r"|[\u4e00-\u9fff]{2,6}(?=讯)|[\u4e00-\u9fff]{2,8}?(?=[^，。,\s（(]{0,6}\d{1,2}月\d{1,2}日))"
    r"[^，。,\s（(]{0,16}?(?:讯|电|消息|报道?)[】\]］]?"
    r"\s*(?:[（(][^（()）]{0,24}[)）])?\s*$"
)
# what a lead's first clause holds near its start: the time of the news, or its source
_LEAD_OPENING = lazy(
    r"^.{0,16}?(?:今天|昨天|今日|昨日|明天|日前|近日|近期|近来|连日来|近年来|前不久|前日|目前|本周"
    r"|上周|今年|去年|年初|年底|岁末|新年|日内|当天|当日|当晚|当地时间|上午|下午|晚上|早上|早晨|清晨"
    r"|凌晨|傍晚|中午|夜间|深夜|[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日"
    r"|[0-9０-９一二三四五六七八九十两]{1,3}(?:点|时)|获悉|了解到|获知|报道|消息|记者)"
)
# (a line the classifier took for a title: not one it knows for a dateline, 新华社北京5月6日电,
# which a page may well set on a line of its own over the lead)
_TITLE_KINDS = (HEADLINE, SUBHEAD, LABEL)
DATELINE_HEAD = "电头之后的导语不完整"


def dateline_over_body(b: Block, blocks: list[Block]) -> str | None:
    """Why a dateline alone on its line under the headline heads a lead cut short (see
    above), or None: the paragraph under it opens as no lead does."""
    if b.kind not in _TITLE_KINDS or not 1 <= b.index <= 2 or b.index + 1 >= len(blocks):
        return None
    if any(x.kind not in _TITLE_KINDS for x in blocks[: b.index]):
        return None  # (the headline, and a subtitle at most, above it)
    if blocks[0].kind != HEADLINE or _DATELINE_ALONE.match(b.text) is None:
        return None
    nxt = blocks[b.index + 1]
    if nxt.kind != PARAGRAPH or opens_with_dateline(nxt) or _LEAD_OPENING.match(nxt.text):
        return None
    return DATELINE_HEAD
