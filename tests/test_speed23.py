"""Shortcuts of the corpus-throughput work (issue 12, session 23): each must give exactly what
the plain path gives. Every test runs both over generated sentences (figures, hedges and
the words the checks look for, combined at random, written for these tests), the made-up
articles of tests/articles.py (with their planted defects) and the rules' own examples, and
asserts that the inputs reach the shortcut (it is not vacuous) and that both agree."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from lint_news.arith import sentences
from lint_news.checks import arithmetic
from lint_news.document import Document, in_scope
from lint_news.rules import load_rules

from .articles import articles

RULES = load_rules()
ARITH = [r for r in RULES if r.kind in arithmetic.KINDS]

# pieces of sentences that the arithmetic families read (written for these tests)
LEADS = [
    "",
    "全市",
    "今年",
    "据统计，",
    "其中",
    "这些企业中，",
    "与上年的",
    "从",
    "由",
    "共有",
    "合计",
]
FIGURES = [
    "3200人",
    "120所",
    "约85亿元",
    "近24万套",
    "15万余套",
    "63.41%",
    "90%",
    "18.6%",
    "2.5倍",
    "3个百分点",
    "六成",
    "1200家",
    "48处",
    "5A级3家",
    "3:1",
]
LINKS = [
    "，",
    "，其中",
    "，占",
    "增长",
    "，增长",
    "，比上年增长",
    "增加到",
    "下降到",
    "，分别为",
    "和",
    "、",
    "，合计",
    "，同比下降",
    "，上年同期为",
    "中",
    "，完成率",
    "，翻了一番",
    "（",
    "）",
]
ENDS = ["。", "；", "！", ""]


def _sentence(rng: random.Random, figures: int) -> str:
    parts = [rng.choice(LEADS)]
    for k in range(figures):
        if k:
            parts.append(rng.choice(LINKS))
        parts.append(rng.choice(FIGURES))
    if rng.random() < 0.5:
        parts.append(rng.choice(LINKS).strip("，（）") + rng.choice(["相比", "", "全年目标"]))
    parts.append(rng.choice(ENDS))
    return "".join(parts)


def generated(n: int, seed: int) -> list[str]:
    """Short documents: one to three paragraphs of one to four sentences with 0-4 figures."""
    rng = random.Random(seed)
    docs = []
    for _ in range(n):
        paras = []
        for _ in range(rng.randint(1, 3)):
            paras.append(
                "".join(_sentence(rng, rng.randint(0, 4)) for _ in range(rng.randint(1, 4)))
            )
        docs.append("\n\n".join(paras))
    return docs


def _examples() -> list[str]:
    out = []
    for r in RULES:
        out += r.flag + r.passes
    return out


def _inputs() -> list[str]:
    return generated(1500, 23) + articles(60, seed=23) + _examples()


# -- arithmetic: the families that need two figures skip a one-figure sentence --------------


def _plain_arith(doc: Document, rule) -> Iterator:
    """arithmetic.check without the _PAIRS skip: every sentence in scope goes to its family."""
    fn = arithmetic._CHECKS[rule.kind]
    for span in sentences(doc):
        if rule.scope == "any" or in_scope(span.block_kind, rule.scope):
            yield from fn(span, rule)


def _key(f) -> tuple:
    return (f.rule, f.start, f.end, f.message, [(r.start, r.end, r.message) for r in f.related])


def test_arith_pairs_skip_changes_nothing():
    for r in ARITH:
        if not r.prepared:
            r.prepare()
    skipped = found = 0
    for text in _inputs():
        doc = Document(text)
        for span in sentences(doc):
            if span.prev is None and len(span.quantities) < 2:
                skipped += 1
                # the families of _PAIRS have nothing to say about such a sentence
                for r in ARITH:
                    if r.kind in arithmetic._PAIRS:
                        assert list(arithmetic._CHECKS[r.kind](span, r)) == [], (text, r.id)
        for r in ARITH:
            fast = [_key(f) for f in arithmetic.check(doc, r)]
            plain = [_key(f) for f in _plain_arith(doc, r)]
            assert fast == plain, (text, r.id)
            if r.kind in arithmetic._PAIRS:
                found += len(fast)
    assert skipped > 500 and found > 20, (skipped, found)


# -- document: a caption told without a search over the whole paragraph ---------------------

_CAPTION_ALPHABET = (
    "图片为摄影供制绘资料新华社发视觉中国张三李四·(（)）:：。，,；  \u3000\t\n甲乙丙丁12"
)


def _caption_texts(n: int, seed: int) -> list[str]:
    """Stripped texts made of the characters _CAPTION_RE reads, and the same ends glued
    after ordinary paragraphs (long, so that a bounded search would show)."""
    rng = random.Random(seed)
    ends = [
        "张三摄",
        "李四 摄影",
        "张三\u3000 供图",
        "甲乙丙丁制图",
        "·张三绘",
        "（资料图）",
        "新华社发",
    ]
    ends += ["视觉中国", "(图为甲)", "图：张三", "图片：甲", "（图片甲乙）", "丙丁 摄"]
    out = []
    for _ in range(n):
        k = rng.randint(1, 30)
        t = "".join(rng.choice(_CAPTION_ALPHABET) for _ in range(k))
        if rng.random() < 0.5:
            t = rng.choice(["", "（", "图", "甲乙，"]) + t + rng.choice(ends)
        if rng.random() < 0.3:
            t = "甲乙丙丁，" * rng.randint(1, 40) + rng.choice(["", "。", "，", " "]) + t
        t = t.strip()
        if t:
            out.append(t)
    return out


# the one caption search that classify_block made before (9fa05e2), the oracle
_CAPTION_RE = re.compile(
    r"(?:[\s\u3000。，,；]|^)[\u4e00-\u9fff·]{2,4}\s*(?:摄|摄影|供图|制图|绘)$|^图为|^(?:图片|图)[:：]"
    r"|^[(（]图片?[^)）]{0,20}[)）]$|(?:资料图|新华社发|视觉中国)[)）]?$"
)


def test_is_caption_is_the_caption_search():
    from lint_news.document import _is_caption

    texts = _caption_texts(20000, 23)
    for text in articles(60, seed=23) + _examples():
        texts += [p.strip() for p in text.split("\n") if p.strip()]
    hits = 0
    for t in texts:
        want = _CAPTION_RE.search(t) is not None
        assert _is_caption(t) == want, t
        hits += want
    assert hits > 1000, hits


# -- context: a period read once per text ----------------------------------------------------


def test_about_periods_as_read_each_time():
    from lint_news.context import Period, _period_in, about

    leads = ["", "今年", "去年同期", "1-7月", "一季度", "上半年", "2023年", "全年"]
    rng = random.Random(23)
    texts = articles(40, seed=23)
    for _ in range(400):
        sents = []
        for _ in range(rng.randint(1, 4)):
            figs = rng.choices(FIGURES, k=rng.randint(1, 3))
            clauses = [rng.choice(leads) + "全市" + f for f in figs]
            sents.append("，".join(clauses) + "。")
        texts.append("".join(sents))
    seen = shared = 0
    for text in texts:
        doc = Document(text)
        for q in doc.quantities:
            if q.kind != "quantity":
                continue
            a = about(doc, q)
            block = doc.block_at(q.start)
            (ss, _), (cs, _) = a.sentence, a.clause  # (a title's sentence is its block)
            t = doc.text
            want = _period_in(t[ss : q.start])
            if not want.span or not want.year:
                before = _period_in(t[block.start : ss])
                want = Period(
                    want.year or before.year, want.span or before.span, want.text + before.text
                )
            assert a.period == want, text
            assert a.own.period == _period_in(t[cs : q.start]), text
            assert a.own.sentence_period == _period_in(t[ss : q.start]), text
            seen += 1
            shared += cs == ss
    assert seen > 1000 and shared > 300, (seen, shared)


# -- numbers: one expression where two were asked, no slice for a look at four characters ----


def test_ar_alone_is_not_only_ar_then_ar():
    from lint_news.numbers_lex import _AR, _AR_ALONE, _NOT_ONLY_AR

    rng = random.Random(23)
    alphabet = "0123456789０１２３４５６７８９.．,:：∶-/年月日时点号万亿%人元 abAB"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 16))) for _ in range(20000)]
    texts += [t for text in articles(40, seed=23) for t in text.split("\n")]
    alone = other = 0
    for text in texts:
        for p, ch in enumerate(text):
            if ch not in "0123456789０１２３４５６７８９":
                continue
            got = _AR_ALONE.match(text, p)
            if _NOT_ONLY_AR.match(text, p):
                assert got is None, (text, p)
                other += 1
                continue
            want = _AR.match(text, p)
            assert got is not None and got.lastgroup == want.lastgroup == "ar", (text, p)
            assert got.span() == want.span(), (text, p)
            for name in want.groupdict():
                assert got.span(name) == want.span(name), (text, p, name)
            alone += 1
    assert alone > 10000 and other > 5000, (alone, other)


def test_code_last_in_is_not_disjoint():
    from lint_news.numbers_lex import _CODE_LAST, _CODE_LAST_IN

    rng = random.Random(23)
    alphabet = "".join(sorted(_CODE_LAST)) + "12的万人Aa. "
    hits = 0
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        for s in range(len(text) + 1):
            want = not _CODE_LAST.isdisjoint(text[max(0, s - 4) : s])
            assert (_CODE_LAST_IN.search(text, max(0, s - 4), s) is not None) == want
            hits += want
    assert hits > 10000
