"""Which paragraph continues a broken one (issue 9: pairing). Every sentence here is written
for the test; each shape comes with a look-alike that must not be paired."""

from __future__ import annotations

import itertools
import random

import pytest

from lint_news.checks import break_assign, truncation
from lint_news.checks import break_pairing as bp
from lint_news.document import Document

from .break_support import pairs, structure_rules


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


# -- the assignment ---------------------------------------------------------------------


def test_two_heads_competing_for_one_tail_are_assigned_jointly():
    # head 1 reads a little better with tail 10 than with tail 20, head 2 reads only with
    # tail 10: best first would give 10 to head 1 and leave head 2 alone
    scores = {(1, 10): 9.0, (1, 20): 8.0, (2, 10): 7.0}
    assert break_assign.assign(scores, floor=0.0) == {1: 20, 2: 10}


def test_a_pair_below_the_floor_is_never_taken():
    scores = {(1, 10): 9.0, (2, 10): 8.5, (2, 20): -3.0}
    assert break_assign.assign(scores, floor=0.0) == {1: 10}
    assert break_assign.assign(scores, floor=-5.0) == {1: 10, 2: 20}


def test_heads_that_share_no_candidate_each_take_their_best():
    scores = {(1, 10): 2.0, (1, 11): 3.0, (2, 20): 1.0, (2, 21): 0.5}
    assert break_assign.assign(scores, floor=0.0) == {1: 11, 2: 20}


def _brute(w: list[list[float | None]]) -> float:
    n, m = len(w), len(w[0])
    best = 0.0
    for cols in itertools.product(range(-1, m), repeat=n):
        used = [c for c in cols if c >= 0]
        if len(used) != len(set(used)) or any(
            c >= 0 and w[r][c] is None for r, c in enumerate(cols)
        ):
            continue
        best = max(best, sum(w[r][c] for r, c in enumerate(cols) if c >= 0))
    return best


@pytest.mark.parametrize("seed", range(30))
def test_assignment_is_the_maximum_total(seed):
    rng = random.Random(seed)
    n, m = rng.randint(2, 4), rng.randint(2, 5)
    w = [[rng.choice([None, round(rng.uniform(0.1, 10), 2)]) for _ in range(m)] for _ in range(n)]
    scores = {(r, 100 + c): s for r in range(n) for c in range(m) if (s := w[r][c]) is not None}
    got = break_assign.assign(scores, floor=0.0)
    assert len(set(got.values())) == len(got)
    total = sum(scores[r, c] for r, c in got.items())
    assert total == pytest.approx(_brute(w))


# -- the evidence ------------------------------------------------------------------------


def test_part_of_speech_lift():
    # a noun right after 的 is far likelier than 的 opening a clause is; a mark or a figure
    # has no part of speech in the model
    assert bp.pos_lift(("的", "uj"), ("公园", "n")) > 0
    assert bp.pos_lift(("公园", "n"), ("的", "uj")) > 2
    assert bp.pos_lift(("，", "x"), ("公园", "n")) == 0.0
    assert bp.pos_lift(("公园", "n"), ("2024", "eng")) == 0.0
    assert bp.pos_lift(None, ("公园", "n")) == 0.0


def test_a_short_first_sentence_reads_likelier_as_a_tail():
    last, first = ("的", "uj"), ("设施", "n")
    short = bp.pair_score("小区新装的", "设施很齐全。", last, first, 0.0, False, 3, True)
    long_ = bp.pair_score(
        "小区新装的",
        "设施包括健身步道、儿童游乐场、休闲长廊和一座可以容纳两百人的社区文化活动中心。",
        last,
        first,
        0.0,
        False,
        3,
        True,
    )
    assert short is not None and long_ is not None and short > long_


def test_a_far_candidate_without_a_sign_of_a_joint():
    # away from the break, a paragraph that neither starts mid-sentence nor fits the last
    # word is scored (W_NOSIGN a weight: 0 since the weights of session 5) below the same
    # paragraph with a start of its own, and no candidate when it opens as running text or
    # a sentence does; with W_NOSIGN None it is no candidate at all. The next paragraph
    # always is one.
    args = ("全区今年新建的", "另有两座体育馆完成了改造。", ("的", "uj"), ("另有", "v"))
    saved = bp.W_NOSIGN
    try:
        bp.W_NOSIGN = 0.0
        far = bp.pair_score(*args, 0.0, False, 3, True)
        assert far is not None and far < bp.pair_score(*args, 2.0, False, 3, True)
        assert bp.pair_features(*args, 0.0, False, 3, True)["nosign"] == 1.0
        assert bp.pair_score(*args, 0.0, False, 3, True, lead=True) is None
        assert bp.pair_score(*args, 0.0, True, 3, True) is None
        bp.W_NOSIGN = -3.0
        assert bp.pair_score(*args, 0.0, False, 3, True) == pytest.approx(far - 3.0)
        bp.W_NOSIGN = None
        assert bp.pair_score(*args, 0.0, False, 3, True) is None
        assert bp.pair_score(*args, 0.0, False, 1, False) is not None
    finally:
        bp.W_NOSIGN = saved


def test_a_time_or_connective_frame_opens_a_sentence():
    # 今年以来，… and 此外，… open sentences; the rest of a broken one seldom starts so
    last, first = ("新建", "v"), ("体育馆", "n")
    plain = bp.pair_score(
        "全区今年新建", "体育馆两座，都已投入使用。", last, first, 0.0, False, 2, True
    )
    for frame in ("今年以来，体育馆两座都已投入使用。", "此外，体育馆两座都已投入使用。"):
        framed = bp.pair_score("全区今年新建", frame, last, first, 0.0, False, 2, True)
        assert framed is not None and plain is not None and framed < plain
    # after a head whose last clause has only begun (…。今年 | 上半年，…), the frame is its rest
    args = (("今年", "t"), ("上半年", "t"), 0.0, False, 2, True)
    head = "上半年，两座体育馆都已投入使用。"
    begun = bp.pair_features("全区新建了两座体育馆。今年", head, *args)
    anew = bp.pair_features("全区在城南新建了两座体育馆", head, *args)
    assert begun is not None and anew is not None
    assert begun["frame"] == 0.0 and anew["frame"] == 1.0
    # a clause that merely ends in a time word is no frame when no comma follows it
    assert not bp._FRAME.match("体育馆两座都在今年投入使用。")


@pytest.mark.parametrize(
    "text",
    [
        "县里的冷链物流园今年投入使用。物流园建成后主要承担\n\n"
        "今年以来，园区已引进企业十八家。\n\n"
        "园区负责人说，下一步还要扩建一座冷库。\n\n"
        "全县蔬菜和水果的仓储配送，每天吞吐量达到八百吨。",
        "区体育中心完成改造后，每天接待市民健身。改造后的中心新建了\n\n"
        "今年以来，中心共举办各类赛事四十余场。\n\n"
        "与此同时，中心还推出了夜间优惠票。\n\n"
        "两座标准泳池和一座羽毛球馆，周末常常一票难求。",
    ],
)
def test_a_far_tail_beats_paragraphs_that_open_with_a_frame(text):
    # the two paragraphs after the head open with a time or a connective and a comma; the
    # object the head waits for stands two paragraphs down, with no start of its own
    an = truncation.analyse(Document(text))
    assert len(an.breaks) == 1
    br = an.breaks[0]
    assert br.cont is not None and br.cont.index == 3


def test_a_very_far_candidate_needs_a_cut_or_a_start_of_its_own():
    args = ("区里今年新建的", "公园绿地有十五处。", ("的", "uj"), ("公园", "n"))
    assert bp.pair_score(*args, 0.0, False, 30, True) is None
    assert bp.pair_score(*args, 5.0, False, 30, True) is not None


# -- end to end --------------------------------------------------------------------------

# the tail of the first paragraph sits three paragraphs down and starts like a sentence of
# its own (a noun phrase and a comma); the paragraph right after the break opens one
MOVED = (
    "区运动会闭幕\n\n"
    "本届运动会历时五天，共有二十个代表队参赛。赛后大家公认，表现最抢眼的并不是\n\n"
    "据了解，本届运动会新增了三个比赛项目。\n\n"
    "组委会表示，明年将继续扩大赛事规模。\n\n"
    "{tail}\n\n"
    "闭幕式上，组委会为获奖代表队颁发了奖杯。"
)


@pytest.mark.parametrize(
    "tail",
    ["连续三届夺冠的城东队，而是首次参赛的城南队。", "几位老将，而是刚满十九岁的新人。"],
)
def test_moved_tail_that_starts_like_a_sentence_pairs_with_its_head(rules, tail):
    assert pairs(rules, MOVED.format(tail=tail)) == {(3, 9)}


@pytest.mark.parametrize(
    "tail",
    ["此外，城南队的两名队员打破了区纪录。", "我们还将邀请周边区县的代表队参赛。"],
)
def test_a_complete_paragraph_after_the_head_is_no_tail(rules, tail):
    # a paragraph that opens a sentence of its own (此外，…; 我们…) is no continuation, near
    # or far: the break is reported with its tail lost
    assert pairs(rules, MOVED.format(tail=tail)) == {(3, None)}


# two breaks that both cut a word; each tail completes one word only with its own head
TWO_CUTS = (
    "城区建设提速\n\n"
    "区体育中心今年完成了改造。改造后，中心还新添了一批健身器\n\n"
    "全区今年计划投资十二亿元。其中，重点推进道路、管网等基础设施建\n\n"
    "材，供市民免费使用。\n\n"
    "设，全年计划新修道路二十公里。"
)


def test_two_word_cuts_are_paired_so_that_both_read(rules):
    # 建|材 reads as a word too, and that tail stands right after the second head; only
    # 器|材 completes the first one
    assert pairs(rules, TWO_CUTS) == {(3, 7), (5, 9)}


def test_the_next_paragraph_stays_the_tail_when_it_reads_on(rules):
    text = (
        "城区建设提速\n\n"
        "今年以来，区里改造的老旧小区一共有\n\n"
        "五十八个，惠及居民一万两千户。\n\n"
        "另有一批口袋公园已经建成，居民出门就能见到绿色。"
    )
    assert pairs(rules, text) == {(3, 5)}
