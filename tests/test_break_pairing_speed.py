"""Speed work on break pairing (issue 12): the per-document scorer, which computes the
parts of a pair's features once per text, gives the features and scores of the plain
per-pair computation it replaced (kept here as the reference)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from lint_news import words
from lint_news.checks import break_pairing as bp
from lint_news.checks.break_evidence import first_words, last_words
from lint_news.checks.break_joint import crossing, fit, number_cut, word_cut
from lint_news.patterns import HAN

ROOT = Path(__file__).resolve().parent.parent


def _first_len(t: str, marks: str) -> int:
    idx = [i for i in (t.find(c) for c in marks) if i >= 0]
    return min(idx) if idx else len(t)


def _last_len(t: str, marks: str) -> int:
    return len(t) - max(t.rfind(c) for c in marks) - 1


def _structure(tail: str, head: str) -> dict[str, float]:
    quote = stray = 0.0
    k = max(tail.rfind(c) for c in bp.SENTENCE_END)
    sent = tail[k + 1 :]
    k = _first_len(head, bp.SENTENCE_END) + 1
    while k < len(head) and head[k] in "”」』）)":
        k += 1
    first = head[:k]
    for o, c in bp._PAIRS:
        j = first.find(c)
        closes = j >= 0 and not 0 <= first.find(o) < j
        if sent.rfind(o) > sent.rfind(c):
            quote = max(quote, 1.0 if closes else 0.0)
        elif closes and not tail.rfind(o) > tail.rfind(c):
            stray = 1.0
    corr = 0.0
    for firsts, seconds in bp._CORRELATIVES:
        for w in firsts:
            k = sent.rfind(w)
            if k < 0:
                continue
            rest = sent[k + len(w) :]
            if any(s in rest for s in seconds):
                continue
            corr = max(corr, 1.0 if any(s in first for s in seconds) else 0.0)
    return {"quote": quote, "stray_close": stray, "correlative": corr}


def _features(tail, head, last, first, head_weight, opens, distance, orphan, near=10, lead=False):
    """pair_features as it was before the scorer (session 5, 20694cc)."""
    tail = tail.rstrip()
    head = head.lstrip()
    cut, _ = number_cut(tail, head)
    if cut == 0.0:
        cut, _ = word_cut(tail, head)
    cut = max(cut, 0.0)
    if abs(distance) > near and cut < bp.FAR_CUT and head_weight < bp.FAR_HEAD:
        return None
    gain = words.join_gain(tail[-8:], head[:8]) or 0.0
    hit = crossing(tail[-8:], head[:8])
    cross = math.log10((words.freq(hit[0]) or 0) + 1) if hit else 0.0
    bound = (
        first is not None
        and len(first[0]) == 1
        and HAN.match(first[0]) is not None
        and (words.freq(first[0]) or 0) < bp.BOUND_FREQ
    )
    if last is not None and len(last[0]) == 2 and last[0][1] == "是":
        last = ("是", "v")
    j, lift, common = fit(last, first), bp.pos_lift(last, first), bp.shared(tail, head)
    frame = bp._FRAME.match(head) is not None and _last_len(tail, bp.CLAUSE_END) > bp.FRAME_AFTER
    nosign = distance != 1 and not (
        head_weight > 0 or cut > 0 or gain > bp.SOME_GAIN or j >= 1.5 or lift > 0.5 or common > 0.1
    )
    if nosign and (bp.W_NOSIGN is None or opens or lead or frame):
        return None
    first_sent = _first_len(head, bp.SENTENCE_END)
    first_clause = _first_len(head, bp.CLAUSE_END)
    f = {
        "head": head_weight,
        "strong_start": float(head_weight >= bp.STRONG_START),
        "cut": cut,
        "fit": j,
        "pos": lift,
        "shared": common,
        "opens": float(opens),
        "cross": cross,
        "gain": min(gain, 8.0),
        "bound": float(bound),
        "first_sent": math.log(first_sent + 2),
        "joined_sent": math.log(_last_len(tail, bp.SENTENCE_END) + first_sent + 2),
        "first_clause": math.log(first_clause + 2),
        "joined_clause": math.log(_last_len(tail, bp.CLAUSE_END) + first_clause + 2),
        "lead": float(lead),
        "next": float(distance == 1),
        "orphan": float(distance != 1 and orphan and not opens),
        "before": float(distance < 0),
        "far": math.log(abs(distance) / near) if abs(distance) > near else 0.0,
        "frame": float(frame),
        # (session 9: the candidate's own end, and the distance beyond DRIFT blocks)
        "closed": float(
            head.rstrip()[-1:] != "" and head.rstrip()[-1:] in "。！？!?…；;：:”’」』）)》】〉］]}"
        ),
        "drift": (
            math.log(min(abs(distance), near) / bp.DRIFT) if abs(distance) > bp.DRIFT else 0.0
        ),
        "nosign": float(nosign),
    }
    f.update(_structure(tail, head))
    return f


def _score(*args):
    f = _features(*args)
    if f is None:
        return None
    nosign = f.pop("nosign")
    return sum(bp.WEIGHTS[k] * v for k, v in f.items()) + (bp.W_NOSIGN or 0.0) * nosign


# own paragraphs: open ends, cut words and figures, quotations, correlatives, frames
_OWN = [
    "区里今年新建的三座公园都将",
    "在国庆节前全部向市民开放，届时将举办系列活动。",
    "施工方在全市建筑行业中率",
    "先采用了智能焊接机器人，合格率达到99%以上。",
    "项目总投资约12",
    "亿元，其中市级财政补助3亿元。",
    "他说：“我们明年打算",
    "再招两百名工人。”他说。",
    "表现最好的不是",
    "老将，而是新人。",
    "去年以来，新区不仅",
    "引进了三家龙头企业，还建成了物流园。",
    "今年以来，全区新增就业岗位两千个。",
    "新建的体育馆（含",
    "两座训练馆）已开工。",
    "据介绍，新区今年共实施重点项目46个。",
    "  记者了解到，园区还将新增停车位300个。  ",
    "2023年3",
    "月底前完成验收。",
]


def _paragraphs(seed_path: Path | None) -> list[str]:
    texts = list(_OWN)
    sources = sorted((ROOT / "examples").glob("*.txt"))
    if seed_path is not None:
        sources.append(seed_path)
    for p in sources:
        texts += [t for t in p.read_text(encoding="utf-8").split("\n") if t.strip()][:60]
    return texts


def _compare(texts: list[str]) -> int:
    n = 0
    with words.remembering():
        scorer = bp.Scorer()
        for tail in texts:
            tagged = last_words(tail.rstrip())
            last = tagged[-1] if tagged else None
            for k, head in enumerate(texts):
                tagged = first_words(head.lstrip(), 8)
                first = tagged[0] if tagged else None
                for distance, opens, lead, h in (
                    (1, False, False, 0.0),
                    (k % 7 - 3, k % 2 == 0, k % 3 == 0, 2.0),
                    (14, False, False, 0.0),
                ):
                    args = (tail, head, last, first, h, opens, distance, k % 5 == 0, 10, lead)
                    p = scorer.pair(tail, head, last, first, h)
                    got = scorer.score(p, opens, distance, k % 5 == 0, 10, lead)
                    assert got == _score(*args), (tail, head, distance)
                    # (the record, once per pair: the same one asked again)
                    assert scorer.pair(tail, head, last, first, h) is p
                    assert (p.cut, p.why, p.figure) == scorer.cut(tail.strip(), head.strip())
                    assert p.fit == fit(last, first)
                    assert p.common() == bp.shared(tail.rstrip(), head.lstrip())
                    gain = words.join_gain(tail.rstrip()[-8:], head.lstrip()[:8])
                    assert p.gain() == (gain or 0.0)
                    assert bp.pair_features(*args) == _features(*args)
                    ref = number_cut(tail.strip(), head.strip())
                    if ref[0] == 0.0:
                        ref = (*word_cut(tail.strip(), head.strip()), False)
                    else:
                        ref = (*ref, True)
                    assert scorer.cut(tail.strip(), head.strip()) == ref
                    n += 1
    return n


def test_scorer_gives_the_features_of_the_plain_computation() -> None:
    assert _compare(_paragraphs(None)) > 1000


@pytest.mark.slow
def test_scorer_on_the_reference_page(seed) -> None:
    assert _compare(_paragraphs(seed)) > 1000


def test_scorer_crosses_is_may_cross_into() -> None:
    import random

    from lint_news.checks.break_joint import may_cross_into

    text = "".join(_paragraphs(None)) + "abc123。ＡＢ１２"
    rng = random.Random(5)
    scorer = bp.Scorer()
    for _ in range(5000):
        i = rng.randrange(len(text) - 9)
        left = text[i : i + rng.randrange(0, 9)]
        first = text[rng.randrange(len(text))] if rng.random() < 0.95 else ""
        assert scorer.crosses(left, first) == may_cross_into(left, first), (left, first)


def test_pair_record_is_kept_by_its_texts_and_made_anew_for_other_words() -> None:
    with words.remembering():
        scorer = bp.Scorer()
        tail, head = "全区今年新建的三座公园都将", "在国庆节前全部向市民开放。"
        last, first = ("将", "d"), ("在", "p")
        p = scorer.pair(tail, head, last, first, 0.0)
        assert scorer.pair(tail, head, last, first, 0.0) is p
        other = scorer.pair(tail, head, last, ("国庆节", "t"), 0.0)
        assert other is not p and other.first == ("国庆节", "t")
        heavier = scorer.pair(tail, head, last, first, 3.0)
        assert heavier.weight == 3.0 and heavier.first == first
        # the features follow the words and the weight given, not the record kept before
        assert bp.pair_features(tail, head, last, first, 3.0, False, 1, False)["head"] == 3.0
        assert bp.pair_features(tail, head, last, first, 0.0, False, 1, False)["head"] == 0.0
