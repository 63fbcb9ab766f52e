"""Pairing of moved tails (issue 9, session 9): the pair score's weights fitted as one
combination (a conditional logit over the planted samples of seeds 2, 4 and 5), a
candidate's own end (the rest of a paragraph ends as the paragraph did: ``closed``) and a
graded prior on the distance within the near blocks (``drift``). Every sentence here is
written for the test; each preference comes with the case it must not override."""

from __future__ import annotations

import math

import pytest

from lint_news.checks import break_pairing as bp

from .break_support import pairs, structure_rules


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


_ARGS = (("四周", "f"), ("种", "v"), 0.0, False)


def _features(head: str, distance: int) -> dict[str, float]:
    f = bp.pair_features("广场四周", head, *_ARGS, distance, True)
    assert f is not None
    return f


def test_closed_is_the_candidate_s_own_end():
    assert _features("种上了一排银杏树。", 3)["closed"] == 1.0
    assert _features("种上了一排银杏树，秋天很好看。”", 3)["closed"] == 1.0
    assert _features("种上了一排银杏树，秋天很好看！  ", 3)["closed"] == 1.0
    # an end with no final mark (a paragraph broken itself, a title) is not closed
    assert _features("种上了一排银杏树，秋天的", 3)["closed"] == 0.0
    assert _features("种上了一排银杏树", 3)["closed"] == 0.0


def test_drift_grows_with_distance_within_the_near_blocks():
    assert _features("种上了一排银杏树。", 1)["drift"] == 0.0
    assert _features("种上了一排银杏树。", -bp.DRIFT)["drift"] == 0.0
    d5 = _features("种上了一排银杏树。", 5)["drift"]
    assert d5 == pytest.approx(math.log(5 / bp.DRIFT))
    assert _features("种上了一排银杏树。", -5)["drift"] == d5  # (either way)
    # beyond the near blocks W_FAR takes over: drift stops growing
    near = _features("种上了一排银杏树。", 10)["drift"]
    assert near == pytest.approx(math.log(10 / bp.DRIFT))


def test_a_closed_candidate_scores_higher_than_the_same_start_left_open():
    closed = bp.pair_score("广场四周", "种上了一排银杏树，秋天很好看。", *_ARGS, 3, True)
    open_ = bp.pair_score("广场四周", "种上了一排银杏树，秋天很好看", *_ARGS, 3, True)
    assert closed is not None and open_ is not None and closed > open_


HEAD = "社区新建的健身广场占地约三千平方米，广场四周已经\n\n"
FILLERS = [
    "据了解，附近的居民每天傍晚都会来这里散步。\n\n",
    "此外，街道办事处负责广场日常的保洁工作。\n\n",
    "今年以来，社区还组建了一支广场舞队伍。\n\n",
    "目前，广场上每个周末都有义诊活动。\n\n",
]
TAILS = ["建起了一条环形的塑胶步道，傍晚很热闹。", "建起了一座小小的儿童乐园，周末很热闹。"]


def _doc(near: str, far: str) -> str:
    # the head (line 3), a filler, the near tail (line 7), three fillers, the far one (line 15)
    return "城区建设提速\n\n" + HEAD + FILLERS[0] + near + "\n\n" + "".join(FILLERS[1:]) + far


@pytest.mark.parametrize("near,far", [TAILS, TAILS[::-1]])
def test_of_two_like_tails_the_nearer_one_wins(rules, near, far):
    assert pairs(rules, _doc(near, far)) == {(3, 7)}


def test_a_word_cut_across_the_joint_beats_a_nearer_start(rules):
    # the far paragraph goes on with the word the end cut (银 | 杏): distance does not hide it
    text = (
        "城区建设提速\n\n社区新建的健身广场占地约三千平方米，广场四周已经种上了一排高大的银\n\n"
        + FILLERS[0]
        + "种上了一排挺拔的水杉，夏天很凉快。\n\n"
        + "".join(FILLERS[1:])
        + "杏树，秋天很好看。"
    )
    assert pairs(rules, text) == {(3, 15)}


def test_the_same_start_scores_lower_farther_away():
    def at(d: int) -> float:
        got = bp.pair_score(
            "广场四周已经",
            "建起了一座小小的儿童乐园，周末很热闹。",
            ("已经", "d"),
            ("建起", "v"),
            2.0,
            False,
            d,
            True,
        )
        assert got is not None
        return got

    # no prior within DRIFT blocks either way (before the head: W_BEFORE); beyond, lower
    # with each block
    assert at(2) == at(3) == pytest.approx(at(-3) - bp.W_BEFORE)
    assert at(3) > at(5) > at(8) == pytest.approx(at(-8) - bp.W_BEFORE)
