"""Does a short title-like line hold the grammar of a sentence that no heading has?

A heading names or claims (乡村振兴的新路子, 科技兴农见实效, 一、加强领导); it does not
report what happened with an aspect particle (大会还表彰了, 这款相机采用了一枚), open with
a conjunction that ties it to the sentence before (并搭载…, 可现在我们, 尤其是通向), put a
personal pronoun as the subject of a second clause (顺着山路，我们来到…), nor set a
preposition's phrase after its subject with no verb to follow (水利部某某在座谈会, 社会对一个
人). A line that does, standing alone with no final mark, is the head of a sentence whose
rest is lost or stands elsewhere, even in a text with headings of its own (lone_head's
``family``) or right under the lead (where an article's first subhead often stands).

``sentence_grammar`` answers for the line's text; ``break_heads.lone_head`` weighs it.
"""

from __future__ import annotations

from .. import words
from ..patterns import lazy
from .break_evidence import ASPECT_OBJECT_VERBS, OBJECT_VERBS, SPEECH_VERBS

# conjunctions and linking adverbs that tie a clause to the sentence before it
_TYING_FIRST = frozenset(
    "并 而 并且 而且 但 但是 可 可是 于是 所以 因此 因而 从而 尤其 尤其是 特别是 甚至 以及 也许 况且".split()
)
# subordinators and sentence adverbs whose clause waits for another (若…, 难怪…, 但愿…)
_WAITING_FIRST = frozenset(
    "若 倘若 假如 如果 要是 虽然 虽 尽管 即使 即便 哪怕 难怪 但愿 只要 只有 一旦".split()
)
# aspect particles after a verb (jieba: 了/ul, 着/uz, 过/ug)
_ASPECT = {"了": "ul", "着": "uz", "过": "ug"}
_PERSONS = frozenset("我 你 他 她 我们 你们 他们 她们 咱们 大家".split())
# prepositions that open a predicate's adverbial after a subject (某某在…, 社会对…)
# (not 在 or 从: 党员干部在一线, 青年人在行动 are headings)
_PREDICATE_PREPOSITIONS = frozenset("对 向 跟 同 把 被 将".split())
_LOCALIZERS = frozenset("上 中 下 里 内 外 前 后 间 旁 时 之际 期间 以来".split())
MIN_CHARS = 4  # shorter lines are read by other tests (one character, half a word)


def sentence_grammar(text: str) -> str:
    """What in ``text`` (a line with no final mark) is a sentence's grammar no heading
    has, or ""."""
    t = text.strip()
    if len(t) < MIN_CHARS or t[-1:] in "！？!?":
        return ""
    tagged = [(w, p) for w, p in words.tag(t) if w.strip()]
    if len(tagged) < 2:
        return ""
    w0, p0 = tagged[0]
    if w0 in _TYING_FIRST and p0[:1] in "cdv":
        return "tying"  # 并搭载了…, 可现在我们, 尤其是通向
    if w0 + tagged[1][0] in _TYING_FIRST:
        return "tying"  # 特别/d 是…
    if w0 in _WAITING_FIRST and p0[:1] in "cdv":
        return "tying"  # 若没有…, 难怪…, 但愿…: a clause that waits for its main clause
    for k in range(1, len(tagged)):
        w, p = tagged[k]
        if _ASPECT.get(w) != p:
            continue
        if k >= 2 and tagged[k - 2][1] in ("d", "ad") and k == len(tagged) - 1:
            # 大会还表彰了: a subject's reported deed that stops on its particle (the word
            # before it is its verb, whatever the tagger calls it: 又新建/ns了); with its
            # object a claim is a subhead (全市各乡镇都建立了文化站)
            return "aspect"
        if tagged[k - 1][1][:1] != "v":
            continue
        verb, rest = tagged[k - 1][0], tagged[k + 1 :]
        if not rest and verb in ASPECT_OBJECT_VERBS | OBJECT_VERBS:
            return "aspect"  # 这款相机使用了: the object owed
        if rest and all(q[:1] in "mq" or q == "eng" or x in "/.．" for x, q in rest):
            return "aspect"  # 采用了一枚: a numeral and no noun after it
    if p0[:1] in "pt":
        for k in range(1, len(tagged) - 1):
            if tagged[k][0] in "，," and tagged[k + 1][0] in _PERSONS:
                # 顺着崎岖的山路，我们来到…: an adverbial frame, then its subject (a slogan's
                # first part is a phrase of content words: 新区建设，我们一起来)
                return "person"
    # a subject, then a preposition whose phrase runs to the end with no verb after it
    # and no localizer closing it (张某在座谈会, 社会对一个人, 乡镇政府在村民自治)
    for k in range(1, len(tagged) - 1):
        w, p = tagged[k]
        if w in _PREDICATE_PREPOSITIONS and p == "p":
            before, after = tagged[:k], tagged[k + 1 :]
            if not any(q[:1] in "nr" for _, q in before) or any(q[:1] == "v" for _, q in before):
                return ""
            if after[-1][0] in _LOCALIZERS or after[-1][1][:1] == "f":
                return ""
            if w == "对" and _versus(before, after):
                return ""  # 城东队对城西队: a match, two sides named
            ks = [j for j, (x, _) in enumerate(after) if x == "的"]
            if ks:
                # …对市场的监管, 我们对祖国的感情: a noun phrase whose modifier the
                # preposition's phrase is; only after an adverb is the phrase a predicate's
                # adverbial (某某首先向…的代表及家属) and its head noun the preposition's object
                head = after[ks[-1] + 1 :]
                if tagged[k - 1][1] not in ("d", "ad") or not head:
                    return ""
                if not all(q[:1] in "nr" and q != "vn" for _, q in head):
                    return ""
            elif any(q[:1] == "v" and q != "vn" for _, q in after):
                return ""
            return "preposition"
    return ""


def _versus(before: list[tuple[str, str]], after: list[tuple[str, str]]) -> bool:
    """Are the words on the two sides of 对 two names or nouns of like length, a match's
    two sides (城东队对城西队, 上海队对北京队), with no numeral, pronoun, adverb or time word
    that makes 对 a preposition (社会对一个人, 最近某县对…)?"""
    if not all(p[:1] in "ns" for _, p in before + after):
        return False
    a, b = "".join(w for w, _ in before), "".join(w for w, _ in after)
    return abs(len(a) - len(b)) <= 2


_FRAME_DEMONSTRATIVES = "这那此该"


def frame_part(part: str) -> bool:
    """Is the short first part of a two-part line (…，…) a sentence's frame rather than a
    slogan's phrase of content words (库网并举，…; 科技，…): a time (最近几年, 17日, 会上), a
    place closed by a localizer (茶话会上), a demonstrative's phrase that points back into
    the text (这些问题, 该市), a source and its verb of saying (数据显示, 专家指出), or a
    subject and a verb of belief or perception (我们坚信, 专家预计)?"""
    tagged = [(w, p) for w, p in words.tag(part.strip()) if w.strip()]
    if not tagged:
        return False
    if all(p[:1] in "tmfx" or p == "eng" and w.isdigit() for w, p in tagged):
        return True
    w0, p0 = tagged[0]
    last_w, last_p = tagged[-1]
    if len(tagged) > 1 and last_p == "f":
        return True
    if p0[:1] == "r" and w0[:1] in _FRAME_DEMONSTRATIVES:
        return True
    # a source and its verb of saying, or a subject and a verb of belief or perception whose
    # object is the clause after the comma (我们坚信，…; 专家预计，…; 大家发现，…)
    return len(tagged) > 1 and (last_w in SPEECH_VERBS or last_w in _CLAUSE_OBJECT_VERBS)


# verbs of belief, expectation and perception that take a clause as their object
_CLAUSE_OBJECT_VERBS = frozenset(
    "坚信 相信 深信 确信 觉得 感到 发现 看到 注意到 意识到 知道 深知 懂得 明白 预计 估计 预测"
    " 判断 承认 担心 担忧 期待 期望 盼望".split()
)


def time_frame(text: str) -> bool:
    """Is the line a time adverbial alone, closed by a localizer (前年元旦前, 去年春节以来):
    the frame a sentence opens with, not a date that signs a text (2009年12月)?"""
    tagged = [(w, p) for w, p in words.tag(text.strip()) if w.strip()]
    return (
        len(tagged) >= 2
        and tagged[-1][1] == "f"
        and all(p[:1] in "tmf" or (p == "eng" and w.isdigit()) for w, p in tagged)
    )


# a lead's dateline opening (本报北京1月1日讯记者某某, 新华社北京…, 中新网…)
_DATELINE_OPENING = lazy(r"^\s*(?:本报|新华社|中新社|中新网|新华网|人民网|[\u4e00-\u9fff]{2,4}网)")
# the rest of a dateline's frame opening the next block: its word of reporting, its 讯 or
# 电 (本报北京1月1日 | 讯近日…, …讯记者某某 | 报道：…, …讯记者某某 | 报道，…)
_FRAME_REST = lazy(r"^\s*(?:报道[：:，,\s]|[讯电](?![影视话报池压器力脑网]))")


def dateline_goes_on(line: str, nxt: str) -> bool:
    """Is ``line`` a lead's dateline (and byline) whose frame the block after it completes
    (本报北京1月1日讯记者某某 | 报道：日前…; 本报北京1月1日 | 讯近日…): one lead cut in two?"""
    return _DATELINE_OPENING.match(line) is not None and _FRAME_REST.match(nxt) is not None
