"""Check kind ``truncation``: paragraphs broken mid-sentence, and where their other half is.

Print layout, PDF export and CMS pasting break paragraphs at arbitrary characters and
scatter the halves. A body paragraph whose end is open (no sentence-final mark) is a
candidate *break*; a paragraph that starts where no sentence starts is a *fragment*. The
evidence (see ``break_evidence``) does not depend on the joint cutting a word:

- the break's own end: a clause mark, or a last word that cannot end a clause (是, 将继续,
  惠及, a preposition phrase with no verb, a figure without its unit);
- each candidate continuation's start: a clause mark, 的, a measure word with no numeral,
  多 before a bare noun phrase, 年底/月底 before a verb, a lone figure and unit, a verbless
  first sentence, a subjectless verb;
- the joint: a word or figure cut across it (率|先, 2022年3 | 月底), weighed by how much
  likelier the joined reading is, and how well the last word and the first word make one
  phrase (a verb and its object, an adverb and its verb, a noun and its figure);
- nearness: the paragraph right after the break, then anything within ``WINDOW``.

Pairs are assigned jointly (``break_pairing``: a maximum-weight matching over a scored model
of the joint), so one continuation serves one break and the breaks of a page together read
best; a paragraph that opens like a sentence is nobody's tail without evidence. A
title-like line (the classifier's headline, subhead or label, with no markup) is a break
only when a continuation right after it bears that out. A multi-clause body paragraph that
simply stops, among paragraphs that end in a full stop, is reported one step below the
rule's severity: its tail is lost, or its full stop is. What stays silent: titles, bylines,
datelines, captions, list items, lines ending in a colon, dashes or a contact number,
credits and glued headlines at an article's end, web page furniture, verse, a document of
one paragraph.

The segmenter (jieba) is loaded only when a document has an open end or a paragraph that
opens with a candidate tail word, and it reads only short windows at the joints.

Rule parameters:
  report: breaks (default) | fragments - what the rule reports: paragraphs that stop
          mid-sentence, or paragraphs that start mid-sentence with no break to join them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from .. import words
from ..document import (
    CAPTION,
    END_MARK,
    HEADLINE,
    LABEL,
    LIST_ITEM,
    PARAGRAPH,
    SUBHEAD,
    Block,
    Document,
)
from ..findings import Finding, Related, Severity
from ..patterns import lazy
from ..records import Record
from ..rules import Rule
from . import break_assign
from .break_contacts import contact_cut
from .break_datelines import dateline_over_body, dateline_without_story
from .break_evidence import (
    FORBIDDEN_START,
    HEAD_WINDOW,
    LEXICAL_STARTS,
    SPEECH_VERBS,
    STRONG,
    TAIL_WINDOW,
    cannot_end_title,
    head_evidence,
    last_words,
    lead_like,
    lone_clause_char,
    paragraph_half_word,
    sentence_like,
    tail_evidence,
)
from .break_glue import GLUE, GLUE_WEAK, can_glue, can_open, end_reason, glued_joint
from .break_head_grammar import sentence_grammar
from .break_heads import (
    bare_line_head,
    closed_after,
    credit_closes,
    lone_head,
    no_title,
    runs_on,
)
from .break_joint import _word_cut, may_cut_prefix, word_cut
from .break_leads import cut_lead, dateline_cut
from .break_lists import _word_into_next, list_item_cut
from .break_lone_lines import (
    comma_value,
    lone_body_line,
    open_bracket,
    open_near_end,
    value_cut,
)
from .break_mid_stubs import end_counts, marks_ends_inside, mid_stub
from .break_prose import last_stub, prose_clause, term_closes_paragraph
from .break_rest import (
    _stray_end_line,
    clause_label_value,
    end_line_rest,
    orphan_rest,
    speaker_value,
    take_rest,
)
from .break_tables import ROW_SPLIT, table_row_cut
from .break_title_lines import (
    _CJK,
    _CUT_TITLE_END,
    _OPENERS,
    _clause_among_body,
    _credit_at_end,
    _heads_article,
    _last_word,
    _quoted_term_end,
    _subject_of_next,
    _title_candidate,
    _title_tail,
)
from .break_trailers import (
    _CREDIT,
    _DATELINE_SAID,
    _FRAME_WORDS,
    _MOTTO,
    _OK_TAIL,
    _SAID,
    ASIDE_RUN,
    CLAUSE_CJK,
    COLON_CLAUSES,
    COLON_RUN,
    COLON_TAIL,
    CUT_NUMBER,
    LONE_AFTER_FURNITURE,
    NOT_LABEL_COLON,
    REPORT_FRAME,
    _after_last_stop,
    _clauses_after_furniture,
    _credit_in,
    _inline_list,
    _label_value,
    _running,
    _runs_after_furniture,
    _web_end,
    char_after_furniture,
    cut_date,
    cut_number,
    figure_after_stop,
    half_word_end,
    open_unpunctuated,
)
from .truncation_joint import (
    _CLOSED_END,
    _CLOSERS,
    ADJ_JOINT,
    LEAD_LEN,
    WINDOW,
    Break,
    _Heads,
    _Joint,
    _pair_jointly,
    _pair_score,
    bare_line,
    credit_cut,
    cut_far_bound,
    furniture_end,
    reads_on_next,
)

PARAMS = {"truncation": ("report",)}

_RANGE_FIRST = frozenset("0123456789０１２３４５６７８９%％")
_OK_LAST = frozenset("—－～。．文图摄（）转")  # and digits, printable ASCII: _OK_TAIL's last


def prepare(rule: Rule) -> str:
    report = rule.params.get("report", "breaks")
    if report not in ("breaks", "fragments"):
        raise ValueError("'report' must be 'breaks' or 'fragments'")
    return report


class Analysis(Record):
    _fields = ("breaks", "fragments")
    breaks: list[Break]
    fragments: list[tuple[Block, str]]  # unclaimed mid-sentence starts

    def __init__(
        self,
        breaks: list[Break] | None = None,
        fragments: list[tuple[Block, str]] | None = None,
    ) -> None:
        self.breaks = [] if breaks is None else breaks
        self.fragments = [] if fragments is None else fragments


def open_end(block: Block) -> str | None:
    """Why a body paragraph's end is open (no sentence-final mark where one is due), or None."""
    if block.kind != PARAGRAPH:
        return None
    t = block.text.rstrip()
    if not t:
        return None
    last = t[-1]
    if last in _OPENERS:
        core = t.rstrip(_OPENERS + " ")
        if not core or core[-1] in _CLOSED_END or core[-1] in _CLOSERS:
            return None  # a complete sentence and the next quotation's opening mark
        return "句末是前引号或前括号"
    if len(t) >= 20 and _quoted_term_end(t):
        return _NO_MARK  # …在网上“冲浪”: a quoted term, not a closed quotation
    if last in _CLOSED_END or last in _CLOSERS:
        return _NO_MARK if term_closes_paragraph(t) else None  # …的短片《某某》 (lost14)
    if cut_number(t):
        return CUT_NUMBER  # …客服电话：0755-82: shorter than any number of its kind
    if cut := contact_cut(t):
        return cut  # …官方网站：www.xinwen, …010-6512345: an address or number cut (lost12)
    if last in "~～" and t[-2:-1] in _RANGE_FIRST:
        return _NO_MARK  # 3～ | 5天: a range's first figure (a tilde after a word is web play)
    if (last.isdecimal() or "!" <= last <= "~" or last in _OK_LAST) and _OK_TAIL.search(t):
        return None  # (_OK_LAST: a match of _OK_TAIL ends so, t has no space at its end)
    if last in "，、,":
        return _COMMA
    if not _CJK.search(t[-12:]):
        return None  # a Latin or numeric tail: a code, a table row, an address
    # a title-like line (no inner punctuation at all) that the classifier left as a paragraph
    if not re.search(r"[，。；：、,;:！？!?]", t) and len(t) <= 40:
        return None
    return _NO_MARK


_NO_MARK = "句末没有标点"
_COMMA = "句末是逗号或顿号"
_DATELINE_CUT = "电头与记者署名被拆开"
_NEXT_IS_REST = (_DATELINE_CUT, ROW_SPLIT)


def _verse(a: Block, blocks: list[Block]) -> bool:
    """A line of verse or a couplet laid out one line per block: short lines ending in ，."""
    if len(a.text) > 16 or a.index + 1 >= len(blocks):
        return False
    nxt = blocks[a.index + 1].text
    return len(nxt) <= 20 and abs(len(nxt.strip("“”")) - len(a.text.strip("“”"))) <= 2


def starts_mid_sentence(block: Block) -> str | None:
    t = block.text.lstrip()
    if not t:
        return None
    if t[0] in FORBIDDEN_START and not t.startswith("……"):
        return f"以“{t[0]}”开头"
    return None


# a cheap test before the segmenter reads a paragraph's first words: only paragraphs that
# begin with one of these can carry strong evidence of a lost head (see head_evidence)
_LEXICAL_CANDIDATE = lazy(
    "^(?:" + "|".join(sorted(LEXICAL_STARTS, key=lambda w: (-len(w), w))) + ")"
)


def starts_mid_word(block: Block) -> str | None:
    """Why a paragraph's first words are the tail of a sentence whose head is lost, or None."""
    t = block.text.lstrip()
    if not _LEXICAL_CANDIDATE.match(t):
        return None
    weight, why = head_evidence(t)
    return why if weight >= STRONG else None


def _tail_weight(br: Break, blocks: list[Block]) -> None:
    """The evidence of a break's own end: a clause mark, a word that cannot end a clause, or
    a mark left open (that the next paragraph does not close: see ``_closed_next``)."""
    if br.reason != _NO_MARK:
        br.tail, br.marked = STRONG, True
        return
    text = br.block.text
    w, why = paragraph_half_word(text) if br.block.kind == PARAGRAPH else tail_evidence(text)
    if w:
        br.tail, br.reason = w, why
    elif (
        br.block.kind == PARAGRAPH
        and not br.title_like
        and (mark := open_mark(br.block.text))
        and not _closed_next(br.block, blocks)
    ):
        br.tail, br.reason = STRONG, f"段末的“{mark}”{_UNCLOSED}"  # …同意才能开展行动。［详
    elif br.block.kind == PARAGRAPH and char_after_furniture(text):  # …［详细］百 (lost15)
        br.tail, br.reason = STRONG, LONE_AFTER_FURNITURE
    elif br.title_like and (mark := open_bracket(text)):  # …S2000HD [参考价格 (lost15)
        br.tail, br.reason = STRONG, f"行内的“{mark}”{_UNCLOSED}"


_UNCLOSED = "没有闭合"
# opening marks and their closings: a body paragraph that stops with one of them still open
# has lost its end (…他说：“旅游, …［详): not ＂ or ", which open and close alike
_MARK_PAIRS = (("“", "”"), ("（(", "）)"), ("《", "》"), ("【", "】"), ("［[", "］]"), ("「", "」"))
# how far back the mark may stand: a quotation or an aside, not a paragraph's opening quote
OPEN_MARK_SPAN = 40


def open_mark(text: str) -> str | None:
    """The opening mark that a paragraph without a final mark leaves open near its end
    (…他说：“旅游, …［详细), or None."""
    # (a mark at the very end is open_end's: 句末是前引号或前括号)
    return open_near_end(text, _MARK_PAIRS, OPEN_MARK_SPAN, straight_quotes=True)


def _marks_its_ends(blocks: list[Block], a: Block) -> bool:
    """Do the document's other body paragraphs of several clauses end with a final mark?"""
    closed, opened = end_counts(blocks, a)
    if closed == 0 and opened == 0:
        # no other paragraph to go by: a heading over it, or (in a document of more than
        # this one block) its own sentences closed by a final mark before its open end
        # (…去看姑姑。姑姑老得…，说话)
        return any(b.kind in (HEADLINE, SUBHEAD) for b in blocks[: a.index]) or (
            len(blocks) > 1 and bool(_after_last_stop(a.text.rstrip()))
        )
    return closed >= 1 and closed >= 2 * opened


SHORT_BODY = 12  # characters: a shorter body paragraph may be a lone line, not running text
# Chinese characters before a colon that make it a clause's, not a label's (编辑点评：…)
PROSE_LABEL = 8


def _unterminated(br: Break, blocks: list[Block]) -> bool:
    """A body paragraph that simply stops, among paragraphs that end in a full stop: its
    tail is lost, or at least its full stop is (both want the editor). At the end of a
    document a last "sentence" of one clause after a full stop is more often a credit, a
    source or a glued headline (…。本报记者 张三) than a broken sentence."""
    t = br.block.text.rstrip()
    if br.reason != _NO_MARK or br.title_like:
        return False
    if mid_stub(br.block, blocks):  # …。有业内人士 | 对此，…: a stub inside an article (lost15)
        return marks_ends_inside(blocks, br.block)
    if len(t) < SHORT_BODY and not (re.search(r"[，,]", t) and runs_on(t)):
        return False  # a short line with no clause of running text (同时，一位参与 has one)
    after = _label_value(NOT_LABEL_COLON.sub("∶", t))
    said = after is not None and (
        _SAID.search(after.group(1)) is not None or after.group(2)[:1] in '“"＂'
    )
    # after any label, clauses of running text (点评：…，…，…): not a label's value
    # (not in the first line of a text, where 主题：… is its title)
    pieces = re.split(r"[，,；;]", after.group(2)) if after is not None else []
    clauses = (
        after is not None
        and br.block.index > 0
        and (len(pieces) > COLON_CLAUSES or len(after.group(2)) >= COLON_RUN)
        and sum(len(_CJK.findall(p)) >= CLAUSE_CJK for p in pieces) >= COLON_CLAUSES
        and not _MOTTO.search(after.group(1))
    )
    if after and speaker_value(after):
        pass  # 记者：那您会考虑先从哪, 主持人：所以这个项目还是很: a speaker's words (miss13)
    elif after and _DATELINE_SAID.search(after.group(1)) and _CJK.search(after.group(2)):
        pass  # 本报北京3月2日讯记者张三报道：市政府今天: a lead's running text, however short
    elif (
        after
        and not lone_clause_char(t)
        and not value_cut(t)  # …游戏类别：大型休闲手: a value cut in half a word (lost13)
        and not comma_value(after, br.block.index)  # 说明：以不文明驾车，乱闯 (lost14)
        and not (  # …拿到19分：在…后，他们接下来: a clause, a colon and running prose after it
            br.block.index > 0
            and len(_CJK.findall(after.group(1))) >= PROSE_LABEL
            and not _MOTTO.search(after.group(1))
            and (prose_clause(after.group(2)) or clause_label_value(after))
        )
        and (
            len(after.group(2)) < COLON_TAIL
            or not (
                (said or clauses)
                and (re.search(r"[，,；;、]", after.group(2)) or len(after.group(2)) >= 24)
            )
        )
    ):
        return False  # 题词：…, 地点：…, a line or an item after a label, a short quotation
    rest = _after_last_stop(t)
    last = t if rest is None else rest
    # (spaces before the last sentence glue two paragraphs of a page, …。    此外，…: no
    # furniture of their own)
    if not _running(last.strip()):
        # furniture inside the last sentence (…圆满举办。［详细］由…主办，…): the end is that
        # of the clauses of running text after it, if any
        last = _clauses_after_furniture(last)
    if not last or _inline_list(last):
        return False  # a contact line, a list of links or headlines, a price table, a list
    if not any(b.kind == PARAGRAPH for b in blocks[br.block.index + 1 :]):
        # the end of an article: credits, sources and links stand there without a full stop
        clause = re.search(r"[，,]([^，,]{4,})$", last)
        credits = list(_CREDIT.finditer(last))
        framed = (
            all(m.group() in _FRAME_WORDS for m in credits)
            and (
                (clause is not None and not _CREDIT.search(clause.group(1)))
                or REPORT_FRAME.match(last) is not None
                # a credit word deep in a sentence that runs on in clauses (…接受本社记者采访或
                # 发表谈话，希望…，各国): no credit line
                or (
                    bool(credits)
                    and len(_CJK.findall(last[credits[-1].end() :])) >= ASIDE_RUN
                    and re.search(r"[，,]", last[credits[-1].end() :]) is not None
                )
            )
        )
        if _credit_in(last) and not framed and not prose_clause(last):
            return False  # 据…报道，总参…大队: a clause after the frame of a report
        if (
            (len(last) < 12 or not re.search(r"[，,；;]", last))
            and not runs_on(last, True)
            and not half_word_end(last)
            and not prose_clause(last)  # …部长已经打电话给对方的: running prose (lost12)
            and not last_stub(last, t)  # …。中方强烈, …。此次阅兵: a stub that runs on (lost14)
            and not sentence_grammar(last)  # …。若没有使用…, …。该区还新建了 (head15)
        ):
            return False  # nor does a related headline glued after the last full stop
    elif rest is None and not re.search(r"[，,；;、]", t) and len(t) < 30:
        return False  # (a list in a sentence, 要统筹运用技术手段、管理手段、法治: running text)
    return _marks_its_ends(blocks, br.block)


# starts no sentence has and no paragraph under a heading either: a conjunction, an aspect
# or structural particle, a measure word with no numeral, a localizer (第三章军官的考核 |
# 和职务任免; …应当在不同岗位 | 或者不同单位之间…)
_BOUND_START = lazy(r"^以(?:连词|助词|结构助词|量词|方位词)")


def _bound_start_after(br: Break, blocks: list[Block], heads: _Heads) -> bool:
    """Does the paragraph right after a title-like line start with a word that joins it to
    what stands before (a conjunction, a particle, a measure word, a localizer)?"""
    c = br.cont
    if c is None or c.index != br.block.index + 1 or c.kind != PARAGRAPH:
        return False
    h, why, _ = heads.get(c)
    return h >= 3.0 and _BOUND_START.match(why) is not None


# a word cut across the joint of two characters that are no words alone (率|先): what lets
# a title-like line look for its rest beyond the paragraph after it
FAR_CUT = 8.0
# and how much likelier the joined reading must be (爱国情 | 思中…: a title's last word)
FAR_GAIN = 5.0
# a word and a bound character, or a long name, cut (中共中 | 央…, 广 | 场的): only when
# the joined reading is far likelier
FAR_CUT_WEAK = 5.0
FAR_GAIN_WEAK = 8.0
_DIGITS = "0123456789０１２３４５６７８９"


def _cut_far(
    a: Block,
    firsts: list[tuple[str, list[tuple[int, Block]]]],
    lo: int,
    hi: int,
    heads: _Heads,
) -> bool:
    """Is there a paragraph, not right after the title-like line ``a`` and opening no
    sentence of its own, whose first character completes the line's last one as a word?
    ``firsts``: the candidates by their first character (``_first_chars`` of the
    continuations); those at positions ``lo`` to ``hi`` (excluded) in that list are read.
    (Each character is tried against the line's end once, and only the paragraphs that
    open with one that a word may cross into are read further.)"""
    tail = a.text.rstrip()
    if not _CJK.match(tail[-1:]) or tail[-2:-1] in _DIGITS:
        return False  # (…6月20日: a figure's unit or a date, not half a word)
    left = tail[-TAIL_WINDOW:]
    crosses = heads.scorer.crosses
    own, nxt = a.index, a.index + 1
    for c, group in firsts:
        x = None  # (asked at the group's first paragraph in reach)
        for k, b in group:
            if k < lo or k >= hi or b.index == own or b.index == nxt:
                continue
            if x is None:
                x = crosses(left, c)
                if not x:
                    break
                prefix = may_cut_prefix(left, c)  # (the end and the character: once a group)
            head = b.text.lstrip()
            if prefix:
                cut = word_cut(left, head)[0]
            else:  # (``word_cut`` less its ``prefix_cut``, which finds nothing here)
                cut = words.remembered("word_cut", _word_cut, left, head[:HEAD_WINDOW])[0]
            if cut < FAR_CUT_WEAK:
                continue
            gain = words.join_gain(left, head[:TAIL_WINDOW]) or 0.0
            if gain >= (FAR_GAIN if cut >= FAR_CUT else FAR_GAIN_WEAK) and not heads.opens(b):
                return True
    return False


def _first_chars(paras: list[Block]) -> list[tuple[str, list[tuple[int, Block]]]]:
    """The body paragraphs of ``paras`` that open with a Chinese character, by that
    character: (character, [(position in ``paras``, paragraph), …]), what ``_cut_far``
    reads."""
    groups: dict[str, list[tuple[int, Block]]] = {}
    for k, b in enumerate(paras):
        if b.kind != PARAGRAPH:
            continue
        c = b.text.lstrip()[:1]
        if _CJK.match(c) is not None:
            groups.setdefault(c, []).append((k, b))
    return list(groups.items())


def analyse(doc: Document) -> Analysis:
    cached = doc.cache.get("truncation")
    if cached is not None:
        return cached
    with words.remembering():  # each text of the document segmented once, not once per pair
        return _analyse(doc)


def _analyse(doc: Document) -> Analysis:
    cached = doc.cache.get("truncation")
    if cached is not None:
        return cached
    out = Analysis()
    blocks = doc.blocks
    breaks = []
    glued = _glued(blocks)  # block -> the paragraph its cut figure or word goes on in
    for b in blocks:
        if b.index in glued:
            breaks.append(Break(b, glued[b.index][1]))  # (marked: web furniture or not)
            continue
        r = open_end(b)
        if (
            r
            and not re.search(r"[。！？!?]", b.text)
            and _heads_article(b, blocks, False)
            and not _credit_at_end(b, blocks)
        ):
            continue  # a heading with commas over its article
        if r:
            breaks.append(Break(b, r))
            if cut_lead(b, blocks):  # an article's lead stops: reported a step below at least
                breaks[-1].lead = True
        elif bare_line_head(b):
            breaks.append(Break(b, _NO_MARK, lead=True))  # 本报讯…, …《实施办: a lead's head
        elif item_cut := list_item_cut(b, blocks) or (b.kind == LIST_ITEM and contact_cut(b.text)):
            breaks.append(Break(b, item_cut, lead=True))  # an end no item of a list has
        elif row_cut := table_row_cut(b, blocks):
            breaks.append(Break(b, row_cut, lead=True))  # 长春晴－23 | ℃／－17℃
        elif open_unpunctuated(b, blocks) or figure_after_stop(b, blocks):
            breaks.append(Break(b, _NO_MARK))  # …。 | 整个学习阶段的费用是一笔不
        elif credit_cut(b, blocks):
            breaks.append(Break(b, _NO_MARK))  # 记者来到葛 | 洲坝…: no credit ends so
        elif dateline_cut(b, blocks):
            breaks.append(Break(b, _DATELINE_CUT, lead=True))  # 本报讯 | （记者某某）近日…
        elif cut := dateline_without_story(b, blocks) or dateline_over_body(b, blocks):
            breaks.append(Break(b, cut, lead=True))  # 中新网9月22日电 | (the story lost: lost12)
        elif (_title_candidate(b) or bare_line(b)) and (
            not _heads_article(b, blocks) or credit_closes(b, blocks) or no_title(b.text)
        ):
            r = "句末是前引号或前括号" if b.text.rstrip()[-1:] in _OPENERS else _NO_MARK
            r = contact_cut(b.text) or r  # …[咨询电话]：139: no title ends so (lost12)
            br = Break(b, r, title_like=True)
            br.sentence_like = sentence_like(b.text)
            if lead_like(b.text) or (br.sentence_like and len(b.text.strip()) >= LEAD_LEN):
                br.title_like, br.lead = False, True  # no heading opens so: a paragraph's head
            elif _clause_among_body(b, blocks):
                br.title_like, br.lead, br.clause_line = False, True, True
            breaks.append(br)
    mid = {b.index: r for b in blocks if b.kind == PARAGRAPH for r in [starts_mid_sentence(b)] if r}
    claimed: set[int] = set()
    if breaks:
        heads = _Heads()
        # continuations: body paragraphs, and short lines the classifier took for titles (a
        # tail such as 同进步的美好世界！ reads like a headline), which need evidence of their own
        paras = [b for b in blocks if b.kind == PARAGRAPH or _title_tail(b)]
        starts = [b.start for b in paras]
        firsts = None  # (_first_chars of paras, when a title-like line asks)
        scored = []
        for i, br in enumerate(breaks):
            if br.reason == _COMMA and _verse(br.block, blocks) or furniture_end(br.block.text):
                br.skip = True
                continue
            _tail_weight(br, blocks)
            if br.title_like and br.tail >= STRONG and not br.marked:
                last_w = _last_word(br.block)
                comma = re.search(r"[，,、；;]", br.block.text) is not None
                br.dangling = last_w not in SPEECH_VERBS and (
                    comma or br.sentence_like or cannot_end_title(br.block.text)
                )
            if (
                not br.marked
                and _web_end(br.block.text)
                and not br.reason.endswith(_UNCLOSED)  # (a bracket of web text left open)
                and not (br.tail >= STRONG and not br.title_like and _runs_after_furniture(br))
                and not _word_into_next(br.block, blocks)  # …［详细］环保是 | 否…
                and not (br.tail >= STRONG and char_after_furniture(br.block.text))  # (lost15)
            ):
                br.skip = True  # web page furniture: a list of links or headlines, a price
                continue
            tagged = last_words(br.block.text.rstrip())
            last = tagged[-1] if tagged else None
            lo = bisect.bisect_left(starts, br.block.start - WINDOW)
            hi = bisect.bisect_right(starts, br.block.start + WINDOW)
            if br.title_like and not br.dangling and not br.marked:
                # a title-like line whose end a paragraph away completes as one word (研 |
                # 制费…, 日 | 益与…): the head of a paragraph whose tail was moved
                if firsts is None:
                    firsts = _first_chars(paras)
                br.dangling = _cut_far(br.block, firsts, lo, hi, heads) or cut_far_bound(
                    br.block, br.tail, paras[lo:hi]
                )
            # pairs that cannot score are not scored
            joint = _Joint(br, blocks, heads, last)
            for b in joint.candidates(paras[lo:hi]):
                score, ev, why, own = _pair_score(br, b, blocks, heads, last)
                if score > 0:
                    scored.append((score, -abs(b.index - br.block.index), i, b.index, ev, why, own))
        # one continuation per break and one break per continuation, assigned for the best
        # total (two breaks that both cut a word each get the tail that completes theirs)
        by_index = {b.index: b for b in paras}
        found = {(i, bi): (score, ev, why, own) for score, _, i, bi, ev, why, own in scored}
        weights = {
            (i, bi): s - 1e-6 * abs(bi - breaks[i].block.index)
            for (i, bi), (s, *_) in found.items()
        }
        for i, bi in break_assign.assign(weights, 0.0).items():
            score, ev, why, own = found[i, bi]
            br = breaks[i]
            br.cont, br.score, br.evidence, br.joint, br.own = by_index[bi], score, why, ev, own
        taken = {br.cont.index for br in breaks if br.cont is not None}  # (no orphans)
        for br in breaks:
            if br.skip:
                continue
            if (
                br.clause_line
                and br.tail < STRONG
                and br.cont is None
                and heads.opens(blocks[br.block.index + 1])
            ):
                br.title_like, br.lead = True, False  # over a sentence of its own: a subhead
            if br.title_like and not br.marked and br.own < STRONG and _subject_of_next(br, blocks):
                # a noun phrase with no predicate over a paragraph that opens with one: the
                # subject of that paragraph's first clause, cut from it (城东的社区图书馆 | 日前开馆…)
                br.cont, br.joint, br.own = blocks[br.block.index + 1], STRONG, STRONG
            if br.title_like and br.marked:
                pass  # no title ends with an opening quote or bracket
            elif br.title_like:
                # a title-like line is a break when its last word ends no title (…在, …和,
                # …是) or, opening like a sentence, ends no clause; otherwise only when a
                # continuation right after it bears it out: next to it when its last word
                # cannot end a phrase (a title ends on 强调, 指出 or a date too), else by a
                # cut word or a start no sentence has
                dangling = br.tail >= STRONG and _last_word(br.block) not in SPEECH_VERBS
                comma = re.search(r"[，,、；;]", br.block.text) is not None
                lone, lone_why = lone_head(br.block, blocks)
                alone = "" if lone else lone_body_line(br.block, blocks)  # (lost13)
                bound = False
                if (
                    ((br.sentence_like or comma) and dangling)
                    or (dangling and _CUT_TITLE_END.search(br.reason))
                    or cannot_end_title(br.block.text)
                    or ((dangling or comma) and _stray_end_line(br.block, blocks))
                    or cut_date(br.block.text)  # …2000年12, 从1997年6月6: no title ends so
                    or alone  # one open line among closed paragraphs (lost13): a step below
                ):
                    if br.cont is None or br.joint < 1.5:
                        br.cont, br.joint = None, 0.0
                    if not dangling and comma and _stray_end_line(br.block, blocks):
                        # a line of clauses after the last body paragraph, with no body of
                        # its own and no final mark (…的设计，复): a paragraph whose tail is
                        # lost; reported a step below, as its end could end a clause
                        br.lead = True
                    elif br.tail < STRONG and cannot_end_title(br.block.text):
                        br.lead = True  # …都放在: no title ends so, though a clause might
                    elif alone and br.tail < STRONG:
                        br.lead, br.reason = True, alone
                elif br.cont is None or not (
                    (comma and dangling and br.joint >= 1.5)
                    or (comma and br.joint >= 5.0)
                    or br.own >= STRONG
                    or (br.sentence_like and br.joint >= 3.0)
                    or (bound := _bound_start_after(br, blocks, heads))
                    or (dangling and reads_on_next(br, heads))
                ):
                    if not lone:
                        br.cont = None
                        if rest := end_line_rest(br, blocks, heads, taken):  # its rest near it
                            out.breaks.append(take_rest(br, rest, taken, lead=True))
                        continue
                if bound:  # no heading has a paragraph that opens so under it: a step below
                    br.lead = True
                if lone:  # a line that no heading of the body is: a paragraph's head
                    br.lead = True
                    br.reason = lone_why if br.reason == _NO_MARK else br.reason
            br.strength = br.tail + br.joint
            if br.tail == 0.0 and br.own < 4.0:
                br.strength = min(br.strength, 4.0)  # an end that could end a clause
            if br.strength >= STRONG:
                out.breaks.append(br)
            elif _unterminated(br, blocks):
                br.strength = max(br.strength, 3.0)
                if br.cont is not None and br.joint < 3.0:
                    br.cont = None  # the paragraph after it is no evidence of its own
                out.breaks.append(br)
            elif (
                br.cont is not None
                and br.cont.index == br.block.index + 1
                and br.cont.kind == PARAGRAPH
                and br.joint >= ADJ_JOINT
                and not br.title_like
                and not heads.opens(br.cont)
                and _marks_its_ends(blocks, br.block)
            ):
                # an end that could end a clause, but the paragraph right after it reads as
                # its rest (a start no sentence has and a first word that fits the last one),
                # in a document whose paragraphs end with a final mark: a step below
                br.strength = 3.0
                out.breaks.append(br)
            elif br.lead:
                br.strength = 3.0
                if br.cont is not None and br.joint < 3.0:
                    br.cont = None
                out.breaks.append(br)
            elif not br.title_like and (mark := _closed_next(br.block, blocks)):
                # the paragraph leaves a title, quotation or note open and the next one closes
                # it (…《…：追求 | 公正》是…): one sentence across the two, a step below
                br.strength = 3.0
                nxt = blocks[br.block.index + 1]
                br.cont = nxt if nxt.kind == PARAGRAPH else None
                br.reason = f"段末的“{mark}”在下一段才配对"
                out.breaks.append(br)
            elif (  # an open end, its rest near it, in a text whose paragraphs end so
                br.reason == _NO_MARK
                and (rest := orphan_rest(br, blocks, heads, taken))
                and _marks_its_ends(blocks, br.block)
            ):
                out.breaks.append(take_rest(br, rest, taken))
            else:
                br.cont = None
        # which paragraph continues each break, chosen for all breaks at once
        _pair_jointly(
            breaks, out.breaks, blocks, heads, {(k, bi): w for _, _, k, bi, _, w, _ in scored}
        )
        claimed = {br.cont.index for br in out.breaks if br.cont is not None}
        for br in out.breaks:  # a figure or word cut across a joint names its other half
            ci = glued.get(br.block.index, (None,))[0]
            if ci is not None and ci not in claimed and (br.cont is None or br.joint < GLUE):
                claimed.discard(br.cont.index if br.cont is not None else -1)  # (beyond doubt)
                br.cont, br.evidence = (
                    blocks[ci],
                    "数字或单词被拆开" if br.cont else br.evidence or "数字或单词被拆开",
                )
                claimed.add(ci)
        for br in out.breaks:  # a dateline cut from its byline, a table row cut in two:
            # the next line is the rest (what showed the cut)
            nxt = blocks[br.block.index + 1] if br.reason in _NEXT_IS_REST else None
            if nxt is not None and br.cont is not nxt and nxt.index not in claimed:
                claimed.discard(br.cont.index if br.cont is not None else -1)
                br.cont = nxt
                claimed.add(nxt.index)
    lex = {
        b.index: r
        for b in blocks
        if b.kind == PARAGRAPH and b.index not in mid and b.index not in claimed
        for r in [starts_mid_word(b)]
        if r
    }
    out.fragments = [
        (blocks[i], r)
        for i, r in sorted({**mid, **lex}.items())
        if i not in claimed and not _lone_sentence_tail(doc, blocks[i])
    ]
    doc.cache["truncation"] = out
    return out


def _glued(blocks: list[Block]) -> dict[int, tuple[int, str]]:
    """Blocks whose end is a figure or a Latin word cut across a joint (…客服QQ：5 |
    69803881…, …MMCpl | us，…): block index -> (the continuation's index, why). The next
    paragraph needs digits after digits; a far one a joint beyond doubt (88 | 00万, 7. | 6万,
    Leight | on). Web furniture or a table's line, such an end is still a break."""
    out: dict[int, tuple[int, str]] = {}
    heads = [
        b
        for b in blocks
        if (b.kind == PARAGRAPH or _title_tail(b) or not b.index) and can_open(b.text)
    ]
    if not heads:
        return out
    starts = [b.start for b in heads]
    for a in blocks:
        if not (a.kind in (PARAGRAPH, LIST_ITEM) or _title_tail(a)) or not can_glue(a.text):
            continue
        nxt = a.index + 1
        while nxt < len(blocks) and blocks[nxt].kind in (CAPTION, LABEL, END_MARK):
            nxt += 1
        best: tuple[int, int, str] | None = None  # (distance, index, why)
        lo = bisect.bisect_left(starts, a.start - WINDOW)
        hi = bisect.bisect_right(starts, a.start + WINDOW)
        for b in heads[lo:hi]:
            if b is a:
                continue
            w, why = glued_joint(a.text, b.text)
            near = a.index < b.index <= nxt  # (after captions and labels only)
            if w >= (GLUE_WEAK if near else GLUE):
                d = abs(b.index - a.index) - near
                if best is None or d < best[0]:
                    best = (d, b.index, why)
        if best is not None:
            out[a.index] = (best[1], end_reason(a.text))
    return out


def _closed_next(b: Block, blocks: list[Block]) -> str | None:
    if b.index + 1 >= len(blocks):
        return None
    return closed_after(b.text.rstrip(), blocks[b.index + 1].text)


def _lone_sentence_tail(doc: Document, b: Block) -> bool:
    """A document of one sentence that starts with a closing mark (』…, 》一文…): the
    quotation or title it closes began in the sentence before, which is not there (text
    split into sentences at 。？！ leaves the closing mark at the start of the next one)."""
    return len(doc.blocks) == 1 and len(b.sentences) <= 1 and b.text.lstrip()[:1] in _CLOSERS


def _excerpt(text: str, n: int = 10) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n] + "…"


def check(doc: Document, rule: Rule) -> Iterator[Finding]:
    analysis = analyse(doc)
    if rule.state == "fragments":
        for b, why in analysis.fragments:
            sents = b.sentences
            end = sents[0].end if sents else b.end
            yield rule.finding(
                message=f"{rule.message}（段落{why}，前半句不在文中）",
                start=b.start,
                end=min(end, b.start + 30),
            )
        return
    for br in analysis.breaks:
        a = br.block
        sents = a.sentences
        start = sents[-1].start if sents else a.start
        start = max(start, a.end - 30)
        related = []
        if br.cont is not None:
            c = br.cont
            csents = c.sentences
            cend = csents[0].end if csents else c.end
            reasons = [r for r in (br.reason if br.reason != _NO_MARK else "", br.evidence) if r]
            reasons = reasons or ["段末没有句末标点"]
            why = f"（{'，'.join(reasons)}）" if reasons else ""
            msg = f"{rule.message}{why}，疑与「{_excerpt(c.text)}」相接"
            related.append(Related(c.start, min(cend, c.start + 40), "接续的下半句"))
        elif br.reason == _NO_MARK:
            msg = f"{rule.message}（段末没有句末标点，下半句不在文中；也可能只是漏了句号）"
        else:
            msg = f"{rule.message}（{br.reason}，未找到接续段落）"
        f = rule.finding(message=msg, start=start, end=a.end, related=related)
        if br.strength < STRONG_BREAK and br.tail < STRONG and f.severity > Severity.INFO:
            # evidence that shows a break but not beyond doubt: one step down from the rule's
            f.severity = Severity(f.severity - 1)
        yield f


# evidence at which a break is reported at the rule's own severity: a cut word or figure, or
# an end that cannot end a clause joined to a start that cannot start one
STRONG_BREAK = 7.0
