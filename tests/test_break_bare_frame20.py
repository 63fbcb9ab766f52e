"""A paragraph that opens with a localizer or 时 and a comma alone (后，…; 上，…; 时，…) is the
end of a frame opened before the joint (…恐怖音效迭起 | 时，…; …在这次会议 | 上，…), not a
sentence's own frame: no paragraph of the clean corpora opens so (0 of 12,183), while a
break at a random character leaves one in about one tail in two hundred (session 20, issue
9). Before, the frame pattern took an empty phrase before its localizer, so such a tail
read as a sentence's own start and was never scored as a continuation unless a word was
cut across the joint. A frame with its phrase (会议期间，; 今年以来，; 平时，) and the
connectives 以后，/之后， still open a sentence. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest

from lint_news.checks.break_evidence import head_evidence
from lint_news.checks.break_joint import opens_sentence

from .break_support import pairs, structure_rules


@pytest.mark.parametrize(
    "start",
    [
        "时，台下的观众纷纷站起来鼓掌。",
        "后，村里的道路全部完成了硬化。",
        "上，主办方还安排了一场文艺演出。",
        "中，有三家企业提出了异议。",
        "前，工作人员已经做好了准备。",
        "以来，全市新增就业岗位1.2万个。",
    ],
)
def test_a_bare_localizer_and_comma_is_no_frame_of_its_own(start):
    assert not opens_sentence(start)
    weight, why = head_evidence(start)
    assert weight > 0 and why


@pytest.mark.parametrize(
    "start",
    [
        "会议期间，代表们分组讨论了政府工作报告。",
        "今年以来，全市新增就业岗位1.2万个。",
        "平时，他很少在公开场合发言。",
        "以后，她每天都到老人家里帮忙。",
        "之后，他回到家乡创办了合作社。",
        "在这次会议上，代表们提出了不少建议。",
    ],
)
def test_a_frame_with_its_phrase_still_opens_a_sentence(start):
    assert opens_sentence(start)


def test_a_head_pairs_with_its_moved_tail_that_opens_with_a_bare_time_word():
    text = (
        "城东新区举办新年音乐会\n\n"
        "城东新区新年音乐会昨晚在区文化中心举行，近千名市民到场观看。\n\n"
        "演出在一曲合唱中开场。当最后一首歌的旋律响起\n\n"
        "音乐会由区文化馆主办，参加演出的有区内十多支业余文艺团队。\n\n"
        "区文化馆负责人介绍，这是城东新区第五次举办新年音乐会。\n\n"
        "时，台下的观众纷纷站起来跟着合唱。\n\n"
        "明年，区里还将在各街道举办专场演出。"
    )
    assert pairs(structure_rules(), text) == {(5, 11)}
