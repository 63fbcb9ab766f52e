"""Which paragraph continues each broken one: every open end against every candidate start,
scored by how well the two read as one sentence, then assigned jointly.

A tail moved away from its head usually starts like a sentence of its own (勒布朗-詹姆斯，…;
对记者表示，…); no single piece of evidence names it. What does, taken together:

- the joint: a word or figure cut across it, how much likelier the segmenter reads the
  joined text than the two apart, how well the head's last word and the candidate's first
  word make one phrase (``fit``), and how likely the candidate's first part of speech is
  right after the head's last one rather than at the start of a clause (jieba's own
  part-of-speech model, shipped with the package: its start and transition tables);
- the candidate's start: evidence that it is the rest of a sentence (``head_evidence``),
  that it opens the way sentences open (a time phrase and a comma, a source, a quotation,
  a subject pronoun; a time or connective frame such as 今年以来，, 此外，), and a first
  word that is a bound character (掉…, 裙…);
- its first sentence: the rest of a sentence is shorter than a whole one, so a candidate
  whose first sentence (and the head's last fragment with it) is short reads likelier as a
  tail; the words the two halves share;
- where it stands: right after the head (the common case: a paragraph broken in place),
  after it rather than before it, not many blocks away;
- its own end: the rest of a paragraph ends where the paragraph did, on a closed sentence;
- the sentence's structure across the joint (``structure_features``): a quotation or
  bracket that the head's open sentence opens and the candidate closes (or one the
  candidate closes that the head never opened), the first half of a correlative (不是…,
  虽然…, 不仅…) whose second half (而是…, 但…, 还…) the candidate's first sentence brings.

A far candidate with no sign of a joint competes a little lower (``W_NOSIGN``; one that
opens as a sentence or as running text does is none), and a line that reads as a title or
a sentence's own start is a candidate only by evidence of its own (``own_evidence``).

Then each head takes at most one tail and each tail continues at most one head, assigned to
maximise the total score over all open ends of the document (a maximum-weight matching:
two breaks that both cut a word, 建|材 and 建|业, are paired so that both read best, not
the first one found; ``break_assign``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from operator import mul
from typing import Any

from .. import words
from .._compiled import mypyc_attr
from ..patterns import lazy
from .break_bigrams import _bigrams
from .break_evidence import HEAD_WINDOW, TAIL_WINDOW, WAITING_VERBS
from .break_joint import (
    _BOUND_PREFIXES,
    _starts,
    _word_cut,
    crossing,
    fit,
    may_cut_figure,
    may_cut_prefix,
    number_cut,
    prefix_cut,
)

# weights of the pieces of evidence (a log-odds-like scale: about 3 is a fair hint). Fitted, not
# tuned one at a time: a conditional logit (a softmax over one open end's scored candidates,
# the true tail as the answer) over the planted break-next and break-moved samples of the
# benchmark's seeds 2, 4 and 5 (10,606 ends whose tail was scored), then multiplied by 3 and
# rounded; judged on seeds 3 and 21, never fitted. W_FAR is not the fit's: the benchmark moves
# a tail at most 6 blocks, so the fit wants any farther candidate gone (-16 per e-fold), which
# says nothing of real pages; it stays where it was. W_HEAD is the fit's 0.62 rounded up: the
# fit is flat there (a few samples either way) and a far start no sentence has (也点缀着…)
# should still beat a next paragraph that opens with its own subject.
W_HEAD = 0.75  # the candidate's start shows that it is the rest of a sentence
W_STRONG_START = 1.75  # and more when it is a start no sentence has (的…, 批市民…, ，…)
STRONG_START = 5.0
W_CUT = 1.25  # a word or figure cut across the joint
W_FIT = 0.4  # the head's last word and the candidate's first word make one phrase
W_POS = 1.75  # the first part of speech is likelier after the last one than at a clause start
W_SHARED = 6.5  # the share of character pairs the two halves have in common (0..1)
W_OPENS = -2.0  # the candidate opens the way a sentence opens
W_CROSS = -1.0  # per tenfold frequency of a word read across the joint (a cut counts once)
W_GAIN = 2.25  # how much likelier the joined reading is (jieba's word frequencies), up to 8
W_NEXT = 3.5  # the paragraph right after the head (3 -> 3.5 with break_topic's terms, echo13)
W_LEAD = -4.5  # the candidate opens as running text does (lead_like: 据…介绍，; 某某表示，)
W_FRAME = -4.5  # its first clause is a time or a connective and a comma (4年来，; 此外，)
W_BEFORE = -0.5  # a candidate standing before the head
W_BOUND = -0.75  # the first word is a lone character seldom a word of its own (but see cut)
W_ORPHAN = -0.75  # the paragraph before the candidate ends a sentence (and is not the head)
W_FIRST_SENT = -4.0  # per e-fold length of the candidate's first sentence
W_JOINED_SENT = 3.5  # per e-fold length of the head's last fragment and that sentence
W_FIRST_CLAUSE = -3.75  # per e-fold length of the candidate's first clause
W_JOINED_CLAUSE = 3.75  # per e-fold length of the head's last clause and that clause
W_FAR = -3.0  # per e-fold distance beyond the near paragraphs
W_CLOSED = 4.75  # the candidate ends as a paragraph ends (。, ！, a closing quotation mark…)
W_DRIFT = -3.0  # per e-fold distance beyond DRIFT blocks, up to the near ones (then W_FAR)
DRIFT = 3
W_QUOTE = 15.0  # the head's open sentence opens a quotation or bracket that the candidate closes
W_STRAY_CLOSE = -2.75  # the candidate closes one that the head never opened
W_CORRELATIVE = 5.75  # the head opens a correlative (不是…, 虽然…) the candidate completes
W_PARA_QUOTE = 20.0  # the head's paragraph leaves one open that the candidate's paragraph closes
W_LENGTH = -4.5  # per e-fold length of the candidate against the document's typical paragraph
LENGTH_SPAN = 1.5  # (how many e-folds count, either way)
# away from the break, a candidate that shows no sign of a joint (no start of its own, no
# cut, no fitting word): scored this much lower, or (None) no candidate
W_NOSIGN: float | None = -1.0
FRAME_AFTER = 4  # the head's last clause longer than this: a frame after it opens anew
BOUND_FREQ = 10_000
FAR_CUT = 3.0  # the cut, or the start, that a far candidate needs
FAR_HEAD = 4.0
# what a candidate near a title-like line needs (own_evidence): a word or figure cut across
# the joint (预计明 | 年一季度…), or a start no sentence has
EVIDENCE_CUT = 2.0
EVIDENCE_HEAD = 4.0
OPENS_CUT = 5.0
OPENS_HEAD = 5.0
SOME_GAIN = 0.5  # a joined reading this much likelier (log) is a sign of a joint

SENTENCE_END = "。！？!?；;"
CLAUSE_END = SENTENCE_END + "，,、：:"
# a first clause that sets the time or links to the sentence before, then a comma: how a
# sentence opens (去年以来，; 9月28日，; 最终，; 与此同时，), seldom how its rest does
_FRAME = lazy(
    r"^[^，,。：:！？!?；;“”]{0,10}(?:年|月|日|以来|来|时|后|前|期间|当天|今天|昨天|今年|去年|"
    r"目前|近日|日前|最终|最后|此外|另外|同时|其中|然而|但是|不过|因此|所以|而且|首先|其次|"
    r"对此|为此|据悉|据了解|据介绍|如今|当时|随后|此前|之后)[，,]"
)


def _pos_model():
    """jieba's part-of-speech model as lint_news.dictseg keeps it (read from jieba's own
    files, cached in the temporary directory); None when jieba is not installed."""
    global _MODEL
    if _MODEL is _UNSET:
        from .. import dictseg

        try:
            _MODEL = dictseg.load()
        except ImportError:
            _MODEL = None
    return _MODEL


_UNSET = object()
_MODEL: object = _UNSET  # (loaded once: pos_lift asks for it once per pair)


_FLOOR = -12.0


def pos_lift(last: tuple[str, str] | None, first: tuple[str, str] | None) -> float:
    """log P(first's state | last's state) - log P(first's state at a clause start), by
    jieba's part-of-speech model: how much likelier the candidate's first word follows the
    head's last word than opens a clause. 0 when either is unknown."""
    if not last or not first:
        return 0.0
    (w1, p1), (w2, p2) = last, first
    # (``patterns.HAN.match`` of one character written as a comparison: the same answer, no match)
    if not ("\u4e00" <= w1[-1:] <= "\u9fff" and "\u4e00" <= w2[:1] <= "\u9fff"):
        return 0.0  # a mark, a figure or a Latin word: no part of speech of the model
    model = _pos_model()
    if model is None:
        return 0.0
    s1 = ("E" if len(w1) > 1 else "S", p1)
    s2 = ("B" if len(w2) > 1 else "S", p2)
    probs = model.pos_state_probs(s1, s2)
    if probs is None:
        return 0.0
    st, tr = probs
    return max(tr, _FLOOR) - max(st, _FLOOR)


def shared(tail: str, head: str) -> float:
    x, y = _bigrams(tail[-80:]), _bigrams(head[:80])
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))


# -- the sentence's structure across the joint ------------------------------------------------

# quotation marks and brackets that a sentence opens and closes (the straight " cannot tell)
_PAIRS = (("“", "”"), ("「", "」"), ("『", "』"), ("（", "）"), ("(", ")"), ("《", "》"))
# the first half of a correlative and the words that may complete it (不是…而是, 虽然…但…)
_CORRELATIVES = (
    (("不是",), ("而是", "就是")),
    (("不仅", "不但", "不只", "不光", "不单"), ("而且", "还", "也", "更", "并且")),
    (("虽然", "虽说", "尽管"), ("但", "可", "却", "仍", "还是", "然而")),
    (("因为",), ("所以", "因此", "才")),
    (("如果", "假如", "要是", "倘若", "一旦", "若"), ("就", "便", "则", "那么", "将", "会")),
    (("只有",), ("才",)),
    (("只要",), ("就", "便", "都")),
    (("无论", "不论", "不管"), ("都", "也", "总", "均")),
    (("即使", "即便", "哪怕", "纵然"), ("也", "都", "仍")),
    (("一方面",), ("另一方面", "同时")),
    (("要么",), ("要么",)),
    (("宁可", "宁愿"), ("也",)),
    (("既",), ("又", "也")),
)


def _open_sentence(tail: str) -> str:
    """The head's last sentence, the one the break leaves open."""
    k = max(tail.rfind(c) for c in SENTENCE_END)
    return tail[k + 1 :]


def _first_sentence(head: str) -> str:
    """The candidate's first sentence with the closing marks right after its end (。”)."""
    k = _first_mark(head, SENTENCE_END) + 1
    while k < len(head) and head[k] in "”」』）)":
        k += 1
    return head[:k]


def _unclosed(t: str, o: str, c: str) -> bool:
    return t.rfind(o) > t.rfind(c)


def _closes_first(t: str, o: str, c: str) -> bool:
    k = t.find(c)
    return k >= 0 and not 0 <= t.find(o) < k


def structure_features(tail: str, head: str) -> dict[str, float]:
    """Does the head's open sentence find its rest at the candidate's start: a quotation or
    bracket it opens that the candidate closes (or one the candidate closes that the head
    never opened), the first half of a correlative (不是…, 虽然…) whose second half
    (而是…, 但…) the candidate's first sentence brings."""
    return dict(zip(FEATURES[-3:], _structure(_Tail(tail), _Head(head)), strict=True))


WEIGHTS = {
    "head": W_HEAD,
    "strong_start": W_STRONG_START,
    "cut": W_CUT,
    "fit": W_FIT,
    "pos": W_POS,
    "shared": W_SHARED,
    "opens": W_OPENS,
    "cross": W_CROSS,
    "gain": W_GAIN,
    "bound": W_BOUND,
    "first_sent": W_FIRST_SENT,
    "joined_sent": W_JOINED_SENT,
    "first_clause": W_FIRST_CLAUSE,
    "joined_clause": W_JOINED_CLAUSE,
    "lead": W_LEAD,
    "next": W_NEXT,
    "orphan": W_ORPHAN,
    "before": W_BEFORE,
    "far": W_FAR,
    "frame": W_FRAME,
    "closed": W_CLOSED,
    "drift": W_DRIFT,
    "quote": W_QUOTE,
    "stray_close": W_STRAY_CLOSE,
    "correlative": W_CORRELATIVE,
    "length": W_LENGTH,  # (length_term: of the whole candidate, once per document)
    "para_quote": W_PARA_QUOTE,  # (paragraph_quote)
}


@lru_cache(maxsize=4096)
def _left_open(text: str) -> int:
    """Bit i: ``text`` leaves ``_PAIRS[i]`` open (more opened than closed, in order)."""
    bits = 0
    for i, (o, c) in enumerate(_PAIRS):
        if o not in text:
            continue
        depth = 0
        for ch in text:
            if ch == o:
                depth += 1
            elif ch == c and depth:
                depth -= 1
        if depth:
            bits |= 1 << i
    return bits


@lru_cache(maxsize=4096)
def _closes_unopened(text: str) -> int:
    """Bit i: ``text`` closes ``_PAIRS[i]`` before opening it."""
    bits = 0
    for i, (o, c) in enumerate(_PAIRS):
        k = text.find(c)
        if k >= 0 and not 0 <= text.find(o) < k:
            bits |= 1 << i
    return bits


def paragraph_quote(scorer: Scorer, tail: str, head: str) -> float:
    """``W_PARA_QUOTE`` when the broken paragraph leaves a quotation or bracket open
    (opened in an earlier sentence, ``他说：“…。…明年`` ) that the candidate closes before
    opening one, anywhere in it (``…。”``): one quotation across the two. 0 when the open
    sentence's own feature (``quote``) counts it already."""
    both = _left_open(tail) & _closes_unopened(head)
    if not both or scorer.tail(tail).quote & scorer.head(head).closes:
        return 0.0
    return W_PARA_QUOTE


# the candidate's first words repeat a content word of the sentence the break leaves open
# (…今年全县推广良种的面积 | 推广良种是县里多年坚持的做法，…): a
# sentence names its topic again when a new one begins, seldom across its own joint. Chosen
# on the planted seed 2 (break-next, -moved, -lost candidates' scores), judged on seed 3.
# W_ECHO when the word opens the candidate, as a new sentence's subject does; less
# (W_ECHO_INSIDE) when it stands later in the first clause (…推广良种的面积 | 达到三万亩，
# 推广良种…: an object or a complement after the rest's own verb), which the rest of a
# sentence may well do (echo13: fitted with the pair weights on the planted seeds 2, 4, 5)
W_ECHO = -5.0
W_ECHO_INSIDE = -1.0
ECHO_TAIL = 30  # characters of the open sentence's end
ECHO_HEAD = 12  # characters of the candidate's first clause
_ECHO_CLAUSE = lazy(r"[，。；：！？,;:!?、]")


def _content_words(text: str) -> frozenset[str]:
    """Words of two or more Chinese characters that are nouns, verbs, abbreviations or set
    phrases (jieba's n, v, j and l)."""
    return frozenset(
        w
        for w, p in words.tag(text)
        if len(w) >= 2 and p[:1] in "njvl" and "\u4e00" <= w[0] <= "\u9fff"  # (HAN.match)
    )


def _echo_end(tail: str) -> str:
    """The last ``ECHO_TAIL`` characters of the sentence that ``tail`` leaves open."""
    return _open_sentence(tail.rstrip())[-ECHO_TAIL:]


def _echo_start(head: str) -> str:
    """The candidate's first clause, its first ``ECHO_HEAD`` characters at most."""
    start = head.lstrip()
    m = _ECHO_CLAUSE.search(start)
    return (start[: m.start()] if m else start)[:ECHO_HEAD]


def _echo_weight(start: str, both: frozenset[str]) -> float:
    """``W_ECHO`` when one of the content words ``both`` opens ``start`` (the candidate's
    first clause), ``W_ECHO_INSIDE`` when they stand later in it, 0 when there are none."""
    if not both:
        return 0.0
    return W_ECHO if start.startswith(tuple(both)) else W_ECHO_INSIDE


def echo(tail: str, head: str) -> float:
    """``W_ECHO`` when the candidate ``head``'s first clause (its first ``ECHO_HEAD``
    characters) opens with a content word of the last ``ECHO_TAIL`` characters of the
    sentence that ``tail`` leaves open, ``W_ECHO_INSIDE`` when it repeats one later; else
    0."""
    end = _echo_end(tail)
    start = _echo_start(head)
    if not end or not start or not (_bigrams(end) & _bigrams(start)):
        return 0.0  # (no character pair in common: no word either, and nothing segmented)
    return _echo_weight(start, _content_words(end) & _content_words(start))


def typical_length(texts: Iterable[str]) -> float:
    """The median length of a document's paragraphs (``length_term``'s yardstick)."""
    lengths = sorted(len(t.strip()) for t in texts)
    if not lengths:
        return 100.0
    k = len(lengths) // 2
    return float(lengths[k]) if len(lengths) % 2 else (lengths[k - 1] + lengths[k]) / 2


def length_term(length: int, typical: float) -> float:
    """The score a candidate of ``length`` characters gets in a document whose paragraphs
    are ``typical`` long: a paragraph broken in two leaves two pieces shorter than a whole
    paragraph, so the shorter a candidate, the likelier it is the rest of one (``W_LENGTH``
    per e-fold, up to ``LENGTH_SPAN`` e-folds either way)."""
    x = math.log((length + 10) / (typical + 10))
    return W_LENGTH * min(LENGTH_SPAN, max(-LENGTH_SPAN, x))


# a candidate whose first words are a short label and a colon (主持人：…; 相关链接：…; 张经理：
# …), a speaker's turn or a heading run into its text: a paragraph's own start, seldom the
# rest of a sentence; not a saying's or a list's colon (…他补充说：; 具体如下：), which may
# be (moved21: on the planted seeds 2 and 3 both, break-next and break-moved pairing up and
# fewer wrong partners for lost tails); -4 -> -6 with break_topic's terms (echo13: fitted
# with the pair weights on the planted seeds 2, 4 and 5)
W_LABEL_START = -6.0
_LABEL_START = lazy(r"^[^，。,：:]{1,8}[：:]")
_SAYING_COLON = lazy(
    r"^[^，。,：:]{0,8}(?:说|道|表示|指出|认为|称|强调|如下|以下|介绍|透露|了解|获悉|是|为|包括|有)[：:]"
)


def label_start(head: str) -> float:
    """``W_LABEL_START`` when ``head`` opens with a short label and a colon, else 0."""
    t = head.lstrip()[:10]
    if ("：" in t or ":" in t) and _LABEL_START.match(t) and not _SAYING_COLON.match(t):
        return W_LABEL_START
    return 0.0


def _last_mark(t: str, marks: str) -> int:
    return len(t) - max(t.rfind(c) for c in marks) - 1


def _first_mark(t: str, marks: str) -> int:
    """Where the first of ``marks`` stands in ``t`` (its length when none does)."""
    found = _MARKS.get(marks)
    if found is None:
        found = _MARKS[marks] = re.compile("[" + re.escape(marks) + "]").search
    m = found(t)
    return m.start() if m is not None else len(t)


_MARKS: dict[str, Callable[[str], re.Match[str] | None]] = {}


@mypyc_attr(native_class=False)  # (compiled: __getattr__ fills the slots)
class _Tail:
    """What the features need of a broken paragraph's (stripped) text alone: computed once
    per text, not once per candidate; its last clause's and sentence's lengths and the
    structure it leaves open only when first read (the assignment's, not the detection's:
    an unset slot falls to ``__getattr__``, which fills them)."""

    __slots__ = ("text", "end", "bigrams", "clause", "sent", "quote", "stray", "corr")

    def __init__(self, tail: str) -> None:
        self.text = tail
        self.end = tail[-8:]
        self.bigrams = _bigrams(tail[-80:])

    def __getattr__(self, name: str) -> Any:
        if name not in _TAIL_SHAPE:
            raise AttributeError(name)
        tail = self.text
        self.clause = _last_mark(tail, CLAUSE_END)
        self.sent = _last_mark(tail, SENTENCE_END)
        # (structure_features: bit i for _PAIRS[i] or _CORRELATIVES[i])
        sent = _open_sentence(tail)
        quote = stray = corr = 0
        for i, (o, c) in enumerate(_PAIRS):
            if _unclosed(sent, o, c):
                quote |= 1 << i  # opened: the candidate may close it
            elif not _unclosed(tail, o, c):
                stray |= 1 << i  # never opened: a candidate that closes it is stray
        if _ANY_FIRST_HALF.search(sent) is not None:  # (none opened: none is open)
            for i, (firsts, seconds) in enumerate(_CORRELATIVES):
                for w in firsts:
                    k = sent.rfind(w)
                    if k >= 0 and not any(s in sent[k + len(w) :] for s in seconds):
                        corr |= 1 << i  # opened and not answered inside the head already
                        break
        self.quote, self.stray, self.corr = quote, stray, corr
        return getattr(self, name)


_TAIL_SHAPE = frozenset(("clause", "sent", "quote", "stray", "corr"))
# any first half of a correlative (the gate before ``_Tail``'s test of each)
_ANY_FIRST_HALF = lazy("|".join(re.escape(w) for firsts, _ in _CORRELATIVES for w in firsts))


@mypyc_attr(native_class=False)  # (compiled: __getattr__ fills the slots)
class _Head:
    """What the features need of a candidate's (stripped) text alone, once per text; its
    first sentence's and clause's lengths and structure only when first read (as
    ``_Tail``'s)."""

    __slots__ = (
        "text",
        "start",
        "bigrams",
        "frame",
        "sent",
        "clause",
        "log_sent",
        "log_clause",
        "first",
        "closes",
        "seconds",
        "closed",
        "char",
    )

    def __init__(self, head: str) -> None:
        self.text = head
        self.char = head[:1]  # (the first character: ``crosses``' key with the end)
        self.start = head[:8]
        self.bigrams = _bigrams(head[:80])
        self.seconds = -1  # (asked only for a break that opens a correlative)

    def __getattr__(self, name: str) -> Any:
        if name not in _HEAD_SHAPE:
            raise AttributeError(name)
        head = self.text
        # (_FRAME's comma stands within its first 14 characters: 10 and a word of 3 at most)
        window = head[:14]
        self.frame = ("，" in window or "," in window) and _FRAME.match(head) is not None
        self.sent = _first_mark(head, SENTENCE_END)
        self.clause = _first_mark(head, CLAUSE_END)
        self.log_sent = math.log(self.sent + 2)
        self.log_clause = math.log(self.clause + 2)
        first = _first_sentence(head)
        self.first = first
        closes = 0
        if _ANY_CLOSER.search(first) is not None:  # (none closes without its mark)
            for i, (o, c) in enumerate(_PAIRS):
                if _closes_first(first, o, c):
                    closes |= 1 << i
        self.closes = closes
        end = head.rstrip()[-1:]
        self.closed = bool(end) and end in _CLOSED_END
        return getattr(self, name)

    def second_halves(self) -> int:
        """Bit i: the first sentence brings a second half of ``_CORRELATIVES[i]``."""
        if self.seconds < 0:
            seconds = 0
            for i, (_, second) in enumerate(_CORRELATIVES):
                if any(s in self.first for s in second):
                    seconds |= 1 << i
            self.seconds = seconds
        return self.seconds


_HEAD_SHAPE = frozenset(
    ("frame", "sent", "clause", "log_sent", "log_clause", "first", "closes", "closed")
)
# the last marks of a paragraph that ends a sentence (``closed``)
_CLOSED_END = frozenset("。！？!?…；;：:”’」』）)》】〉］]}")
_ANY_CLOSER = lazy("[" + re.escape("".join(c for _, c in _PAIRS)) + "]")


def _structure(tp: _Tail, hp: _Head) -> tuple[float, float, float]:
    return (
        1.0 if tp.quote & hp.closes else 0.0,
        1.0 if tp.stray & hp.closes else 0.0,
        1.0 if tp.corr and tp.corr & hp.second_halves() else 0.0,
    )


# the features in the order pair_features gives them (and pair_score adds them up)
FEATURES = (
    "head",
    "strong_start",
    "cut",
    "fit",
    "pos",
    "shared",
    "opens",
    "cross",
    "gain",
    "bound",
    "first_sent",
    "joined_sent",
    "first_clause",
    "joined_clause",
    "lead",
    "next",
    "orphan",
    "before",
    "far",
    "frame",
    "closed",
    "drift",
    "nosign",
    "quote",
    "stray_close",
    "correlative",
)
_NOSIGN = FEATURES.index("nosign")
_WEIGHED = FEATURES[:_NOSIGN] + FEATURES[_NOSIGN + 1 :]


class Scorer:
    """The pair scores of one document: what depends on one text alone (the break's end,
    the candidate's start) is computed once per text, what depends on a pair (the cut
    across its joint, the fit of its two words, the character pairs its halves share) once
    per pair into its record (``Pair``: the detection's score and the assignment's both
    read it), the cut also for the test of a candidate's own evidence."""

    def __init__(self) -> None:
        self._tails: dict[str, _Tail] = {}
        self._heads: dict[str, _Head] = {}
        self._cuts: dict[tuple[str, str], tuple[float, str, bool]] = {}
        self._pairs: dict[tuple[str, str], Pair] = {}
        self._lifts: dict[tuple[object, object], float] = {}  # pos_lift, per pair of words
        self._fits: dict[tuple[object, object], float] = {}  # fit, per pair of words
        self._bound: dict[object, bool] = {}  # a first word that is a bound character
        self._figure: dict[str, bool] = {}  # a break's end where a figure may be cut
        # an end -> its first characters: a word may cross into this one (``crosses``; one
        # dict per end, what a break's candidates read by their first characters)
        self._into: dict[str, dict[str, bool]] = {}
        # an end: Latin or digit last, bound prefix last, the entry test, where a word may
        # start in it (``_end``)
        self._ends: dict[str, tuple[bool, bool, Callable[[str], bool] | None, tuple[str, ...]]] = {}
        self._known: Any = _UNSET  # words.entry_test(), asked at the first need
        # (echo's parts: an end's open sentence, a start's first clause, each with its
        # character pairs; their content words only when the pairs meet)
        self._echo_ends: dict[str, tuple[str, frozenset[int]]] = {}
        self._echo_starts: dict[str, tuple[str, frozenset[int]]] = {}
        self._contents: dict[str, frozenset[str]] = {}
        # (read once per document: the same products in the same order as pair_features')
        self._weights = tuple(map(WEIGHTS.__getitem__, _WEIGHED))

    def tail(self, text: str) -> _Tail:
        got = self._tails.get(text)
        if got is None:
            got = self._tails[text] = _Tail(text.rstrip())
        return got

    def head(self, text: str) -> _Head:
        got = self._heads.get(text)
        if got is None:
            got = self._heads[text] = _Head(text.lstrip())
        return got

    def cut(self, tail: str, head: str) -> tuple[float, str, bool]:
        """The word or figure cut across the joint of ``tail`` and ``head`` (both stripped):
        (weight, why, whether a figure's), ``number_cut``'s and else ``word_cut``'s; once
        per pair."""
        key = (tail, head)
        got = self._cuts.get(key)
        if got is None:
            got = self._cuts[key] = self._joint_cut(tail, head)
        return got

    def _joint_cut(self, tail: str, head: str) -> tuple[float, str, bool]:
        """``cut``, without asking ``number_cut`` at an end where no figure can be
        cut, nor ``word_cut`` where no dictionary word goes on into the head's first
        character (``may_cut_figure``, ``may_cross_into``: once per end, and once per end
        and first character)."""
        figure = self._figure.get(tail)
        if figure is None:
            figure = self._figure[tail] = may_cut_figure(tail)
        if figure:
            cut, why = number_cut(tail, head)
            if cut != 0.0:
                return cut, why, True
        left, c = tail[-TAIL_WINDOW:], head[:1]
        # (``may_cut_prefix``: the two characters' gate before ``prefix_cut``)
        if may_cut_prefix(left, c) and (bound := prefix_cut(tail, head))[0]:
            return bound[0], bound[1], False  # 副 | 总监: no dictionary entry crosses
        kept = self._into.get(left)  # (``crosses`` written out)
        if kept is None:
            kept = self._into[left] = {}
        into = kept.get(c)
        if into is None:
            into = kept[c] = self._cross_into(left, c)
        if not into:
            return 0.0, "", False
        # (``word_cut`` less its ``prefix_cut``, asked above: the cut it keeps per joint)
        cut, why = words.remembered("word_cut", _word_cut, tail[-TAIL_WINDOW:], head[:HEAD_WINDOW])
        return cut, why, False

    def crosses(self, left: str, first: str) -> bool:
        """``may_cross_into(left, first)``, once per end and first character."""
        kept = self._into.get(left)
        if kept is None:
            kept = self._into[left] = {}
        got = kept.get(first)
        if got is None:
            got = kept[first] = self._cross_into(left, first)
        return got

    def into(self, left: str) -> dict[str, bool]:
        """What ``crosses`` keeps of the end ``left``: first character -> whether a word
        may cross into it (read and filled by a caller that asks many of one end)."""
        kept = self._into.get(left)
        if kept is None:
            kept = self._into[left] = {}
        return kept

    def _cross_into(self, left: str, first: str) -> bool:
        """``may_cross_into`` with the end's candidate word starts (``_starts``) and the
        dictionary's entry test read once per end and document."""
        if not left or not first:
            return False
        end = self._ends.get(left)
        if end is None:  # (what the tests below read of the end, once per end)
            end = self._ends[left] = self._end(left)
        latin, bound, known, pieces = end
        if latin and first.isascii() and first.isalnum():
            return True
        if bound and may_cut_prefix(left, first):
            return True  # 副 | 总监: no dictionary entry crosses (prefix_cut)
        if known is None:
            return True  # (no dictionary to ask: a word may cross)
        for piece in pieces:
            if known(piece + first):
                return True
        return False

    def _end(self, left: str) -> tuple[bool, bool, Callable[[str], bool] | None, tuple[str, ...]]:
        """What ``_cross_into`` reads of the end ``left`` (not empty): whether its last
        character is a Latin letter or digit, whether it ends with a bound prefix
        (``may_cut_prefix``'s test of the end), the dictionary's entry test and the
        pieces of the end where a dictionary word may start (``_starts``)."""
        last = left[-1]
        known = self._known
        if known is _UNSET:
            known = self._known = words.entry_test()
        pieces: tuple[str, ...] = ()
        if known is not None:
            seg = words.segmenter()
            pieces = tuple(left[-k:] for k in _starts(left, seg))  # type: ignore[arg-type]
        return (
            last.isascii() and last.isalnum(),
            left.endswith(_BOUND_PREFIXES),
            known,
            pieces,
        )

    def echo(self, tail: str, head: str) -> float:
        """``echo(tail, head)``, each text's part read once per document (and its content
        words once, when first needed)."""
        e = self._echo_ends.get(tail)
        if e is None:
            end = _echo_end(tail)
            e = self._echo_ends[tail] = (end, _bigrams(end) if end else frozenset())
        s = self._echo_starts.get(head)
        if s is None:
            start = _echo_start(head)
            s = self._echo_starts[head] = (start, _bigrams(start) if start else frozenset())
        if not (e[1] & s[1]):
            return 0.0  # (no character pair in common: see echo)
        contents = self._contents
        x = contents.get(e[0])
        if x is None:
            x = contents[e[0]] = _content_words(e[0])
        y = contents.get(s[0])
        if y is None:
            y = contents[s[0]] = _content_words(s[0])
        return _echo_weight(s[0], x & y)

    def own_evidence(self, tail: str, head: str, head_weight: float, strict: bool = False) -> bool:
        """``own_evidence`` (see there)."""
        if head_weight >= (OPENS_HEAD if strict else EVIDENCE_HEAD):
            return True
        cut = self.cut(tail.rstrip(), head.lstrip())[0]
        return cut >= (OPENS_CUT if strict else EVIDENCE_CUT)

    def pair(
        self,
        tail: str,
        head: str,
        last: tuple[str, str] | None,
        first: tuple[str, str] | None,
        head_weight: float,
    ) -> Pair:
        """The record of ``tail`` (a broken paragraph's text, its last tagged word ``last``)
        against ``head`` (a candidate's text, its first tagged word ``first`` and head
        evidence's weight): once per pair and document, read by both scores."""
        key = (tail, head)
        got = self._pairs.get(key)
        if got is None or not (
            # (in a document, the words and the weight follow from the texts: kept by the
            # texts alone, and made anew only when a caller gives others)
            got.last == last and got.first == first and got.weight == head_weight
        ):
            # (``tail``, ``head``, ``cut`` and ``fit`` once per text, pair and words: the
            # look-ups written out)
            tp = self._tails.get(tail)
            if tp is None:
                tp = self._tails[tail] = _Tail(tail.rstrip())
            hp = self._heads.get(head)
            if hp is None:
                hp = self._heads[head] = _Head(head.lstrip())
            texts = (tp.text, hp.text)
            cut = self._cuts.get(texts)
            if cut is None:
                cut = self._cuts[texts] = self._joint_cut(*texts)
            words_ = (last, first)
            j = self._fits.get(words_)
            if j is None:
                j = self._fits[words_] = fit(last, first)
            got = self._pairs[key] = Pair(tp, hp, cut, last, first, head_weight, j)
        return got

    def values(
        self, p: Pair, opens: bool, distance: int, orphan: bool, near: int = 10, lead: bool = False
    ) -> tuple[float, ...] | None:
        """The features of the pair ``p`` in the order of ``_WEIGHED``, then ``nosign``;
        None when its head is no candidate (``opens`` .. ``lead``: see ``pair_score``)."""
        tp, hp, head_weight = p.tail, p.head, p.weight
        cut = p.cut
        if 0.0 > cut:  # (max(p.cut, 0.0) written out: the same float, -0.0 kept)
            cut = 0.0
        away = distance if distance >= 0 else -distance
        if away > near and cut < FAR_CUT and head_weight < FAR_HEAD:
            return None
        gain = p._gain
        if gain is None:
            gain = p.gain()
        end = tp.end
        kept = self._into.get(end)  # (``crosses`` written out)
        if kept is None:
            kept = self._into[end] = {}
        into = kept.get(hp.char)
        if into is None:
            into = kept[hp.char] = self._cross_into(end, hp.char)
        hit = crossing(end, hp.start) if into else None
        cross = math.log10((words.freq(hit[0]) or 0) + 1) if hit else 0.0
        first = p.first
        bound = self._bound.get(first)
        if bound is None:
            bound = self._bound[first] = (
                first is not None
                and len(first[0]) == 1
                and "\u4e00" <= first[0] <= "\u9fff"  # (HAN.match of its one character)
                and (words.freq(first[0]) or 0) < BOUND_FREQ
            )
        last = p.last
        key = (last, first)
        if last is not None and len(last[0]) == 2 and last[0][1] == "是":
            last = ("是", "v")  # 不是, 就是, 正是: the copula waits for its object all the same
        elif last is not None and last[1][:1] in "ns" and last[0] in WAITING_VERBS:
            # a verb that waits for its object, tagged as a noun or a place (地处/s): the
            # part of speech model reads the verb it is (地处 | 宁夏…: a place after a verb)
            last = (last[0], "v")
        if last is p.last:
            j = p.fit
        else:  # (read anew: the fit of the word as the verb it is)
            key = (last, first)
            got = self._fits.get(key)
            if got is None:
                got = self._fits[key] = fit(last, first)
            j = got
        lift = self._lifts.get(key)
        if lift is None:
            lift = self._lifts[key] = pos_lift(last, first)
        common = p._common
        if common < 0.0:
            common = p.common()
        # a frame opens a sentence, unless the head's last clause has only begun one (今年 |
        # 上半年，…; 与此 | 同时，…)
        frame = hp.frame and tp.clause > FRAME_AFTER
        nosign = distance != 1 and not (
            head_weight > 0 or cut > 0 or gain > SOME_GAIN or j >= 1.5 or lift > 0.5 or common > 0.1
        )
        if nosign and (W_NOSIGN is None or opens or lead or frame):
            return None  # away from the break, a sentence's own start with no sign of a joint
        # (a bool's float written as 1.0 if … else 0.0: the same floats, no call)
        return (
            head_weight,
            1.0 if head_weight >= STRONG_START else 0.0,
            cut,
            j,
            lift,
            common,
            1.0 if opens else 0.0,
            cross,
            min(gain, 8.0),
            1.0 if bound else 0.0,
            hp.log_sent,
            math.log(tp.sent + hp.sent + 2),
            hp.log_clause,
            math.log(tp.clause + hp.clause + 2),
            1.0 if lead else 0.0,
            1.0 if distance == 1 else 0.0,
            1.0 if distance != 1 and orphan and not opens else 0.0,
            1.0 if distance < 0 else 0.0,
            math.log(away / near) if away > near else 0.0,
            1.0 if frame else 0.0,
            1.0 if hp.closed else 0.0,
            math.log(min(away, near) / DRIFT) if away > DRIFT else 0.0,
            *_structure(tp, hp),
            1.0 if nosign else 0.0,
        )

    def score(
        self, p: Pair, opens: bool, distance: int, orphan: bool, near: int = 10, lead: bool = False
    ) -> float | None:
        """``pair_score`` of the pair ``p`` (see there)."""
        v = self.values(p, opens, distance, orphan, near, lead)
        if v is None:
            return None
        # (the same products added up in the same order as the features' dict; ``zip``
        # stops before ``nosign``)
        return sum(map(mul, self._weights, v)) + (W_NOSIGN or 0.0) * v[-1]


class Pair:
    """One break's end against one candidate's start in a document: what the detection's
    score (``truncation_joint._pair_score``) and the assignment's (``Scorer.score``) both
    read, computed once per pair (``Scorer.pair``) rather than once per score: the texts'
    own parts (``_Tail``, ``_Head``), the two words at the joint, the candidate's head
    evidence, the cut across the joint and the fit of the two words; when first asked, the
    share of character pairs the two halves have in common and how much likelier the
    joined reading is."""

    __slots__ = (
        "tail",
        "head",
        "last",
        "first",
        "weight",
        "cut",
        "why",
        "figure",
        "fit",
        "_common",
        "_gain",
    )

    def __init__(
        self,
        tail: _Tail,
        head: _Head,
        cut: tuple[float, str, bool],
        last: tuple[str, str] | None,
        first: tuple[str, str] | None,
        head_weight: float,
        j: float | None = None,
    ) -> None:
        self.tail, self.head = tail, head
        self.last, self.first, self.weight = last, first, head_weight
        # (number_cut's, else word_cut's: weight, why, whether a figure's)
        self.cut, self.why, self.figure = cut
        # (of the words as tagged: the detection's; ``j``: fit(last, first) known already)
        self.fit = fit(last, first) if j is None else j
        self._common = -1.0  # (not yet asked: a share is never negative)
        self._gain: float | None = None

    def common(self) -> float:
        """``shared``: the share of character pairs of the end's last 80 characters and
        the start's first 80 that the two have in common."""
        got = self._common
        if got < 0.0:
            x, y = self.tail.bigrams, self.head.bigrams
            got = self._common = len(x & y) / min(len(x), len(y)) if x and y else 0.0
        return got

    def gain(self) -> float:
        """``words.join_gain`` of the end's last 8 characters and the start's first 8 (0
        when the backend has no frequencies)."""
        got = self._gain
        if got is None:
            got = self._gain = words.join_gain(self.tail.end, self.head.start) or 0.0
        return got


def _scorer() -> Scorer:
    """The current document's scorer (inside ``words.remembering``), else a new one."""
    kept = words.memo("pairing")
    if kept is None:
        return Scorer()
    got = kept.get("scorer")
    if got is None:
        got = kept["scorer"] = Scorer()
    return got


def pair_features(
    tail: str,
    head: str,
    last: tuple[str, str] | None,
    first: tuple[str, str] | None,
    head_weight: float,
    opens: bool,
    distance: int,
    orphan: bool,
    near: int = 10,
    lead: bool = False,
) -> dict[str, float] | None:
    """The pieces of evidence that ``pair_score`` weighs (see there); None when ``head`` is
    no candidate."""
    s = _scorer()
    v = s.values(s.pair(tail, head, last, first, head_weight), opens, distance, orphan, near, lead)
    if v is None:
        return None
    return dict(zip(FEATURES, (*v[:_NOSIGN], v[-1], *v[_NOSIGN:-1]), strict=True))


def own_evidence(tail: str, head: str, head_weight: float, strict: bool = False) -> bool:
    """Does ``head`` show on its own that it continues ``tail``: a word or figure cut across
    the joint (预计明 | 年一季度…), or a start no sentence has? (What a candidate near a
    title-like line needs, or one that opens as running text does; ``strict``: one that
    opens as a sentence does or reads as a title needs more, as a word read across the
    joint is no cut there: 今年 | 年底前….)"""
    return _scorer().own_evidence(tail, head, head_weight, strict)


def pair_score(
    tail: str,
    head: str,
    last: tuple[str, str] | None,
    first: tuple[str, str] | None,
    head_weight: float,
    opens: bool,
    distance: int,
    orphan: bool,
    near: int = 10,
    lead: bool = False,
) -> float | None:
    """How likely ``head`` (a paragraph's text) continues the sentence that ``tail`` (the
    broken paragraph's text) leaves open; ``distance`` is in blocks (1: right after it),
    ``orphan``: the block before the candidate ends a sentence (and is not the head),
    ``lead``: it opens as running text does (据…介绍，; 某某表示，; 而…). A candidate farther than ``near`` blocks
    needs evidence of its own (a cut word or figure, a start no sentence has) and loses with
    the distance; away from the break, one that opens as a sentence does (a subject pronoun,
    a source, a time or connective frame: 今年以来，…) needs some sign that it joins (a
    start, a cut, a fitting first word or part of speech, shared words); others are scored,
    low when they show none. None when it is no candidate."""
    s = _scorer()
    return s.score(
        s.pair(tail, head, last, first, head_weight), opens, distance, orphan, near, lead
    )
