"""Suppressions: disable/enable ranges, per-file ignores, and unused directives reported."""

from __future__ import annotations

import json

from .conftest import run_cli

BAD1 = "今年全市撤回率超90%以上，居全省前列。"
BAD2 = "全年财政收入约85亿元左右，比上年有所增长。"
BAD3 = "参加活动的志愿者超过5000人以上。"


def _rules(path, *args) -> list[tuple[str, int]]:
    r = run_cli("check", str(path), "--format", "json", *args)
    assert r.returncode in (0, 1), r.stderr
    return [(f["rule"], f["line"]) for f in json.loads(r.stdout)["findings"]]


def test_markdown_range_silences_between_disable_and_enable(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(
        "# 标题\n\n"
        f"{BAD1}\n\n"  # line 3
        "<!-- lint-news-disable over-and-above, approx-and-about -->\n\n"
        f"{BAD3}\n\n"  # line 7: silenced
        f"{BAD2}\n\n"  # line 9: silenced
        "<!-- lint-news-enable -->\n\n"
        "全年接待游客逾300万人次以上。\n",  # line 13
        encoding="utf-8",
    )
    assert _rules(p) == [("over-and-above", 3), ("over-and-above", 13)]


def test_range_by_category_and_to_end_of_file(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(
        f"{BAD1}\n\n<!-- lint-news-disable redundancy -->\n\n{BAD2}\n\n{BAD3}\n", encoding="utf-8"
    )
    assert _rules(p) == [("over-and-above", 1)]
    # a range that names another rule silences nothing here, and is reported as unused
    p.write_text(f"<!-- lint-news-disable doubled-word -->\n\n{BAD1}\n", encoding="utf-8")
    assert _rules(p) == [("unused-suppression", 3), ("over-and-above", 3)]


def test_html_range(tmp_path):
    p = tmp_path / "a.html"
    p.write_text(
        "<html><body><article>\n"
        f"<p>{BAD1}</p>\n"  # line 2
        "<!-- lint-news-disable -->\n"
        f"<p>{BAD2}</p>\n"
        "<!-- lint-news-enable -->\n"
        f"<p>{BAD3}</p>\n"  # line 6
        "</article></body></html>\n",
        encoding="utf-8",
    )
    assert _rules(p) == [("over-and-above", 2), ("over-and-above", 6)]


def test_look_alikes_are_not_directives(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(
        f"<!-- lint-news-disabled -->\n\n{BAD1}\n\n<!-- lint-news-disable-all -->\n\n{BAD3}\n",
        encoding="utf-8",
    )
    assert [r for r, _ in _rules(p)] == ["over-and-above", "over-and-above"]
    # plain text has no comments: the same line is text there
    t = tmp_path / "a.txt"
    t.write_text(f"<!-- lint-news-disable -->\n\n{BAD1}\n", encoding="utf-8")
    assert [r for r, _ in _rules(t)] == ["over-and-above"]


def test_unused_suppression(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(
        "<!-- lint-news-disable-next-line over-and-above -->\n"
        f"{BAD1}\n\n"  # used
        "<!-- lint-news-disable-next-line over-and-above -->\n"
        f"{BAD2}\n",  # line 5: the directive names the wrong rule: unused, and BAD2 reported
        encoding="utf-8",
    )
    r = run_cli("check", str(p), "--format", "json")
    found = json.loads(r.stdout)["findings"]
    assert [(f["rule"], f["line"]) for f in found] == [
        ("unused-suppression", 5),
        ("approx-and-about", 5),
    ]
    unused = found[0]
    assert unused["severity"] == "info" and "第4行" in unused["message"]
    # a directive for a rule that did not run is not judged
    assert _rules(p, "--select", "approx-and-about") == [("approx-and-about", 5)]
    # nor one without names when rules were deselected; judged when every rule ran
    p.write_text("<!-- lint-news-disable-next-line -->\n今年全市新建学校12所。\n", encoding="utf-8")
    assert _rules(p) == [("unused-suppression", 2)]
    assert _rules(p, "--ignore", "wording") == []
    assert _rules(p, "--ignore", "unused-suppression") == []
    # info does not fail the run
    assert run_cli("check", str(p)).returncode == 0


def test_per_file_ignores(tmp_path):
    (tmp_path / ".lint-news.yaml").write_text(
        'per-file-ignores:\n  "archive/**": [redundancy]\n  "drafts/*.txt": [approx-and-about]\n',
        encoding="utf-8",
    )
    for rel in ("archive/2020/a.txt", "drafts/b.txt", "c.txt"):
        f = tmp_path / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(f"{BAD1}\n\n{BAD2}\n", encoding="utf-8")
    r = run_cli("check", ".", "--format", "json", cwd=tmp_path)
    by_path: dict[str, list[str]] = {}
    for f in json.loads(r.stdout)["findings"]:
        by_path.setdefault(f["path"], []).append(f["rule"])
    assert "archive/2020/a.txt" not in by_path
    assert by_path["drafts/b.txt"] == ["over-and-above"]
    assert by_path["c.txt"] == ["over-and-above", "approx-and-about"]
    (tmp_path / ".lint-news.yaml").write_text("per-file-ignores: [x]\n", encoding="utf-8")
    r = run_cli("check", ".", cwd=tmp_path)
    assert r.returncode == 2 and b"per-file-ignores" in r.stderr
