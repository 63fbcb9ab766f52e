"""Speed work on truncation (issue 12): the fast paths give the same answers as the slow
ones they replace, and work once repeated per pair is done once."""

from __future__ import annotations

import random
import re

from lint_news.checks import truncation

_LABEL = re.compile(r"([^。！？!?:：]*)[:：]([^。！？!?:：]*)$")


def _groups(m: re.Match[str] | None) -> tuple[int, int, str, str] | None:
    return None if m is None else (m.start(), m.end(), m.group(1), m.group(2))


def test_label_value_is_the_search_it_replaces() -> None:
    rng = random.Random(7)
    alphabet = "文字，、。！？!?:：\n 说a1"
    cases = ["", "：", "地点：市民中心", "他说：今天下雨。", "甲：乙：丙", "题词：好。再见"]
    cases += [
        "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(3000)
    ]
    for t in cases:
        assert _groups(truncation._label_value(t)) == _groups(_LABEL.search(t)), t


def test_label_value_on_long_lines_without_stops() -> None:
    # the case the search made quadratic: a long line with no stop (an article on one line)
    t = "记者从有关部门获悉，" * 400
    for s in (t, t + "：结果，" + t, t + "。" + t + "：" + t, t + "：" + t + "！"):
        assert _groups(truncation._label_value(s)) == _groups(_LABEL.search(s))
