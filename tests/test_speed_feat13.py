"""Speed work of session 13 (issue 12, helper feat13): what the break check now reads once per
paragraph (or once per end) instead of once per pair gives what the plain per-pair calls
give, on invented texts."""

from __future__ import annotations

import pytest

from lint_news import words
from lint_news.checks import break_pairing as bp
from lint_news.checks import truncation_joint as tj
from lint_news.checks.break_joint import fit, may_cross_into
from lint_news.document import Document

from .test_speed24 import _texts

pytest.importorskip("jieba")

# an invented page: body paragraphs broken in places, a short line that ends a sentence, a
# label, a quotation and its attribution, a term in quotation marks, a question and an
# enumerator as starts
PAGE = "\n\n".join(
    [
        "城南新区的图书馆今天开馆",
        "河东镇今年推广节水灌溉的面积达到两千亩，比去年多出三成，镇里的",
        "技术员说，明年还要在",
        "“菜篮子”工程让市民吃上了放心菜。",
        "西片区的农户",
        "还要等多久？",
        "主持人：各位观众晚上好。",
        "“我们要把好事办好，把实事办实。”",
        "李主任说。",
        "与去年相比，今年的客流增加了两成。",
        "3．加强对重点地区的巡查。",
        "如何让老人用上智能手机？社区给出了答案。",
        "达到两千亩，比去年多出三成。",
        "其中，服务业吸纳就业最多，",
        "事实上，这项工作已经完成。",
    ]
)


def test_candidate_is_the_plain_calls() -> None:
    """``_candidate`` (once per block) gives what ``_pair_jointly`` asked once per pair."""
    blocks = Document(PAGE).blocks
    typical = bp.typical_length(b.text for b in blocks if b.kind == tj.PARAGRAPH)
    kinds = set()
    for bi, b in enumerate(blocks):
        got = tj._candidate(blocks, bi, typical)
        plain = (
            b.kind in (tj.PARAGRAPH, tj.SUBHEAD, tj.HEADLINE),
            b.kind in tj._SHORT_LINES,
            tj._sentence_line(b),
            tj._TERM_QUOTE.match(b.text.lstrip()) is not None,
            bp.length_term(len(b.text.strip()), typical),
            bp.label_start(b.text),
            tj._attribution(blocks, bi),
        )
        assert got == plain, b.text
        kinds.add(got)
    # (the page asks both answers of each flag and a label's and an attribution's terms)
    assert {c[3] for c in kinds} == {True, False}
    assert {c[5] for c in kinds} == {0.0, bp.W_LABEL_START}
    assert {c[6] for c in kinds} == {True, False}


def test_candidate_flags_and_passes() -> None:
    blocks = Document(PAGE).blocks
    by_text = {b.text.strip(): i for i, b in enumerate(blocks)}
    got = {t: tj._candidate(blocks, i, 40.0) for t, i in by_text.items()}
    assert got["“菜篮子”工程让市民吃上了放心菜。"][3]  # a term in quotation marks
    assert not got["“我们要把好事办好，把实事办实。”"][3]  # a quoted sentence
    assert got["主持人：各位观众晚上好。"][5] == bp.W_LABEL_START
    assert got["李主任说。"][6]  # the attribution of the quotation before it
    assert not got["达到两千亩，比去年多出三成。"][6]


def test_into_is_what_crosses_keeps() -> None:
    """``Scorer.into`` holds ``crosses``' answers per end (what ``_Joint.candidates`` and
    ``Scorer.values`` read and fill), and ``_cross_into`` with the end's record read once
    answers as ``may_cross_into``."""
    ends = ["该基金公司副", "集团常务", "三天前", "品牌名为TUN", "编号12", "镇里的", "在"]
    ends += [t[-8:] for t in _texts(60, 13) if t]
    firsts = list("总副局主经董院市国中的在今aZ9。“ ") + [t[:1] for t in _texts(30, 14) if t]
    with words.remembering():
        scorer = bp.Scorer()
        for left in ends:
            kept = scorer.into(left)
            for first in firsts:
                plain = may_cross_into(left, first)
                assert scorer._cross_into(left, first) == plain, (left, first)
                assert scorer.crosses(left, first) == plain
                assert kept[first] == plain  # (the same dict, filled by crosses)
            assert scorer.into(left) is kept
        assert any(scorer.into(e).get("总") for e in ends)
        assert not all(scorer.into(e).get("。", False) for e in ends)


def test_candidates_keep_what_hopeless_keeps() -> None:
    """``_Joint.candidates`` (its fit kept per pair of words by the scorer, its crossing test
    per end) keeps the blocks that ``hopeless`` keeps, for every break of the page taken as a
    strong and a weak end."""
    doc = Document(PAGE)
    blocks = doc.blocks
    paras = [b for b in blocks if b.kind == tj.PARAGRAPH]
    with words.remembering():
        heads = tj._Heads()
        kept_some = dropped_some = False
        for a in paras:
            for tail, title_like in ((0.0, False), (tj.STRONG, False), (0.0, True)):
                br = tj.Break(a, "句末没有标点", tail=tail, title_like=title_like)
                last = tj._last_tagged(a)
                joint = tj._Joint(br, blocks, heads, last)
                got = joint.candidates(paras)
                plain = [b for b in paras if b is not a and not joint.hopeless(b)]
                assert got == plain, a.text
                kept_some |= any(not joint.next_to(b) for b in got)
                dropped_some |= len(got) < len(paras) - 1
            for b in paras:  # (the kept fits are fit's)
                first = heads.get(b)[2]
                j = heads.scorer._fits.get((last, first))
                assert j is None or j == fit(last, first)
    assert kept_some and dropped_some


def test_figure_runs_on_reads_the_end_only() -> None:
    """``_figure_runs_on`` (the sign's pattern searched in the end's last 3 characters) is
    the pattern searched over the whole end."""
    ends = [
        "沈阳晴－",
        "最低2℃／",
        "气温在零下5度~",
        "比分是3比",
        "上涨12%-",
        "北京晴－ ",
        "－",
        "",
    ]
    ends += [t + s for t in _texts(80, 21) for s in ("－", "／－", "~", "", "/")]
    heads = ["27℃／－16℃", "  3℃", "多云", "", "５度"]
    hits = misses = 0
    for tail in ends:
        for head in heads:
            plain = bool(
                tj._FIGURE_SIGN_END.search(tail.rstrip()) and tj._DIGIT_HEAD.match(head.lstrip())
            )
            got = tj._figure_runs_on(tail, head)
            assert got == plain, (tail, head)
            hits += got
            misses += not got
    assert hits > 20 and misses > 20


def _plain_corr(tail: str) -> int:
    """``_Tail``'s correlative bits as the test of each pair reads them, with no gate."""
    sent = bp._open_sentence(tail)
    corr = 0
    for i, (firsts, seconds) in enumerate(bp._CORRELATIVES):
        for w in firsts:
            k = sent.rfind(w)
            if k >= 0 and not any(s in sent[k + len(w) :] for s in seconds):
                corr |= 1 << i
                break
    return corr


def test_tail_correlatives_behind_their_gate() -> None:
    """``_Tail.corr`` (the test of each correlative only when some first half stands in the
    open sentence) is the test of each."""
    tails = [
        "他说，这不是",
        "虽然今年的雨水偏少，",
        "虽然今年的雨水偏少，但",
        "不仅要修好路，而且",
        "不仅要修好路，",
        "如果明天下雨，",
        "镇里的技术员说，明年还要在",
        "这项工作已经完成。如果",
        "一方面",
        "",
    ]
    tails += [t + w for t in _texts(60, 31) for w in ("", "不是", "只要", "既")]
    seen = set()
    for tail in tails:
        got = bp._Tail(tail.rstrip()).corr
        assert got == _plain_corr(tail.rstrip()), tail
        seen.add(got != 0)
    assert seen == {True, False}


@pytest.mark.pure  # (spies on compiled code: see tests/conftest.py)
def test_bytecodes_counts_the_break_check() -> None:
    """benchmarks/bytecodes.py counts the functions of the rule it is given, and none of a
    rule it is not given."""
    import sys
    from pathlib import Path

    bench = str(Path(__file__).resolve().parent.parent / "benchmarks")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    import bytecodes

    ops, calls = bytecodes.count(PAGE, "broken-paragraph", copies=1, warm=1)
    names = {k[2] for k in ops}
    assert "_pair_jointly" in names and "values" in names
    assert all(calls[k] >= 1 for k in ops if k[2] == "_pair_jointly")
    assert not any(k[0].startswith("arith") for k in ops)  # (the arithmetic rule not run)
