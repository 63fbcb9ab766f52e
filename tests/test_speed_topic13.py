"""Oracle tests for topic13's speed work (issue 12): the fast paths give the answers of the
slow ones they replace, on invented texts.

- ``break_topic.Topic._spell`` finds the longest string across the joint from the places
  where the text has the joint's two characters; ``Topic._spell_slow`` looks for every
  string, shortest first, in the whole text.
- ``break_own_start.own_start`` reads a candidate's start once per document
  (``_head_kind``, kept in a ``words.remembering`` block); ``_own_start_slow`` below is the
  check as written before, read again for every pair.
"""

from __future__ import annotations

import random

import pytest

from lint_news import words
from lint_news.checks import break_own_start as bos
from lint_news.checks.break_topic import SPELLED_MAX, Topic

# -- spelled -----------------------------------------------------------------------------------

_DOCUMENT = [
    "县政府的复议决定送达后，老周",
    "家栋却不服，又向市里提出了申请。",
    "周家栋说，他等这个答复已经等了两年。",
    "全市今年新开",
    "通公交线路十二条，新开通的线路多在城北。",
    "市交通局表示，明年还将新开通线路8条，其中K12路延伸到高铁站。",
    "K1",
    "2路的末班车推迟到晚上十点。",
    "记者走访了城西的三家养老院，发现护理员",
    "普遍年龄偏大，三家养老院都在招人。",
    "2025年全年，该区完成投资120亿元。",
    "20",
    "25年的目标已经提前完成。",
]


def _all_pairs(texts: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for a in texts for b in texts if a is not b]


def test_spelled_fast_equals_slow_on_invented_document() -> None:
    topic = Topic(_DOCUMENT)
    got = {(a, b): topic.spelled(a, b) for a, b in _all_pairs(_DOCUMENT)}
    assert got == {(a, b): topic._spell_slow(a, b) for a, b in _all_pairs(_DOCUMENT)}
    # (the cases it is for: a name, a term and a code cut by the break)
    assert got["县政府的复议决定送达后，老周", "家栋却不服，又向市里提出了申请。"] == 3
    assert got["全市今年新开", "通公交线路十二条，新开通的线路多在城北。"] == 3
    assert got["K1", "2路的末班车推迟到晚上十点。"] == 4
    assert got["20", "25年的目标已经提前完成。"] == 5


def test_spelled_none_across_a_wrong_joint() -> None:
    topic = Topic(_DOCUMENT)
    assert (
        topic.spelled("记者走访了城西的三家养老院，发现护理员", "家栋却不服，又向市里提出了申请。")
        == 0
    )
    assert (
        topic._spell_slow(
            "记者走访了城西的三家养老院，发现护理员", "家栋却不服，又向市里提出了申请。"
        )
        == 0
    )


def test_spelled_longest_string_is_capped() -> None:
    # (the whole joint written again elsewhere: at most SPELLED_MAX characters)
    texts = ["他们在北京大学", "医学部举行了仪式。", "北京大学医学部的师生参加了仪式。"]
    topic = Topic(texts)
    assert topic.spelled(texts[0], texts[1]) == SPELLED_MAX == topic._spell_slow(texts[0], texts[1])


_ALPHABET = "甲乙丙丁a1，。 "


def test_spelled_fast_equals_slow_on_random_documents() -> None:
    # (few characters: many strings repeat, many places have the joint's two characters,
    # some strings stand at the text's start or end; ends and starts from outside the
    # document too)
    answers = []
    for seed in range(200):
        answers += _random_answers(random.Random(seed))
    assert len(answers) - answers.count(0) > 300  # (not only strings the text lacks)
    assert SPELLED_MAX in answers


def _random_answers(rng: random.Random) -> list[int]:
    def text(most: int) -> str:
        return "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, most)))

    texts = [text(14) for _ in range(rng.randint(2, 9))]
    topic = Topic(texts)
    others = texts + [text(7) for _ in range(6)]
    answers = []
    for a, b in _all_pairs(others):
        answers.append(topic.spelled(a, b))
        assert answers[-1] == topic._spell_slow(a, b), (texts, a, b)
    return answers


# -- own_start ---------------------------------------------------------------------------------


def _own_start_slow(tail: str, head: str, last: tuple[str, str] | None) -> float:
    """``own_start`` before topic13 (its start read for every pair)."""
    t = tail.rstrip()
    if not t or t[-1] in bos._CLOSED:
        return 0.0
    h = head.lstrip()
    if bos._ENUMERATOR.match(h) or bos._ADVERBIAL.match(h) or bos._THANKS.match(h):
        return bos.W_OWN_START
    if bos._NUMBER_STOP.match(h):
        return 0.0 if bos._WAITS_FIGURE.search(t) else bos.W_OWN_START
    m = bos._QUESTION.match(h)
    if m is not None:
        if m.start(1) > 0:
            return bos.W_OWN_START
        if t.endswith(bos._ASKS):
            return 0.0
        if m.group(1) in bos._PRONOUN_QUESTIONS:
            return 0.0 if last is not None and last[1][:1] in "vp" else bos.W_OWN_START
        return 0.0 if bos._subject(last) else bos.W_OWN_START
    if bos._FRAME.match(h) and not bos._subject(last):
        return bos.W_OWN_START
    return 0.0


_TAILS = [
    ("区里这次一共建成了", ("了", "ul")),
    ("她随后问", ("问", "v")),
    ("比赛最后的比分是3比", ("比", "p")),
    ("市政府", ("市政府", "nt")),
    ("我们想知道", ("知道", "v")),
    ("项目已经完工。", ("。", "x")),
    ("排名第", ("第", "m")),
    ("企业的负责人", ("负责人", "n")),
    ("", None),
    ("工程进展顺利，", ("，", "x")),
]
_HEADS = [
    "【新闻链接】本市的公交线路",
    "B：我们还会继续做下去。",
    "3。加强对小区的日常管理。",
    "2。",
    "那么，谁来为这笔费用买单？",
    "谁来负责后续的维护？",
    "如何让老人用得上、用得起？",
    "什么样的服务才算到位？",
    "与去年相比，今年的产量翻了一番。",
    "面对新的情况，各部门加强了协作。",
    "此外，区里还新建了两处停车场。",
    "谢谢大家！",
    "  （二）做好冬季供暖保障",
    "三家养老院都在招人。",
    "",
]


@pytest.mark.parametrize("inside", [False, True])
def test_own_start_equals_slow(inside: bool) -> None:
    def run() -> None:
        for _ in range(2):  # (the second time from the kept reading inside a block)
            for tail, last in _TAILS:
                for head in _HEADS:
                    assert bos.own_start(tail, head, last) == _own_start_slow(tail, head, last), (
                        tail,
                        head,
                    )

    if inside:
        with words.remembering():
            run()
    else:
        run()


def test_own_start_flags_and_passes() -> None:
    # (the oracle above would pass on a check that never flags: both answers occur)
    assert bos.own_start("区里这次一共建成了", "此外，区里还新建了两处停车场。", ("了", "ul")) < 0
    assert bos.own_start("区里这次一共建成了", "三家养老院都在招人。", ("了", "ul")) == 0.0


def test_share_and_term_equal_slow() -> None:
    # (the counts read in one pass over the blocks; share exactly as with the slow count)
    topic = Topic(_DOCUMENT)
    shares = []
    for a, b in _all_pairs(_DOCUMENT):
        shares.append(topic.share(a, b))
        assert shares[-1] == topic._share_slow(a, b), (a, b)
    assert topic._count() == topic._count_slow()
    assert 0.0 in shares and max(shares) > 0.2
    # (the paragraph the broken one goes on in names its 三家养老院 again)
    tail = "记者走访了城西的三家养老院，发现护理员"
    assert topic.term(tail, "普遍年龄偏大，三家养老院都在招人。") > topic.term(
        tail, "家栋却不服，又向市里提出了申请。"
    )
