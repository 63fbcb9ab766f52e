"""Title-like lines in a body (the classifier's headlines, subheads and labels): which may be
the head of a broken paragraph, which head an article, which close one with a credit, which
are running clauses among body paragraphs. Read by ``truncation._analyse``."""

from __future__ import annotations

import re

from ..document import (
    BYLINE,
    CAPTION,
    DATELINE,
    END_MARK,
    HEADLINE,
    LABEL,
    PARAGRAPH,
    SUBHEAD,
    Block,
)
from ..patterns import HAN as _CJK
from ..patterns import lazy
from .break_evidence import connector_end, last_words
from .break_joint import subject_line
from .truncation_joint import _CLOSED_END, _CLOSERS, Break

_OPENERS = "“‘「『（(《【〈［["


def _quoted_term_end(t: str) -> bool:
    """Does the text end with a short quoted term (…在网上“冲浪”) rather than a quotation?"""
    if t[-1:] not in "”」』":
        return False
    core = t.rstrip("”」』’")
    inner = core[core.rfind("“") + 1 :] if "“" in core else ""
    return (
        bool(core)
        and core[-1] not in _CLOSED_END
        and core[-1] not in _CLOSERS
        and 0 < len(inner) <= 8
    )


def _last_word(b: Block) -> str:
    tagged = last_words(b.text.rstrip())
    return tagged[-1][0] if tagged else ""


_LIST_NUMBER = lazy(
    r"^\s*(?:\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）])"
)


# what a title's end never is: a preposition's phrase with no verb, a degree adverb with no
# adjective, half a word, a demonstrative with no noun (tail_evidence; a figure ends a
# line of a table or a telephone number)
_CUT_TITLE_END = lazy(r"程度副词|缺少所指|之后缺少后半")


def _title_tail(b: Block) -> bool:
    return b.kind in (HEADLINE, SUBHEAD, LABEL) and not b.hint and b.index > 0


def _title_candidate(b: Block) -> bool:
    """A block the classifier took for a title but that holds a clause mark and no markup
    (区教育局负责人介绍，今后将继续): it may be the head of a broken paragraph."""
    return (
        b.kind in (HEADLINE, SUBHEAD, LABEL)
        and not b.hint
        and b.index > 0
        and "——" not in b.text
        and not _LIST_NUMBER.match(b.text)
        and b.text.rstrip()[-1:] not in _CLOSED_END
        and (b.text.rstrip()[-1:] not in _CLOSERS or _quoted_term_end(b.text.rstrip()))
        and (
            bool(_CJK.search(b.text[-1:]))
            or b.text.rstrip()[-1:] in _OPENERS
            or b.text.rstrip()[-1:] in "0123456789０１２３４５６７８９〇○"
            # …哈吉奥马尔·: the dot between the parts of a foreign name, the rest cut off
            or (b.text.rstrip()[-1:] in "·•・" and bool(_CJK.search(b.text.rstrip()[-2:-1])))
            or _quoted_term_end(b.text.rstrip())
            # …第一届海尔-, …焦距为35-, …3～: half a range or a compound name
            or bool(connector_end(b.text))
            # …影像处理器DIG: Latin letters after Chinese text (a cut word or name)
            or (
                b.text.rstrip()[-1:].isascii()
                and b.text.rstrip()[-1:].isalpha()
                and _CJK.search(b.text) is not None
            )
        )
    )


# what opens an article under its heading: an editor's note, a dateline, a source
_ARTICLE_OPENING = lazy(
    r"^\s*(?:编者按|编者的话|本报讯|本报[^，。,\s]{0,12}[电讯]|新华社|中新社|据新华社)"
)


def _heads_article(b: Block, blocks: list[Block], datelines: bool = True) -> bool:
    """Is the block the heading of an article: what follows it (after a caption note such
    as （附图片1张）) is a byline, an editor's note or (``datelines``) a dateline? A body
    paragraph that lacks its full stop may stand before the next article's dateline too.
    No heading is one Chinese character (新 | 华社北京…电: the dateline, cut)."""
    if len(b.text.strip()) == 1 and _CJK.match(b.text.strip()):
        return False
    i = b.index + 1
    if i < len(blocks) and re.match(r"^[（(]附(?:图|照片)", blocks[i].text.lstrip()):
        return True  # （附图片1张）: the note a heading carries
    while i < len(blocks) and blocks[i].kind in (CAPTION, LABEL, END_MARK):
        i += 1
    if i >= len(blocks):
        return False
    nxt = blocks[i]
    if nxt.text.lstrip().startswith(("编者按", "编者的话")) or nxt.kind == BYLINE:
        return True
    return datelines and (nxt.kind == DATELINE or bool(_ARTICLE_OPENING.match(nxt.text)))


def _credit_at_end(b: Block, blocks: list[Block]) -> bool:
    """Is what follows the block only a credit in brackets at the end of the text ((记者：
    张三), （本报记者王明摄）), with no body paragraph after it: the byline closes the article
    the block ends, it heads none (a byline over an article stands without brackets)?"""
    i = b.index + 1
    while i < len(blocks) and blocks[i].kind in (CAPTION, LABEL, END_MARK):
        i += 1
    return (
        i < len(blocks)
        and blocks[i].kind == BYLINE
        and blocks[i].text.lstrip()[:1] in "（("
        and not any(x.kind == PARAGRAPH for x in blocks[i + 1 :])
    )


def _clause_among_body(b: Block, blocks: list[Block]) -> bool:
    """A title-like line of clauses (a comma or semicolon inside, some length) that stands
    between two body paragraphs: running text, not a subhead."""
    t = b.text.strip()
    if len(t) < CLAUSE_LINE_LEN:
        return False
    if not re.search(r"[，,；;]", t):
        if len(t) < LONG_LINE_LEN or b.kind != SUBHEAD or _TITLE_MARKS.search(t):
            return False
    elif len(re.split(r"[，,；;]", t)[0]) <= 4:
        return False  # 以库养库，探索…; 科技，擎起…: a slogan's short first part, a subhead
    i = b.index
    if not 0 < i < len(blocks) - 1 or blocks[i + 1].kind != PARAGRAPH:
        return False
    prev = blocks[i - 1]
    if prev.kind == HEADLINE and i == 1:
        # the first line under the headline: a lead of clauses, not a subtitle (which has a
        # dash, a colon or a space, and stands over a byline, a dateline or a note)
        return (
            len(t) >= UNDER_HEADLINE_LEN
            and re.search(r"[，,；;]", t) is not None
            and not _TITLE_MARKS.search(t)
        )
    return prev.kind == PARAGRAPH and (
        prev.text.rstrip()[-1:] in _CLOSED_END or prev.text[-1:] in _CLOSERS
    )


CLAUSE_LINE_LEN = 12
_TITLE_MARKS = lazy(r"[\s\u3000\xa0：:!！?？—－-]")
LONG_LINE_LEN = 18
UNDER_HEADLINE_LEN = 12


def _subject_of_next(br: Break, blocks: list[Block]) -> bool:
    """Is the title-like line the subject of the body paragraph right after it
    (``break_joint.subject_line``)?"""
    i = br.block.index + 1
    return (
        i < len(blocks)
        and blocks[i].kind == PARAGRAPH
        and subject_line(br.block.text, blocks[i].text)
    )
