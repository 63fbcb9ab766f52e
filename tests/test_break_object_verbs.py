"""A paragraph that stops on a verb still owing its object, and an article that ends on one
word no sentence ends with (issue 9).

Every sentence here is written for the test; each shape has look-alikes that must stay
silent: a verb that ends its clause (完成了, 开始了), a passive or an agent before the verb (由政府
提供), web page furniture at an article's end (返回, 分享, 打印).
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_evidence import STRONG, cannot_end_title, tail_evidence

from .break_support import broken_paragraph_rule, lines


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


OWING = [
    "近年来，城郊的几条小河都受到",  # 受到 | 不同程度的污染
    "这家企业目前面临着",  # 面临着 | 原材料涨价的压力
    "新出台的政策为中小企业提供了",  # 提供了 | 更多融资渠道
    "两国外长在会谈中进行了",  # 进行了 | 坦诚的交流
    "老师反复叮嘱同学们要时刻记住",  # 记住 | 安全第一
    "目前这座小城已经拥有",  # 拥有 | 三所高校
    "村里把集体收入的一半都放在",  # 放在 | 修路上: a verb fused with its preposition
    "这笔专项资金将主要用于",  # 用于 | 老旧管网改造
]
ENDS_FINE = [
    "经过三个月的施工，这段道路的改造已经完成了",
    "上午九点，运动会正式开始了",
    "修缮所需的资金全部由区政府提供",
    "这些问题在会上被多次提到",
    "村里的变化，老人们都看在眼里记在心里",
    "虽然困难不少，但机会依然存在",  # 存在 ends its clause
    "这一季蔬菜的市场供给",
]


DANGLING = [
    "自新区成立以来",  # a time adverbial: its clause comes after it
    "一年多来",
    "申请人应当具备下列",  # 下列 | 条件
    "扣除学费之",  # 之 | 外: half a word
    "说起这几年的变化，我们",  # a subject pronoun opening the last clause: its predicate lost
    "岁月如梭，转眼间我们",
]
ENDS_FINE_TOO = [
    "听到这个消息，孩子们都笑了起来",
    "天气转暖，燕子又飞回来",
    "这些建材都是从外地运来",
    "原来如此",
    "温故而知新，学而时习之",
    "这份荣誉属于我们",  # the pronoun as the object
    "最先赶到现场的是他们",
    "村里的老人，他的家乡在湖南，长沙",  # a lone noun after a comma: no evidence alone
]


@pytest.mark.parametrize("tail", DANGLING)
def test_an_adverbial_or_attributive_cannot_end_a_clause(tail):
    assert tail_evidence(tail)[0] >= STRONG


@pytest.mark.parametrize("tail", ENDS_FINE_TOO)
def test_a_complement_or_a_classical_object_ends_a_clause(tail):
    assert tail_evidence(tail)[0] == 0.0


@pytest.mark.parametrize("tail", OWING)
def test_a_verb_owing_its_object_cannot_end_a_clause(tail):
    weight, why = tail_evidence(tail)
    assert weight >= STRONG and "宾语" in why


@pytest.mark.parametrize("tail", ENDS_FINE)
def test_a_verb_that_ends_its_clause_is_no_evidence(tail):
    assert tail_evidence(tail)[0] == 0.0


def test_no_title_ends_on_a_verb_owing_its_object():
    assert cannot_end_title("社会的进步呼唤着")
    assert cannot_end_title("小微企业面临")
    assert cannot_end_title("全市第三产业增加值占")  # 占 | 六成以上
    assert cannot_end_title("新建的三条公交线路惠及")
    assert not cannot_end_title("社区养老服务中心开始运营")
    assert not cannot_end_title("收支合计")  # a table's label
    assert not cannot_end_title("老旧小区改造全面完成")


BODY = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "家长们对新园的评价普遍较高，报名人数比去年多了三成。\n\n"
    "{end}"
)


@pytest.mark.parametrize("end", ["其实", "但是", "因此", "提到", "再"])
def test_an_article_ending_on_one_dangling_word_is_reported(rule, end):
    assert 7 in lines(rule, BODY.format(end=end))


@pytest.mark.parametrize("end", ["返回", "分享", "评论", "打印", "关闭", "今天", "如下"])
def test_web_furniture_or_a_closing_word_at_the_end_stays_silent(rule, end):
    assert 7 not in lines(rule, BODY.format(end=end))


def test_a_line_of_an_adverbial_preposition_without_its_verb_reads_as_a_sentence():
    from lint_news.checks.break_evidence import sentence_like

    assert sentence_like("根据全省空气质量监测数据")  # 根据…数据 | 分析，…
    assert sentence_like("随着全市常住人口")  # 随着…人口 | 持续增长，…
    assert not sentence_like("根据群众意见整改")  # a verb: a title may read so
    assert not sentence_like("在希望的田野上")  # 在: titles open so
    assert not sentence_like("为了孩子的明天")


@pytest.mark.parametrize(
    "tail", ["邻里之间争吵不断", "窗外大雪纷纷", "老人们感动不已", "这座古桥保存至今"]
)
def test_an_adverb_after_what_it_describes_ends_a_clause(tail):
    assert tail_evidence(tail)[0] == 0.0


@pytest.mark.parametrize("tail", ["我们要不断", "全市经济正在不断", "这个问题他至今"])
def test_the_same_adverb_before_its_verb_does_not(tail):
    assert tail_evidence(tail)[0] >= STRONG


def test_no_title_ends_on_an_adverb_that_only_stands_before_its_verb():
    assert cannot_end_title("火箭队替补阵容悉数")
    assert cannot_end_title("国际油价再度")
    assert not cannot_end_title("邻里之间争吵不断")
