"""A title cut after its bound prefix (issue 9, session 9): …基金公司副 | 总监坦言…. The
joined title (副总监, 代局长) is often no dictionary entry, so no word reads across the
joint and a nearer paragraph used to win. Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from lint_news.checks.break_joint import may_cross_into, may_cut_prefix, prefix_cut, word_cut

from .break_support import pairs, structure_rules


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


@pytest.mark.parametrize(
    "tail,head",
    [
        ("一位不愿具名的基金公司副", "总监坦言，年初就提醒过客户。"),
        ("据该集团常务", "副总经理介绍，新厂房下月投产。"),
        ("记者采访了该区代", "区长，她说道路改造将提前完工。"),
        ("出席会议的还有市体育局原", "局长和几位老运动员。"),
        ("该校前", "校长也在捐款名单之中。"),
    ],
)
def test_a_title_cut_after_its_prefix_is_a_cut(tail, head):
    w, why = prefix_cut(tail, head)
    assert w >= 8.0 and "|" in why
    assert word_cut(tail, head)[0] >= 8.0  # (what truncation and the other callers read)
    assert may_cross_into(tail, head[:1]) and may_cut_prefix(tail, head[:1])


@pytest.mark.parametrize(
    "tail,head",
    [
        # the prefix is part of a word of its own at the end
        ("今年的各项数据已经汇总", "经理们随后开会讨论。"),
        ("他一向分得清是非", "主任也很欣赏这一点。"),
        # 前 after a time phrase, 以前, 此前: no title's prefix
        ("这件事发生在三天前", "经理才知道消息。"),
        ("大家都说这里比以前", "主任的办法好多了。"),
        ("活动比原定计划提前", "主任宣布开幕。"),
        # the head opens with no title or role noun
        ("一位不愿具名的基金公司副", "去年全市的投资增速明显放缓。"),
        ("该集团常务", "会议昨天召开。"),
        # no prefix at the end
        ("一位不愿具名的基金公司", "总监坦言，年初就提醒过客户。"),
        # a Latin letter before the prefix
        ("项目由A副", "总监负责。"),
    ],
)
def test_look_alikes_are_no_prefix_cut(tail, head):
    assert prefix_cut(tail, head) == (0.0, "")


FILLERS = [
    "据了解，今年以来全市新增的基金产品超过两百只。\n\n",
    "此外，多家银行也下调了理财产品的预期收益。\n\n",
    "分析人士认为，下半年的市场仍有较大的不确定性。\n\n",
    "目前，监管部门正在研究进一步的规范措施。\n\n",
]


def _doc(end: str, near: str, far: str) -> str:
    # the broken paragraph (line 3), a filler, a near paragraph (line 7), three fillers,
    # the far one (line 15)
    return (
        "基金市场观察\n\n近期股市波动加大，不少投资者选择观望，一位不愿具名的基金公司"
        + end
        + "\n\n"
        + FILLERS[0]
        + near
        + "\n\n"
        + "".join(FILLERS[1:])
        + far
    )


@pytest.mark.parametrize(
    "end,far",
    [
        ("副", "总监坦言，年初就提醒过客户注意风险。"),
        ("常务", "副总经理坦言，年初就提醒过客户注意风险。"),
        ("代", "董事长坦言，年初就提醒过客户注意风险。"),
    ],
)
def test_the_far_title_wins_over_a_near_paragraph(rules, end, far):
    near = "受访者大多表示，今年的行情比往年更难判断。"
    assert pairs(rules, _doc(end, near, far)) == {(3, 15)}


def test_without_a_prefix_at_the_end_the_title_names_nothing(rules):
    # the same document with the end on a whole noun (…基金公司人士): the far title is no
    # longer the rest of a cut word
    near = "受访者大多表示，今年的行情比往年更难判断。"
    far = "总监坦言，年初就提醒过客户注意风险。"
    assert (3, 15) not in pairs(rules, _doc("人士", near, far))
