"""A body paragraph that simply stops, judged against the other paragraphs of its page: a
paragraph whose sentences end with a final mark and which carries a short glued line after
the last one (我要评论, 张三/文, a related headline) counts as one that marks its ends."""

from __future__ import annotations

import pytest

from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.rules import load_pack

from .conftest import ROOT


@pytest.fixture(scope="module")
def rule():
    return {r.id: r for r in load_pack(ROOT / "rules" / "structure.yaml")}["broken-paragraph"]


def lines(rule, text: str) -> list[int]:
    doc = Document(text)
    return [doc.position(f.start)[0] for f in lint_document(doc, [rule])]


@pytest.mark.parametrize(
    "trailer",
    ["我要评论", "王小明/文", "相关阅读 城东新区明年起试行垃圾分类"],
)
def test_open_paragraph_before_a_closed_one_with_a_glued_line(rule, trailer):
    text = (
        "市交通局昨天发布消息，城东的三条公交线路将从下月起延长运营时间，"
        "夜间末班车推迟到十一点，沿线居民今后出行将更加\n\n"
        "交通局有关负责人介绍，这次调整是根据去年的客流调查做出的，"
        f"今后还会根据乘客的意见继续优化线路。{trailer}\n"
    )
    assert lines(rule, text) == [1]


def test_web_copy_that_never_ends_with_a_mark_stays_silent(rule):
    text = (
        "夏季新品上市，多款凉鞋低至五折，会员购物还可享受积分加倍\n\n"
        "活动时间为本月一日至十五日，详情请咨询门店服务台，欢迎新老顾客光临选购\n\n"
        "店铺地址在人民路八十八号，营业时间为每天上午九点到晚上十点\n"
    )
    assert lines(rule, text) == []


def test_a_poem_and_a_list_stay_silent(rule):
    poem = "江水向东流\n\n群山默无语\n\n明月照归人\n\n清风送远客\n"
    assert lines(rule, poem) == []
    items = (
        "报名须知如下。\n\n"
        "1、报名者须年满十八周岁，身体健康\n\n"
        "2、报名时请携带身份证原件及复印件\n\n"
        "3、报名截止日期为本月二十日\n"
    )
    assert lines(rule, items) == []


ARTICLE = (
    "市交通局昨天发布消息，城东的三条公交线路将从下月起延长运营时间。\n\n"
    "交通局有关负责人介绍，这次调整是根据去年的客流调查做出的。\n\n"
)


def test_last_paragraph_with_an_aside_in_brackets_then_running_text(rule):
    text = ARTICLE + (
        "新线路开通后，沿线的六个小区（约三万户居民）每天早晚都能直接乘车到达地铁站，"
        "上班族的通勤时间也大为缩短"
    )
    assert lines(rule, text) == [5]


@pytest.mark.parametrize(
    "last",
    [
        "新款座椅（垫）采用环保材料，一举成为同类产品中最受欢迎的选择之一",
        "相关报道（记者王小明）交通局就线路调整答乘客问",
    ],
)
def test_last_paragraph_with_a_short_bracket_or_credit_stays_silent(rule, last):
    assert lines(rule, ARTICLE + last) == []
