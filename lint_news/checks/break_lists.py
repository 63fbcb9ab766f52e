"""Lists and their items cut mid-sentence: a numbered item that stops with no mark where
its text goes on in the next paragraph (3.认真核对报名信息。防 | …), a run-in list whose last
item is cut, a list number standing alone before the next item (its text lost), an item
unlike its siblings (numbered in another style, at another level, far shorter). The lone
lines of the body that read as titles are judged in ``break_heads``.
"""

from __future__ import annotations

import re

from .. import words
from ..document import LIST_ITEM, PARAGRAPH, Block
from ..patterns import lazy
from .break_evidence import TAIL_WINDOW, first_word, last_words, tail_evidence
from .break_heads import (
    _CJK,
    _FINAL,
    _NUMBERED,
    _SPEAKER,
    HEAD,
    STRONG_END,
    _closed,
    _joint_word,
    _name,
    _read_on,
    _title_like,
    cut_end,
    runs_on,
)
from .break_joint import fit, may_cross_into, word_cut


def list_item_cut(b: Block, blocks: list[Block]) -> str | None:
    """Why a list item stops mid-sentence (3.认真核对报名信息。防; 二十五、增加一条，), or None.
    Items of a list often end without a mark, so only an end no item has counts: a comma,
    or a sentence begun after the item's own full stop or comma that stops on half a word
    or on a word no clause ends with; or, where every other item ends with a final mark, an
    item of running text that has none (a numbered line the classifier took for a subhead
    counts as an item there)."""

    t = b.text.rstrip()
    if _bare_label(t.strip()) and (
        _between_paragraphs(b, blocks) or _number_before_item(b, blocks)
    ):
        return "说话人或序号单独成行"  # 某某： | 答话…; 三、 | 正文…
    numbered = _title_like(b) and _NUMBERED.match(t) is not None
    if b.kind != LIST_ITEM and not numbered:
        return None
    if t[-1:] not in _FINAL and _word_into_next(b, blocks):
        return "与下段之间有词被拆开"  # 四、重 | 申《…》, …有战斗力的新闻队 | 伍。
    if _unlike_its_level(b, t, blocks):
        return "同级各项都有句末标点，此项没有"  # （二）因病因伤不能继续 | 正常上岗的；
    if len(t) < 6 or t[-1] in _FINAL:
        return None
    if _run_in_cut(b, t, blocks):
        return "列表项停在半句上"  # …啦。8、完善快捷 | 键按钮，…
    if numbered:
        return _unlike_its_list(b, t, blocks)
    if t[-1] in "，,、":
        others = [x for x in blocks if x.kind == LIST_ITEM and x is not b]
        if any(x.text.rstrip()[-1:] in "，,、" for x in others):
            return None  # a list whose items end in commas: the house style
        return "句末是逗号或顿号"
    if not _CJK.match(t[-1]) or not re.search(r"[。！？；;，,]", t[:-1]):
        return None
    unlike = _unlike_its_list(b, t, blocks)
    if unlike:
        return unlike
    last = re.split(r"[。！？；;，,]", t)[-1]
    if runs_on(last, True) or (len(last) >= 2 and tail_evidence(t)[0] >= HEAD + 2):
        return "列表项停在半句上"
    return None


# the next item of a run-in list, after the full stop or semicolon of the one before it
# (…上传时再也不用担心文件丢失啦。8、优化搜索框…)
_INLINE_ITEM = lazy(
    r"[。！？；;!?][ \u3000]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[、.．]"
)


def _run_in_cut(b: Block, t: str, blocks: list[Block]) -> bool:
    """A list run in as one paragraph (items after full stops: …啦。8、完善快捷), whose last
    item stops with no mark where the paragraph after it goes on in one word (快捷 | 键按钮)
    or on a word no clause ends with: its items end with marks, so this end is a cut."""

    if not _CJK.match(t[-1:]) or not _INLINE_ITEM.search(t):
        return False
    if tail_evidence(t)[0] >= STRONG_END:
        return True
    nxt = blocks[b.index + 1] if b.index + 1 < len(blocks) else None
    if nxt is None or nxt.kind != PARAGRAPH or _NUMBERED.match(nxt.text.lstrip()):
        return False
    return _joint_word(t, nxt.text)


def _bare_label(t: str) -> bool:
    """A speaker's label (问：, 记者：, a name and a colon) or a list number (三、, （二）)
    alone on its line: no label or number stands without its text."""
    if t[-1:] in "：:" and (_SPEAKER.match(t) and len(t) <= 4 or _name(t[:-1])):
        # (not 张海说：, a line over a block quotation)
        return _SPEAKER.match(t) is not None or not re.search(r"[说道称讲问答]$", t[:-1])
    m = _NUMBERED.match(t)
    return m is not None and m.group().strip() == t and not re.match(r"[■□●○◆◇▲△★☆※·•>＞]", t)


def _number_before_item(b: Block, blocks: list[Block]) -> bool:
    """A list number alone (7、) right before the next item of its list (8、…), numbered
    the same way: the item's text is lost."""
    t = b.text.strip()
    i = b.index
    if i + 1 >= len(blocks) or _NUMBERED.match(t) is None or t[-1:] in "：:":
        return False
    style = number_style(t)
    return style is not None and number_style(blocks[i + 1].text.strip()) == style


def _between_paragraphs(b: Block, blocks: list[Block]) -> bool:
    """Does the block stand after a body paragraph that ends with a final mark and before
    another body paragraph?"""
    i = b.index
    if i == 0 or i + 1 >= len(blocks):
        return False
    prev, nxt = blocks[i - 1], blocks[i + 1]
    return prev.kind == PARAGRAPH and _closed(prev) and nxt.kind == PARAGRAPH


def _word_into_next(b: Block, blocks: list[Block]) -> bool:
    """Do the item's last character and the first of the paragraph right after it read as
    one word of two characters (施 | 工, 重 | 申), the joined reading far likelier?"""

    if b.index + 1 >= len(blocks) or blocks[b.index + 1].kind != PARAGRAPH:
        return False
    left = b.text.rstrip()[-TAIL_WINDOW:]
    head = blocks[b.index + 1].text.lstrip()
    if not _CJK.match(left[-1:]) or not _CJK.match(head[:1]):
        return False
    if not may_cross_into(left, head[:1]) or word_cut(left, head)[0] < ITEM_CUT:
        return False
    return (words.join_gain(left, head[:TAIL_WINDOW]) or 0.0) >= ITEM_GAIN


ITEM_CUT = 8.0  # two characters that are no words alone, cut
ITEM_FIT = 1.0  # how well an item's last word and a paragraph's first make one phrase


ITEM_GAIN = 5.0


# how many other items a list needs before its own style (each item ends with a final mark)
# says something about one that does not
LIST_SIBLINGS = 2


def _unlike_its_list(b: Block, t: str, blocks: list[Block]) -> str | None:
    """Every other item of the list ends with a final mark, and this one, a clause or more
    of running text (a comma or a full stop inside), stops on a Chinese character."""
    if not _CJK.match(t[-1]) or not re.search(r"[。！？；;，,]", t[:-1]):
        return None
    others = [x for x in blocks if x.kind == LIST_ITEM and x is not b]
    if len(others) >= LIST_SIBLINGS and all(_item_closed(x) for x in others):
        return "列表其他各项都有句末标点，此项没有"
    return None


def number_style(text: str) -> str | None:
    """The shape of a line's numbering with its number left out (（二） and （五） are （C）,
    ２. and 3. are D., 第九条 is 第C条), or None when the line is not numbered."""
    m = _NUMBERED.match(text)
    if m is None:
        return None
    style = re.sub(r"[0-9０-９]+", "D", m.group().strip())
    return re.sub(r"[①②③④⑤⑥⑦⑧⑨⑩]", "O", re.sub(r"[一二三四五六七八九十百]+", "C", style))


def _unlike_its_level(b: Block, t: str, blocks: list[Block]) -> bool:
    """A short numbered line (an item's number alone, or a few words after it: （四）,
    （二）因病因伤不能继续, ２.任何网络平台) with no mark at its end, among items numbered the
    same way (two or more) that all end with a final mark or a semicolon: the item stops
    mid-sentence. Items of another level (一、 over （一）) and other lists do not count."""

    style = number_style(t)
    if style is None or len(t) > LEVEL_ITEM_LEN or t[-1:] in "；;：:,，、—-－":
        return False
    if not (_CJK.match(t[-1:]) or t.strip() == _NUMBERED.match(t).group().strip()):
        return False  # (a figure or a Latin letter may end a line of a table)
    sibs = [x for x in blocks if x is not b and number_style(x.text.strip()) == style]
    if len(sibs) < LIST_SIBLINGS or not all(_item_closed(x) for x in sibs):
        return False
    bare = t.strip() == _NUMBERED.match(t).group().strip()
    nxt = blocks[b.index + 1] if b.index + 1 < len(blocks) else None
    # a heading-like item (2. 完善助老服务网络) stays silent: the number alone, an end that
    # stops short or the paragraph after it reading on shows the cut
    return (
        bare
        or tail_evidence(t)[0] >= STRONG_END
        or cut_end(t)
        or (nxt is not None and nxt.kind == PARAGRAPH and _read_on(nxt))
        or (nxt is not None and _item_rest(nxt, sibs))
        or _rest_elsewhere(b, blocks, sibs)
    )


def _rest_elsewhere(b: Block, blocks: list[Block], sibs: list[Block]) -> bool:
    """Is there one body paragraph away from the item, with no number of its own, after a
    block that ends a sentence, that opens as the rest of a sentence (``_read_on``) and ends
    as the sibling items end (三、提前做好 … | 迎接新学期的各项准备工作。 moved away)?"""
    ends = {x.text.rstrip()[-1:] for x in sibs}
    found = []
    for x in blocks:
        if x.kind != PARAGRAPH or x.index in (b.index, b.index + 1) or not x.index:
            continue
        t = x.text.strip()
        if t[-1:] not in ends or _NUMBERED.match(t) or not _item_closed(blocks[x.index - 1]):
            continue
        if _read_on(x, b.text):
            found.append(x)
    if len(found) != 1:
        return False
    # and the item's last word and the paragraph's first make one phrase, or a word is cut
    # across the two (做好 | 迎接新学期…; not 新课桌 | 后记…)
    tail, head = b.text.rstrip(), found[0].text.lstrip()
    tagged = last_words(tail)
    joined = fit(tagged[-1] if tagged else None, first_word(head))
    return joined >= ITEM_FIT or word_cut(tail[-8:], head)[0] >= ITEM_CUT


def _item_rest(nxt: Block, sibs: list[Block]) -> bool:
    """Is the block after an item the rest of it: a short paragraph with no number of its
    own that ends as the sibling items end (（二）因病因伤不能继续 | 正常上岗的；, where the
    items end with ； or 。)? A section's body under a heading item is no such short line:
    a clause mark inside makes it a sentence of its own (生产是…大事，不能…。)."""
    t = nxt.text.strip()
    ends = {x.text.rstrip()[-1:] for x in sibs}
    return (
        nxt.kind == PARAGRAPH
        and len(t) <= ITEM_REST_LEN
        and t[-1:] in ends
        and not re.search(r"[，,、；;：:。！？!?]", t[:-1])
        and _NUMBERED.match(t) is None
    )


LEVEL_ITEM_LEN = 20  # an item of a list cut short is short; a longer line may be a heading


ITEM_REST_LEN = 12  # how long the rest of an item cut short, on a line of its own, may be


def _item_closed(x: Block) -> bool:
    t = x.text.rstrip()
    return bool(t) and (t[-1] in _FINAL or t[-1] in "；;")
