"""A short line right after a paragraph that ends on a sign between two figures (a range, a
ratio, a minus) and opens with the second figure (issue 9, gate12): the rest of the
paragraph's figure run (…济南多云－ | 3℃／－9℃), as a short line that closes a bracket the
paragraph leaves open is. The classifier takes such a line for a label; it is paired without
other evidence. A sign after a closed sentence, a dash of a sentence or a line that opens
with no digit are no such run. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from lint_news.checks import truncation_joint as tj

from .break_support import pairs, structure_rules


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


@pytest.mark.parametrize(
    "tail, head",
    [
        ("明日各地天气：济南多云－", "3℃／－9℃"),
        ("明日各地天气：青岛小雨4℃／", "11℃"),
        ("明日各地天气：烟台晴－2℃／－", "8℃"),
        ("两队半场战成3:1，终场比分为5-", "2"),
        ("今年预计增长6%～", "8%，高于去年。"),
    ],
)
def test_a_figure_run_across_the_joint(tail, head):
    assert tj._figure_runs_on(tail, head)


@pytest.mark.parametrize(
    "tail, head",
    [
        ("明日各地天气以晴为主。", "3℃／－9℃"),  # (a closed sentence)
        ("他说——", "3℃"),  # (a dash of a sentence, no figure before it)
        ("明日各地天气：济南多云－", "零下3℃"),  # (no digit at the start)
        ("明日各地天气：济南多云", "3℃／－9℃"),  # (no sign at the end)
    ],
)
def test_no_figure_run(tail, head):
    assert not tj._figure_runs_on(tail, head)


# a paragraph that ends on the range's sign, the line with the rest of the range (taken for
# a title) and a paragraph that reads on well enough to compete without the rule
RUN = (
    "明日天气\n\n"
    "受冷空气影响，明天全省气温下降，北部有小雪，济南多云－\n\n"
    "3℃／－9℃\n\n"
    "气象部门提醒市民注意防寒保暖，出行注意安全。"
)


def test_the_run_is_paired_with_its_line(rules):
    assert pairs(rules, RUN) == {(3, 5)}


def test_a_line_with_no_figure_first_is_no_rest(rules):
    text = RUN.replace("\n3℃／－9℃\n", "\n零下三度\n")
    assert all(rel != 5 for _, rel in pairs(rules, text))
