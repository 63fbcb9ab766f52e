"""A paragraph that opens with the structural particle 的 before a figure or a Latin word
(的3名学生…, 的2020年…, 的iPhone…) is the rest of a sentence, as one that opens with 的
before a noun is (issue 9, session 18). The tagger calls a run of ASCII digits or letters
``eng`` and a full-width digit ``x``, never ``m`` or ``n``, so the test of the word after 的
missed them. Look-alikes stay silent: words that open with 的 (的确, 的士), a figure that
opens its own sentence. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from lint_news.checks.break_evidence import STRONG, head_evidence

from .break_support import lines, structure_rules


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


@pytest.mark.parametrize(
    "start",
    [
        "的3名学生获得了一等奖，另有5人获得二等奖。",
        "的2021年3月12日上午，区里召开了全区植树动员大会。",
        "的１９９８年１月２５日上午，县里召开了动员大会。",
        "的iPhone手机在当地的销量也随之上涨。",
        "的5G基站已经覆盖了全部乡镇。",
    ],
)
def test_de_before_a_figure_or_latin_word_is_the_rest_of_a_sentence(start):
    weight, why = head_evidence(start)
    assert weight >= STRONG and "的" in why


@pytest.mark.parametrize(
    "start",
    [
        "的确，今年的3名学生都获得了一等奖。",
        "的士司机老王今年已经开了20年车。",
        "2021年3月12日上午，区里召开了全区植树动员大会。",
    ],
)
def test_words_that_open_with_de_and_figures_that_open_a_sentence_are_not(start):
    assert head_evidence(start)[0] < STRONG


def test_a_moved_tail_that_opens_with_de_and_a_year_is_paired_or_reported(rules):
    text = (
        "城东新区今年建设提速\n\n"
        "城东新区今年共完成投资86亿元，新建学校3所，新增学位2700个。\n\n"
        "区里的干部说，今年的任务比往年都重，但大家干劲很足。\n\n"
        "新建的幼儿园已经全部开园，家长们普遍表示满意。\n\n"
        "的2020年1月25日上午，区里召开了动员大会，部署全年的重点工作。\n\n"
        "明年，城东新区还将继续加大投入力度。"
    )
    assert lines(rules["fragment-paragraph"], text) == {9}
    # the look-alike: the same page with the sentence whole stays silent
    whole = text.replace("的2020年1月25日上午", "2020年1月25日上午")
    assert lines(rules["fragment-paragraph"], whole) == set()
