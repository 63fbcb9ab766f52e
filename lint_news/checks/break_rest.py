"""The rest of a break standing elsewhere in the text, as evidence of the break itself.

A paragraph whose end could end a sentence (no word cut, no word that cannot end a clause)
is a break only by other evidence. Where the rest of its sentence was moved (or sits right
after it) the text holds that evidence: one paragraph, near it, that opens where no
sentence opens (``head_evidence``: a verb with no subject, a first sentence with no
predicate, a conjunction) after a block that ends one. Such an orphan is what a paragraph
split in two leaves, and what a break that lost its tail does not have; an open end and one
orphan near it read together as one sentence cut in two.

- ``orphan_rest``: a body paragraph with no final mark whose last sentence is running
  prose (no credit, label, list or web page furniture), and one orphan near it; or the
  article's last paragraph stopping on a stub of a few words, and one orphan near it with
  a start that no sentence has at all (…”某局的王局长 | … | 说。);
- ``end_line_rest``: a title-like line (the classifier's headline, subhead or label) that
  stands after the last body paragraph, or among body paragraphs of a text with no other
  heading, and one orphan near it whose first word makes a phrase with the line's last;
- ``clause_label_value``: the words after a colon that a clause of running text ends with
  (…有两大原因：一是政府扶持政策), which a label's value (地点：…) is not;
- ``speaker_value``: a speaker's role and the words after its colon (记者：那你会…), speech
  that ends with a final mark;
- ``_stray_end_line``: a title-like line after the last body paragraph that reads as prose
  (moved here from ``truncation``, which was passing a thousand lines).

Every helper here is pure; nothing reads beyond the blocks it is given.
"""

from __future__ import annotations

import re

from ..document import LIST_ITEM, PARAGRAPH, Block
from ..patterns import HAN as _CJK
from ..patterns import lazy
from .break_evidence import last_words, lone_dangling_word
from .break_heads import _end_credit, _name, family, heading_shape, runs_on
from .break_prose import prose_clause
from .break_trailers import (
    _CREDIT,
    _MOTTO,
    NOT_LABEL_COLON,
    _after_last_stop,
    _inline_list,
    _label_value,
    _prose,
    _running,
    _web_end,
)
from .truncation_joint import _CLOSED_END, _CLOSERS, Break, _Heads

_COMMA = lazy(r"[，,]")
_COLON = lazy(r"[：:]")
_CLAUSE_MARK = lazy(r"[，,；;]")
_DIGIT_START = lazy(r"\s*[0-9０-９]")
_DATE_END = lazy(r"[0-9０-９一二三四五六七八九十〇○零]+[日号]$")

# the head evidence an orphan needs: a paragraph's own start that no sentence has
# (2.0: a verb or an adverb with no subject; 2.5: a first clause of nouns only)
ORPHAN_HEAD = 2.0
# the orphan an article's last paragraph needs when its last words are no running prose
END_ORPHAN_HEAD = 3.0
# Chinese characters of such last words (a name of two: …刘某 | 说。)
END_STUB = 2
# a title-like line needs a stronger start of its orphan: its own end could end a title
LINE_ORPHAN_HEAD = 2.5
# how many blocks away the orphan may stand (a moved tail is a few paragraphs off)
NEAR = 6
# Chinese characters the last sentence of a paragraph needs to count as running prose
PROSE_LAST = 6
# Chinese characters before a colon that make it a clause's (…的应对措施是：), not a label's
CLAUSE_LABEL = 8
# Chinese characters the words after such a colon need
LABEL_VALUE = 6
# a title-like line longer than this with no mark is a headline glued to the text
LINE_LEN = 24
# the characters before a title-like line's first comma that make it a slogan's
SLOGAN_HEAD = 4
# how well a line's last word and its orphan's first word must make one phrase (``fit``)
# when the line stands among body paragraphs (after the last one, a credit or a headline
# would be named as such)
LINE_FIT = 1.0
# a word cut across the joint (``word_cut``) that stands in for the fit
LINE_CUT = 5.0


def clause_label_value(after: re.Match[str]) -> bool:
    """Is ``after`` (``_label_value``: the text before and after a paragraph's last colon)
    a clause of running text and what it announces: CLAUSE_LABEL Chinese characters or
    more before the colon with no other colon and no web page furniture among them, and
    LABEL_VALUE or more after it that end on a Chinese character and open with no figure
    (a date, a time, a price: a label's value)?"""
    label, value = after.group(1), after.group(2)
    if len(_CJK.findall(label)) < CLAUSE_LABEL or not _running(label):
        return False
    if after.string[after.start(1) - 1 : after.start(1)] in (":", "："):
        return False  # 时间：…地点：…: a line of labels
    return (
        len(_CJK.findall(value)) >= LABEL_VALUE
        and _CJK.match(value.rstrip()[-1:]) is not None
        and _DIGIT_START.match(value) is None
    )


# a speaker's role before a colon in an interview (记者：, 主持人：): what follows is what
# was said (not a reviewer's note, 编辑点评：…, which a product page may leave unclosed)
_ROLE_LABEL = lazy(r"(?:^|[\s\u3000])(?:记者|主持人|网友|嘉宾|提问|回答|问|答|专家)$")


def speaker_value(after: re.Match[str]) -> bool:
    """Is ``after`` (``_label_value``) a speaker's role and running words after it (记者：那您
    会考虑先从哪, 主持人：所以这个项目还是很): speech, which ends with a final mark, not a
    label's value? LABEL_VALUE Chinese characters or more, no web page furniture, ending on
    a Chinese character."""
    label, value = after.group(1).strip(), after.group(2)
    if _ROLE_LABEL.search(label) is None or not _running(value):
        return False
    return len(_CJK.findall(value)) >= LABEL_VALUE and _CJK.match(value.rstrip()[-1:]) is not None


def _closed(b: Block) -> bool:
    t = b.text.rstrip()
    return bool(t) and (t[-1] in _CLOSED_END or t[-1] in _CLOSERS)


def _orphans(
    a: Block, blocks: list[Block], heads: _Heads, taken: set[int], h0: float
) -> list[Block]:
    """The body paragraphs within NEAR blocks of ``a`` (not ``a``, none in ``taken``) that
    stand after a body paragraph that ends a sentence and open with head evidence of ``h0``
    or more and no sentence's opening (the first paragraph under a heading, often a
    sentence the tagger reads as a noun phrase, is none)."""
    out = []
    for b in blocks[max(1, a.index - NEAR) : a.index + NEAR + 1]:
        if b.kind != PARAGRAPH or b is a or b.index in taken:
            continue
        prev = blocks[b.index - 1]
        if prev.kind != PARAGRAPH or not _closed(prev):
            continue  # (the rest of that paragraph, if of any; a heading's first paragraph)
        if heads.get(b)[0] >= h0 and not heads.opens(b):
            out.append(b)
    return out


def _prose_end(a: Block, blocks: list[Block], end_stub: bool = False) -> bool:
    """Is the last sentence of the body paragraph ``a`` running prose: PROSE_LAST Chinese
    characters or more, no credit, list, web page furniture, or label of a few words before
    a colon; and, after the last body paragraph (where credits and glued headlines stand),
    a comma, running prose or the opening of a sentence? With ``end_stub``: is it instead
    the article's last body paragraph, its last words a stub of END_STUB Chinese characters
    or more that is none of those and holds no colon (…”某局的王局长, …本部游戏)?"""
    t = a.text.rstrip()
    rest = _after_last_stop(t)
    last = (t if rest is None else rest).strip()
    if not last or not _running(last) or _inline_list(last) or _CREDIT.search(last):
        return False
    if _web_end(t) or len(_CJK.findall(last)) < (END_STUB if end_stub else PROSE_LAST):
        return False
    if end_stub and _COLON.search(last):
        return False  # 相关阅读：…, 来源：…: a label and what it lists, not a sentence
    after = _label_value(NOT_LABEL_COLON.sub("∶", t))
    if after is not None and (
        len(_CJK.findall(after.group(1))) < CLAUSE_LABEL or _MOTTO.search(after.group(1))
    ):
        return False  # 缺点：…, 地址：…, …题词：…: a label and its value
    if not any(b.kind == PARAGRAPH for b in blocks[a.index + 1 :]):
        return end_stub or (
            _COMMA.search(last) is not None or prose_clause(last) or runs_on(last, True)
        )
    return not end_stub


def take_rest(br: Break, rest: Block, taken: set[int], lead: bool = False) -> Break:
    """``br`` reported a step below the rule's severity with ``rest`` as its continuation
    (which no other break takes then)."""
    br.cont, br.strength, br.lead = rest, 3.0, br.lead or lead
    taken.add(rest.index)
    return br


def orphan_rest(br: Break, blocks: list[Block], heads: _Heads, taken: set[int]) -> Block | None:
    """The one orphan near a body paragraph that stops with no mark on running prose and a
    word that could end a sentence (not a title-like line): its rest, or None (no orphan,
    or more than one). The article's last paragraph whose last words are a stub, no
    running prose, takes only an orphan of END_ORPHAN_HEAD (a lone 说。 or 结束。)."""
    if br.title_like or br.tail > 0.0:
        return None
    if _prose_end(br.block, blocks):
        found = _orphans(br.block, blocks, heads, taken, ORPHAN_HEAD)
    elif _prose_end(br.block, blocks, end_stub=True):
        # the article's last paragraph, its last words no clause of running prose (…刘某,
        # …本部游戏): one orphan with a start no sentence has (说。; 结束。) reads on
        found = _orphans(br.block, blocks, heads, taken, END_ORPHAN_HEAD)
    else:
        return None
    return found[0] if len(found) == 1 else None


def end_line_rest(br: Break, blocks: list[Block], heads: _Heads, taken: set[int]) -> Block | None:
    """The one orphan near a title-like line that is no heading where it stands: after a body
    paragraph that ends a sentence, either after the last body paragraph or in a text with
    no other heading (``family``), with no credit, name, date or heading's shape, and not
    longer than LINE_LEN; among body paragraphs the orphan's first word must make a phrase
    with the line's last (LINE_FIT) or a word must be cut across the two (LINE_CUT)."""
    a = br.block
    t = a.text.strip()
    if not br.title_like or not a.index or not t or len(t) > LINE_LEN:
        return None
    prev = blocks[a.index - 1]
    if prev.kind != PARAGRAPH or not _closed(prev):
        return None
    at_end = not any(x.kind in (PARAGRAPH, LIST_ITEM) for x in blocks[a.index + 1 :])
    if not at_end and family(a, blocks):
        return None  # a subhead among the text's headings
    if _CREDIT.search(t) or _end_credit(t) or heading_shape(t) or _name(t) or _DATE_END.search(t):
        return None
    if len(_CLAUSE_MARK.split(t)[0]) <= SLOGAN_HEAD < len(t):
        return None  # 服务，从一碗饭开始; 以库养库，探索…: a slogan's short first part
    found = _orphans(a, blocks, heads, taken, LINE_ORPHAN_HEAD)
    if len(found) != 1:
        return None
    b = found[0]
    if not at_end:
        tagged = last_words(t)
        h, _, first = heads.get(b)
        p = heads.scorer.pair(a.text, b.text, tagged[-1] if tagged else None, first, h)
        if p.fit < LINE_FIT and p.cut < LINE_CUT and not noun_compound(tagged[-1:], first):
            return None
    return b


# tags of the nouns that make a compound noun across a line's end and its orphan's start
_COMPOUND_POS = ("n", "nz", "vn", "j")


def noun_compound(last: list[tuple[str, str]], first: tuple[str, str] | None) -> bool:
    """Do a line's last word and its orphan's first word make one compound noun (…的各类证券
    | 交易资金，…; …中外绿色 | 地产论坛…): a common noun of two or more characters each, no
    name or place (…来到某某岩 | 乡…), no time word?"""
    if not last or first is None:
        return False
    (w, p), (w2, p2) = last[-1], first
    return p in _COMPOUND_POS and p2 in _COMPOUND_POS and len(w) >= 2 and len(w2) >= 2


def _stray_end_line(b: Block, blocks: list[Block]) -> bool:
    """A title-like line of some length after the last body paragraph, with no body of its
    own: the head of a paragraph whose tail is lost (a heading has body text after it; a
    credit or a source is named as such)."""
    t = b.text.strip()
    if b.index == 0 or blocks[b.index - 1].kind != PARAGRAPH:
        return False
    if len(t) < END_LINE_LEN and not lone_dangling_word(t):
        return False  # (其实, 但是, 提到: one word no sentence ends with, its rest lost)
    if any(x.kind in (PARAGRAPH, LIST_ITEM) for x in blocks[b.index + 1 :]):
        return False
    return not _CREDIT.search(t) and _prose(t)


END_LINE_LEN = 4
