"""``check --format html``: one self-contained page, the editor's view of every file of the run.

The rendering itself is checked in a browser (tests/test_web_browser.py); here: the file is
self-contained, its data is the JSON report's, and no text of an article can break out of it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.conftest import ROOT, run_cli

ARTICLE = ROOT / "tests" / "data" / "web_article.txt"


def embedded(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="lint-news-data">(.*?)</script>', html, re.S)
    assert m, "no data block"
    return json.loads(m.group(1))


def test_report_is_self_contained_and_holds_the_json_findings() -> None:
    files = [str(ARTICLE), str(ROOT / "examples" / "figures.txt")]
    proc = run_cli("check", *files, "--format", "html")
    assert proc.returncode == 1, proc.stderr.decode()
    html = proc.stdout.decode("utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert 'data-mode="report"' in html
    assert not re.search(r"https?://", html)
    # no external script, style sheet, image or font: the only src/href is the empty icon
    assert re.findall(r'(?:src|href)="([^"]*)"', html) == ["data:,"]
    assert "<style>" in html and "function renderFile" in html and "@import" not in html
    data = embedded(html)
    expected = json.loads(run_cli("check", *files, "--format", "json").stdout)
    assert [f["path"] for f in data["files"]] == files
    assert [g for f in data["files"] for g in f["findings"]] == expected["findings"]
    assert data["summary"] == expected["summary"]
    assert data["files"][0]["source"] == ARTICLE.read_text(encoding="utf-8")
    assert "<title>lint-news: 14 finding(s) in 2 file(s)</title>" in html


def test_article_text_cannot_break_out_of_the_page(tmp_path: Path) -> None:
    nasty = "标题\n\n他说：</script><script>alert(1)</script><!-- 超90%以上 & \u2028 ${mode}。\n"
    path = tmp_path / "a.txt"
    path.write_text(nasty, encoding="utf-8")
    html = run_cli("check", str(path), "--format", "html").stdout.decode("utf-8")
    assert html.count("<script>alert") == 0
    assert html.count("</script>") == 2  # the data block and the inlined script
    data = embedded(html)
    assert data["files"][0]["source"] == nasty
    assert [f["rule"] for f in data["files"][0]["findings"]] == ["over-and-above"]
    assert html.count('<body data-mode="report">') == 1


def test_report_of_a_clean_file_and_of_stdin(tmp_path: Path) -> None:
    path = tmp_path / "clean.md"
    path.write_text("# 标题\n\n今天天气晴朗。\n", encoding="utf-8")
    proc = run_cli("check", str(path), "--format", "html")
    assert proc.returncode == 0
    data = embedded(proc.stdout.decode("utf-8"))
    assert data["files"][0]["findings"] == [] and data["files"][0]["markdown"] is True
    proc = run_cli("check", "-", "--format", "html", input="超90%以上\n".encode())
    assert proc.returncode == 1
    data = embedded(proc.stdout.decode("utf-8"))
    assert data["files"][0]["path"] == "-"
    assert data["summary"]["findings"] == 1
