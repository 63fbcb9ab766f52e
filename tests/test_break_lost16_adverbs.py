"""The tagger's adverbs at a paragraph's end (issue 9): jieba's dictionary tags some nouns
and adjectives ``d`` (互动, 难点, 进度), and a paragraph that ends on one has not stopped on
an adverb. A true adverb at the end (已经, 进一步, 都) still waits for its verb. Every
sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news import words
from lint_news.checks.break_adverbs import TRUE_ADVERBS, waiting_adverb
from lint_news.checks.break_evidence import tail_evidence


@pytest.mark.parametrize(
    "tail, word",
    [
        ("新学期学校的各项准备工作已经", "已经"),
        ("区里计划在明年进一步", "进一步"),
        ("这些社区的老人们都", "都"),
        ("合作社的社员们始终", "始终"),
        ("这项改革的试点工作正在逐步", "逐步"),
        ("这片山地自古", "自古"),
    ],
)
def test_a_true_adverb_at_the_end_waits_for_its_verb(tail: str, word: str) -> None:
    weight, why = tail_evidence(tail)
    assert weight > 0 and word in why


@pytest.mark.parametrize(
    "tail",
    [
        "课堂上老师注重与学生的互动",  # 互动 d in the dictionary: a noun here
        "如何提高口语是外语学习的难点",
        "新校区建设目前已按计划推进进度",
        "上半场结束时双方的比分",
    ],
)
def test_a_noun_the_tagger_calls_an_adverb_is_no_adverb_stop(tail: str) -> None:
    assert words.tag(tail)[-1][1] == "d"  # (the premise: the dictionary's tag)
    _, why = tail_evidence(tail)
    assert "句末停在" not in why


def test_the_list_reads_only_longer_words() -> None:
    assert waiting_adverb("就") and waiting_adverb("已经")
    assert not waiting_adverb("互动") and not waiting_adverb("难点")
    assert all(len(w) >= 2 for w in TRUE_ADVERBS)
