"""A lone title-like line in running text, left open (issue 9, break-lost).

A short line without punctuation between two body paragraphs is taken for a subhead, and a
subhead is a break only when a continuation bears it out. When a paragraph was cut early and
its rest is lost, the head that stays is such a line (城东新建的图书馆已经 |, 据了解，今年的
计划 |), and nothing after it bears it out. Two things together show it:

- where it stands, by the document's own style: after a body paragraph that ends with a
  final mark, before another body paragraph, in a body that has no other subhead (a text
  with subheads has several; one line alone among paragraphs that all end in 。 is more
  likely the head of a paragraph); or after the last body paragraph, where credits and
  sources stand (those name themselves: 记者, 来源, …/文, and stay silent);
- how it ends: on a function word no heading ends with (a preposition, a conjunction, a
  structural particle, an adverb such as 已经 or 都), on one character after a longer word
  (…的图书馆藏, …球场早日完: half a word, where a heading ends on a whole one), or it opens
  as a sentence does. (Not a clause mark inside alone: a slogan has one, 以简胜繁，回归经典.)

A heading alone in a body (技术与文化的互动, 城市的新面孔) ends on a whole noun or verb and
stays silent; so do lines that end on a figure or Latin letters, and lines over a dateline
(the caller: the heading of the next article). The evidence is weak: the caller reports it
a step below the rule's severity, unless the line's end alone is strong evidence (…是, …说:
``tail_evidence``), which a heading's place kept silent until now.

Wherever such a line stands, a bracket it leaves open near its end (…S2000HD [参考价格,
…文艺演出…［详: ``open_bracket``) shows it cut: no heading, credit or label stops inside its
brackets, and the caller then keeps the line from the web page furniture it would pass for.

The same half-word test reads the value after a label at a paragraph's end (``value_cut``:
…活动类别：大型亲子读书活动出), which is otherwise taken for a label's line and left silent.
"""

from __future__ import annotations

import re

from .. import words
from ..document import HEADLINE, LABEL, LIST_ITEM, PARAGRAPH, SUBHEAD, Block, opens_with_dateline
from ..patterns import HAN as _CJK
from ..patterns import lazy
from .break_echo_stubs import echoed_line
from .break_evidence import lead_like, sentence_like, tail_evidence
from .break_title_ends import dictionary_half_word_end
from .break_trailers import _CREDIT, _MOTTO, _running, half_word_end
from .break_word_prefix import word_prefix_end

_FINAL = "。！？!?”」』）)"
_TITLE_KINDS = (HEADLINE, SUBHEAD, LABEL)
_BODY_KINDS = (PARAGRAPH, LIST_ITEM)
# adverbs that tie a clause to its verb and never end a heading (jieba tags some nouns and
# verbs ``d`` too, 互动: hence a list, not the tag alone)
_FUNCTION_ADVERBS = frozenset(
    (
        "也 都 还 就 又 再 才 却 将 不 没 没有 已 已经 正在 曾 曾经 仍 仍然 便 更 最 很 非常"
        " 十分 正 刚 刚刚 并 并且 而 而且 甚至 尤其 特别 只 只是 共 一共 总共 约 大约"
    ).split()
)
# structural and aspect particles that need what follows them: 的 (uj), 着 (uz), 地 (uv),
# 得 (ud); not 了 or 过, which end a clause
_OPEN_PARTICLES = ("uj", "uz", "uv", "ud")
TAIL_CHARS = 8  # the characters whose words are read
# one character left alone after a longer word, as a noun, verb or adjective (…对我国信,
# …儿子儿): half a word; not a measure word, numeral, localizer or time (…3690元, …范围内,
# …2000年), nor a name's character (…美, …张明)
_HALF_POS = ("n", "v", "a")
_NAME_POS = ("nr", "ns", "nt", "nz")
# the longer word before it: a noun, verb, adjective or pronoun; not a numeral, measure word,
# localizer or adverb, after which one character is a unit or a noun of its own (一万余方,
# 40分钟工, 到来时)
_WORD_POS = ("n", "v", "a", "r")
# localizers close a phrase whatever the tagger calls them (…范围内, …会议上, …两岸间)
_LOCALIZERS = frozenset("上下内外中里前后间旁边侧东南西北")


def open_line_end(text: str) -> str:
    """Why a title-like line ends where no heading ends (…在, …和, …的, …已经, a half
    word after a longer one) or opens as a sentence does, or ""."""
    t = text.rstrip()
    tagged = [(w, p) for w, p in words.tag(t[-TAIL_CHARS:], hmm=True) if w.strip()]
    if not tagged:
        return ""
    w, p = tagged[-1]
    if p[:1] in "pc":
        return f"行末停在“{w}”上，介词或连词后缺少成分"
    if p in _OPEN_PARTICLES:
        return f"行末停在助词“{w}”上"
    if p[:1] == "d" and w in _FUNCTION_ADVERBS:
        return f"行末停在副词“{w}”上"
    if _single_after_word(tagged):
        return HALF_WORD.format(w)
    if prefix := word_prefix_end(t):
        return HALF_WORD.format(prefix)  # …在此之, …据媒体报: a word's beginning (lost16b)
    if sentence_like(t) or lead_like(t):
        return OPENS_AS_SENTENCE
    return ""


OPENS_AS_SENTENCE = "行首是句子的开头"
HALF_WORD = "行末的“{}”像是半个词"
HAS_CLAUSE = "行内有逗号，是句子而不是标题"
# a line of clauses: a comma inside and this many characters at least (…，全县群众)
CLAUSE_LINE = 8
_COMMA = lazy(r"[，,]")


def clause_line(text: str) -> str:
    """Why a title-like line alone among closed paragraphs reads as a sentence begun, or "":
    a comma and, after it, a clause cut short (shorter than the first piece: 第一期工程，
    计划) or ending open (``tail_evidence``: …，给居民带来的). Not a slogan of two parts,
    whose second piece is as long as its first or longer and ends whole (以简胜繁，回归经典;
    以绿养绿，探索生态补偿新路), which a heading may be, nor a line with a headline's colon
    or quotes. (lost14)"""
    t = text.rstrip()
    if _HEADLINE_MARKS.search(t):
        return ""  # a headline of two parts or with quoted words (再当园长：她说…)
    pieces = _COMMA.split(t)
    if len(t) >= CLAUSE_LINE and len(pieces) >= 2 and pieces[-1]:
        if len(pieces[-1]) < len(pieces[0]) or tail_evidence(pieces[-1])[0] > 0:
            return HAS_CLAUSE
    return ""


# words that open a predicate which a title after an article's last paragraph seldom has
# whole: the copula and its kin (是, 为, 有), a source (来自), prepositions that put their
# object before the verb (把, 被) or an adverbial before it (向, 对, 给, 在)
_FRAME_WORDS = frozenset("是 为 有 来自 把 被 向 对 给 在".split())
FRAME_LINE = 6  # characters at least
_LINE_GAP = lazy(r"\s{2,}|\u3000|[\[［【]")


def frame_line(text: str) -> str:
    """Why a line after an article's last paragraph is a sentence begun, or "": a word that
    opens a predicate (``_FRAME_WORDS``) after its first word, in a line of FRAME_LINE
    characters or more with no headline's colon or quotes and no web layout (…宜柳高速公路
    是国家, …陈飞指着堆得像山, 2001名来自北京社会). A related headline glued there ends
    whole and has its own shape; weak evidence, reported a step below. (lost14)"""
    t = text.rstrip()
    if len(t) < FRAME_LINE or _HEADLINE_MARKS.search(t) or _LINE_GAP.search(t):
        return ""
    tagged = [w for w, _ in words.tag(t) if w.strip()]
    hit = next((w for w in tagged[1:] if w in _FRAME_WORDS), "")
    return f"行内的“{hit}”引出的成分没有说完" if hit else ""


def _single_after_word(tagged: list[tuple[str, str]]) -> bool:
    """Do the tagged words end on one character, a noun, verb or adjective that is no
    name's or localizer's, after a longer Chinese word (…对我国信, …儿子儿)?"""
    w, p = tagged[-1]
    return (
        len(w) == 1
        and p[:1] in _HALF_POS
        and not p.startswith(_NAME_POS)
        and w not in _LOCALIZERS
        and len(tagged) >= 2
        and len(tagged[-2][0]) >= 2
        and tagged[-2][1][:1] in _WORD_POS
        and _CJK.match(tagged[-2][0][-1:]) is not None
    )


# the last characters of names of bodies and places, which end a label's value whole
# (主办：市文化局, 地点：城南区): no half word there
_NAME_ENDS = frozenset(
    "处局部厅室所院站会社馆厂店村乡镇县市省区州团队组科校园港岛湖山河路街桥楼厦城"
)
_VALUE = lazy(r"[：:]([^：:]*)$")


def value_cut(text: str) -> bool:
    """Does the value after a paragraph's last label colon stop on half a word (…游戏类别：
    大型休闲手, …编辑点评：这款相机的显)? A label's value is most often a name, a date or a
    phrase that ends whole; not a credit or a source (来源：…, 记者：…), nor a name of a body
    or place (主办：市文化局)."""
    t = text.rstrip()
    m = _VALUE.search(t)
    if m is None or len(m.group(1).strip()) < 2 or t[-1] in _NAME_ENDS:
        return False
    if not _CJK.match(t[-1]) or _CREDIT.search(t[max(0, m.start() - 8) :]):
        return False
    value = m.group(1)
    tagged = [(w, p) for w, p in words.tag(value[-TAIL_CHARS:], hmm=True) if w.strip()]
    if tagged and _single_after_word(tagged):
        return True
    return t[-1] not in _LOCALIZERS and half_word_end(value)


# a label's value that runs on in clauses: this many characters at least, a comma inside
COMMA_VALUE = 8
CLAUSE_PIECE = 5  # Chinese characters of one piece at least: a clause, not a name
_VALUE_GAP = lazy(r"\s{2,}|\u3000|[\[［【]")
_FIGURE_START = lazy(r"\s*[0-9０-９]")


def comma_value(after: re.Match[str], index: int) -> bool:
    """Does the value after a paragraph's last label colon (``after``: ``_label_value``)
    run on in clauses and stop (创意说明：以不文明驾车，乱闯; 惊喜四：角色重生不是梦想，各门派)?
    A label's value is a name, a date or a phrase, seldom two clauses; those that are (a
    motto, 题词：…，…; a date and a place, 第二站：5月3日，城南小学) end whole, and are
    kept out: a motto's label, a value that opens with a figure, web page furniture, the
    first block of a text (主题：…, its title). (lost14)"""
    value = after.group(2).strip()
    return (
        index > 0
        and len(value) >= COMMA_VALUE
        and _COMMA.search(value) is not None
        and _CJK.match(value[-1]) is not None
        and _running(value)
        and _VALUE_GAP.search(value) is None
        and _FIGURE_START.match(value) is None
        and _MOTTO.search(after.group(1)) is None
        # a clause among the pieces, not a list of names or things (主演：刘晓东，王美华;
        # 须知：户口簿原件，体检表): a piece long enough, and a verb
        and max(len(_CJK.findall(p)) for p in _COMMA.split(value)) >= CLAUSE_PIECE
        and any(p[:1] == "v" for _, p in words.tag(value))
        and _cut_piece(_COMMA.split(value)[-1])
    )


STUB_PIECE = 3  # characters: a last piece this short is a clause begun (…，乱闯; …，各门派)


def _cut_piece(piece: str) -> bool:
    """Is the last piece of a label's value a clause cut short: a few characters, or an end
    that no clause has (a function word, half a word: ``open_line_end``, ``tail_evidence``)?
    A reviewer's note ends on a whole clause (编辑点评：…，拍摄效果相当出色) and stays silent."""
    why = open_line_end(piece)
    return (
        len(piece.strip()) <= STUB_PIECE
        or bool(why and why != OPENS_AS_SENTENCE)
        or tail_evidence(piece)[0] > 0
    )


# how much of a line's character pairs the paragraph after it may take up: a heading's words
# come back in the first sentences of its paragraph (中堡岛上不眠人 | 一向喧闹的中堡岛…)
ECHO_SHARE = 0.1
ECHO_WINDOW = 60  # characters of the next paragraph read
_HEADLINE_MARKS = lazy(r"[：:“”\"「」《》]")  # a headline's colon or quotes (再当原告：…)


def _pairs(text: str) -> set[str]:
    cjk = "".join(_CJK.findall(text))
    return {cjk[k : k + 2] for k in range(len(cjk) - 1)}


def unechoed_line(line: str, nxt: Block) -> str:
    """Why a title-like line in a body that has other subheads is no heading but the head
    of a paragraph whose rest is lost, or "": it ends open (``open_line_end``'s function
    word, or half a word by jieba's dictionary: ``dictionary_half_word_end``) or runs on in
    clauses (``clause_line``), and the paragraph after it neither opens an article (a
    dateline) nor takes up its words (at most ``ECHO_SHARE`` of its character pairs in its
    first ``ECHO_WINDOW`` characters), as the paragraph under a heading does; and it has no
    colon or quotes, as headlines of two parts or quoted words have. (lost14)"""
    if nxt.kind != PARAGRAPH or opens_with_dateline(nxt) or _HEADLINE_MARKS.search(line):
        return ""
    why = open_line_end(line)
    if why in (OPENS_AS_SENTENCE, HALF_WORD.format(line.rstrip()[-1:])):
        # (a sentence's opening, or one character after a word by the tags: a heading ends
        # so too, 故土情, 园长说; only jieba's dictionary tells half a word here)
        why = HALF_WORD.format(line.rstrip()[-1:]) if dictionary_half_word_end(line) else ""
    why = why or clause_line(line)
    if not why:
        return ""
    own = _pairs(line)
    if not own or len(own & _pairs(nxt.text[:ECHO_WINDOW])) > ECHO_SHARE * len(own):
        return ""
    return why


# brackets and their closings: a title-like line that leaves one open near its end stops
# inside it (…S2000HD [参考价格, …文艺演出…［详); not quotation marks, which a heading may open
# over a quotation that the next paragraph goes on with (…回答：“还差得远！)
_BRACKETS = (("（(", "）)"), ("《", "》"), ("【", "】"), ("［[", "］]"), ("「", "」"))
BRACKET_SPAN = 20  # characters from the end: a bracket of the line's end, not its opening


def open_near_end(
    text: str, pairs: tuple[tuple[str, str], ...], span: int, straight_quotes: bool = False
) -> str | None:
    """The opening mark of ``pairs`` (openings, closings) that ``text`` leaves open within
    its last ``span`` characters, with Chinese text after it and not at the very end (a
    mark at the end is the end tests'), or None. With ``straight_quotes``, a ＂ or " after
    it (which open and close alike) may have closed it."""
    t = text.rstrip()
    for opening, closing in pairs:
        k = max(t.rfind(c) for c in opening)
        if k < 0 or k < len(t) - span or k == len(t) - 1:
            continue
        rest = t[k + 1 :]
        if any(c in rest for c in closing) or (straight_quotes and ("＂" in rest or '"' in rest)):
            continue
        if _CJK.search(rest):
            return t[k]
    return None


def open_bracket(text: str) -> str:
    """The bracket that a title-like line leaves open near its end, with Chinese text after
    it (…[参考价格, …［详), or "". No heading, credit or label stops inside its brackets.
    (lost15)"""
    return open_near_end(text, _BRACKETS, BRACKET_SPAN) or ""


def lone_body_line(b: Block, blocks: list[Block]) -> str:
    """Why a title-like block is the head of a paragraph whose rest is lost: it stands alone
    in running text, or after the last body paragraph (see the module's docstring), and ends
    open (``open_line_end``) or runs on in clauses (``clause_line``); or, in a body with
    other subheads or right under the headline, it ends open and the paragraph after it
    takes up none of its words (``unechoed_line``); or, between body paragraphs or after
    the last one, it only repeats words of the last sentence before it (``echoed_line``,
    lost16); or ""."""
    i = b.index
    if b.kind not in _TITLE_KINDS or i < 1:
        return ""
    t = b.text.rstrip()
    if not _CJK.match(t[-1:]):
        return ""
    if mark := open_bracket(t):
        return f"行内的“{mark}”没有闭合"  # …[参考价格, …［详: wherever it stands (lost15)
    if i == 1:
        # a second line under the headline, over the first paragraph: a subtitle, unless
        # it ends open and the paragraph takes up none of its words (lost14)
        if blocks[0].kind != HEADLINE or len(blocks) < 3 or _CREDIT.search(t):
            return ""
        why = unechoed_line(t, blocks[2])
        return f"标题下的短行不像副题，{why}" if why else ""
    before = blocks[i - 1]
    if before.kind != PARAGRAPH or before.text.rstrip()[-1:] not in _FINAL:
        return ""
    if _CREDIT.search(t):
        # a credit or a source (…/文, 来源：…, 某报记者 某某): after the last paragraph, or
        # before a paragraph that a layout moved after it
        return ""
    if not any(x.kind in _BODY_KINDS for x in blocks[i + 1 :]):
        why = open_line_end(t) or clause_line(t) or frame_line(t) or echoed_line(t, before.text)
        return f"文末的短行，{why}" if why else ""
    if i + 1 >= len(blocks) or blocks[i + 1].kind != PARAGRAPH:
        return ""
    first = next((x.index for x in blocks if x.kind == PARAGRAPH), len(blocks))
    if any(x.kind in _TITLE_KINDS for x in blocks[first:] if x is not b):
        # a body with subheads: this line may be one of them, unless the paragraph after it
        # takes up none of its words, as the paragraph under a heading does; not right
        # under the lead, where an article's first section often opens (lost14)
        why = unechoed_line(t, blocks[i + 1]) if i - 1 > first else ""
        why = why or echoed_line(t, before.text, blocks[i + 1].text)  # …危机。 | 危机 (lost16)
        return f"正文中的短行不像小标题，{why}" if why else ""
    why = open_line_end(t) or clause_line(t) or echoed_line(t, before.text, blocks[i + 1].text)
    return f"正文中孤立的短行，{why}" if why else ""
