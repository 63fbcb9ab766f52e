"""Two joints read in session 18 (issue 9): capitals cut right before Chinese text (在I |
PO询价…, ES | PN对此事…), where the end holds one or two capitals and the joined word four
at most (two whole acronyms side by side are longer: USB | HDMI接口, CD | DVD机); and a
paragraph that opens with the second half of 对…来说 / 就…而言 (来说，…), which no sentence
opens with, nor with a time word bound to what stands before it (前夕, 之际, 以来: 新年 |
前夕发表…). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from lint_news.checks.break_evidence import STRONG, head_evidence
from lint_news.checks.break_glue import glued_joint

from .break_support import pairs, structure_rules


@pytest.mark.parametrize(
    "end, start",
    [
        ("协会会长在I", "PO询价工作会议上强调，要敢于拒绝。"),
        ("却鲜有对东部强队的质疑之声。ES", "PN对此事有公正的评价。"),
        ("节目在央视CC", "TV新闻频道播出。"),
    ],
)
def test_capitals_cut_before_chinese_text_glue(end, start):
    assert glued_joint(end, start)[0] > 0


@pytest.mark.parametrize(
    "end, start",
    [
        ("音箱支持USB", "HDMI等多种接口。"),
        ("这款手机支持NFC", "NFC功能可以用来刷公交卡。"),
        ("店里出售的CD", "DVD机价格不高。"),
    ],
)
def test_two_whole_acronyms_do_not_glue(end, start):
    assert glued_joint(end, start)[0] == 0


@pytest.mark.parametrize("start", ["来说，风险也太大了。", "而言，这是一个难得的机会。"])
def test_the_second_half_of_a_frame_opens_no_sentence(start):
    weight, why = head_evidence(start)
    assert weight >= STRONG and "对" in why


@pytest.mark.parametrize(
    "start",
    [
        "前夕发表的献词中说，今年的经济增长很快。",
        "之际，全市举行了隆重的庆祝活动。",
        "以来，全市新建学校12所。",
        "伊始，全市就启动了这项工程。",
    ],
)
def test_a_bound_time_word_opens_no_sentence(start):
    assert head_evidence(start)[0] >= STRONG


@pytest.mark.parametrize(
    "start", ["之后，他又去了北京。", "以后，大家常常来这里。", "以来自全国的代表为主。"]
)
def test_time_words_that_open_sentences_are_not_read_so(start):
    assert head_evidence(start)[0] < STRONG


@pytest.mark.parametrize(
    "start", ["来说说这件事。", "总而言之，这是一个机会。", "看来，他是对的。"]
)
def test_words_that_begin_so_are_not_read_so(start):
    assert head_evidence(start)[0] < STRONG


PAGE = (
    "城东新区今年建设提速\n\n"
    "{head}\n\n"
    "新建的幼儿园已经全部开园，家长们普遍表示满意。\n\n"
    "区里的干部说，今年的任务比往年都重，但大家干劲很足。\n\n"
    "{tail}\n\n"
    "明年，城东新区还将继续加大投入力度。"
)


@pytest.mark.parametrize(
    "head, tail",
    [
        ("当然，一分钱不付，对中介机构", "来说，风险也太大了。"),
        ("对此，中国证券业协会会长在I", "PO询价对象自律工作会议上强调，要敢于拒绝。"),
    ],
)
def test_a_moved_rest_is_paired_across_such_a_joint(head, tail):
    assert pairs(structure_rules(), PAGE.format(head=head, tail=tail)) == {(3, 9)}
