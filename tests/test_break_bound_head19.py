"""A paragraph that opens with a word bound to the one before it: a suffix (我 | 们…,
记 | 者…, 中 | 式…), the complement particle 得 (获 | 得的…), a final particle (什 | 么…), a particle that
closes what stood before (…、冰雹 | 等，…; 总 | 之，…; 总体 | 来看，…; 一 | 般…).
No paragraph of the clean corpora opens so; a break at a random character often leaves
one there (session 19, issue 9). Look-alikes stay silent: words that start with the same
character (得益于, 得到, 们 inside a word never opens one), an interjection (啊，…). Every
sentence here is written for the test."""

from __future__ import annotations

import pytest

from lint_news.checks.break_evidence import STRONG, head_evidence

from .break_support import pairs, structure_rules


@pytest.mark.parametrize(
    "start",
    [
        "们都说，新校舍又宽敞又明亮。",
        "者吊销其营业执照。",
        "式建筑在老城区随处可见。",
        "得的积分可以兑换礼品。",
        "么样的方案才能让居民满意？",
    ],
)
def test_a_bound_first_word_is_strong_evidence(start):
    weight, why = head_evidence(start)
    assert weight >= STRONG and "后半" in why


@pytest.mark.parametrize(
    "start",
    [
        "等，其中以干旱的危害最为严重。",  # …、冰雹 | 等，…: a list's end
        "等6个乡镇的群众受了灾。",
        "等领导一同出席了开工仪式。",
        "之，这次改革的方向是对的。",  # 总 | 之，…
        "来看，这是一款性价比很高的手机。",  # 总体 | 来看，…
        "般不会超过三天。",  # 一 | 般…
    ],
)
def test_a_particle_that_closes_what_stood_before_is_strong(start):
    weight, why = head_evidence(start)
    assert weight >= STRONG and "上文的结尾" in why


@pytest.mark.parametrize(
    "start",
    ["等了8年，村民们终于盼来了新路。", "等一下，我马上就来。", "等到天亮，雨终于停了。"],
)
def test_the_verb_to_wait_is_no_list_end(start):
    weight, why = head_evidence(start)
    assert "上文的结尾" not in why


@pytest.mark.parametrize(
    "start",
    [
        "得益于政策支持，今年的销量大幅增长。",
        "得到消息后，村民们纷纷赶来帮忙。",
        "啊，这里的变化真大！",
        "他们都说，新校舍又宽敞又明亮。",
        "记者从区教育局获悉，新学期各校已做好准备。",
    ],
)
def test_look_alikes_are_not_read_so(start):
    weight, why = head_evidence(start)
    assert "后半" not in why


def test_a_head_pairs_with_its_moved_tail_that_opens_with_a_suffix():
    text = (
        "城东新区今年建设提速\n\n"
        "城东新区今年共完成投资86亿元，新建学校3所。\n\n"
        "记者在新建的城东小学采访了几位家长，家长\n\n"
        "新建的幼儿园已经全部开园，区里今年还新增了学位2700个。\n\n"
        "区里的干部说，今年的任务比往年都重。\n\n"
        "们都说，新校舍又宽敞又明亮，孩子们很喜欢。\n\n"
        "明年，城东新区还将继续加大投入力度。"
    )
    assert pairs(structure_rules(), text) == {(5, 11)}
