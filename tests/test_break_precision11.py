"""Look-alikes of broken paragraphs in copy a newsroom writes today (issue 9, session 7,
precision review of the session's new break rules).

A feature or a web story often closes on a line of one word that signs off (温暖, 共勉,
加油, 致敬), a short line that holds one (未完待续, 感谢阅读, 下期再见), a bare 完, or a
page's button or credit (点赞, 纠错, 文图): no half of a cut sentence. Two to four
characters that open a sentence (推进, 随着, 上身搭配) still make a head at the end.

A subhead under the lead or between sections names what its section tells, so its noun or
verb comes back in the section's first sentence (网格员的一天 | 说起网格员老张，…), even
when that sentence opens with a verb and no subject; a phrase cut off a sentence whose rest
opens the next paragraph does not repeat itself across the cut (…的同志 | 告诉记者，…).
Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from .break_support import broken_paragraph_rule, lines


@pytest.fixture(scope="module")
def rule():
    return broken_paragraph_rule()


AT_END = (
    "冬日暖阳\n\n"
    "寒潮过后，城市迎来了难得的晴天，公园里到处是散步的市民。\n\n"
    "一位市民说，这样的天气最适合带着孩子出来走走。\n\n"
    "{line}"
)


@pytest.mark.parametrize("line", ["温暖", "共勉", "加油", "致敬", "剧终", "点赞", "纠错", "文图"])
def test_a_word_that_signs_off_at_the_end_stays_silent(rule, line):
    assert lines(rule, AT_END.format(line=line)) == set()


@pytest.mark.parametrize("line", ["完", "未完待续", "感谢阅读", "下期再见", "一起加油", "新年快乐"])
def test_a_short_closing_line_that_signs_off_stays_silent(rule, line):
    assert lines(rule, AT_END.format(line=line)) == set()


@pytest.mark.parametrize("line", ["推进", "加强", "随着", "上身搭配", "全市新增"])
def test_two_characters_that_open_a_sentence_at_the_end_are_a_head(rule, line):
    assert lines(rule, AT_END.format(line=line)) == {7}


UNDER_LEAD = (
    "社区里的冬天\n\n"
    "12月1日，记者走进城南街道，听居民讲述社区里的冬天。\n\n"
    "{line}\n\n"
    "{rest}\n\n"
    "社区负责人表示，明年还将增加两名网格员。"
)


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("网格员的一天", "说起网格员老张，居民们都竖起大拇指。"),
        ("群众的心声", "听取群众意见，是做好社区工作的前提。"),
        ("老街坊的新生活", "搬进新楼以后，老街坊们的日子越过越红火。"),
        ("向改革要动力", "推行证照分离改革以来，企业开办时间压缩到一天。"),
    ],
)
def test_a_subhead_whose_word_comes_back_below_stays_silent(rule, line, rest):
    assert lines(rule, UNDER_LEAD.format(line=line, rest=rest)) == set()


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("街道负责民生工作的同志", "告诉记者，今年新装的暖气已经全部通上了。"),
        ("城南片区的两个老旧小区", "也在今年秋天换上了新的供暖管网。"),
    ],
)
def test_a_phrase_cut_off_its_sentence_under_the_lead_is_a_head(rule, line, rest):
    assert lines(rule, UNDER_LEAD.format(line=line, rest=rest)) == {5}


BETWEEN = (
    "社区里的冬天\n\n"
    "12月1日，记者走进城南街道，听居民讲述社区里的冬天。\n\n"
    "社区今年为独居老人装了一键呼叫器，出了事能第一时间找到人。\n\n"
    "{line}\n\n"
    "{rest}\n\n"
    "社区负责人表示，明年还将增加两名网格员。"
)


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("群众的心声", "听取群众意见，是做好社区工作的前提。"),
        ("老街坊的新生活", "搬进新楼以后，老街坊们的日子越过越红火。"),
    ],
)
def test_a_noun_phrase_subhead_whose_word_comes_back_below_stays_silent(rule, line, rest):
    assert lines(rule, BETWEEN.format(line=line, rest=rest)) == set()


def test_a_noun_phrase_cut_off_its_sentence_between_paragraphs_is_a_head(rule):
    text = BETWEEN.format(line="街道负责民生工作的同志", rest="告诉记者，新装的暖气都通上了。")
    assert lines(rule, text) == {7}
