"""A line that ends on a hyphen or an en dash after a word or a figure, or on a tilde after
a figure, stops after the first half of a range or a compound name (焦距为35- | 105mm,
第一届海尔- | 新浪杯, 气温在零下5～ | 8℃): session 19, issue 9 (planted break-lost
samples of web copy ended so, as paragraphs and as lines the classifier took for titles).
Look-alikes stay silent: a run of dashes (a pause or a rule: 相信－－, ５２.３％---), a tilde
after a word (the playful lengthening of web copy: 好开心~), a credit rating after a
capital letter (评级为A-, BBB-). Every sentence here is written for the test."""

from __future__ import annotations

import pytest

from lint_news.checks.break_evidence import STRONG, connector_end, tail_evidence

from .break_support import broken_paragraph_rule, lines

LEAD = "城东新区今年建设提速，一批重点项目已经开工。"
BODY = "区里的干部说，今年的任务比往年都重，大家干劲十足。"
AFTER = "下一步，新区将继续加大协调服务力度，确保项目按期建成投产。"


def _text(line: str, at_end: bool) -> str:
    paras = [LEAD, BODY, AFTER, line] if at_end else [LEAD, BODY, line, AFTER]
    return "城东新区建设提速\n\n" + "\n\n".join(paras) + "\n"


FLAGGED = [
    "新机外观小巧，做工精致。它搭载了一枚等效焦距为28-",
    "展会由多家单位联合主办。本届展会的冠名商为第二届长江-",
    "两款机型都很省电。实测显示，两款机型的续航分别为6小时和7-",
    "新款机型支持3～",
    "预计明天最低气温在零下5～",
    "冠军：城东－",
    "本届比赛的赞助商为第一届城东-",
    "2019-",
    "今年区内房价上涨了10%～",
]


@pytest.mark.parametrize("line", FLAGGED)
@pytest.mark.parametrize("at_end", [False, True])
def test_a_line_stopped_after_a_connector_is_a_break(line, at_end):
    text = _text(line, at_end)
    where = 9 if at_end else 7
    assert where in lines(broken_paragraph_rule(), text)


@pytest.mark.parametrize("line", FLAGGED)
def test_the_end_itself_is_strong_evidence(line):
    weight, why = tail_evidence(line)
    assert weight >= STRONG and "缺少后半" in why
    assert connector_end(line)


SILENT = [
    "新游戏即将上线。游戏上线以前请大家尽情期待哟~",
    "主持人：谢谢大家~",
    "评级机构维持该公司的信用评级为A-",
    "我们无论身在何处，都应该相信－－",
    "科技进步对经济增长的贡献率达到５２.３％---",
]


@pytest.mark.parametrize("line", SILENT)
def test_look_alikes_are_no_connector_end(line):
    assert connector_end(line) == ""
    weight, why = tail_evidence(line)
    assert "缺少后半" not in why


@pytest.mark.parametrize("line", SILENT[:3])
@pytest.mark.parametrize("at_end", [False, True])
def test_look_alike_lines_stay_silent(line, at_end):
    assert lines(broken_paragraph_rule(), _text(line, at_end)) == set()
