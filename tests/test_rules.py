"""Every shipped rule's examples, and the validation of broken packs."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_news.findings import CATEGORIES
from lint_news.rules import RuleError, kind_module, load_pack, load_rules
from lint_news.testing import example_findings

RULES = load_rules(validate_builtin=True)


def _cases(which: str):
    for rule in RULES:
        for i, text in enumerate(rule.flag if which == "flag" else rule.passes):
            yield pytest.param(rule, text, id=f"{rule.id}-{which}{i}")


@pytest.mark.parametrize(("rule", "text"), list(_cases("flag")))
def test_flag_example_is_reported(rule, text):
    assert example_findings(rule, text), f"{rule.id} must report: {text!r}"


@pytest.mark.parametrize(("rule", "text"), list(_cases("pass")))
def test_pass_example_is_silent(rule, text):
    found = example_findings(rule, text)
    assert not found, (
        f"{rule.id} must not report {[text[f.start : f.end] for f in found]} in {text!r}"
    )


def _results(rule, texts):
    return [
        [(f.rule, f.start, f.end, f.message, f.fix) for f in example_findings(rule, t)]
        for t in texts
    ]


def test_shipped_rules_compile_lazily_with_the_same_result():
    """Rules loaded without validation are prepared only when first used, and then report
    exactly what the validated (eagerly prepared) rules report on every example."""
    lazy = {r.id: r for r in load_rules()}
    assert set(lazy) == {r.id for r in RULES}
    assert not any(r.prepared for r in lazy.values())
    assert all(r.prepared for r in RULES)
    for eager in RULES:
        r = lazy[eager.id]
        texts = [*eager.flag, *eager.passes]
        got = _results(r, texts)
        # linting prepared it (a kind whose examples run on a copy with data of their own,
        # facts' example_facts, prepares that copy)
        assert r.prepared or hasattr(kind_module(r.kind), "for_examples")
        assert got == _results(eager, texts), r.id
        assert any(got[: len(eager.flag)]), r.id  # and it still reports its flag examples


def test_shipped_rules_are_well_formed():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert len(RULES) >= 6
    for r in RULES:
        assert r.category in CATEGORIES
        assert r.flag and r.passes


def _pack(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "house.yaml"
    p.write_text(body, encoding="utf-8")
    return p


GOOD = """\
rules:
  - id: house-style-1
    kind: pattern
    category: wording
    severity: warning
    message: 用“作为”
    pattern: 做为
    examples:
      flag: [他做为代表发言。]
      pass: [他作为代表发言。]
"""


def test_good_house_pack_loads(tmp_path):
    rules = load_pack(_pack(tmp_path, GOOD))
    assert [r.id for r in rules] == ["house-style-1"]
    assert rules[0].line == 2


@pytest.mark.parametrize(
    ("body", "line", "problem"),
    [
        (GOOD.replace("kind: pattern", "kind: regex"), 2, "unknown kind 'regex'"),
        (GOOD.replace("    category: wording\n", ""), 2, "missing key 'category'"),
        (GOOD.replace("category: wording", "category: spelling"), 2, "unknown category"),
        (GOOD.replace("severity: warning", "severity: fatal"), 2, "unknown severity"),
        (GOOD.replace("pattern: 做为", "pattern: '做为('"), 2, "bad regular expression"),
        (GOOD.replace("pattern: 做为", "pattern: '\\b做为\\b'"), 2, "never matches inside Chinese"),
        (GOOD.replace("pattern: 做为", "pattern: 作为了"), 2, "can never match"),
        (GOOD.replace("pattern: 做为", "pattern: '{amount}元'"), 2, "unknown building block"),
        (GOOD.replace("      pass: [他作为代表发言。]\n", ""), 2, "'pass' text"),
        (
            GOOD.replace("    message: 用“作为”\n", "    message: 用“作为”\n    colour: red\n"),
            2,
            "unknown key(s) colour",
        ),
        (GOOD + "      oops: [\n", 12, "invalid YAML"),
        ("rules: {}\n", 1, "top-level 'rules:' list"),
    ],
)
def test_broken_pack_names_file_line_and_problem(tmp_path, body, line, problem):
    p = _pack(tmp_path, body)
    with pytest.raises(RuleError) as exc:
        load_pack(p)
    assert exc.value.file == str(p)
    assert exc.value.line == line
    assert problem in exc.value.problem
    assert str(exc.value).startswith(f"{p}:{line}: ")


def test_duplicate_id_across_packs(tmp_path):
    d = tmp_path / "house"
    d.mkdir()
    (d / "a.yaml").write_text(GOOD, encoding="utf-8")
    (d / "b.yaml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(RuleError, match="duplicate rule id 'house-style-1'"):
        load_rules([d], include_builtin=False)


def test_duplicate_of_shipped_id(tmp_path):
    d = tmp_path / "house"
    d.mkdir()
    (d / "a.yaml").write_text(GOOD.replace("house-style-1", RULES[0].id), encoding="utf-8")
    with pytest.raises(RuleError, match="duplicate rule id"):
        load_rules([d])


def test_bad_message_placeholder_is_a_load_error(tmp_path):
    body = """\
rules:
  - id: house-headline
    kind: headline-figures
    category: quantity
    severity: info
    message: "标题数字{here}不符：{nonsense}"
    examples:
      flag: ["标题增长9%\\n\\n正文说增长了5%，其他内容很多很多很多很多很多很多很多很多很多很多很多很多很多很多。"]
      pass: ["标题增长5%\\n\\n正文说增长了5%。"]
"""
    p = _pack(tmp_path, body)
    with pytest.raises(RuleError, match="bad placeholder in 'message'"):
        load_pack(p)
