"""A broken paragraph names the paragraph right before it as its continuation only when
the joint shows itself (``BEFORE_FLOOR`` in checks/truncation_joint.py): a wrong partner
sends an editor to the wrong place and is worse than naming none. Sentences written here."""

from __future__ import annotations

import pytest

from lint_news.checks import truncation_joint
from lint_news.document import Document
from lint_news.engine import lint_document

from .break_support import pairs, structure_rules

LEAD = "城区建设提速\n\n"


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


def fragments(rules, text: str) -> list[int]:
    doc = Document(text)
    return [doc.position(f.start)[0] for f in lint_document(doc, [rules["fragment-paragraph"]])]


# the paragraph right before the open end is a whole sentence of its own that merely starts
# with a verb: the break is reported, its tail lost, and no partner is named
WEAK_BEFORE = [
    "全市今年新建公园12座。\n\n组织志愿者开展入户宣传，发放资料3000余份。\n\n"
    "据介绍，这项工作今后还将",
    "全市今年新建公园12座。\n\n组织志愿者开展入户宣传，发放资料3000余份。\n\n"
    "社区的垃圾分类已经坚持了三年。这个秋天，各小区又",
]


@pytest.mark.parametrize("text", WEAK_BEFORE)
def test_a_weak_paragraph_right_before_is_not_named(rules, text):
    assert pairs(rules, LEAD + text) == {(7, None)}
    assert fragments(rules, LEAD + text) == []  # nor is it reported as a fragment instead


@pytest.mark.parametrize("text", WEAK_BEFORE)
def test_without_the_before_floor_it_was_named(rules, text, monkeypatch):
    # the floor is what leaves it out: the check is not silent for another reason
    monkeypatch.setattr(truncation_joint, "BEFORE_FLOOR", -1e9)
    assert pairs(rules, LEAD + text) == {(7, 5)}


def test_a_figure_cut_across_the_joint_still_names_the_paragraph_right_before(rules):
    text = (
        "家企业通过了首批认定，数量居全省第二。\n\n"
        "会上介绍，今年以来全市新增规模以上工业企业46家，其中获评省级“小巨人”称号的有18\n\n"
        "发布会还通报了上半年全市工业运行情况。"
    )
    assert pairs(rules, LEAD + text) == {(5, 3)}
