"""Issue 12 (spdq12): the quantity comparisons read what a figure measures before the tagger
reads its whole sentence (``context.near_of``); the answers must be those of the plain path,
where every figure's ``words_of`` is known before any comparison."""

from __future__ import annotations

import itertools
import re

from lint_news import context
from lint_news.context import (
    _CHANGE_WORDS,
    _LOOSE,
    _STOP,
    Words,
    _content,
    _sentence_words,
    _tag,
    _verb,
    about,
    close_quantity,
    near_of,
    same_quantity,
    words_of,
)
from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.numbers import Quantity
from lint_news.rules import load_rules

# (sentences written for this test: restatements, slips, lists, two units, titles)
TEXT = """江北新区今年投资超百亿元

本报讯 江北新区今年计划完成固定资产投资120亿元，其中83个重点项目开工建设。\
截至10月底，新区已完成投资102亿元，38个重点项目已经竣工。
新区滨江绿道全长18公里，沿线建成口袋公园26个。这条18米长的绿道成为市民休闲的好去处。
据介绍，新区全年接待游客约560万人次，同比增长24%；旅游收入达到65亿元，同比增长24%。\
其中，一季度接待游客56万人次，旅游收入6.5亿元。
该区人均可支配收入为4.2万元，比上年增长7.5%。全区户籍人口68万人，其中城镇人口42万人。
在网络平台热度排行中，该区连续12个月位居榜首；此前该区已连续120个月在网络平台热度排行榜首。
区内的小学可帮助到1000名孩子，初中可帮助到500名孩子，高中可帮助到50名孩子。
"""


# -- the plain path: words_of as one piece, as it was (the reference for the split one) --


def _plain_words(doc: Document, q: Quantity) -> Words:
    """``words_of`` as it was before ``near_of`` (commit 7c09857), uncached; the whole
    sentence is read by the same ``_sentence_words`` (the split only moved what comes before)."""
    a = about(doc, q)
    left_tagged = _tag(a.left)
    near = _content(left_tagged)
    after: list[str] = []
    right = a.right
    m = re.match(r"[^的，,。；;、]{0,3}的", right)  # 18米长的步道 -> 步道
    tail = right[m.end() :] if m else right
    # the noun phrase the figure modifies: 5000公顷高标准农田, 18米的滨江步道
    after_np: list[str] = []  # … up to its first verb (83个重点项目|开工建设)
    verb_seen = False
    for w, flag in _tag(tail[:8]):
        if w in _STOP or flag.startswith(
            ("d", "p", "u", "x", "m", "r", "c", "q", "t", "y", "e", "o")
        ):
            break
        if not after_np and not verb_seen and flag == "v" and q.dim.startswith("count:"):
            # a counted action: 1.2次抢断, 300人次参观
            if len(w) >= 2 and w not in _LOOSE:
                after_np.append(w)
        verb_seen = verb_seen or flag == "v"
        if len(w) >= 2 and flag.startswith(("n", "vn", "j", "l", "i")):
            after.append(w)
            if not verb_seen and w not in _LOOSE:
                after_np.append(w)
    sentence, subjects, clause_tags = _sentence_words(doc, a, near, after)
    cs = a.clause[0]
    # what the figure measures (nouns of its stretch of the clause, its noun after) and the
    # verbs of the clause, for the close comparison of short figures
    left_tags = [(w, f) for w, f in left_tagged if w not in _LOOSE]
    core = {w for w in _content(left_tags) if not _verb(w, left_tags)} | set(after_np)
    if after_np and len(a.left) < q.start - cs:
        # a list of figures (场均20.1分8.8个篮板2.1次助攻): the words between the previous
        # figure and this one are the previous figure's noun; this one's noun follows it
        core = set(after_np)
    verbs = {w for w, f in clause_tags if f == "v" and len(w) >= 2 and w not in _STOP}
    verbs -= core
    return Words(
        tuple(near),
        tuple(after),
        sentence,
        subjects,
        frozenset(core),
        frozenset(verbs),
        frozenset(_content(clause_tags)) | frozenset(after_np),
        any(
            f.startswith(("n", "j", "eng")) and w not in _CHANGE_WORDS
            for w, f in clause_tags
            if w in _content([(w, f)])
        ),
    )


def _figures(doc: Document) -> list:
    return [q for q in doc.quantities if q.kind == "quantity"]


def _answers(doc: Document, plain: bool) -> list[tuple]:
    figures = _figures(doc)
    if plain:
        for q in figures:
            words_of(doc, q)  # (every figure's words known first: near_of gives them)
    out = []
    for x, y in itertools.combinations(figures, 2):
        for exact, weak in ((True, False), (True, True), (False, False)):
            m = close_quantity(doc, x, y, exact=exact, weak=weak)
            out.append(("close", x.start, y.start, exact, weak, m.same, m.reason, m.shared))
        for need in (1, 2, 3):
            m = same_quantity(doc, x, y, need)
            out.append(("same", x.start, y.start, need, m.same, m.reason, m.shared))
    return out


def test_text_has_figures_to_compare() -> None:
    doc = Document(TEXT)
    assert len(_figures(doc)) >= 20


def test_fast_path_answers_as_plain_path() -> None:
    fast = _answers(Document(TEXT), plain=False)
    plain = _answers(Document(TEXT), plain=True)
    assert fast == plain
    # (both ways are exercised: some pairs are told apart by their heads or nouns alone)
    reasons = {a[-2] for a in fast}
    assert {"head", "core"} & reasons
    assert "ok" in reasons or "close" in reasons or "verbatim" in reasons


def test_words_of_as_before() -> None:
    doc = Document(TEXT)
    for q in _figures(doc):
        near_of(doc, q)  # (the first part first, as the comparisons ask)
        assert words_of(doc, q) == _plain_words(Document(TEXT), q)
    doc = Document(TEXT)
    for q in _figures(doc):
        assert words_of(doc, q) == _plain_words(doc, q)


def test_near_of_agrees_with_words_of() -> None:
    doc = Document(TEXT)
    for q in _figures(doc):
        first = near_of(doc, q)
        assert isinstance(first, context._Near)
        w = words_of(doc, q)
        assert near_of(doc, q) is w  # (once known, the full words are given)
        assert tuple(first.near) == w.near
        assert tuple(first.after) == w.after
        assert first.core == w.core
        assert first.heads == w.heads
        assert first.context == w.context


def test_fast_path_tags_fewer_sentences() -> None:
    """A pair told apart by what its figures measure does not tag their sentences."""
    doc = Document(TEXT)
    figures = _figures(doc)
    told_apart = 0
    for x, y in itertools.combinations(figures, 2):
        if close_quantity(doc, x, y).reason == "core":
            told_apart += 1
    assert told_apart
    # (some figures were never asked for more than their own clause's words)
    assert any(context.about(doc, q).words is None for q in figures)


def test_findings_same_with_plain_words() -> None:
    """The quantity rules find the same with and without the first part."""
    rules = [
        r
        for r in load_rules()
        if r.id in ("magnitude-slip", "unit-slip", "digit-swap", "headline-figure-unsupported")
    ]
    fast = [(f.rule, f.start, f.end, f.message) for f in lint_document(Document(TEXT), rules)]
    real = context.near_of
    try:
        # the plain path: the whole words of every figure compared, as before
        context.near_of = words_of  # type: ignore[assignment]
        plain = [(f.rule, f.start, f.end, f.message) for f in lint_document(Document(TEXT), rules)]
    finally:
        context.near_of = real
    assert fast == plain
