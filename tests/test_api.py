"""The library API returns exactly what the command line reports."""

from __future__ import annotations

import dataclasses
import json

import pytest

import lint_news

from .conftest import ROOT, run_cli

EXAMPLES = ROOT / "examples"


def test_lint_text_returns_findings_with_positions():
    found = lint_news.lint_text("全市新建学校\n\n今年全市撤回率超90%以上，新建学校12所。\n")
    (f,) = found
    assert isinstance(f, lint_news.Finding)
    assert (f.rule, f.category, f.severity) == ("over-and-above", "redundancy", "warning")
    assert (f.line, f.column, f.end_line, f.end_column) == (3, 8, 3, 14)
    assert f.excerpt == "超90%以上" and f.fix == "超90%" and f.path == "-"
    assert f.to_dict()["fix"] == {"replacement": "超90%"}
    assert lint_news.lint_text("今年全市新建学校12所。") == []


def test_lint_text_markdown_and_config():
    md = "# 标题\n\n<!-- lint-news-disable-next-line over-and-above -->\n撤回率超90%以上。\n"
    assert lint_news.lint_text(md, markdown=True) == []
    plain = lint_news.lint_text(md)  # read as plain text the comment is text and silences nothing
    assert [f.rule for f in plain] == ["over-and-above"]
    assert lint_news.lint_text("撤回率超90%以上。", config={"ignore": ["redundancy"]}) == []
    (f,) = lint_news.lint_text(
        "撤回率超90%以上。", config={"severity": {"over-and-above": "error"}}
    )
    assert f.severity == "error"
    with pytest.raises(lint_news.ConfigError):
        lint_news.lint_text("x", config={"no-such-key": 1})


def test_lint_paths_is_what_the_cli_reports(tmp_path):
    api = [f.to_dict() for f in lint_news.lint_paths(str(EXAMPLES))]
    r = run_cli("check", str(EXAMPLES), "--format", "json")
    cli = json.loads(r.stdout)["findings"]
    assert api == cli and len(api) > 10
    assert any(f["related"] for f in api) and any(f["fix"] for f in api)
    # a list of paths, several jobs: the same
    files = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
    r = run_cli("check", *files, "--format", "json", "--jobs", "1")
    cli = json.loads(r.stdout)["findings"]
    assert [f.to_dict() for f in lint_news.lint_paths(files, jobs=2)] == cli


def test_lint_paths_baseline_and_errors(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("撤回率超90%以上。\n", encoding="utf-8")
    base = tmp_path / "b.json"
    run_cli("check", str(p), "--write-baseline", str(base))
    assert lint_news.lint_paths(p, baseline=base) == []
    assert [f.rule for f in lint_news.lint_paths(p)] == ["over-and-above"]
    with pytest.raises(lint_news.InputError):
        lint_news.lint_paths(tmp_path / "missing.txt")


def test_readme_documents_every_finding_field():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Library API", 1)[1].split("\n## ", 1)[0]
    for field in dataclasses.fields(lint_news.Finding):
        assert f"`{field.name}`" in section, field.name
    assert "lint_text(" in section and "lint_paths(" in section
