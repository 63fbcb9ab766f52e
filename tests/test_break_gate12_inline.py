"""A short quotation or bracket that a paragraph opens with, after an end whose clause is
open (issue 9, gate12): a term, a name, a slogan or an aside inside the sentence (…两项
工作 | “三化”管理…; …由李某 | （特约）撰稿…), read as its next words rather than a
sentence's own start (``opens_sentence`` takes any opening quotation mark or bracket for
one). The pair is then scored on its joint instead of being left out. A quoted sentence (its
stop inside the marks), a list's number ((2); （二）) and any start after a clause mark or a
closed sentence keep their reading. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from lint_news.checks import truncation_joint as tj
from lint_news.checks.break_evidence import lead_like
from lint_news.checks.break_joint import opens_sentence

from .break_support import pairs, structure_rules


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


def _opens(tail: str, last: tuple[str, str], head: str) -> bool:
    return tj._read_on(tail, last, head, opens_sentence(head), lead_like(head))[0]


@pytest.mark.parametrize(
    "tail, last, head",
    [
        # a term or a name in quotation marks, the clause's object or subject
        ("今年，镇里重点抓好垃圾的分类和", ("和", "c"), "“三化”处置，建成两座中转站。"),
        ("园区负责人介绍，今年的主题是", ("是", "v"), "“绿色发展，共建共享”。"),
        ("据介绍，这些企业从海外", ("海外", "s"), "“抢运”零部件，保证了生产。"),
        ("会上，市里的", ("的", "uj"), "“菜篮子”办公室通报了储备情况。"),
        # an aside in brackets after a name or a noun
        ("该剧由某某影业出品，刘某", ("刘某", "nr"), "（特约）执导，明年春节上映。"),
        ("据悉，此次评审的对象为今年新开工", ("新开工", "v"), "(含续建)的项目，共计四十个。"),
    ],
)
def test_an_inline_mark_after_an_open_clause_reads_on(tail, last, head):
    assert opens_sentence(head)  # (in general, a sentence's own start)
    assert _opens(tail, last, head) is False


@pytest.mark.parametrize(
    "tail, last, head",
    [
        # a quoted sentence: its stop inside the marks, or a colon after them
        ("园区负责人介绍，今年的主题是", ("是", "v"), "“我们一定要把园区建好。”他说。"),
        ("园区负责人介绍，今年的主题是", ("是", "v"), "“绿色发展”：园区的新目标"),
        # a term closed by a stop with more after it: a sentence of its own
        ("园区负责人介绍，今年的主题是", ("是", "v"), "“绿色发展”。这是园区的新目标。"),
        # a quotation that runs past its first clause (no closing mark within reach)
        ("园区负责人介绍，今年的主题是", ("是", "v"), "“今年我们要建成三座中转站，还要把分类"),
        # a list's number
        ("今年，镇里重点抓好垃圾的分类和", ("和", "c"), "（二）加强中转站的日常管理。"),
        ("今年，镇里重点抓好垃圾的分类和", ("和", "c"), "(3)加强中转站的日常管理。"),
        # after a clause mark or a closed sentence the quotation opens the next sentence
        ("镇里今年重点抓好垃圾的分类，", ("，", "x"), "“三化”处置已经全面铺开。"),
        ("镇里今年建成两座中转站。", ("。", "x"), "“三化”处置已经全面铺开。"),
        # a title-like line (no mark inside it) never closes its clause: no sign of one
        ("垃圾分类的新做法", ("做法", "n"), "“三化”处置已经全面铺开。"),
        # a bracket followed by a comma or a stop is a note of its own
        ("该剧由某某影业出品，刘某", ("刘某", "nr"), "（图）。"),
    ],
)
def test_a_start_of_its_own_keeps_its_reading(tail, last, head):
    assert _opens(tail, last, head) is True


# the end's clause waits for its object; the next paragraph opens with it in quotation
# marks, and a closed sentence two paragraphs on competes
SLOGAN = (
    "社区垃圾分类见成效\n\n"
    "今年以来，社区在各小区推广垃圾分类，志愿者挨家挨户上门讲解。活动的口号是\n\n"
    "“人人动手，美化家园”，居民的参与度明显提高。\n\n"
    "目前已有九个小区完成了改造。"
)


def test_the_quoted_object_is_paired_with_its_clause(rules):
    assert pairs(rules, SLOGAN) == {(3, 5)}


def test_without_the_open_clause_it_is_no_rest(rules):
    # the same paragraphs after a closed sentence: no break at all
    text = SLOGAN.replace("活动的口号是\n", "活动受到居民欢迎。\n")
    assert pairs(rules, text) == set()
