"""The plants: breaks, repeats, restated figures, redundancy.

Each plant function takes an article and a ``random.Random`` and returns a ``Sample`` (the
planted blocks and where the defect is) or None when the article offers no place for it.
"""

from __future__ import annotations

import random
import re
import unicodedata

from .figures import _HAN, _LEADING, _QUOTES, can_stand_alone, figure_clauses, figures, perturb
from .model import (
    CLOSERS,
    END,
    Article,
    Region,
    Sample,
    _body_range,
    _complete,
    _insert_sentence,
    _whole,
    sentence_spans,
)

# Chinese line breaking (kinsoku): no line starts with these, none ends with an opener, and
# a dash or an ellipsis is not split; a layout break falls where a line may end
NO_LINE_START = set("，、；：。？！,;:?!”’」』）)》】…—·%％")
NO_LINE_END = set("“‘「『（(《【")


# The break classes plant a paragraph broken MID-SENTENCE: the cut falls inside a sentence
# that the paragraph itself ends with a full stop, question or exclamation mark (so a cut
# after a paragraph's last full stop, inside a trailing credit such as （记者 …）, and a cut
# in a line with no sentence end at all, a subhead, a caption, a list of links or prices,
# is not planted: nothing in the copy tells such a cut from the line as written).
# planted.py --break-anywhere sets BREAK_ANYWHERE to plant at every line-break point of any
# body line of 12+ characters, as before 2026-12-02.
BREAK_ANYWHERE = False


def _last_end(text: str) -> int:
    """Index of the paragraph's last sentence end (-1 when it has none)."""
    return max(text.rfind(c) for c in END)


def _blank(c: str) -> bool:
    """Whitespace or a character no reader sees (a private-use line mark of a web page,
    U+E40C; a zero-width space)."""
    return c.isspace() or unicodedata.category(c) in ("Co", "Cf")


def _visible_end(head: str) -> str:
    """The head as a reader sees its end: closing marks, blanks and invisible characters
    stripped (…。\ue40c, …。 ends a sentence: a cut there is after a sentence end)."""
    i = len(head)
    while i and (head[i - 1] in CLOSERS or _blank(head[i - 1])):
        i -= 1
    return head[:i]


def _visible_start(tail: str) -> str:
    i = 0
    while i < len(tail) and (tail[i] in CLOSERS or _blank(tail[i])):
        i += 1
    return tail[i:]


def break_positions(text: str, anywhere: bool | None = None) -> list[int]:
    """Cut points p (head text[:p], tail text[p:]) where a line may break, not right after
    or before a sentence end (nor after a colon, where a paragraph may end), and, unless
    ``anywhere`` (default BREAK_ANYWHERE), inside a sentence the paragraph ends: before its
    last sentence end."""
    if anywhere is None:
        anywhere = BREAK_ANYWHERE
    stop = len(text) if anywhere else _last_end(text)
    out = []
    for p in range(1, max(stop, 0)):
        if text[p] in NO_LINE_START or text[p - 1] in NO_LINE_END:
            continue
        head = _visible_end(text[:p])
        if not head or head[-1] in END + "：:…" or not text[:p].strip():
            continue
        tail = _visible_start(text[p:])
        if not tail or tail[0] in END + "…":
            continue
        out.append(p)
    return out


_DIGITS = "0123456789０１２３４５６７８９.．%％"


def cut_kind(head: str, tail: str) -> str:
    """What the cut falls on: after a clause mark, inside a figure, before a figure, inside
    Latin text, or elsewhere in a clause: inside a word or between two words, as the
    segmenter reads the joined text around the cut (the pairing of a cut between words has
    no cut word to go by, only how the two halves read)."""
    a, b = head[-1:], tail[:1]
    if a in "，、；,;":
        return "after-comma"
    if a in _DIGITS and b in _DIGITS:
        return "in-figure"
    if b in _DIGITS:
        return "before-figure"
    if a.isascii() and a.isalpha() and b.isascii() and b.isalpha():
        return "in-latin"
    return "in-word" if _inside_word(head[-JOINT:], tail[:JOINT]) else "between-words"


JOINT = 8  # characters on each side of the cut that the segmenter reads


def _inside_word(a: str, b: str) -> bool:
    from lint_news import words  # (the linter's segmenter; loaded when a break is planted)

    end = 0
    for w in words.cut(a + b):
        end += len(w)
        if end == len(a):
            return False
        if end > len(a):
            return True
    return False


def _break(art: Article, rng: random.Random) -> tuple[list[str], int, str] | None:
    """(blocks with the head left in place and the tail removed, head index, tail)."""
    blocks = art.blocks
    cands = [
        i
        for i in _body_range(art)
        if len(blocks[i]) >= 12 and (BREAK_ANYWHERE or _last_end(blocks[i]) > 0)
    ]
    if not cands:
        return None
    i = rng.choice(cands)
    text = blocks[i]
    pos = break_positions(text)
    if not pos:
        return None
    p = rng.choice(pos)
    head, tail = text[:p], text[p:]
    out = list(blocks)
    out[i] = head
    return out, i, tail


def plant_break_next(art: Article, rng: random.Random) -> Sample | None:
    r = _break(art, rng)
    if r is None:
        return None
    blocks, i, tail = r
    blocks.insert(i + 1, tail)
    detail = {"tail": len(tail), "cut": cut_kind(blocks[i], tail)}
    return Sample("", art, blocks, [_whole(blocks, i)], [_whole(blocks, i + 1)], detail)


def plant_break_moved(art: Article, rng: random.Random) -> Sample | None:
    r = _break(art, rng)
    if r is None:
        return None
    blocks, i, tail = r
    first, last = len(art.titles), len(blocks)  # insertion points among body blocks
    m = rng.randint(1, 5)  # paragraphs between head and tail
    options = []
    if i + 1 + m <= last:
        options.append(("forward", i + 1 + m))
    if i - m >= first:
        options.append(("backward", i - m))
    if not options:
        return None
    way, q = rng.choice(options)
    cut = cut_kind(blocks[i], tail)
    blocks.insert(q, tail)
    h = i + 1 if way == "backward" else i
    return Sample(
        "",
        art,
        blocks,
        [_whole(blocks, h)],
        [_whole(blocks, q)],
        {"between": m, "way": way, "cut": cut},
    )


def plant_break_lost(art: Article, rng: random.Random) -> Sample | None:
    r = _break(art, rng)
    if r is None:
        return None
    blocks, i, tail = r
    detail = {"lost": len(tail), "cut": cut_kind(blocks[i], tail)}
    return Sample("", art, blocks, [_whole(blocks, i)], [], detail)


# -- repeats ------------------------------------------------------------------------------


def plant_repeat_paragraph(art: Article, rng: random.Random, far: bool) -> Sample | None:
    blocks = list(art.blocks)
    cands = [i for i in _body_range(art) if len(blocks[i]) >= 10 and _complete(blocks[i])]
    if not cands:
        return None
    i = rng.choice(cands)
    if not far:
        blocks.insert(i + 1, blocks[i])
        return Sample("", art, blocks, [_whole(blocks, i + 1)], [_whole(blocks, i)])
    first, last = len(art.titles), len(blocks)
    m = rng.randint(1, 5)
    options = []
    if i + 1 + m <= last:
        options.append(i + 1 + m)
    if i - m >= first:
        options.append(i - m)
    if not options:
        return None
    q = rng.choice(options)
    blocks.insert(q, blocks[i])
    orig = i + 1 if q <= i else i
    return Sample("", art, blocks, [_whole(blocks, q)], [_whole(blocks, orig)], {"between": m})


def _pick_sentence(art: Article, rng: random.Random) -> tuple[int, int, int] | None:
    """(block, start, end) of a complete body sentence of at least 8 characters."""
    cands = []
    for i in _body_range(art):
        text = art.blocks[i]
        for s, e in sentence_spans(text):
            if e - s >= 8 and _complete(text[s:e]):
                cands.append((i, s, e))
    return rng.choice(cands) if cands else None


def plant_repeat_sentence(art: Article, rng: random.Random, far: bool) -> Sample | None:
    pick = _pick_sentence(art, rng)
    if pick is None:
        return None
    i, s, e = pick
    blocks = list(art.blocks)
    sent = blocks[i][s:e]
    if not far:
        blocks[i] = blocks[i][:e] + sent + blocks[i][e:]
        return Sample(
            "", art, blocks, [Region(i, e, e + len(sent))], [Region(i, s, e)], {"len": len(sent)}
        )
    others = [j for j in _body_range(art) if j != i and abs(j - i) <= 6]
    if not others:
        return None
    j = rng.choice(others)
    bounds = [0] + [e2 for _, e2 in sentence_spans(blocks[j]) if _complete(blocks[j][:e2])]
    at = rng.choice(sorted(set(bounds)))
    blocks[j] = blocks[j][:at] + sent + blocks[j][at:]
    return Sample(
        "",
        art,
        blocks,
        [Region(j, at, at + len(sent))],
        [Region(i, s, e)],
        {"len": len(sent), "between": abs(j - i) - 1},
    )


CONNECTIVES = (
    "",
    "",
    "此外，",
    "据介绍，",
    "据了解，",
    "数据显示，",
    "同时，",
    "记者了解到，",
)


def plant_quantity(art: Article, rng: random.Random, kind: str, where: str) -> Sample | None:
    """A restatement of a body clause with its figure perturbed: ``where`` is "headline"
    (a subhead between body paragraphs, or the headline of an article that has none) or
    "body" (the clause, perhaps prefixed, inserted into another paragraph)."""
    cands = []
    for i in _body_range(art):
        for s, e, f in figure_clauses(art.blocks[i]):
            cands.append((i, s, e, f))
    rng.shuffle(cands)
    for i, s, e, f in cands[:20]:
        got = perturb(f, kind, rng)
        if got is None:
            continue
        new_fig, detail = got
        text = art.blocks[i]
        clause = text[s:e]
        blocks = list(art.blocks)
        detail = {**detail, "kind": kind, "old_text": f.text, "new_text": new_fig}
        if where == "headline":
            only_figure = can_stand_alone(f) and rng.random() < 0.25
            if only_figure:
                sub = new_fig
            else:
                sub = clause[: f.start - s] + new_fig + clause[f.end - s :]
                sub = _LEADING.sub("", sub.strip("　 "))
                if len(sub) > 26 or len(sub) < 6:
                    continue
            first = len(art.titles)
            n_body = len(art.paras)
            tops = [first] if not art.titles else []
            mids = list(range(first + 1, first + n_body))
            spots = ([*tops, *mids]) if mids else tops
            if not spots:
                continue
            q = rng.choice(spots)
            blocks.insert(q, sub)
            src = i + 1 if q <= i else i
            detail.update(only_figure=only_figure, position="headline" if q in tops else "subhead")
            return Sample(
                "", art, blocks, [_whole(blocks, q)], [Region(src, f.start, f.end)], detail
            )
        # body: the sentence up to the figure's clause (when short), perhaps prefixed
        sent_start = max([ss for ss, _ in sentence_spans(text) if ss <= s] or [0])
        if e - sent_start <= 40:
            lead = text[sent_start:s]
        elif len(_HAN.findall(clause[: f.start - s])) >= 6 and not _VERB_FIRST.match(clause):
            # the clause names its subject
            lead = ""
        else:
            continue
        restated = lead + clause[: f.start - s] + new_fig + clause[f.end - s :]
        restated = _LEADING.sub("", restated.strip("　 ")).lstrip("，,")
        if not restated or any(c in _QUOTES for c in restated):
            continue
        # a connective only before a sentence that does not open with one (目前，…) already
        opener = "，" in restated[:7]
        restated = ("" if opener else rng.choice(CONNECTIVES)) + restated + "。"
        others = [j for j in _body_range(art) if j != i and _complete(art.blocks[j])]
        if not others:
            continue
        j = rng.choice(others)
        reg = _insert_sentence(blocks, j, restated, rng)
        return Sample("", art, blocks, [reg], [Region(i, f.start, f.end)], detail)
    return None


_VERB_FIRST = re.compile(
    r"[　 ]*(?:同比|环比|比|较|增长|增加|下降|减少|达到|达|为|占|是|有|共|累计|合计|其中|仅|只|约)"
)


# -- redundancy ---------------------------------------------------------------------------

_HEDGE_BEFORE = re.compile(r"(?:约|近|超|逾|多|达|共|余|大约|将近|接近|上|过|至|到|-|－|~|～|—)$")
_HEDGE_AFTER = re.compile(r"^(?:多|余|左右|以上|以下|上下|之多|有余|至|到|-|－|~|～|—)")

REDUNDANT = {
    "approx": (("约", "左右"), ("大约", "左右"), ("约", "左右"), ("大概", "左右")),
    "over": (("超过", "以上"), ("超", "以上"), ("超过", "以上")),
}


# the words that lead to a figure within its clause (占全市的…, 需要…, 降低…): in real copy
# the first hedge often stands before them (约占全市的三成左右, 至少降低两成以上), not right
# before the figure; half the samples put it there when the clause has such a verb (the "gap"
# variant, since 2026-12-03)
_LEAD_IN = {
    "approx": re.compile(
        r"(?:占|达到|达|有|在|为|是|需要|需|用了|花了|持续了|增长了?|下降了?)"
        r"[^，。；：！？、,.;:!?0-9０-９“”（）()约近超逾]{0,6}$"
    ),
    "over": re.compile(
        r"(?:增长了?|提高了?|降低了?|减少了?|下降了?|增加了?|达到|需要)"
        r"[^，。；：！？、,.;:!?0-9０-９“”（）()约近超逾]{0,4}$"
    ),
}
GAP_HEDGES = {"approx": ("约", "大约", "大概"), "over": ("至少", "起码")}


def plant_redundancy(art: Article, rng: random.Random, kind: str) -> Sample | None:
    cands = []
    for i in _body_range(art):
        text = art.blocks[i]
        for f in figures(text):
            if _HEDGE_BEFORE.search(text[max(0, f.start - 2) : f.start]):
                continue
            if _HEDGE_AFTER.match(text[f.end : f.end + 2]):
                continue
            cands.append((i, f))
    if not cands:
        return None
    i, f = rng.choice(cands)
    pre, post = rng.choice(REDUNDANT[kind])
    blocks = list(art.blocks)
    text = blocks[i]
    at = f.start
    gap = False
    if rng.random() < 0.5:
        window = text[max(0, f.start - 12) : f.start]
        m = _LEAD_IN[kind].search(window)
        if m is not None:
            place = f.start - (len(window) - m.start())
            if not _HEDGE_BEFORE.search(text[max(0, place - 2) : place]):
                at, gap = place, True
                pre = rng.choice(GAP_HEDGES[kind])
    blocks[i] = text[:at] + pre + text[at : f.end] + post + text[f.end :]
    reg = Region(i, at, f.end + len(pre) + len(post))
    return Sample("", art, blocks, [reg], [], {"pre": pre, "post": post, "gap": gap})


# -- measure words ------------------------------------------------------------------------

# a measure word and the look-alike an input method offers for it (one each: the slip most
# often seen), written as ASCII names for the variants (the JSON holds no corpus text)
MEASURE_SLIPS = {
    "块": ("快", "kuai"),
    "座": ("坐", "zuo"),
    "位": ("为", "wei"),
    "届": ("界", "jie"),
    "辆": ("量", "liang"),
    "颗": ("课", "ke"),
    "棵": ("颗", "ke2"),
    "支": ("只", "zhi"),
    "首": ("手", "shou"),
    "部": ("步", "bu"),
    "家": ("架", "jia"),
    "张": ("章", "zhang"),
    "幅": ("副", "fu"),
}
# a numeral or a determiner, the measure word, then a Chinese character (what it counts)
_MEASURED = re.compile(
    r"(?:第?(?:[0-9０-９]+|[一二两三四五六七八九十百千万几]+)|这|那|每|哪|某|另)"
    r"([块座位届辆颗棵支首部家张幅])(?=[\u4e00-\u9fff])"
)


_MEASURE_NOUNS = frozenset(
    "部分 部门 部长 部队 部署 部位 部件 部落 家人 家长 家里 家属 家庭 家乡 家园 家具 家电 家族 "
    "首都 首先 首次 首批 首位 首届 首家 首席 首长 首脑 首要 张家 座谈 位于 位置 届时 支持 "
    "支付 支出 支援 支撑 支部 块头 辆次".split()
)


def plant_measure_word(art: Article, rng: random.Random) -> Sample | None:
    """A measure word after a numeral or a determiner written as its look-alike (一块蛋糕 ->
    一快蛋糕, 三座大山 -> 三坐大山): wherever the copy counts something with one of
    ``MEASURE_SLIPS``' measure words, whatever it counts (the rule's noun lists are not
    consulted, so recall shows how far they reach)."""
    cands = [
        (i, m)
        for i in _body_range(art)
        for m in _MEASURED.finditer(art.blocks[i])
        # (not a noun that opens with the character: 一部分, 两部门, 一家人, 这首都…)
        if art.blocks[i][m.start(1) : m.end(1) + 1] not in _MEASURE_NOUNS
    ]
    if not cands:
        return None
    i, m = rng.choice(cands)
    slip, name = MEASURE_SLIPS[m.group(1)]
    return _one_char_slip(art, i, m.start(1), slip, m.start(), m.end(1) + 2, {"measure": name})


def _one_char_slip(
    art: Article, i: int, k: int, slip: str, start: int, end: int, variant: dict[str, str]
) -> Sample:
    """The sample that writes ``slip`` for the character at ``k`` of block ``i``, its planted
    region ``start``-``end`` of that block."""
    blocks = list(art.blocks)
    text = blocks[i]
    blocks[i] = text[:k] + slip + text[k + 1 :]
    return Sample("", art, blocks, [Region(i, start, end)], [], variant)


# -- units after a figure ------------------------------------------------------------------

# a unit after a figure and the character pinyin input offers for it (ASCII variant names)
UNIT_SLIPS = {
    unit: (slip, name)
    for unit, slip, name in zip(
        "万亿元岁吨斤分", "完以远随顿巾份", "wan yi yuan sui dun jin fenzhi".split(), strict=True
    )
}
_UNIT_AFTER_FIGURE = re.compile(
    r"[0-9０-９](?:[.．][0-9０-９]+)?"
    r"(?:(万)(?=[0-9０-９\u4e00-\u9fff])|(亿)(?=元|美元|欧元|英镑|日元|港元|人民币)"
    r"|[万千百亿]?(元)|多?(岁)|(吨)|(斤))"
    r"|[一二三四五六七八九十百千万](分)之[一二三四五六七八九十]"
)


def plant_unit_homophone(art: Article, rng: random.Random) -> Sample | None:
    """A unit after a figure written as the character that sounds like it (11万元 -> 11完元,
    2亿美元 -> 2以美元, 1200元 -> 1200远, 80岁 -> 80随, 2吨 -> 2顿, 5斤 -> 5巾, 三分之一 ->
    三份之一), wherever the copy states such a figure."""
    cands = [
        (i, m, g)
        for i in _body_range(art)
        for m in _UNIT_AFTER_FIGURE.finditer(art.blocks[i])
        for g in range(1, 8)
        if m.group(g)
    ]
    if not cands:
        return None
    i, m, g = rng.choice(cands)
    slip, name = UNIT_SLIPS[m.group(g)]
    k = m.start(g)
    return _one_char_slip(art, i, k, slip, m.start(), max(m.end(), k + 1), {"unit": name})
