"""Wording checks: a preposition that lost its object, a share stated without its subject."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.rules import load_pack

PACK = Path(__file__).resolve().parent.parent / "rules" / "wording.yaml"


@pytest.fixture(scope="module")
def rules():
    return {r.id: r for r in load_pack(PACK)}


def found(rules, rule_id: str, text: str) -> list[str]:
    doc = Document(text)
    return [doc.text[f.start : f.end] for f in lint_document(doc, [rules[rule_id]])]


@pytest.mark.parametrize(
    "text",
    [
        "市里召开政银企座谈会，鼓励金融机构为提供信贷支持。",
        "会议要求，各有关部门要为提供便利；",
        "区里号召志愿者积极为提供帮助。",
    ],
)
def test_preposition_without_object(rules, text):
    assert len(found(rules, "preposition-without-object", text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "市里召开政银企座谈会，鼓励金融机构为小微企业提供信贷支持。",
        "银行为提供更好服务，新增了三个网点。",
        "银行为提供贷款的企业给予利率优惠。",
        "该中心成为提供公共服务的重要窗口。",
        "这家公司的主营业务为提供融资担保服务。",
        "因为提供了资金支持，项目顺利完工。",
        "大家认为提供贷款支持很有必要。",
    ],
)
def test_preposition_with_object_or_purpose(rules, text):
    assert found(rules, "preposition-without-object", text) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("据统计，上半年，全市高新技术产业总产值的45.2%。", "全市高新技术产业总产值的45.2%"),
        (
            "海关数据显示,今年前8个月,全省机电产品进出口总额的61.5%。其中出口增长较快。",
            "全省机电产品进出口总额的61.5%",
        ),
    ],
)
def test_share_without_subject(rules, text, clause):
    assert found(rules, "share-without-subject", text) == [clause]


@pytest.mark.parametrize(
    "text",
    [
        "上半年，全市高新技术产业产值占规模工业总产值的45.2%。",
        "前8个月，机电产品出口额达820亿元，相当于全省出口总额的61.5%。",
        "其中，小微企业贷款余额为全部贷款总额的21%。",
        "今年以来，全市中小企业贡献了税收总额的60%。",
        "该基金认购了公司总股本的5%。",
        "全市外贸进出口总额同比增长12.5%。",
        "民营企业进出口额超过全省总额的一半。",
    ],
)
def test_share_with_its_verb(rules, text):
    assert found(rules, "share-without-subject", text) == []
