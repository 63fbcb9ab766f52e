"""A clause restated word for word elsewhere in the article is one quantity whatever
period the sentences before each copy carry over (issue 9, wide13).

Only what a copy's own sentence states (its year, its span, its qualifiers) keeps two
restated figures apart. Figures that are weak evidence of a slip on their own (round
figures, two digits) still keep a period carried over (two years' 30万 / 300万美元)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.rules import load_pack

ROOT = Path(__file__).resolve().parent.parent
PACK = load_pack(ROOT / "rules" / "quantity.yaml")


def found(text: str) -> set[frozenset[str]]:
    """{figure reported, figure in related} for every quantity slip finding."""
    doc = Document(text, path="<test>")
    out = set()
    for f in lint_document(doc, PACK):
        if f.rule == "headline-figure-unsupported" or not f.related:
            continue
        rel = doc.text[f.related[0].start : f.related[0].end]
        out.add(frozenset((doc.text[f.start : f.end], rel)))
    return out


def article(first: str, second: str, title: str = "某镇发布年度报告") -> str:
    return f"{title}\n\n{first}\n\n镇里还举办了几场招聘会，吸引了周边的求职者。\n\n{second}\n"


# each copy's paragraph opens with another period (前年 / 去年, 2019年 / 今年), said in an
# earlier sentence than the restated clause
FLAG = [
    (
        "前年，全镇经济运行平稳。镇政府说，全镇新增就业1.6万人，失业率保持低位。",
        "去年，镇里又引进了几家企业。全镇新增就业0.16万人。",
        {"1.6万人", "0.16万人"},
    ),
    (
        "2019年，园区完成了扩建。企业全年实现产值47.2亿元，比上年略有增长。",
        "2021年园区继续招商。据介绍，这些企业全年实现产值47.2万元。",
        {"47.2亿元", "47.2万元"},
    ),
    (  # two digits swapped, not a round figure
        "前年，这家合作社扩大了种植面积。人均年收入达到3615元，创历史新高。",
        "去年，合作社又添置了农机。社员们人均年收入达到3165元。",
        {"3615元", "3165元"},
    ),
]


@pytest.mark.parametrize("first,second,figs", FLAG)
def test_restated_clause_under_another_carried_period_is_one_quantity(first, second, figs):
    assert frozenset(figs) in found(article(first, second))


PASS = [
    # the periods stated in the clauses' own sentences differ: two quantities
    (
        "镇政府说，前年全镇新增就业1.6万人，失业率保持低位。",
        "镇政府说，去年全镇新增就业0.16万人。",
    ),
    (
        "2019年入驻企业全年实现产值47.2亿元，比上年略有增长。",
        "2021年入驻企业全年实现产值47.2万元。",
    ),
    # a round figure restated under other periods, briefly or at length: two years' counts
    (
        "前年，这家公司开拓了海外市场。公司已签下一份金额为30万美元的订单，交货期半年。",
        "去年，公司又在展会上亮相。记者了解到，公司已签下一份金额为300万美元的订单。",
    ),
    (
        "前年，镇里加大了绿化投入。全镇新建公园5个，道路绿化率明显提高。",
        "去年，镇里又修缮了老街。全镇新建公园50个。",
    ),
    # a span stated in one copy's sentence, another in the other's
    (
        "前年，全镇经济运行平稳。一季度全镇新增就业1.6万人，失业率保持低位。",
        "去年，镇里又引进了几家企业。上半年全镇新增就业0.16万人。",
    ),
]


@pytest.mark.parametrize("first,second", PASS)
def test_look_alikes_stay_silent(first, second):
    assert found(article(first, second)) == set()


# -- 5所学校: a count of schools after digits ---------------------------------------------


def figures(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.unit) for q in Document(text, path="<test>").quantities]


@pytest.mark.parametrize(
    "text,fig",
    [
        ("全区共有12所学校开设了课后服务。", ("12所", "所")),
        ("捐款将送到山区的５所学校。", ("５所", "所")),
        ("市里新建了3所学院和2所医院。", ("3所", "所")),
    ],
)
def test_digits_before_suo_xuexiao_count_schools(text, fig):
    assert fig in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "他把读书20年所学的知识都用上了。",  # 20年: 所学 is what he learnt
        "两所学校的校服费合计三万元。",  # (a figure in words keeps its old reading)
    ],
)
def test_suo_xue_of_learning_is_no_unit(text):
    assert not any(unit == "所" for _t, unit in figures(text))


def test_school_count_restated_with_a_lost_zero():
    first = "前年，区里推进集团化办学。全区有12所学校开设了课后托管服务，家长反响很好。"
    second = "去年，区里又招聘了一批教师。据介绍，全区有120所学校开设了课后托管服务。"
    assert frozenset({"12所", "120所"}) in found(article(first, second))


def test_school_counts_of_other_things_stay_silent():
    first = "全区有12所学校开设了课后托管服务，家长反响很好。"
    second = "今年的运动会上，来自120所学校的选手同场竞技。"
    assert found(article(first, second)) == set()
