"""Tagging quirks that hid a break's evidence (issue 9, session 18): verbs that wait for
their object but that the dictionary tags as nouns or places (地处/s, 惠及/ns, 总计/n) are
read as verbs by the part-of-speech model of the pairing; an idiom kept whole that ends on
such a verb (专门从事/l); 许多/一些 after 的, where their noun is owed; full-width Latin letters
cut across a joint (ｉｎｔｅ | ｒｎｅｔ). Look-alikes stay silent. Every sentence here is
written for the test."""

from __future__ import annotations

import pytest

from lint_news.checks.break_evidence import STRONG, tail_evidence
from lint_news.checks.break_glue import can_glue, glued_joint

from .break_support import pairs, structure_rules


@pytest.mark.parametrize(
    "end",
    [
        "水路运输企业，是指专门从事",
        "同心县地处",
        "精神分裂症的许多",
        "他们的一些",
        "居民们的大部分",
    ],
)
def test_ends_that_owe_their_object_or_noun(end):
    assert tail_evidence(end)[0] >= STRONG


@pytest.mark.parametrize(
    "end", ["今年的订单比去年增加了许多", "希望工程的进度能再快一些", "这些工作他已经从事了许多年"]
)
def test_quantities_a_clause_ends_on(end):
    assert tail_evidence(end)[0] < STRONG


def test_full_width_latin_letters_cut_across_a_joint_glue():
    assert can_glue("如果说ｉｎｔｅ")
    assert glued_joint("如果说ｉｎｔｅ", "ｒｎｅｔ是信息高速公路。")[0] > 0
    assert glued_joint("如果说ＩＮ", "ＴＥＬ公司")[0] == 0  # (two words: no cut)
    assert glued_joint("如果说ｉｎｔｅ", "１２个网站。")[0] == 0


def test_a_place_after_a_verb_tagged_as_a_place_pairs_with_the_next_paragraph():
    text = (
        "西部妇女发展项目\n\n"
        "中国西部是地球上主要干旱带之一，妇女是当地劳动力。\n\n"
        "同心县地处\n\n"
        "宁夏中部干旱带的核心区，冬寒长，春暖迟，夏热短，秋凉早。\n\n"
        "当地妇女承担了大部分农活。"
    )
    assert pairs(structure_rules(), text) == {(5, 7)}
