"""Speed shortcuts of session 8 (spd14) against the plain computations they replace, on
generated inputs: each must give exactly what the plain path gives."""

from __future__ import annotations

import random

from lint_news.patterns import HAN

_HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
_WORDS = ["中华人民共和国", "培训班", "学员", "上海市", "浦东新区", "发展", "高质量", "交付"]


def test_scorer_memos_of_words_give_a_fresh_scorers_values() -> None:
    """``Scorer`` keeps fit per pair of words and whether a first word is a bound
    character per word (and reads the cross-into memo itself): one scorer asked of many
    pairs gives what a new scorer gives for each pair alone; tails that end in 不是/就是
    (the copula's own fit) and heads that open with a single character among them."""
    from lint_news import words
    from lint_news.checks import break_pairing as bp
    from lint_news.checks.break_evidence import first_words, last_words
    from lint_news.checks.break_joint import fit

    tails = ["这次调整不是", "他说这就是", "新区今年的重点", "全年完成投资3", "预计明", "我们要"]
    tails += ["记者从市里获悉，园区将", "各地都在加快", "2023年", "工作人员正", "（记者张"]
    heads = ["年一季度完成。", "之所以如此，", "一个新的开始。", "乎意料。", "月底交付。"]
    heads += ["推进城乡融合。", "卷入其中。", "的问题。", "发展高质量产业。", "是一样的。"]
    heads += ["今年以来，全区新增就业岗位两千个。", "“菜篮子”工程", "伟表示，"]
    cases = []
    for tail in tails:
        tagged = last_words(tail)
        last = tagged[-1] if tagged else None
        for k, head in enumerate(heads):
            tagged = first_words(head, 8)
            first = tagged[0] if tagged else None
            for distance, opens, h in (
                (1, False, 0.0),
                (k % 5 - 2, k % 2 == 0, 1.0),
            ):
                cases.append((tail, head, last, first, h, opens, distance, k % 3 == 0))
    with words.remembering():
        shared = bp.Scorer()
        got = [
            shared.values(shared.pair(t, hd, la, fi, h), op, d, orph, 10, False)
            for t, hd, la, fi, h, op, d, orph in cases
        ]
    assert sum(v is not None for v in got) > len(cases) // 3
    copula = bound = 0
    for case, value in zip(cases, got, strict=True):
        t, hd, la, fi, h, op, d, orph = case
        if value is not None:  # fit and bound against their plain computation
            la2 = ("是", "v") if la is not None and len(la[0]) == 2 and la[0][1] == "是" else la
            copula += la2 is not la
            assert value[bp._WEIGHED.index("fit")] == fit(la2, fi), case
            plain = (
                fi is not None
                and len(fi[0]) == 1
                and HAN.match(fi[0]) is not None
                and (words.freq(fi[0]) or 0) < bp.BOUND_FREQ
            )
            bound += plain
            assert value[bp._WEIGHED.index("bound")] == float(plain), case
        with words.remembering():
            fresh = bp.Scorer()
            assert fresh.values(fresh.pair(t, hd, la, fi, h), op, d, orph, 10, False) == value, case
    assert copula and bound  # (both cases met)


def test_full_rows_kept_per_document_give_the_plain_shapes() -> None:
    """``break_tables._full_rows`` keeps each line's row shape in the document's memo: the
    same shapes as ``_full_row`` per line, inside a ``remembering`` block and outside it,
    also asked again for lines seen before."""
    from lint_news import words
    from lint_news.checks import break_tables

    rows = ["杭州多云转晴－3℃／8℃", "南京阴12℃／5℃", "合肥小雨7℃／2℃", "西宁晴－11℃／－2℃"]
    rows += ["全年平均8.1％", "营收增长12.5％／8.4％", "城东新区", "他说明天出发。", "", "  "]
    rows += ["第3季度：", "价格 ＋2.5元/斤", "a1", "总计 1,200"]
    rnd = random.Random(8)
    texts = [rnd.choice(rows) for _ in range(400)]
    plain = [break_tables._full_row(t) for t in texts]
    assert any(s is not None for s in plain) and None in plain
    assert break_tables._full_rows(texts) == plain
    with words.remembering():
        for k in range(0, 400, 13):
            assert break_tables._full_rows(texts[k : k + 13]) == plain[k : k + 13]
        assert break_tables._full_rows(texts) == plain
