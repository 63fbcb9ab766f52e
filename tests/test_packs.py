"""The editorial packs (numbers, punctuation, wording, dates): size, examples, fixes.

Every rule's own flag and pass examples run in tests/test_rules.py; here: the packs are as
large as the issue asks, fixes give the standard form, and look-alikes stay silent.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from lint_news.engine import lint_text
from lint_news.rules import builtin_rules_dir, load_pack, load_rules

PACKS = {"numbers": 10, "punctuation": 10, "wording": 10, "dates": 10}
RULES = {r.id: r for r in load_rules(validate_builtin=True)}


@pytest.mark.parametrize(("pack", "minimum"), PACKS.items())
def test_pack_size_and_examples(pack, minimum):
    rules = load_pack(builtin_rules_dir() / f"{pack}.yaml")
    assert len(rules) >= minimum, pack
    for r in rules:
        assert r.flag and r.passes, r.id
        # more than the one motivating sentence: paraphrases and look-alikes
        assert len(r.flag) + len(r.passes) >= 3, r.id


def test_wording_pack_has_forty_entries():
    rules = load_pack(builtin_rules_dir() / "wording.yaml")
    entries = sum(len(r.params["entries"]) if r.kind == "word-list" else 1 for r in rules)
    assert entries >= 40


def test_numbers_pack_is_style_unless_meaning_changes():
    rules = load_pack(builtin_rules_dir() / "numbers.yaml")
    assert Counter(r.category for r in rules) == {"style": len(rules)}


def fixed(text: str, rule_id: str) -> str:
    from lint_news.fixer import apply_fixes

    doc, findings = lint_text(text, rules=[RULES[rule_id]])
    assert findings, (rule_id, text)
    out, _ = apply_fixes(doc, findings)
    return out


@pytest.mark.parametrize(
    ("rule", "text", "want"),
    [
        ("range-magnitude-omitted", "补贴3～5万元。", "补贴3万～5万元。"),
        ("range-magnitude-omitted", "投资30至40亿元。", "投资30亿至40亿元。"),
        ("range-percent-omitted", "增长20～30%。", "增长20%～30%。"),
        ("approx-pair-with-dunhao", "还需三、四个月。", "还需三四个月。"),
        ("zero-in-year", "二零二三年五月", "二〇二三年五月"),
        ("circle-zero-in-count", "一百〇五户", "一百零五户"),
        ("decimal-point-form", "上涨0。5个百分点", "上涨0.5个百分点"),
        ("ellipsis-form", "再等等...", "再等等……"),
        ("dunhao-before-deng", "北京、上海、等地", "北京、上海等地"),
        ("interpunct-form", "巴兹•鲁尔曼", "巴兹·鲁尔曼"),
        ("idiom-typo", "再接再励，迫不急待", "再接再厉，迫不及待"),
        ("redundant-phrase", "队员凯旋归来。", "队员凯旋。"),
        ("de-before-complement", "变的更加强大", "变得更加强大"),
        ("jiezhi-before-date", "截止2023年底，", "截至2023年底，"),
        ("jiezhi-as-deadline", "报名于6月30日截至。", "报名于6月30日截止。"),
        ("fullwidth-digits-mixed", "交付１５万套，占63%。", "交付15万套，占63%。"),
    ],
)
def test_fix_gives_the_standard_form(rule, text, want):
    assert fixed(text, rule) == want


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("arabic-chinese-magnitude", "装机容量5千瓦，重3千克，长10千米。"),
        ("two-digit-year", "他在这里工作了30年，30年来从未离开。"),
        ("approx-pair-with-dunhao", "二、三产业和一、二年级"),
        ("ellipsis-form", "版本 1.2.3 已发布"),
        ("doubled-marks", "真的吗？！太好了！！！"),
        ("idiom-typo", "按装机容量计算"),
        ("jiezhi-before-date", "报名截止日期为6月30日。"),
        ("quote-style-mixed", "他说：“好。”她说：“行。”"),
    ],
)
def test_look_alikes_stay_silent(rule, text):
    _, findings = lint_text(text, rules=[RULES[rule]])
    assert findings == []


def test_every_word_list_entry_is_reported_by_its_own_examples():
    from lint_news.checks.word_list import _matches

    for r in RULES.values():
        if r.kind != "word-list":
            continue
        r.prepare()
        for wrong in r.params["entries"]:
            assert any(_matches(t, r.state, wrong) for t in r.flag), (r.id, wrong)


def test_a_cited_wrong_form_in_quotes_is_not_reported():
    text = "老师说，有人把“再接再厉”写成了“再接再励”。"
    _, findings = lint_text(text, rules=[RULES["idiom-typo"]])
    assert findings == []


def test_house_rules_example_pack_passes_its_examples():
    from lint_news.testing import run_examples

    here = Path(__file__).resolve().parent.parent / "examples" / "house-rules"
    rules = load_rules([here], include_builtin=False)
    failures, total = run_examples(rules)
    assert not failures and total >= 6


def test_house_rules_example_runs_with_the_cli():
    from click.testing import CliRunner

    from lint_news.cli import main

    here = Path(__file__).resolve().parent.parent / "examples" / "house-rules"
    result = CliRunner().invoke(main, ["test-rules", str(here)])
    assert result.exit_code == 0, result.output
    assert "0 failed" in result.output


def test_house_rules_lint_an_article_beside_the_shipped_packs(tmp_path):
    from click.testing import CliRunner

    from lint_news.cli import main

    here = Path(__file__).resolve().parent.parent / "examples" / "house-rules"
    article = tmp_path / "a.txt"
    article.write_text("滨江报社记者获悉，交付率达到百分之六十三，小编认为再接再励。\n", "utf-8")
    result = CliRunner().invoke(main, ["check", str(article), "--rules", str(here), "--no-color"])
    assert result.exit_code == 1
    for rid in (
        "house-preferred-names",
        "house-percent-in-figures",
        "house-banned-terms",
        "idiom-typo",
    ):
        assert f"/{rid}]" in result.output, rid
