"""Pairing by what the whole candidate paragraph shows (issue 9: pairing): its length
against the document's typical paragraph, a quotation its paragraph closes that the broken
paragraph left open, and the near paragraphs of a lone line of the body. Every sentence
here is written for the test; each shape comes with a look-alike."""

from __future__ import annotations

import pytest

from lint_news.checks import break_pairing as bp

from .break_support import pairs, structure_rules


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


# -- the features ------------------------------------------------------------------------


def test_typical_length_is_the_median_paragraph():
    assert bp.typical_length(["一二三", "一二三四五", "一"]) == 3.0
    assert bp.typical_length([" 一二 ", "一二三四"]) == 3.0
    assert bp.typical_length([]) == 100.0


def test_a_shorter_candidate_reads_likelier_as_the_rest_and_the_term_is_bounded():
    typical = 80.0
    short, usual, long_ = (bp.length_term(n, typical) for n in (20, 80, 300))
    assert short > usual == 0.0 > long_
    # bounded either way: a one-line paragraph is no certain tail, a long one no impossible one
    assert bp.length_term(1, typical) == pytest.approx(-bp.W_LENGTH * bp.LENGTH_SPAN)
    assert bp.length_term(100_000, typical) == pytest.approx(bp.W_LENGTH * bp.LENGTH_SPAN)


def test_a_quotation_left_open_by_the_paragraph_and_closed_by_the_candidate():
    scorer = bp.Scorer()
    head = "区长说：“今年区里安排了四十个项目。明年还要"
    assert bp.paragraph_quote(scorer, head, "再安排三十个，重点是老旧小区。”") == bp.W_PARA_QUOTE
    # closed inside the head already, or the candidate opens its own: nothing
    closed = "区长说：“今年区里安排了四十个项目。”明年还要"
    assert bp.paragraph_quote(scorer, closed, "再安排三十个，重点是老旧小区。”") == 0.0
    assert bp.paragraph_quote(scorer, head, "他说：“再安排三十个。”") == 0.0
    # opened in the open sentence itself: the sentence's own feature counts it, not this one
    own = "区长说：“明年还要"
    assert bp.paragraph_quote(scorer, own, "再安排三十个，重点是老旧小区。”") == 0.0


# -- end to end --------------------------------------------------------------------------

QUOTED = (
    "老旧小区改造提速\n\n"
    "区长在会上说：“今年区里安排了四十个改造项目，已开工三十六个。明年还要\n\n"
    "全区已有八成项目按期开工。\n\n"
    "区住建局负责人介绍了进展情况。\n\n"
    "{tail}\n\n"
    "改造资金由市区两级财政共同承担。"
)


def test_a_far_tail_that_closes_the_paragraphs_quotation(rules):
    text = QUOTED.format(tail="新增三十个，重点放在加装电梯和管网更新上。”")
    assert pairs(rules, text) == {(3, 9)}


def test_without_the_closing_mark_the_far_paragraph_is_not_preferred(rules):
    # the same far paragraph without the closing mark: nothing ties it to the quotation
    text = QUOTED.format(tail="新增三十个，重点放在加装电梯和管网更新上。")
    assert (3, 9) not in pairs(rules, text)
