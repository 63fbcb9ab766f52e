"""The pairing machinery of the ``truncation`` check: a break (a paragraph whose end is
open), the evidence of each paragraph's start kept once per document (``_Heads``), which
candidates can score against a break at all (``_Joint``), the score of one break against one
candidate (``_pair_score``: its gates and ranking) and the joint choice of every reported
break's continuation (``_pair_jointly``, through ``break_pairing``).

Split out of ``truncation`` (detection and reporting stay there) when that module passed a
thousand lines; nothing here reads a document as a whole.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import add, attrgetter

from .. import words
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
from ..patterns import lazy
from ..records import Record
from . import break_assign, break_pairing
from .break_doc_starts import DocStarts
from .break_evidence import STRONG, TAIL_WINDOW, first_word, head_evidence, last_words, lead_like
from .break_glue import can_open
from .break_heads import DATELINE_SOURCES, LABELS
from .break_joint import (
    _DIGIT_START,
    _UNIT_START,
    fit,
    may_cut_figure,
    opens_sentence,
    word_cut,
)
from .break_own_start import own_start
from .break_place import Place
from .break_topic import Topic
from .break_trailers import _after_last_stop

# marks after which a sentence has ended (a paragraph before a candidate that ends so makes
# the candidate an orphan: see ``_pair_jointly``)
_CLOSED_END = set("。！？!?…；;：:")
_CLOSERS = "”’」』）)》】〉］]}"


class Break(Record):
    _fields = (
        "block",
        "reason",
        "cont",
        "evidence",
        "score",
        "strength",
        "tail",
        "joint",
        "own",
        "title_like",
        "skip",
        "sentence_like",
        "marked",
        "lead",
        "clause_line",
        "dangling",
    )
    block: Block
    reason: str  # why its end is open
    cont: Block | None
    evidence: str
    score: float
    strength: float  # evidence that this is a break: of its own end plus of the joint
    tail: float  # evidence of its own end
    joint: float  # evidence that it and its continuation are one sentence
    own: float  # of that, the strongest single piece (a cut, a start no sentence has)
    title_like: bool  # a block the classifier took for a title
    skip: bool  # verse, not a break
    sentence_like: bool  # a title-like line that opens the way a sentence does
    marked: bool  # its end is a clause mark or an opening mark, not a word
    lead: bool  # a title-like line that opens as running text does (而…, 据…介绍，)
    clause_line: bool  # a title-like line of clauses between two body paragraphs
    dangling: bool  # a title-like line whose end no title or clause has

    def __init__(
        self,
        block: Block,
        reason: str,
        cont: Block | None = None,
        evidence: str = "",
        score: float = 0.0,
        strength: float = 0.0,
        tail: float = 0.0,
        joint: float = 0.0,
        own: float = 0.0,
        title_like: bool = False,
        skip: bool = False,
        sentence_like: bool = False,
        marked: bool = False,
        lead: bool = False,
        clause_line: bool = False,
        dangling: bool = False,
    ) -> None:
        self.block = block
        self.reason = reason
        self.cont = cont
        self.evidence = evidence
        self.score = score
        self.strength = strength
        self.tail = tail
        self.joint = joint
        self.own = own
        self.title_like = title_like
        self.skip = skip
        self.sentence_like = sentence_like
        self.marked = marked
        self.lead = lead
        self.clause_line = clause_line
        self.dangling = dangling


_CJK_RUN = lazy(r"[\u4e00-\u9fff]+")


def _bigrams(s: str) -> set[str]:
    s = "".join(_CJK_RUN.findall(s))
    return set(map(add, s, s[1:]))  # (s[i] + s[i + 1] for each i)


def _cohesion(a: Block, b: Block, p: break_pairing.Pair) -> float:
    """The share of character pairs that ``a``'s end and ``b``'s start have in common (of
    their last and first 80 characters): the pair record's ``common``, which has them of
    the stripped texts, unless a text has spaces at that side."""
    if len(p.tail.text) == len(a.text) and len(p.head.text) == len(b.text):  # (no spaces)
        return p.common()
    x, y = _bigrams(a.text[-80:]), _bigrams(b.text[:80])
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))


class _Heads:
    """Head evidence per paragraph, computed once and only when asked."""

    def __init__(self) -> None:
        self._cache: dict[int, tuple[float, str, tuple[str, str] | None]] = {}
        self._opens: dict[int, bool] = {}
        self._lead: dict[int, bool] = {}
        self._start: dict[int, tuple[float, tuple[str, str] | None, str]] = {}
        self._view: dict[int, tuple[bool, bool, float, tuple[str, str] | None, bool]] = {}
        self._figure: dict[int, bool] = {}
        self.scorer = break_pairing.Scorer()  # the pair features' parts, once per text

    def opens(self, b: Block) -> bool:
        got = self._opens.get(b.index)
        if got is None:
            got = self._opens[b.index] = opens_sentence(b.text)
        return got

    def lead(self, b: Block) -> bool:
        got = self._lead.get(b.index)
        if got is None:
            got = self._lead[b.index] = lead_like(b.text)
        return got

    def figure(self, b: Block) -> bool:
        """``may_take_figure`` of the block's text, once per block."""
        got = self._figure.get(b.index)
        if got is None:
            got = self._figure[b.index] = may_take_figure(b.text.lstrip())
        return got

    def start(self, b: Block) -> tuple[float, tuple[str, str] | None, str]:
        """(head evidence's weight, the first tagged word, the first character)."""
        got = self._start.get(b.index)
        if got is None:
            h, _, first = self.get(b)
            got = self._start[b.index] = (h, first, b.text.lstrip()[:1])
        return got

    def view(self, b: Block) -> tuple[bool, bool, float, tuple[str, str] | None, bool]:
        """What ``_pair_jointly`` asks of a candidate, once per block: (``opens``, ``lead``,
        head evidence's weight, the first tagged word, whether it opens with a quotation
        mark)."""
        got = self._view.get(b.index)
        if got is None:
            h, _, first = self.get(b)
            quote = b.text.lstrip()[:1] in "“「『"
            got = self._view[b.index] = (self.opens(b), self.lead(b), h, first, quote)
        return got

    def get(self, b: Block) -> tuple[float, str, tuple[str, str] | None]:
        got = self._cache.get(b.index)
        if got is None:
            t = b.text.lstrip()
            w, why = head_evidence(t)
            got = (w, why, first_word(t))
            self._cache[b.index] = got
        return got


class _Joint:
    """A break's end against its candidates, for what ``_pair_score`` needs of it once per
    break rather than once per pair: which candidates cannot score at all."""

    def __init__(
        self, br: Break, blocks: list[Block], heads: _Heads, last: tuple[str, str] | None
    ) -> None:
        self.br, self.blocks, self.heads, self.last = br, blocks, heads, last
        tail = br.block.text.rstrip()
        self.after = _after_run(br.block, blocks)
        self.figure = may_cut_figure(tail)
        self.left = tail[-TAIL_WINDOW:]

    def hopeless(self, b: Block) -> bool:
        """Does ``_pair_score`` give ``b`` nothing for certain? Yes for a candidate away
        from a title-like line whose end some title has (its first gate). A candidate away
        from the break with a weak start (below 4) and no cut word or figure of 3 or more
        (no digit at the end or a start that takes no figure, ``may_take_figure``; no
        dictionary word from the end's last characters into ``b``'s first one) scores only
        when the end cannot end a clause, ``b`` opens no sentence and its first word fits
        the last one (the gates after ``j = fit(last, first)``)."""
        br = self.br
        if self.next_to(b):
            return False
        if br.title_like and not br.dangling:
            return True  # a title-like line whose end some title has joins only what is next
        if self.figure and self.heads.figure(b):
            return False  # maybe a figure cut
        h, _, first = self.heads.get(b)
        if h >= 4.0:
            return False
        if self.heads.scorer.crosses(self.left, b.text.lstrip()[:1]):
            return False  # maybe a word cut
        return br.tail < STRONG or h + fit(self.last, first) < FAR_FIT or self.heads.opens(b)

    def candidates(self, paras: list[Block]) -> list[Block]:
        """The blocks of ``paras`` other than the break's own that ``hopeless`` keeps (the
        same tests in the same order, with what they ask of the break read once)."""
        br, a = self.br, self.br.block
        first_after, after = a.index + 1, self.after
        if br.title_like and not br.dangling:
            # (``paras`` in the document's order: the blocks right after it, found by halves)
            k = bisect_left(paras, first_after, key=_index)
            out = []
            while k < len(paras) and paras[k].index <= after:
                out.append(paras[k])
                k += 1
            return out
        heads, last, left = self.heads, self.last, self.left
        figure = heads.figure if self.figure else None
        start, kept = heads.start, heads._start
        fits = heads.scorer._fits  # (fit per pair of words, as ``Scorer.pair`` keeps it)
        weak = br.tail < STRONG
        # first character -> crosses(left, it), once per end and document
        into, cross_into = heads.scorer.into(left), heads.scorer._cross_into
        out = []
        for b in paras:
            i = b.index
            if first_after <= i <= after:
                out.append(b)
                continue
            if b is a:
                continue
            if figure is not None and figure(b):
                out.append(b)  # maybe a figure cut
                continue
            got = kept.get(i)
            h, first, c = got if got is not None else start(b)
            if h >= 4.0:
                out.append(b)
                continue
            x = into.get(c)
            if x is None:
                x = into[c] = cross_into(left, c)
            if x:
                out.append(b)
            elif not weak:
                j = fits.get((last, first))
                if j is None:
                    j = fits[last, first] = fit(last, first)
                if not (h + j < FAR_FIT or heads.opens(b)):
                    out.append(b)
        return out

    def next_to(self, b: Block) -> bool:
        """Is ``b`` right after the break (``adjacent`` in ``_pair_score``)?"""
        return self.br.block.index < b.index <= self.after


_index = attrgetter("index")


def may_take_figure(head: str) -> bool:
    """Can ``number_cut`` find a cut of 3 or more (what a candidate away from a break needs
    to score, see ``_pair_score``) between some end where a figure may be cut and ``head``
    (stripped)? Only when ``head`` can be the other half of a glued figure (``can_open``, the
    gate before ``glued_joint``) or opens with what ``number_cut``'s own readings take: a
    unit or a date's part (``_UNIT_START``; 年, 月, 日, 号) or a digit (``_DIGIT_START``).
    Any other start gets 0, 1 or -3 at most. (Kept in step with ``number_cut``: checked in
    tests/test_speed20.py against it, figure ends by starts.)"""
    return bool(
        head[:1] in "年月日号"
        or _UNIT_START.match(head)
        or _DIGIT_START.match(head)
        or can_open(head)
    )


def _after_run(a: Block, blocks: list[Block]) -> int:
    """The index of the first block after ``a`` that is no caption, label or end mark: a
    candidate is right after ``a`` (``adjacent`` in ``_pair_score``) when it stands after
    ``a`` and not after that block."""
    nxt = a.index + 1
    while nxt < len(blocks) and blocks[nxt].kind in (CAPTION, LABEL, END_MARK):
        nxt += 1
    return nxt


def _pair_score(
    br: Break, b: Block, blocks: list[Block], heads: _Heads, last: tuple[str, str] | None
) -> tuple[float, float, str, float]:
    """(score for ranking, evidence that the two are one sentence, what the evidence is,
    its strongest single piece)."""
    a = br.block
    nxt = a.index + 1
    while (
        nxt < len(blocks)
        and blocks[nxt].kind in (CAPTION, LABEL, END_MARK)
        and blocks[nxt] is not b
    ):
        nxt += 1
    adjacent = nxt == b.index
    if br.title_like and not adjacent and not br.dangling:
        return 0.0, 0.0, "", 0.0  # a title-like line joins only what stands right after it
    h, hwhy, first = heads.get(b)
    p = heads.scorer.pair(a.text, b.text, last, first, h)  # (read again by _pair_jointly)
    head = b.text.lstrip()
    why = []
    cut, r, figure = p.cut, p.why, p.figure  # (number_cut, else word_cut)
    if br.title_like and not adjacent and h < TITLE_FAR and cut < 5.0:
        # unless its own end shows a break (…的, …是, …，来自) and a far paragraph's start
        # or a word cut across the joint shows that it is the rest
        return 0.0, 0.0, "", 0.0
    if cut > 0:
        why.append(r)
    if (
        b.kind != PARAGRAPH
        and h < 3.0
        and (cut < TITLE_CUT or figure or not adjacent)
        and not (br.title_like and br.tail >= STRONG and _bound_cut(cut, p.gain()))
    ):
        return 0.0, 0.0, "", 0.0  # a title-like line continues a sentence only by evidence
    if br.title_like:
        gain = TITLE_GAIN if a.kind == SUBHEAD else 5.0
        if cut > 0 and not figure and p.gain() < gain:
            cut = 0.0  # 谁之过 | 去年…: a title's last word and a sentence's first one
    j = p.fit  # (fit(last, first))
    # (_Joint.hopeless leaves out the pairs that these two gates refuse with no cut: keep
    # the two in step; tests/test_truncation_speed.py checks it)
    if not adjacent and cut < 3.0 and h < 4.0 and (br.tail < STRONG or h + j < FAR_FIT):
        return 0.0, 0.0, "", 0.0  # far away, only a cut word or a start no sentence has tells
    if not adjacent and cut < 3.0 and h < 4.0 and heads.opens(b):
        return 0.0, 0.0, "", 0.0  # …的 | 今年以来，…: a sentence's own start
    if hwhy:
        why.append("下段" + hwhy)
    if adjacent and len(head) <= 5 and head[-1:] in "。！？!?" and (h > 0 or len(head) <= 3):
        h += 3.0  # a lone sentence end such as 交付。
        why.append("下段只是半句")
    evidence = h + cut + j
    if adjacent and evidence < (0.5 if br.tail >= STRONG else 1.5):
        if br.title_like or br.tail < STRONG or b.index != a.index + 1:
            return 0.0, 0.0, "", 0.0
        if heads.opens(b) and not (br.marked and head[:1] in "“「『"):
            return 0.0, 0.0, "", 0.0
        # an end that cannot end a clause (…无论是, …，) and a next paragraph that opens no
        # sentence (or a quotation after a comma): likelier its tail than a far paragraph
        # with no better joint
        return NEXT_BASE + max(j, 0.0) + 2.0 * _cohesion(a, b, p), 0.0, "", 0.0
    # a paragraph's own start says that it continues some sentence, not which: far from it,
    # what ranks the candidates is the joint (a cut word or figure, the words' fit)
    own = h if adjacent else (0.0 if cut > 0 else 0.8 * h)
    score = own + max(cut, 0.0) + j + 2.0 * _cohesion(a, b, p)
    if adjacent and not heads.opens(b):
        score += 1.5 if b.index == a.index + 1 else 1.0  # next to it, unless it opens a sentence
    if b.index > a.index:
        score += 0.3
    return score, evidence, "，".join(why), max(cut, h)


FAR_FIT = 2.0

# a word of two characters that are no words alone read across the joint (率|先:
# break_joint.word_cut's 8) and a joined reading far likelier than the two apart: the rest
# of a title-like line whose own end is cut (…欧元钞票和硬, …默默奋) may stand a few blocks
# away as a short line of its own (币（附图片）) or open as a sentence's frame does (战之后，…)
BOUND_CUT = 8.0
BOUND_GAIN = 5.0


def _bound_cut(cut: float, gain: float) -> bool:
    return cut >= BOUND_CUT and gain >= BOUND_GAIN


# the joint evidence (the next paragraph's start, a word cut, the two words' fit) by which a
# title-like line whose end no title has (在大桥北岸: a preposition's phrase, no verb) goes
# on in the block right after it
NEXT_READ_ON = 3.0
_KEY_MARK = lazy(r"[：:]")
# the ends that no title has (a preposition's phrase with no verb, an auxiliary with no
# verb, a degree adverb with no adjective, a demonstrative with no noun); a title does end
# on a verb with no object, on a word that reads as half of one (推动园区提质, 专家谈) or on
# one that tail_evidence takes for a stop short (…老者如是说, …很有必要)
_NO_TITLE_END = lazy(r"介词短语之后缺少动词|之后缺少动词|之后缺少谓语|程度副词|缺少所指")


def reads_on_next(br: Break, heads: _Heads) -> bool:
    """Is the title-like break's chosen continuation the block right after it (a body
    paragraph, or a short line the classifier took for a title), one that opens no sentence
    of its own and reads on from the line (``NEXT_READ_ON``)? The caller asks it only of a
    line whose own end shows a break, and not of a key and its value (时间：…上午)."""
    c = br.cont
    return (
        c is not None
        and c.index == br.block.index + 1
        and _NO_TITLE_END.search(br.reason) is not None
        and not _KEY_MARK.search(br.block.text)  # 时间：9月1日上午: a key and its value
        and br.joint >= NEXT_READ_ON
        and not heads.opens(c)
    )


# what open_end takes for a title-like line the classifier left as a paragraph (no inner
# punctuation, at most 40 characters; …自1989年1月1日起施, …空调作出了肯定)
BARE_LINE_LEN = 40
_INNER_MARKS = lazy(r"[，。；：、,;:！？!?]")


def bare_line(b: Block) -> bool:
    """A body paragraph that ``truncation.open_end`` leaves alone as a title-like line (no
    punctuation inside, short, a Chinese character last, not a note in brackets such as a
    law's dates of adoption, which runs over lines of its own): it is weighed as a
    title-like line is, a break only by evidence of its own end or of the joint."""
    t = b.text.rstrip()
    return (
        b.kind == PARAGRAPH
        and b.index > 0
        and 0 < len(t) <= BARE_LINE_LEN
        and _CJK_RUN.fullmatch(t[-1:]) is not None
        and _INNER_MARKS.search(t) is None
        and t.lstrip()[:1] not in "（("  # a note in brackets set on lines of its own
    )


# how much likelier the joined reading of a credit's or caption's last characters and the
# next block's first ones must be than the two apart (记者来到葛 | 洲坝…, 图为新西 | 兰的…)
CREDIT_GAIN = 8.0


def credit_cut(b: Block, blocks: list[Block]) -> bool:
    """Is ``b`` a line the classifier took for a byline or a caption, with no mark at its
    end, whose last characters and the next block's first ones read as one word cut in two
    (``break_joint.word_cut`` of 5 or more, and a joined reading far likelier)? Then it is
    the head of a paragraph (记者来到葛 | 洲坝集团…, （作者为全国政 | 协副主席…）): no credit
    or caption ends inside a word."""
    if b.kind not in (BYLINE, CAPTION) or b.index + 1 >= len(blocks):
        return False
    t = b.text.rstrip()
    nxt = blocks[b.index + 1].text.lstrip()
    if not _CJK_RUN.fullmatch(t[-1:]) or not _CJK_RUN.match(nxt[:1]):
        return False
    left = t[-TAIL_WINDOW:]
    return (
        word_cut(left, nxt)[0] >= 5.0
        and (words.join_gain(left, nxt[:TAIL_WINDOW]) or 0.0) >= CREDIT_GAIN
    )


def cut_far_bound(a: Block, tail: float, paras: list[Block]) -> bool:
    """Is there a block among ``paras`` (body paragraphs and short title-like lines), not
    right after the title-like line ``a`` whose end shows a break on its own (``tail``), that
    completes the line's last character as a word of two bound characters (``_bound_cut``)?
    ``truncation._cut_far`` asks less of the end and more of the candidate (a paragraph that
    opens no sentence)."""
    t = a.text.rstrip()
    if tail < STRONG or not _CJK_RUN.fullmatch(t[-1:]):
        return False
    left = t[-TAIL_WINDOW:]
    for b in paras:
        if b.index in (a.index, a.index + 1) or not _CJK_RUN.match(b.text.lstrip()[:1]):
            continue
        head = b.text.lstrip()
        cut = word_cut(left, head)[0]
        if cut >= BOUND_CUT and _bound_cut(cut, words.join_gain(left, head[:TAIL_WINDOW]) or 0.0):
            return True
    return False


# the score a near paragraph needs to continue a lone line of the body (a title-like line
# reported as a paragraph's head) without evidence of its own (12 -> 9 with break_pairing.echo,
# next20: chosen on seed 2's recorded candidate scores, judged on seed 3)
LOOSE_FLOOR = 9.5
ADJ_JOINT = 2.5  # the joint evidence by which the next paragraph shows a break on its own
TITLE_FAR = 4.0  # the start a far paragraph needs to continue a title-like line
NEXT_BASE = 2.5
TITLE_GAIN = 3.0
TITLE_CUT = 5.0  # a word cut across the joint into a title-like line right after it
LEAD_LEN = 5

# how far apart, in characters, a break and its continuation may stand: a whole newspaper
# page (about 10,000 characters) fits; a long file of many articles stays linear
WINDOW = 30_000


def _last_tagged(b: Block) -> tuple[str, str] | None:
    tagged = last_words(b.text.rstrip())
    return tagged[-1] if tagged else None


# how many blocks away from a break every paragraph is a candidate continuation (farther,
# and right before it, only one with evidence of its own: a cut word, a start no sentence has)
NEAR = 10
# the pair score (break_pairing) below which a break is left without a continuation (its
# tail lost): about a candidate with a long first sentence and no sign of a joint. With the
# fitted weights (see break_pairing), chosen on the planted seeds 2, 4 and 5 so that break-next
# and break-moved pairing do not drop while fewer lost tails get a wrong partner; the two
# floors BEFORE_FLOOR and LOOSE_FLOOR keep the share of all scored pairs above them that they
# had before it. Raised 3.5 -> 3.75 with break_pairing.echo and LOOSE_FLOOR 9 (next20): seeds
# 2 and 3 keep their next/moved gains and name fewer wrong partners for lost tails. Raised
# 3.75 -> 4.25 with break_topic's terms (echo13), which add to every pair: break-lost wrong
# partner on seed 2 62.1 -> 60.9% (59.8% before them)
PAIR_FLOOR = 4.25
# the score the paragraph right before a break needs to continue it (one read before the
# break's head: only a joint that shows itself, a cut word or figure); below it the break
# names nothing, as a wrong partner sends an editor to the wrong place
BEFORE_FLOOR = 20.0


# what makes a paragraph's start read as a sentence's own (``opens_sentence``, ``lead_like``)
# and yet, after this end, as its rest: a short term in quotation marks with the sentence
# going on after it (…推行 | “边境碳税”等…; 较浓的 | “社会情结”，…), not a quotation
_TERM_QUOTE = lazy(
    r"^[“「『][^“”「」『』。！？!?，,：:；;\s]{1,10}[”」』](?![。！？!?：:”」』\s]|$)"
)
# a place, time or circumstance phrase closed by its localizer and a comma (…美国市场上，;
# …的同时，): the rest of the 在 that the end leaves open (在 | 美国市场上，…)
_FRAME_CLOSE = lazy(
    r"^[^，,。：:；;！？!?“”]{1,16}(?:中|之中|当中|上|下|里|时|之时|前|后|期间|之际|同时|过程中)[，,]"
)
# 在 as a preposition that opens such a phrase (not 正在, 现在, 存在, 所在, 实在, 在于, 在场)
# (or 当, which the closing 时 completes: 当早高峰的客流集中在 | 换乘站时，…)
_OPEN_ZAI = lazy(
    r"(?:(?<![正现存所实好自])在(?![于场乎意])|(?<![相应每适正充担])当(?![然时地前初中代选作做成])"
    r")[^，,。：:；;！？!?“”]{0,12}$"
)
# a verb or preposition whose object a pronoun may be (告诉 | 记者，…; 让 | 我吃了一惊)
# (and verbs whose object is a clause, which a pronoun may open: 这标志着 | 我市…; 调查发现 |
# 他们…; the aspect marker 着 after such a verb, 意味着 | 这…; not the copula: …最抢眼的并
# 不是 | 我们还将…, a sentence of its own, is likelier than 是 | 我们)
_GOVERNORS = frozenset(
    "告诉 给 让 使 令 叫 请 向 对 被 把 和 与 跟 同 替 为 帮 陪 看 问 教 送 派 嘱咐 提醒 感谢 邀请"
    " 鼓励 要求 劝 带 带领 通知 祝 祝贺 欢迎 着 意味着 表明 证明 显示 说明 发现 认为 相信 希望"
    " 觉得 知道 看到 听到 确保 保证 导致 促使 使得".split()
)
# (a demonstrative with its measure word or noun opens the object too: 使 | 这些车辆…)
_PRONOUN_START = lazy(r"^(?:我|你|他|她|它|大家|咱们|记者|本报记者|这|那)")
# a clause of saying with no subject before its verb (指出，…; 对记者表示，…; 介绍说，…):
# the subject is the end's last words (…国海证券发布的报告 | 指出，…)
_SUBJECTLESS_SAYING = lazy(
    r"^(?:(?:对|向|跟)(?:本报)?记者)?(?:介绍说|表示|指出|认为|透露|介绍|坦言|强调|说|称|告诉(?:本报)?记者)[，,：:]"
)
# a conjunction that opens the next clause of a sentence as well as a sentence (…熄火， |
# 甚至有司机…; …39只， | 其中9只…): after a comma, the sentence reads on
_CLAUSE_LINKS = frozenset(
    "而 而且 但 但是 不过 其中 如 例如 比如 甚至 所以 因此 并且 然而 如果 虽然 尽管 即使 只要 只有 可是"
    " 于是 因而 否则 何况 况且 因为 由于".split()
)


def _takes_noun(last: tuple[str, str] | None) -> bool:
    """Does the end's last word wait for a noun phrase (…的, a verb, a preposition)?"""
    return last is not None and (last[0] == "的" or last[1] == "uj" or last[1][:1] in "vp")


# lines the classifier took for a label, caption, byline, dateline or end mark, which may be
# the rest of the paragraph right before them (…晴－25 | ℃／－13℃; …（记者李梦 | 清）)
_SHORT_LINES = (LABEL, CAPTION, BYLINE, DATELINE, END_MARK)


def _closes_left_open(tail: str, head: str) -> bool:
    """Does ``head`` close a quotation or bracket that ``tail`` leaves open (…（记者李梦 |
    清）; …《…修正 | 》)? What a short line right after a paragraph needs to be its rest."""
    return bool(break_pairing._left_open(tail) & break_pairing._closes_unopened(head))


# a sign that joins two figures (a range, a ratio, a minus: 晴－ | 27℃; 2℃／ | 7℃) at the
# end, and a digit at the start: one figure's run that a page split
_FIGURE_SIGN_END = lazy(r"[0-9０-９\u4e00-\u9fff℃％%][／/]?[－\-／/～~]$")
_DIGIT_HEAD = lazy(r"^[0-9０-９]")


def _figure_runs_on(tail: str, head: str) -> bool:
    """Does ``tail`` end on a sign between two figures and ``head`` open with the second
    figure (…沈阳晴－ | 27℃／－16℃)? What a short line right after a paragraph needs to be
    its rest, as a closing mark is (``_closes_left_open``)."""
    # (a match ends at the end and spans 3 characters at most: read there, not over the
    # whole paragraph)
    return bool(_FIGURE_SIGN_END.search(tail.rstrip()[-3:]) and _DIGIT_HEAD.match(head.lstrip()))


def _read_on(
    tail: str, last: tuple[str, str] | None, head: str, opens: bool, lead: bool
) -> tuple[bool, bool]:
    """(``opens``, ``lead``) of the candidate ``head`` after the break's end ``tail`` (its
    last tagged word ``last``): a start that reads as a sentence's own in general but, after
    this end, as its rest, is neither; the pair is then scored on its joint."""
    t, h = tail.rstrip(), head.lstrip()
    if opens:
        if _TERM_QUOTE.match(h) and _takes_noun(last):
            opens = False  # 推行 | “边境碳税”等: a term in quotation marks, its object
        elif _FRAME_CLOSE.match(h) and _OPEN_ZAI.search(t[-16:]):
            opens = False  # 在 | 美国市场上，…: the end opened the phrase
        elif last is not None and last[0] in _GOVERNORS and _PRONOUN_START.match(h):
            opens = False  # 告诉 | 记者，…: the verb's object
        elif (t[-1:] in "，,、" or _links(last)) and _pronoun_start(h):
            opens = False  # …已经完工， | 他们…; …而且 | 她们…: the next clause's subject
        elif frame_runs_on(t, h, last):
            opens = False  # 全运会 | 开始前，…: the end's open clause runs into the frame
        elif _verb_place(t, last, h):
            opens = False  # …坚守 | 在各自的岗位上，…: the verb's place, its complement
        elif _inline_mark(t, h):
            opens = False  # …口号是 | “遏制艾滋，履行承诺”。; …陈嘉上 | (微博)导演…
    if lead:
        if _SUBJECTLESS_SAYING.match(h):
            lead = False  # the end holds the one who says it
        elif t[-1:] in "，," and (h[:2] in _CLAUSE_LINKS or h[:1] in _CLAUSE_LINKS):
            lead = False  # …熄火， | 甚至有司机…: the sentence's next clause
        elif last is not None and last[0][-1:] == "是" and _PREP_FRAME.match(h):
            lead = (
                False  # …难点还是 | 在施工期间…: a phrase of circumstance, the copula's complement
            )
        elif _verb_place(t, last, h):
            lead = False  # (as above)
    return opens, lead


# a first clause closed by a localizer or a time word and a comma (开始前，; 视察调研中，;
# 降价促销之后，), which ``opens_sentence`` reads as a sentence's frame: after an end whose
# clause is open, when it opens with no subject of its own, it is that clause's rest as
# often (全运会 | 开始前，…; 在修大坝的 | 同时，…), unless it opens with what opens a
# sentence of its own (a source, a reporter, a pronoun, a time word or a figure of time:
# 今年以来，; 据悉，; 三年前，; 截至目前，)
_FRAME_RUN_ON = lazy(
    r"^[^，,。：:；;！？!?“”「」（(]{1,10}(?:以来|期间|时|中|(?<!以)上|后|前)[，,]"
)
_OWN_FRAME = lazy(
    r"^(?:据|记者|本报|新华社|中新社|随后|此外|另外|其中|下一步|今后|为此|对此|截至|截止|直到|迄今"
    r"|我|你|他|她|它|这|那|大家|咱们"
    r"|[0-9０-９一二三四五六七八九十两几数半]+[^，,]{0,3}(?:年|月|日|天|周|小时|分钟|世纪)"
    r"|[^，,]{0,4}(?:今年|去年|明年|前年|目前|当前|近日|日前|近年|此前))"
)
# time words that set the time by the day of writing (a frame's own: 目前，…; 今年以来，…)
_NOW = frozenset(
    "目前 现在 当前 如今 眼下 今天 昨天 明天 今年 去年 明年 前年 近日 日前 此前 随后 最近"
    " 近年 近年来 当时 此时 这时 那时 今后 以后 以前 之前 之后 同时 此后 其后".split()
)
# the parts of speech of a frame's first word that give it a subject, a place or a time of
# its own (nouns, pronouns, places, abbreviations, times, localizers, prepositions, figures)
_OWN_SUBJECT = frozenset("nrsjtfpmq")
_CLAUSE_MARKS = frozenset("，,、；;：:。！？!?…”’」』）)》】")
_RUNNING = lazy(r"[，,。；;：:！？!?]")


def frame_runs_on(tail: str, head: str, last: tuple[str, str] | None) -> bool:
    """Does the open clause of ``tail`` (stripped; its last tagged word ``last``) run into
    the frame that ``head`` (stripped) opens with (全运会 | 开始前，…)? Then the frame is no
    sentence's own: neither ``opens`` nor the frame of the pair score
    (``break_pairing.W_FRAME``). Not after a word that sets the time by the day of
    writing, itself a frame's own (目前 | 洽谈中，…)."""
    m = _FRAME_RUN_ON.match(head)
    if m is None or last is None or last[0] in _NOW:
        return False
    if not _open_clause(tail) or _OWN_FRAME.match(head):
        return False
    if tail.endswith(("的", "之")):
        return True  # …在维持秩序的 | 同时，…: the noun of the end's modifier
    # a frame of two characters is a connective of its own (同时，; 会后，; 此后，); one that
    # opens with a noun has its own subject or place (闭幕式上，; 春节过后，); one that opens
    # with a verb takes the end's (全运会 | 开始前，; 主汛期 | 到来之前，)
    if m.end() <= 3:
        return False
    first = first_word(head)
    return first is not None and first[1][:1] not in _OWN_SUBJECT and first[1] != "eng"


# a short quotation or bracket that a paragraph opens with and that closes before its first
# clause does: a term, a name, a slogan or an aside inside a sentence (“五化”处理; (微博)导演;
# “遏制艾滋，履行承诺”。 as the whole paragraph), not a quoted sentence (“……。”他说: its stop
# inside; “菜篮子”。这是…: a sentence of its own) or a list's number ((1); （一）)
_INLINE_QUOTE = lazy(
    r"^[“「『][^“”「」『』。！？!?：:；;]{1,20}[”」』](?![：:”」』\s]|$|[。！？!?](?!\s*$))"
)
_INLINE_BRACKET = lazy(r"^[（(][^（()）。！？!?：:；;]{1,20}[)）](?![。！？!?：:，,\s]|$)")
_LIST_NUMBER = lazy(r"^[（(][0-9０-９一二三四五六七八九十a-zA-Z]{1,3}[)）]")


def _inline_mark(tail: str, head: str) -> bool:
    """Does ``head`` (stripped) open with a short quotation or bracket inside a sentence
    (``_INLINE_QUOTE``, ``_INLINE_BRACKET``) right after running text ``tail`` (stripped)
    that ends in the middle of a clause (…产业化和社会化 | “五化”处理…)? Then it reads on as
    the clause's next words, not a sentence's own start."""
    if not _open_clause(tail):
        return False
    if _INLINE_QUOTE.match(head):
        return True
    return _INLINE_BRACKET.match(head) is not None and _LIST_NUMBER.match(head) is None


def _verb_place(tail: str, last: tuple[str, str] | None, head: str) -> bool:
    """Does running text end on a verb whose place ``head`` opens with (…坚守 | 在各自的岗位
    上，…)?"""
    return last is not None and last[1] == "v" and head[:1] == "在" and _open_clause(tail)


def _open_clause(t: str) -> bool:
    """Does running text (marks inside it: not a title-like line, which never closes its
    clause) end in the middle of a clause?"""
    return t[-1:] not in _CLAUSE_MARKS and _RUNNING.search(t) is not None


# a personal pronoun, which after a comma opens the next clause of the sentence as often as
# a sentence (…， | 他们…); a demonstrative there opens a sentence of its own likelier (…，
# | 这里的环境…), as in ``opens_sentence``
_PERSONAL = frozenset("我 我们 你 你们 他 他们 她 她们 它 它们 大家 咱们".split())


def _pronoun_start(head: str) -> bool:
    """Does ``head`` open with a personal pronoun (他们…, 大家…)?"""
    return head[:1] in _PERSONAL or head[:2] in _PERSONAL


def _links(last: tuple[str, str] | None) -> bool:
    """Is the end's last word a conjunction that links two clauses (…而且, …因为; not the
    copula's …不是, whose object a pronoun seldom is: …并不是 | 我们还将…)?"""
    return last is not None and last[1] == "c" and last[0][-1:] != "是"


# a preposition that opens a phrase of time, place or means (在…，; 随着…，; 通过…)
_PREP_FRAME = lazy(r"^(?:在|当|随着|经过|通过|自从)")
# a short line the classifier took for a subhead or a label that ends as a sentence ends
# (…按时通车！; 还要等多久？): a sentence's last words as often as a heading, a candidate as a
# paragraph is (up to SENTENCE_LINE characters; a longer one stays a title that needs evidence)
SENTENCE_LINE = 24
_SENTENCE_END = frozenset("。！？!?…")


def _sentence_line(b: Block) -> bool:
    if b.kind != SUBHEAD and b.kind != LABEL:
        return False
    t = b.text.strip()
    return len(t) <= SENTENCE_LINE and t[-1:] in _SENTENCE_END


# a paragraph that ends a quotation and the next one that says only who said it (…。” |
# 林某说。…): one sentence that a page split in two; the second continues the first, not a
# break elsewhere (``ATTRIBUTION``: how much lower it scores as another break's tail)
_SAID = lazy(
    r"^[^。！？!?“”「」，,：:；;\s]{1,16}(?:说|说道|表示|坦言|指出|认为|介绍|透露|强调|称|补充道?|感叹道?)[。！!]"
)
ATTRIBUTION = -11.0


def _attribution(blocks: list[Block], bi: int) -> bool:
    """Is ``blocks[bi]`` the attribution of the quotation that the paragraph before it ends?"""
    if bi < 1 or blocks[bi - 1].kind != PARAGRAPH:
        return False
    before = blocks[bi - 1].text.rstrip()
    return (
        before[-1:] in "”」"
        and before[-2:-1] in "。！？!?"
        and bool(_SAID.match(blocks[bi].text.lstrip()))
    )


def furniture_end(t: str) -> bool:
    """Does the paragraph end a sentence and then carry only a web page label (…的原因。
    我要评论)? Its end is page furniture, not a sentence left open."""
    rest = _after_last_stop(t)
    if rest is None:
        return False
    rest = rest.lstrip("”’」』）)》】 \u3000\xa0")
    m = _CREDIT_BEFORE.match(rest)  # (…。(李娟) 我要评论; …。——张三我要评论)
    return (rest[m.end() :] if m else rest).strip() in LABELS


# a credit between the last sentence and the label: a name in brackets, or a dash and a name
_CREDIT_BEFORE = lazy(r"(?:[（(][^（()）。，,]{1,12}[)）]|——[^，。,！？!?\s]{1,8}?(?=我要评论))")


def _ends_sentence(t: str) -> bool:
    last = t.rstrip()[-1:]
    return bool(last) and (last in _CLOSED_END or last in _CLOSERS)


# a lead's dateline cut in two: its source on a line (本报, 新华社北京, 新浪) and the rest
# (…1月2日电, 体育讯) opening the next paragraph; the joined text is a whole dateline that
# neither half is
_DATELINE_JOINT = lazy(
    rf"^(?:{DATELINE_SOURCES}[^，。,\s]{{0,12}}?(?:\d{{1,2}}月\d{{1,2}}日[电讯]|讯)"
    r"|[\u4e00-\u9fff]{2,4}[^，。,\s]{0,12}?\d{1,2}月\d{1,2}日电)"
)
_OPENS_SOURCE = lazy(rf"^{DATELINE_SOURCES}")
DATELINE_JOINT = 12.0  # (near proof: outranks what a far lead-like paragraph gets)
DATELINE_LINE = 16  # the longest source line


def dateline_joint(tail: str, head: str) -> bool:
    """Is ``tail`` (a short line) the start of a lead's dateline and ``head`` its rest (本报 |
    涿州1月2日电记者…; 新华社北京 | 6月5日电…; 新浪 | 体育讯…)? The joined text opens with a
    dateline that ends in ``head``, and neither half opens with one on its own (next22)."""
    t, h = tail.strip(), head.lstrip()
    if not t or not h or len(t) > DATELINE_LINE or _DATELINE_JOINT.match(t):
        return False
    m = _DATELINE_JOINT.match(t + h[: DATELINE_LINE + 12])
    return m is not None and m.end() > len(t) and _OPENS_SOURCE.match(h) is None


# what ``_pair_jointly`` reads of a candidate block alone: (whether its kind is a body's or a
# heading's, whether a short line's, ``_sentence_line``, whether it opens with a term in
# quotation marks (``_TERM_QUOTE``), ``length_term`` against the document's typical
# paragraph, ``label_start``, ``_attribution``)
_Candidate = tuple[bool, bool, bool, bool, float, float, bool]


def _candidate(blocks: list[Block], bi: int, typical: float) -> _Candidate:
    """What ``_pair_jointly`` reads of the candidate ``blocks[bi]`` alone (``_Candidate``),
    the same calls it made once per pair."""
    b = blocks[bi]
    return (
        b.kind in (PARAGRAPH, SUBHEAD, HEADLINE),
        b.kind in _SHORT_LINES,
        _sentence_line(b),
        _TERM_QUOTE.match(b.text.lstrip()) is not None,
        break_pairing.length_term(len(b.text.strip()), typical),
        break_pairing.label_start(b.text),
        _attribution(blocks, bi),
    )


def _pair_jointly(
    breaks: list[Break],
    reported: list[Break],
    blocks: list[Block],
    heads: _Heads,
    evidence: dict[tuple[int, int], str],
) -> None:
    """Choose the continuation of every reported break at once (break_pairing): each break
    against the paragraphs near it and those with evidence anywhere in ``WINDOW``
    (``evidence``: (break's number in ``breaks``, block index) -> what the joint shows), each
    paragraph continuing at most one break. A title-like line keeps what its own evidence
    names (see ``_pair_score``); one whose end no title has may take a near paragraph."""
    number = {id(br): i for i, br in enumerate(breaks)}
    scorer, view = heads.scorer, heads.view
    # (the rest of a paragraph is shorter than a whole one: against the document's own)
    typical = break_pairing.typical_length(b.text for b in blocks if b.kind == PARAGRAPH)
    texts = [b.text for b in blocks]
    topic = Topic(texts)  # (the broken paragraph's own words: break_topic)
    place = Place(topic, texts)  # (where a candidate stands: break_place)
    # (how the document opens its sentences, its headlines aside: break_doc_starts)
    starts = DocStarts(texts, [b.kind != HEADLINE for b in blocks])
    ends: dict[int, bool] = {}  # block -> whether it ends a sentence
    scores: dict[tuple[int, int], float] = {}
    named: dict[int, set[int]] = {}  # break -> the blocks its evidence names
    for k, bi in evidence:
        named.setdefault(k, set()).add(bi)
    # what the loop below reads of a candidate alone, once per block rather than once per
    # break it is a candidate of (``_candidate``)
    kept: dict[int, _Candidate] = {}
    for br in reported:
        a = br.block
        i = number[id(br)]
        last = _last_tagged(a)
        far = set(named.get(i, ()))
        near = range(max(0, a.index - NEAR), min(len(blocks), a.index + NEAR + 1))
        evidence_only = loose = False
        if br.title_like:
            # a title-like line keeps what its own evidence gave it (or nothing); one whose
            # end no title has (…的, …是) may take a paragraph near it that reads on, others
            # one near it only by evidence of its own (a cut word, a start no sentence has)
            far = {br.cont.index} if br.cont is not None else set()
            evidence_only = br.tail < STRONG
            # (but one reported as a paragraph's head, a lone line of the body, reads as
            # running text: a near paragraph that reads on well enough competes, see
            # LOOSE_FLOOR)
            loose = evidence_only and br.lead
        for bi in sorted(far | {j for j in near if j != a.index - 1}):
            b = blocks[bi]
            c = kept.get(bi)
            if c is None:
                c = kept[bi] = _candidate(blocks, bi, typical)
            if b is a or (
                not c[0]  # (b.kind in (PARAGRAPH, SUBHEAD, HEADLINE))
                and bi not in far
                and (bi != a.index + 1 or not c[1])  # (b.kind in _SHORT_LINES)
                and not c[2]  # (_sentence_line(b))
            ):
                continue  # (a short line right after it: only by evidence of its own, below)
            # a sentence's own start is no continuation (the tail is likelier lost), but a
            # quotation may follow a clause mark; lead: 据…介绍，; 某某表示，; 而…: running
            # text's own start
            opens, lead, h, first, quote = view(b)
            opens = opens and not (br.marked and quote)
            if opens or lead:
                opens, lead = _read_on(a.text, last, b.text, opens, lead)
            if quote and not opens and c[3]:  # (_TERM_QUOTE.match(b.text.lstrip()))
                # (its joint is read with the term's own first word: 实施 | “菜篮子”工程)
                first = first_word(b.text.lstrip()[1:])
            # so is a line that reads as a title, unless it shows on its own that it is the
            # rest of a sentence (a word cut across the joint: 李 | 周认为，…; 为什 | 么？)
            para = b.kind == PARAGRAPH or c[2]
            needs = evidence_only or not para or opens or (lead and bi != a.index + 1)
            strict = opens or not para
            if loose and para and not opens and not (lead and bi != a.index + 1):
                needs = False  # (but see LOOSE_FLOOR)
            dateline = bi == a.index + 1 and dateline_joint(a.text, b.text)
            if needs and bi not in far and not scorer.own_evidence(a.text, b.text, h, strict):
                if topic.evidence(a.text, b.text):
                    pass  # (a string across the joint that the document writes: break_topic)
                elif not dateline and (
                    b.kind == PARAGRAPH
                    or not (_closes_left_open(a.text, b.text) or _figure_runs_on(a.text, b.text))
                ):
                    continue
            orphan = False  # (the block before it ends a sentence and is not the break)
            if bi > 0 and bi - 1 != a.index:
                ended = ends.get(bi - 1)
                if ended is None:
                    ended = ends[bi - 1] = _ends_sentence(blocks[bi - 1].text)
                orphan = ended
            p = scorer.pair(a.text, b.text, last, first, h)  # (the detection's record)
            score = scorer.score(p, opens, bi - a.index, orphan, NEAR, lead)
            if score is not None:
                score += c[4]  # (break_pairing.length_term of b against the typical)
                score += break_pairing.paragraph_quote(scorer, a.text, b.text)
                score += scorer.echo(a.text, b.text)
                score += topic.term(a.text, b.text)
                score += c[5]  # (break_pairing.label_start(b.text))
                score += own_start(a.text, b.text, last)
                score += starts.term(a.text, bi)
                if p.head.frame and p.tail.clause > break_pairing.FRAME_AFTER:
                    if frame_runs_on(p.tail.text, p.head.text, last):
                        score -= break_pairing.W_FRAME  # (the frame is the end's clause's rest)
                if bi - 1 != a.index and c[6]:  # (_attribution(blocks, bi))
                    score += ATTRIBUTION
                if dateline:
                    score += DATELINE_JOINT
                elif loose and not needs and bi not in far and score < LOOSE_FLOOR:
                    continue
                scores[i, bi] = score + place.term(a.index, bi)
    chosen = break_assign.assign(scores, PAIR_FLOOR)
    for br in reported:
        i = number[id(br)]
        at = chosen.get(i)
        if at == br.block.index - 1 and scores[i, at] < BEFORE_FLOOR:
            at = None
        br.cont = blocks[at] if at is not None else None
        br.evidence = evidence.get((i, at), "") if at is not None else ""
