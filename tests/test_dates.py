"""The dates pack: calendar facts computed with datetime, the dateline against the story."""

from __future__ import annotations

import datetime as dt

import pytest

from lint_news.checks.dates import cn_int
from lint_news.engine import lint_text
from lint_news.rules import load_rules

RULES = {r.id: r for r in load_rules(validate_builtin=True)}
DATE_RULES = [r for r in RULES.values() if r.file.endswith("dates.yaml")]


def found(text: str, rule_id: str) -> list[str]:
    doc, findings = lint_text(text, rules=[RULES[rule_id]])
    return [doc.text[f.start : f.end] for f in findings if f.rule == rule_id]


def messages(text: str, rule_id: str) -> list[str]:
    _, findings = lint_text(text, rules=[RULES[rule_id]])
    return [f.message for f in findings]


def test_the_pack_has_ten_rules():
    assert len(DATE_RULES) >= 10


@pytest.mark.parametrize(
    ("s", "n"), [("5", 5), ("十", 10), ("十二", 12), ("二十", 20), ("三十一", 31), ("两", 2)]
)
def test_cn_int(s, n):
    assert cn_int(s) == n


def test_cn_int_refuses_what_is_not_a_small_number():
    assert cn_int("百") is None and cn_int("三四") is None


@pytest.mark.parametrize("year", [2019, 2020, 2023, 2024, 2025])
def test_weekday_agrees_with_datetime_for_every_day_of_a_month(year):
    """Every date of March written with each weekday: exactly the true one is silent."""
    names = "一二三四五六日"
    for day in range(1, 32):
        true = dt.date(year, 3, day).weekday()
        for i, name in enumerate(names):
            text = f"{year}年3月{day}日（星期{name}），大会开幕。"
            hits = found(text, "weekday-mismatch")
            assert bool(hits) == (i != true), text


def test_weekday_message_names_the_true_weekday():
    (msg,) = messages("2024年3月5日（星期三），大会开幕。", "weekday-mismatch")
    assert "星期二" in msg and "星期三" in msg


def test_weekday_without_any_year_is_left_alone():
    assert found("3月5日（周三），大会开幕。", "weekday-mismatch") == []


def test_weekday_takes_the_year_of_an_earlier_full_date():
    text = "2025年2月，方案印发。\n\n3月5日（周三），大会开幕。3月6日（周五），分组讨论。"
    assert found(text, "weekday-mismatch") == ["3月6日（周五）"]  # 2025-03-06 is a Thursday


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("2月30日", True),
        ("2月29日", False),
        ("2023年2月29日", True),
        ("2024年2月29日", False),
        ("1900年2月29日", True),
        ("2000年2月29日", False),
        ("4月31日", True),
        ("6月31日", True),
        ("12月31日", False),
        ("二月三十日", True),
        ("十一月三十一日", True),
        ("十一月三十日", False),
    ],
)
def test_impossible_dates_follow_the_calendar(text, bad):
    assert bool(found(f"活动于{text}举行。", "impossible-date")) == bad


def test_lunar_dates_are_not_checked():
    assert found("农历二月三十日，村里举行庙会。", "impossible-date") == []
    assert found("腊月三十日，全家团圆。", "impossible-date") == []


def test_after_dateline_needs_a_completed_event():
    dl = "新华社北京3月5日电 "
    assert found(dl + "3月8日，该市召开了推进会。", "date-after-dateline") == ["3月8日"]
    for s in (
        "3月8日，该市将召开推进会。",  # future
        "3月8日起，新规开始实施了。",  # a start date
        "3月4日，该市召开了推进会。",  # before the dateline
        "该市预计3月8日前完成了登记。",
    ):
        assert found(dl + s, "date-after-dateline") == [], s


def test_after_dateline_reads_the_dateline_of_each_story():
    text = (
        "新华社北京3月5日电 3月4日，会议召开了。\n\n"
        "第二篇报道\n\n"
        "本报长沙3月20日讯 3月18日，首批房屋已交付。"
    )
    assert found(text, "date-after-dateline") == []


def test_relative_dates_count_from_the_dateline():
    dl = "本报北京6月10日讯 "
    assert found(dl + "昨天（9日），会议召开。", "relative-date-mismatch") == []
    assert found(dl + "昨日（8日），会议召开。", "relative-date-mismatch") == ["昨日（8日）"]
    assert found(dl + "明天（6月11日）将开幕。", "relative-date-mismatch") == []
    assert found(dl + "前天（6月7日），会议召开。", "relative-date-mismatch") == ["前天（6月7日）"]
    # across a month end
    assert found("新华社北京3月1日电 昨天（2月29日），会议召开。", "relative-date-mismatch") == []


def test_relative_n_days_counts_from_the_last_date_of_the_paragraph():
    text = "新华社长沙3月5日电 3月1日，他住进医院。三天后（3月4日），他康复出院。"
    assert found(text, "relative-date-mismatch") == []
    text = "新华社长沙3月5日电 3月1日，他住进医院。三天后（3月5日），他康复出院。"
    assert found(text, "relative-date-mismatch") == ["三天后（3月5日）"]


def test_relative_without_a_dateline_is_left_alone():
    assert found("昨天（3月8日），会议召开。", "relative-date-mismatch") == []


def test_range_reversed_and_turn_of_year():
    assert found("时间为3月15日至3月2日。", "date-range-reversed") == ["3月15日至3月2日"]
    assert found("时间为12月28日至1月3日。", "date-range-reversed") == []
    assert found("时间为3月2日至15日。", "date-range-reversed") == []


def test_century_boundaries():
    assert found("20世纪（2000年）", "century-mismatch") == []
    assert found("21世纪（2000年）", "century-mismatch") == ["21世纪（2000年"]
    assert found("21世纪初（2001年）", "century-mismatch") == []


def test_the_date_of_a_later_dateline_is_not_compared_with_the_one_before():
    text = "新华社北京5月20日电 会议召开了。\n\n本报北京5月27日讯 记者报道，管道已建成。"
    assert found(text, "date-after-dateline") == []
