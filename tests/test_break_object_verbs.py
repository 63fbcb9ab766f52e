"""A paragraph that stops on a verb still owing its object, and an article that ends on one
word no sentence ends with (issue 9).

Every sentence here is written for the test; each shape has look-alikes that must stay
silent: a verb that ends its clause (完成了, 开始了), a passive or an agent before the verb (由政府
提供), web page furniture at an article's end (返回, 分享, 打印).
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_evidence import STRONG, cannot_end_title, tail_evidence
from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.rules import load_pack

from .conftest import ROOT

PACK = ROOT / "rules" / "structure.yaml"


@pytest.fixture(scope="module")
def rule():
    return next(r for r in load_pack(PACK) if r.id == "broken-paragraph")


def lines(rule, text: str) -> set[int]:
    doc = Document(text)
    return {doc.position(f.start)[0] for f in lint_document(doc, [rule])}


OWING = [
    "近年来，城郊的几条小河都受到",  # 受到 | 不同程度的污染
    "这家企业目前面临着",  # 面临着 | 原材料涨价的压力
    "新出台的政策为中小企业提供了",  # 提供了 | 更多融资渠道
    "两国外长在会谈中进行了",  # 进行了 | 坦诚的交流
    "老师反复叮嘱同学们要时刻记住",  # 记住 | 安全第一
    "目前这座小城已经拥有",  # 拥有 | 三所高校
]
ENDS_FINE = [
    "经过三个月的施工，这段道路的改造已经完成了",
    "上午九点，运动会正式开始了",
    "修缮所需的资金全部由区政府提供",
    "这些问题在会上被多次提到",
    "村里的变化，老人们都看在眼里记在心里",
]


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
    assert not cannot_end_title("社区养老服务中心开始运营")
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
