"""Rows of a table laid out one line per row (天津多云转晴－9℃／0℃), cut in two.

A helper of ``truncation`` (issue 9): a line among rows of one shape whose figures stop
short, whose head has no figures at the text's end, or which joined with the next line makes
one row, is a row cut in two (see :func:`table_row_cut`).
"""

from __future__ import annotations

from .. import words
from ..document import PARAGRAPH, Block
from ..patterns import lazy
from .break_heads import _CJK, _END_CREDIT, _TITLE_KINDS
from .break_joint import word_cut
from .break_lists import ITEM_CUT

# a row of a table laid out one line per row: a head of Chinese text (a place, an item) and
# a tail of figures and units (－5℃／1℃, 12.5％／3.1％)
_ROW = lazy(r"^(?P<head>.*[\u4e00-\u9fff])(?P<tail>[^\u4e00-\u9fff]*)$")
_SIGNS = str.maketrans("", "", "－-+＋ 　")
ROW_SIBLINGS = 3  # rows of one shape around a line before that shape says something of it
ROW_NEAR = 6  # how far around the line its sibling rows are looked for
ROW_LEN = 40
LAST_ROW_HEAD = 8  # how long a row's head with no figures may be at the end of the text
_ROW_OPEN_END = "0123456789０１２３４５６７８９.．－-+＋／/～~"
_ROW_SIGNS = "－-+＋／/～~"  # what a row's figures go on after, never end with


_FIGURES = lazy(r"[0-9０-９.．]+")  # (compiled once, kept on disk)


def _row_shape(text: str) -> tuple[str, str] | None:
    """A line's head and the shape of its tail (figures as 0, signs dropped), or None."""
    t = text.strip()
    m = _ROW.match(t) if len(t) <= ROW_LEN else None
    if m is None:
        return None
    shape = _FIGURES.sub("0", m["tail"].translate(_SIGNS))
    return m["head"], shape


def _full_row(text: str) -> str | None:
    """The shape of a row's tail when it has figures and a unit or a separator, else None."""
    s = _row_shape(text)
    if s is None or "0" not in s[1] or not s[1].strip("0"):
        return None
    return s[1]


def _full_rows(texts: list[str]) -> list[str | None]:
    """``_full_row`` of each text, kept per text in the document's ``remembering`` block
    (a line is a neighbour of the 13 lines around it): what the rows around a line are is
    asked of each line once, not once per line it stands near."""

    kept = words.memo("full_row")
    if kept is None:
        return [_full_row(t) for t in texts]
    out = []
    for t in texts:
        got = kept.get(t, kept)
        if got is kept:
            got = kept[t] = _full_row(t)
        out.append(got)
    return out


def _heads_alike(t: str, rows: list[str]) -> bool:
    """Does a line open with a word of the kind one of the rows before it opens with (长春
    under 武汉多云…: two nouns, places) and hold no particle and no verb with a word after
    it, as the head of a row does (了不起的一万亿, 北京迎来首场雪: the headline of what
    follows; the tagger calls the weather 晴 or 晴转 a verb)?"""

    mine = words.tag(t, hmm=True)
    if not mine or any(p[:1] == "u" for _, p in mine):
        return False
    if any(p[:1] == "v" for _, p in mine[:-1]):
        return False
    return any(
        (theirs := words.tag(row, hmm=True)) and theirs[0][1][:1] == mine[0][1][:1] for row in rows
    )


JOINED_SIBLINGS = 2  # rows of one shape around a line that the next line completes


def _column_value(head: str, heads: list[str]) -> bool:
    """Is a line's head the end of some rows' heads but no row's whole head (晴 or 阴转小雨
    under 济南多云转晴, 福建武夷山阴转小雨): a value of a column after the rows' names, so
    the line is the rest of a row whose name stands on the line before?"""
    return any(h.endswith(head) and len(h) > len(head) for h in heads) and head not in heads


# a row cut in two whose rest is the next line (the caller names that line as the rest)
ROW_SPLIT = "表格行被拆成两行"


def table_row_cut(b: Block, blocks: list[Block]) -> str | None:
    """Why a line among rows of one shape (天津多云转晴－9℃／0℃, one per line) is a row cut in
    two, or None: its figures stop short of the shape (长春晴－23 | ℃／－17℃, …晴－30℃／
    at the end), or it has none and joined with the next line it makes a row whose rest
    cannot stand alone (a tail with no head, ℃／…; a word cut across: 天津多 | 云转晴…)."""
    if b.kind not in _TITLE_KINDS and b.kind != PARAGRAPH:
        return None
    own = _row_shape(b.text)
    if own is None:
        return None
    i = b.index
    near = [blocks[j] for j in range(max(0, i - ROW_NEAR), min(len(blocks), i + ROW_NEAR + 2))]
    others = [x.text for x in near if x.index not in (i, i + 1)]
    shapes = _full_rows(others)
    common = {s for s in shapes if s is not None and shapes.count(s) >= ROW_SIBLINGS}
    few = not common  # two rows are no table, unless the next line completes this one
    if few:
        common = {s for s in shapes if s is not None and shapes.count(s) >= JOINED_SIBLINGS}
    if len(common) != 1:
        return None
    shape = common.pop()
    if own[1] == shape:
        return None
    raw_tail = b.text.strip()[len(own[0]) :]
    if few:
        if raw_tail and shape.startswith(own[1]) and raw_tail[-1] in _ROW_SIGNS:
            # two rows of one shape and a line that stops on a sign or a separator with no
            # figure after it (天津多云转晴－, …晴－9℃／): no row ends so, whatever the count
            return "表格行的数字没有写完"
        # (otherwise only a next line that completes the row says something)
    elif raw_tail and shape.startswith(own[1]) and raw_tail[-1] in _ROW_OPEN_END:
        # (a row that ends on a unit, 全年平均8.1％ under …8.5％／7.9％, may have one column)
        return "表格行的数字没有写完"  # 长春晴－23, …晴－30℃／
    if i + 1 >= len(blocks):
        t = b.text.strip()
        if _lost_row_head(t, own[1], shape, blocks):
            return "表格行的数字不在文中"  # …晴－9℃／0℃ | 长, …多云－4℃／－1℃ | 银川晴转多
        if (
            not own[1]
            and len(t) <= LAST_ROW_HEAD
            and len(_CJK.findall(t)) == len(t)
            and _full_row(blocks[i - 1].text) == shape
            and not _END_CREDIT.search(t)
            and _heads_alike(t, [x.text.strip() for x in blocks[max(0, i - ROW_SIBLINGS) : i]])
        ):
            # the text's last line, the head of a row with no figures right after rows of
            # one shape (…晴－9℃／0℃ | 长春): its figures are lost; a heading has rows under
            # it, a note after a table is a sentence (以上数据由市气象台提供), and the headline
            # of the next article opens unlike the rows (了不起的一万亿)
            return "表格行的数字不在文中"
        return None
    nxt = blocks[i + 1].text.strip()
    if _full_row(b.text.strip() + nxt) != shape:
        return None
    if not _CJK.match(nxt[:1]):
        return ROW_SPLIT  # 长春晴 | －23℃／－17℃, 长春晴－23℃ | ／－17℃
    if own[1] or few:
        return None
    heads = [_row_shape(t)[0] for t, s in zip(others, shapes, strict=True) if s == shape]
    if _column_value(_row_shape(nxt)[0], heads):
        return ROW_SPLIT  # 沈阳多云转 | 晴－25℃／－13℃: the weather column's word

    if word_cut(b.text.strip(), nxt)[0] >= ITEM_CUT:
        return ROW_SPLIT  # 天津多 | 云转晴－9℃／0℃
    return None


def _lost_row_head(t: str, own: str, shape: str, blocks: list[Block]) -> bool:
    """Is the text's last line, right after rows of one shape, the head of a row cut before
    its figures in a way no heading or note after a table is: one Chinese character (长 |
    春…), or a head that ends on a stretch of a row's head which stops inside one of its
    words (银川晴转多 under 西宁晴转多云…: 晴转多 | 云)?"""

    i = len(blocks) - 1
    if own or not t or len(_CJK.findall(t)) != len(t):
        return False
    if _full_row(blocks[i - 1].text) != shape or _END_CREDIT.search(t):
        return False
    if len(t) == 1:
        return True  # (no heading, credit or note is one character; 完 is a credit)
    if len(t) > CUT_ROW_HEAD:
        return False
    for x in blocks[max(0, i - ROW_NEAR) : i]:
        if _full_row(x.text) != shape:
            continue
        h = _row_shape(x.text)[0]
        ends = set()  # where the words of the row's head end
        k = 0
        for w in words.cut(h):
            k += len(w)
            ends.add(k)
        for n in range(min(len(t), len(h)), SHARED_RUN - 1, -1):
            j = h.find(t[-n:])
            if j >= 0 and j + n not in ends:
                return True  # the line ends inside a word of the row's head
    return False


CUT_ROW_HEAD = 12  # how long a row's head cut before its figures may be at the text's end
SHARED_RUN = 2  # characters of a row's head that the cut line must end with
