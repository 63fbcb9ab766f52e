"""A measure word written as a character that sounds like it (kind ``measure-words``, rule
``measure-word-homophone``, session 20): found end to end with its fix, applied only with
--unsafe-fixes; a malformed entry is one clear rule error. The rule's own examples (flag and
pass, with look-alikes) run in tests/test_rules.py. Every sentence here is written for the
test."""

from __future__ import annotations

import pytest

from lint_news.engine import lint_text
from lint_news.rules import RuleError, load_pack, load_rules

from .conftest import run_cli

RULES = [r for r in load_rules() if r.id == "measure-word-homophone"]


def _found(text: str) -> list[tuple[str, str | None]]:
    _, findings = lint_text(text, rules=RULES)
    return [(text[f.start : f.end], f.fix) for f in findings]


def test_each_slip_is_found_with_the_measure_word_it_stands_for():
    text = (
        "小镇的变化\n\n"
        "镇上新修了两坐大桥，还开通了一条公交线路，每天有十几量公交车往返。\n\n"
        "镇政府邀请了5为专家为小镇规划把脉，第三界乡村文化节也将在这里举办。"
    )
    assert _found(text) == [
        ("两坐大桥", "两座大桥"),
        ("十几量公交车", "十几辆公交车"),
        ("5为专家", "5位专家"),
        ("第三界乡村文化节", "第三届乡村文化节"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "镇上新修了两座大桥，每天有十几辆公交车往返。",
        "政府统一为农户发放了种子。",  # 一 inside 统一
        "参会的12人中，5为专家。",  # 为 the copula
        "他一坐车就犯困，一直晕到终点。",  # 一坐 a verb, 一直 the adverb
        "社会各界人士踊跃捐款。",
        "这一课心理辅导让同学们受益匪浅。",  # 心 of 心理
    ],
)
def test_look_alikes_stay_silent(text):
    assert _found(text) == []


def test_the_fix_is_applied_only_with_unsafe_fixes(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("停车场里停着十几量汽车。\n", encoding="utf-8")
    r = run_cli("check", str(p), "--fix", "--no-color")
    assert p.read_text(encoding="utf-8") == "停车场里停着十几量汽车。\n"
    assert b"measure-word-homophone" in r.stdout
    run_cli("check", str(p), "--fix", "--unsafe-fixes", "--no-color")
    assert p.read_text(encoding="utf-8") == "停车场里停着十几辆汽车。\n"


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ("{typo: 快}", "'typo' and 'fix'"),
        ("{typo: 快, fix: 块}", "give 'nouns'"),
        ("{typo: 快, fix: 块, nouns: [蛋糕], colour: red}", "unknown key"),
        ("{typo: 快, fix: 块, nouns: [蛋糕], not_before: '['}", "bad regular expression"),
        ("{typo: 快, fix: 块, nouns: [手表]}", "without a flag example"),
    ],
)
def test_a_malformed_entry_is_one_clear_rule_error(tmp_path, entry, problem):
    pack = tmp_path / "house.yaml"
    pack.write_text(
        "rules:\n"
        "  - id: house-measure\n"
        "    kind: measure-words\n"
        "    category: wording\n"
        "    severity: warning\n"
        '    message: "量词写错：“{wrong}”应为“{fix}”"\n'
        f"    entries: [{entry}]\n"
        "    examples:\n"
        "      flag: [孩子们分到了一快蛋糕。]\n"
        "      pass: [孩子们分到了一块蛋糕。]\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleError) as err:
        load_pack(pack)
    assert problem in str(err.value) and "house-measure" in str(err.value)


_PROBE = """
import sys
from lint_news.engine import lint_text, select_rules
from lint_news.rules import load_rules
from lint_news.config import Config
_, found = lint_text({text!r}, rules=select_rules(load_rules(), Config()))
words = sys.modules.get("lint_news.words")
print(bool(words and words.is_loaded()), [f.rule for f in found if f.rule == "measure-word-homophone"])
"""


@pytest.mark.parametrize(
    ("text", "out"),
    [
        # a calm article: loading the rule (it checks that its examples cover every entry)
        # and running it start no segmenter
        ("城西新区建设提速\n\n今年以来，城西新区全面提速，一只只工程队进场施工。", "False []"),
        ("停车场里停着十几量汽车。", "True ['measure-word-homophone']"),
    ],
)
def test_the_segmenter_starts_only_for_a_candidate(text, out):
    import subprocess
    import sys

    from .conftest import ROOT

    r = subprocess.run(
        [sys.executable, "-c", _PROBE.format(text=text)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert r.stdout.strip() == out
