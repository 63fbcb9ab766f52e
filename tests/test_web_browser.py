"""The editor's page and the HTML report in a real headless Chromium, as an editor uses them.

Driven by Playwright's Python package against Debian's ``chromium`` (never a downloaded
browser build). The tests skip, saying why, only when no browser or no Playwright is found.
Screenshots go to build/ (ignored by git).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from lint_news.findings import CATEGORIES as ALL_CATEGORIES
from tests.conftest import ROOT, run_cli

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ARTICLE = ROOT / "tests" / "data" / "web_article.txt"
SHOTS = ROOT / "build" / "screenshots"
# the test article has a finding of every category but the number-form style pack's
CATEGORIES = set(ALL_CATEGORIES) - {"style"}
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def find_chromium() -> str | None:
    for candidate in (
        os.environ.get("LINT_NEWS_CHROMIUM"),
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
        shutil.which("google-chrome"),
    ):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="module")
def browser():
    exe = find_chromium()
    if exe is None:
        pytest.skip("no Chromium found (apt-get install chromium, or set LINT_NEWS_CHROMIUM)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright is not installed (pip install '.[test]')"
    )
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """``lint-news serve --port 0`` as a user starts it; yields its address."""
    pytest.importorskip("starlette", reason="the web extra is not installed")
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    env.pop("LINT_NEWS_DEBUG", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "lint_news", "serve", "--port", "0"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        cwd=ROOT / "tests" / "data",
        env=env,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        url = None
        assert proc.stderr is not None
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            if "serving the editor's page on " in line:
                url = line.split(" on ", 1)[1].split()[0]
                break
        assert url, f"lint-news serve did not start (exit {proc.poll()})"
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.errors = errors  # type: ignore[attr-defined]
    yield pg
    context.close()
    assert errors == [], errors


def shot(pg, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    pg.screenshot(path=str(path), full_page=False)
    assert path.stat().st_size > 10_000
    return path


def cli_findings(path: Path, *args: str) -> list[dict]:
    proc = run_cli("check", str(path), "--format", "json", *args)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return json.loads(proc.stdout)["findings"]


def paste_and_check(pg, url: str, text: str) -> None:
    pg.goto(url)
    pg.fill("#input", text)
    pg.click("#check")
    pg.wait_for_selector("#files .file-view")


def test_every_finding_is_highlighted_in_place(page, server) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    expected = cli_findings(ARTICLE)
    assert {f["category"] for f in expected} == CATEGORIES  # the article covers them all
    paste_and_check(page, server, text)
    marks = page.locator("#files mark[data-rule]")
    assert marks.count() == len(expected)
    for f in expected:
        sel = (
            f'mark[data-rule="{f["rule"]}"][data-line="{f["line"]}"]'
            f'[data-column="{f["column"]}"][data-severity="{f["severity"]}"]'
        )
        m = page.locator(sel)
        assert m.count() == 1, sel
        assert m.inner_text() == f["excerpt"], sel
        assert m.is_visible()
        assert m.get_attribute("data-category") == f["category"]
        for r in f["related"]:
            rel = page.locator(
                f'[data-related-of="{m.get_attribute("id")}"]'
                f'[data-line="{r["line"]}"][data-column="{r["column"]}"]'
            )
            assert rel.count() == 1
    # the panel: one group per category with its count, one item per finding
    for cat in CATEGORIES:
        n = sum(f["category"] == cat for f in expected)
        assert page.locator(f'.cat[data-category="{cat}"] .count').inner_text() == str(n)
        assert page.locator(f'.cat[data-category="{cat}"] li.item').count() == n
    # severities are coloured differently
    colours = {
        sev: page.locator(f'mark[data-severity="{sev}"]').first.evaluate(
            "e => getComputedStyle(e).backgroundColor"
        )
        for sev in ("error", "warning")
    }
    assert colours["error"] != colours["warning"]
    # the article shows the text exactly, no mojibake
    assert page.locator(".article").inner_text().strip() == text.strip()
    assert "规则包" in page.locator("#config").inner_text()
    shot(page, "page-findings.png")


def test_clicking_a_broken_paragraph_marks_its_continuation(page, server) -> None:
    paste_and_check(page, server, ARTICLE.read_text(encoding="utf-8"))
    item = page.locator('li.item:has(code.rule:text-is("broken-paragraph"))')
    assert item.count() == 1
    fid = item.get_attribute("data-finding")
    rel = page.locator(f'[data-related-of="{fid}"]')
    assert "active" not in (rel.get_attribute("class") or "")
    item.click()
    assert "selected" in page.locator(f"mark#{fid}").get_attribute("class")
    assert "active" in rel.get_attribute("class")
    assert rel.inner_text().startswith("月底前全部交付使用")
    assert rel.is_visible()
    # a visible link joins the two halves
    link = page.locator(f'svg.links path.link[data-link-of="{fid}"]')
    assert link.count() == 1
    assert link.get_attribute("data-link-to") == rel.get_attribute("id")
    box = link.bounding_box()
    assert box is not None and box["height"] > 20
    shot(page, "page-broken-paragraph.png")
    # clicking the continuation jumps back to its finding
    page.locator('mark[data-rule="doubled-word"]').click()
    assert "active" not in rel.get_attribute("class")
    rel.click()
    assert "selected" in page.locator(f"mark#{fid}").get_attribute("class")
    assert "selected" in item.get_attribute("class")


def test_apply_all_safe_fixes_is_check_fix(page, server, tmp_path) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    proc = run_cli("check", "-", "--fix", input=text.encode("utf-8"))
    fixed = proc.stdout.decode("utf-8")
    assert fixed != text
    paste_and_check(page, server, text)
    before = page.locator("mark[data-rule]").count()
    page.click("#apply-all")
    page.wait_for_function(
        "n => document.querySelectorAll('mark[data-rule]').length < n", arg=before
    )
    assert page.input_value("#input") == fixed
    assert page.locator(".article").inner_text().strip() == fixed.strip()
    # what is left fixable is what `check --fix` leaves: fixes that need a human glance
    # (--unsafe-fixes, e.g. a garbled idiom's usual form), each still offered one by one
    left = json.loads(run_cli("check", "-", "--format", "json", input=fixed.encode()).stdout)
    assert page.locator(".fix").count() == sum(f["fix"] is not None for f in left["findings"])
    assert "已应用 4 处" in page.locator("#status").inner_text()
    shot(page, "page-after-apply-all.png")
    # the corrected text can be downloaded as it is
    with page.expect_download() as dl:
        page.click("#download")
    target = tmp_path / "download.txt"
    dl.value.save_as(target)
    assert target.read_text(encoding="utf-8") == fixed


def test_apply_one_fix(page, server) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    paste_and_check(page, server, text)
    item = page.locator('li.item:has(code.rule:text-is("doubled-word"))')
    item.locator("button.apply").click()
    page.wait_for_function("() => !document.querySelector('mark[data-rule=\"doubled-word\"]')")
    assert page.input_value("#input") == text.replace("的的口袋", "的口袋")
    assert page.locator("mark[data-rule]").count() == len(cli_findings(ARTICLE)) - 1


def test_open_a_markdown_file(page, server, tmp_path) -> None:
    md = tmp_path / "稿件.md"
    md.write_text("# 新区建设提速\n\n全年共有**超90%以上**的项目按期开工。\n", encoding="utf-8")
    page.goto(server)
    page.set_input_files("#file-input", str(md))
    page.wait_for_selector("#files mark[data-rule]")
    assert page.is_checked("#format-markdown")
    mark = page.locator("mark[data-rule]")
    assert mark.count() == 1
    f = cli_findings(md)[0]
    assert mark.get_attribute("data-line") == str(f["line"]) == "3"
    assert mark.get_attribute("data-column") == str(f["column"])
    assert mark.inner_text() == "超90%以上"
    assert page.locator(".file-view h2.path").inner_text().startswith("稿件.md")


def test_open_a_word_file(page, server, tmp_path) -> None:
    docx = pytest.importorskip("docx", reason="the docx extra is not installed")
    d = docx.Document()
    d.add_heading("新区建设提速", level=1)
    d.add_paragraph("全年共有超90%以上的项目按期开工，新开工项目")
    d.add_paragraph("投资规模创下新高。")
    path = tmp_path / "稿件.docx"
    d.save(str(path))
    page.goto(server)
    page.set_input_files("#file-input", str(path))
    page.wait_for_selector("#files mark[data-rule]")
    assert page.is_checked("#format-markdown")
    assert page.input_value("#input").startswith("# 新区建设提速\n\n全年共有")
    rules = {m.get_attribute("data-rule") for m in page.locator("mark[data-rule]").all()}
    assert {"over-and-above", "broken-paragraph"} <= rules
    # what the page shows is what the command line finds in the same Word file
    assert rules == {f["rule"] for f in cli_findings(path)}


def test_a_broken_word_file_is_one_clear_message(page, server, tmp_path) -> None:
    bad = tmp_path / "坏.docx"
    bad.write_bytes(b"not a zip")
    page.goto(server)
    page.set_input_files("#file-input", str(bad))
    page.wait_for_function("document.querySelector('#status').textContent.includes('Word')")
    assert "无法读取 Word 文件" in page.locator("#status").inner_text()
    page.errors.clear()  # the page logs the failed request; that is the point of this test


def test_html_report_renders_offline(browser, tmp_path) -> None:
    files = [ARTICLE, ROOT / "examples" / "broken-layout.txt", ROOT / "examples" / "figures.txt"]
    proc = run_cli("check", *map(str, files), "--format", "html")
    assert proc.returncode == 1, proc.stderr.decode()
    html = proc.stdout.decode("utf-8")
    assert "http://" not in html and "https://" not in html
    report = tmp_path / "report.html"
    report.write_text(html, encoding="utf-8")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(report.as_uri())
    pg.wait_for_selector(".file-view")
    assert errors == []
    assert all(u == report.as_uri() or u.startswith("data:") for u in requests), requests
    views = pg.locator(".file-view")
    assert views.count() == len(files)
    total = 0
    for i, path in enumerate(files):
        expected = cli_findings(path)
        total += len(expected)
        view = views.nth(i)
        assert view.get_attribute("data-path") == str(path)
        marks = view.locator("mark[data-rule]")
        assert marks.count() == len(expected)
        got = sorted(
            (m.get_attribute("data-rule"), int(m.get_attribute("data-line"))) for m in marks.all()
        )
        assert got == sorted((f["rule"], f["line"]) for f in expected)
    # the summary table: one row per rule, counts adding up to every finding
    counts = [int(t) for t in pg.locator("table.by-rule td.num").all_inner_texts()]
    assert sum(counts) == total
    assert pg.locator("#editor").is_hidden() and pg.locator("button.apply").count() == 0
    # related places work in the report too
    item = pg.locator('li.item:has(code.rule:text-is("repeated-paragraph"))').first
    item.click()
    fid = item.get_attribute("data-finding")
    assert "active" in pg.locator(f'[data-related-of="{fid}"]').get_attribute("class")
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / "report.png"))
    context.close()


def test_crossing_empty_and_multiline_spans_render_once_each(browser, tmp_path) -> None:
    """The view itself, on made-up findings: spans that cross, one of no width, one over a
    line break; every finding still has exactly one mark, and the text is unchanged."""
    from lint_news.web import render_page

    source = "甲乙丙丁戊己庚辛\n壬癸子丑\n"

    def finding(rule, line, col, end_line, end_col, excerpt, related=()):
        return {
            "path": "x.txt",
            "line": line,
            "column": col,
            "end_line": end_line,
            "end_column": end_col,
            "rule": rule,
            "category": "wording",
            "severity": "warning",
            "message": rule,
            "excerpt": excerpt,
            "fix": None,
            "related": [
                {"line": a, "column": b, "end_line": c, "end_column": d, "message": "r"}
                for a, b, c, d in related
            ],
        }

    findings = [
        finding("a", 1, 2, 1, 6, "乙丙丁戊"),
        finding("b", 1, 4, 1, 8, "丁戊己庚"),
        finding("c", 2, 1, 2, 1, ""),
        finding("d", 1, 7, 2, 3, "庚辛\n壬癸", related=[(1, 1, 1, 3)]),
    ]
    data = {"files": [{"path": "x.txt", "markdown": False, "source": source, "findings": findings}]}
    report = tmp_path / "made-up.html"
    report.write_text(render_page("report", data, inline=True), encoding="utf-8")
    pg = browser.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(report.as_uri())
    pg.wait_for_selector(".file-view")
    assert errors == []
    assert pg.locator(".article").evaluate("e => e.textContent") == source
    assert pg.locator("mark[data-rule]").count() == 4
    for f in findings:
        mark = pg.locator(f'mark[data-rule="{f["rule"]}"]')
        assert mark.count() == 1
        fid = mark.get_attribute("id")
        pieces = pg.evaluate(
            "id => [document.getElementById(id), ...document.querySelectorAll("
            "`[data-cont-of=\"${id}\"]`)].map(e => e.textContent).join('')",
            fid,
        )
        assert pieces == f["excerpt"], f["rule"]
    assert "empty" in pg.locator('mark[data-rule="c"]').get_attribute("class")
    assert pg.locator("[data-cont-of]").count() >= 1  # a and b cross: one of them continues
    rel = pg.locator("[data-related-of]")
    assert rel.count() == 1 and rel.inner_text() == "甲乙"
    pg.close()


def test_paste_checks_at_once_and_copy_takes_the_text(browser, server) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.rstrip("/"))
    pg = context.new_page()
    pg.goto(server)
    text = ARTICLE.read_text(encoding="utf-8")
    pg.evaluate("t => navigator.clipboard.writeText(t)", text)
    pg.focus("#input")
    pg.keyboard.press("Control+V")  # a real paste: the page checks without a click
    pg.wait_for_selector("#files mark[data-rule]")
    assert pg.locator("mark[data-rule]").count() == len(cli_findings(ARTICLE))
    assert pg.locator("#input").is_hidden()
    pg.click("#edit")  # back to the text, as it was
    assert pg.locator("#input").is_visible() and pg.input_value("#input") == text
    pg.fill("#input", "全市共有超90%以上的企业完成改造。")
    pg.keyboard.press("Control+Enter")
    pg.wait_for_function("() => document.querySelectorAll('mark[data-rule]').length === 1")
    pg.click("#apply-all")
    pg.wait_for_function("() => document.querySelectorAll('mark[data-rule]').length === 0")
    pg.evaluate("() => navigator.clipboard.writeText('')")
    pg.click("#copy")
    pg.wait_for_function("() => navigator.clipboard.readText().then(t => t.length > 0)")
    assert pg.evaluate("() => navigator.clipboard.readText()") == "全市共有超90%的企业完成改造。"
    context.close()


def test_keyboard_steps_through_findings_in_text_order(page, server) -> None:
    paste_and_check(page, server, ARTICLE.read_text(encoding="utf-8"))
    in_order = page.locator("mark[data-rule]").evaluate_all("ms => ms.map(m => m.id)")
    page.locator(".file-view h2.path").click()
    seen = []
    for _ in range(len(in_order) + 1):
        page.keyboard.press("j")
        seen.append(page.locator("mark.selected[data-rule]").get_attribute("id"))
    assert seen == in_order + in_order[:1]  # and round to the first again
    page.keyboard.press("k")
    assert page.locator("mark.selected[data-rule]").get_attribute("id") == in_order[-1]
    page.locator(f'li.item[data-finding="{in_order[2]}"]').focus()
    page.keyboard.press("Enter")
    assert page.locator("mark.selected[data-rule]").get_attribute("id") == in_order[2]
