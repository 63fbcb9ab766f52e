"""spd14b: the speed work's oracles (the fast computation equals the plain one on invented
texts)."""

from __future__ import annotations

import pytest

from lint_news.checks.break_bigrams import _bigrams, _bigrams_slow, pair_code
from lint_news.checks.break_topic import Topic

TEXTS = [
    "",
    "城",
    "城西",
    "城西的",
    "城西养老院",
    "a城b西c",  # (the pairs skip letters: 城西)
    "记者走访了城西的三家养老院，发现护理员",
    "普遍年龄偏大，三家养老院都在招人。",
    "2025年，全市新开通公交线路12条，“15分钟生活圈”覆盖率达到87.5%。",
    "Ｗｉ-Ｆｉ信号（见图）：平均每人每天用网3.2小时……",
    "𠀋𠀌城西",  # (characters outside the basic plane are not counted)
]


@pytest.mark.parametrize("text", TEXTS)
def test_bigrams_equal_the_plain_pairs(text: str) -> None:
    assert _bigrams(text) == _bigrams_slow(text)


def test_pair_code_tells_order_apart() -> None:
    assert pair_code("城西") != pair_code("西城")
    assert pair_code("城西") in _bigrams("城西")
    assert pair_code("西城") not in _bigrams("城西")


def test_topic_counts_and_scores_equal_the_plain_ones() -> None:
    texts = [t for t in TEXTS if t] + ["城西三家养老院的护理员都在招人", "全市新开通的线路"]
    topic = Topic(texts)
    assert topic._count() == topic._count_slow()
    for tail in texts:
        for head in texts:
            assert topic.share(tail, head) == topic._share_slow(tail, head)
            assert topic.spelled(tail, head) == topic._spell_slow(tail, head)
