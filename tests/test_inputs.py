"""Word and HTML input: the same findings as the text, at paragraph or source positions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import run_cli

HEAD = "全市教育工作会议召开"
HALF1 = "今年以来，全市教育系统克服困难，新建和改扩建中小学校"
HALF2 = "12所，新增学位8000个，群众满意度超90%以上。"
LAST = "会议要求，各地要继续加大投入，确保秋季学期顺利开学。"


def _json(path: Path, *args: str) -> list[dict]:
    r = run_cli("check", str(path), "--format", "json", *args)
    assert r.returncode in (0, 1), r.stderr.decode()
    return json.loads(r.stdout)["findings"]


def _docx(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading(HEAD, level=1)  # ¶1
    d.add_paragraph(HALF1)  # ¶2: broken mid-sentence
    d.add_paragraph(HALF2)  # ¶3
    d.add_paragraph("")  # ¶4: empty paragraphs count
    d.add_paragraph(LAST)  # ¶5
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "涉案金额"  # ¶6
    table.cell(0, 1).text = "近300余万元"  # ¶7
    d.save(str(path))
    return path


def test_docx_gives_the_same_findings_as_text(tmp_path):
    doc = _docx(tmp_path / "a.docx")
    txt = tmp_path / "a.txt"
    txt.write_text(
        "\n\n".join([HEAD, HALF1, HALF2, LAST, "涉案金额", "近300余万元"]) + "\n", encoding="utf-8"
    )
    from_docx, from_txt = _json(doc), _json(txt)
    assert {f["rule"] for f in from_txt} >= {"broken-paragraph", "over-and-above", "near-and-more"}

    def key(f):
        return (f["rule"], f["excerpt"], f["column"], f["end_column"], f["message"].split("，")[0])

    assert [key(f) for f in from_docx] == [key(f) for f in from_txt]
    # line = paragraph number in the Word file
    lines = {f["rule"]: f["line"] for f in from_docx}
    assert lines["broken-paragraph"] == 2 and lines["over-and-above"] == 3
    assert lines["near-and-more"] == 7
    (broken,) = [f for f in from_docx if f["rule"] == "broken-paragraph"]
    assert broken["related"][0]["line"] == 3
    r = run_cli("check", str(doc), "--no-color")
    out = r.stdout.decode()
    assert f"{doc}:¶3:20: warning [redundancy/over-and-above]" in out
    assert f"related {doc}:¶3:1:" in out
    # the heading style made ¶1 a headline: it is not a broken paragraph
    assert all(f["line"] != 1 for f in from_docx)


def test_docx_in_a_directory_and_bad_docx(tmp_path):
    _docx(tmp_path / "a.docx")
    (tmp_path / "b.docx").write_bytes(b"PK\x03\x04 not really a zip")
    r = run_cli("check", str(tmp_path / "b.docx"))
    assert r.returncode == 2
    err = r.stderr.decode()
    assert err.count("\n") == 1 and "b.docx" in err and "Traceback" not in err
    (tmp_path / "b.docx").unlink()
    found = _json(tmp_path)
    assert {Path(f["path"]).name for f in found} == {"a.docx"}


def test_docx_without_python_docx_names_the_extra(tmp_path):
    doc = _docx(tmp_path / "a.docx")
    blocker = tmp_path / "block"
    (blocker / "docx").mkdir(parents=True)
    (blocker / "docx" / "__init__.py").write_text("raise ImportError('blocked')\n")
    r = run_cli("check", str(doc), env={"PYTHONPATH": str(blocker)})
    assert r.returncode == 2
    err = r.stderr.decode()
    assert err.count("\n") == 1 and "lint-news[docx]" in err, err


PAGE = """<!DOCTYPE html>
<html lang="zh">
<head><title>超过5000人以上</title>
<script>var s = "撤回率超90%以上";</script>
<style>p::after { content: "约85亿元左右"; }</style></head>
<body>
<header><nav><a href="/">首页</a> 参加人数超过5000人以上</nav></header>
<div class="ad">全年接待游客逾300万人次以上</div>
<article>
  <h1>全市教育工作会议召开</h1>
  <p>今年以来，全市教育系统新建学校12所，
     群众满意度超90&#37;以上。</p>
  <script>document.write("约85亿元左右");</script>
  <p>全年财政收入约85亿元左右，<b>比上年</b>有所增长。</p>
</article>
<footer>涉案金额近300余万元</footer>
</body>
</html>
"""


def _where(page: str, needle: str) -> tuple[int, int]:
    i = page.index(needle)
    return page.count("\n", 0, i) + 1, i - (page.rfind("\n", 0, i) + 1) + 1


def test_html_article_body_only_at_source_positions(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    found = _json(p)
    got = [(f["rule"], f["line"], f["column"]) for f in found]
    assert got == [
        ("over-and-above", *_where(PAGE, "超90&#37;以上")),
        ("approx-and-about", *_where(PAGE, "约85亿元左右，")),
    ]
    assert found[0]["excerpt"] == "超90%以上"  # the character reference read as its character
    assert found[0]["end_column"] == _where(PAGE, "超90&#37;以上")[1] + len("超90&#37;以上")
    # the wrapped paragraph reads as one: no break reported inside it
    assert "broken-paragraph" not in {f["rule"] for f in found}


def test_html_without_article_uses_main_then_body(tmp_path):
    main = PAGE.replace("<article>", "<main>").replace("</article>", "</main>")
    p = tmp_path / "m.html"
    p.write_text(main.replace('<div class="ad">', '<div class="ad">'), encoding="utf-8")
    assert [f["rule"] for f in _json(p)] == ["over-and-above", "approx-and-about"]
    body = PAGE.replace("<article>", "<div>").replace("</article>", "</div>")
    p.write_text(body, encoding="utf-8")
    rules = [(f["rule"], f["line"]) for f in _json(p)]
    # the body: the div outside the article counts now, header/nav/footer/scripts still not
    assert rules == [
        ("over-and-above", _where(PAGE, "逾300万")[0]),
        ("over-and-above", _where(PAGE, "超90&#37;")[0]),
        ("approx-and-about", _where(PAGE, "约85亿元左右，")[0]),
    ]


FRONT = """---
title: 全市新建学校12所
subtitle: 新增学位超8000个以上
summary: 今年以来，全市教育系统新建学校12所，新增学位8000个。
date: 2026-11-30
author: 林晓
---

今年以来，全市教育系统新建学校12所，新增学位8000个。会议要求，各地要继续加大投入。

会议还部署了下一阶段工作。
"""


def test_front_matter_subtitle_summary_and_date(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(FRONT, encoding="utf-8")
    found = _json(p)
    # the subtitle is linted; the summary restating the lead is not a repeat
    assert [(f["rule"], f["line"], f["excerpt"]) for f in found] == [
        ("over-and-above", 3, "超8000个以上")
    ]
    # a summary's figures are checked against the body like a subhead's
    p.write_text(
        FRONT.replace(
            "summary: 今年以来，全市教育系统新建学校12所，新增学位8000个",
            "summary: 今年以来，全市教育系统新建学校12所，新增学位800个",
        ),
        encoding="utf-8",
    )
    (slip,) = [f for f in _json(p) if f["rule"] == "magnitude-slip"]
    assert 4 in {slip["line"]} | {r["line"] for r in slip["related"]}
    from lint_news.document import SUBHEAD, Document
    from lint_news.frontmatter import article_date, front_matter

    doc = Document(FRONT, path="a.md", markdown=True)
    assert [b.kind for b in doc.blocks[:3]] == ["headline", SUBHEAD, SUBHEAD]
    assert front_matter(doc)["author"] == "林晓"
    assert str(article_date(doc)) == "2026-11-30"
    for value, expected in (("2026年3月5日", "2026-03-05"), ("2026/13/40", None), ("明天", None)):
        d = Document(f"---\ndate: {value}\n---\n正文。\n", markdown=True)
        assert (str(article_date(d)) if article_date(d) else None) == expected
    assert front_matter(Document("---\n: [\n---\n正文。\n", markdown=True)) == {}
    assert article_date(Document(FRONT)) is None  # plain text has no front matter


def test_jobs_give_byte_identical_output(tmp_path):
    from .conftest import ROOT

    for fmt in ("json", "text"):
        one = run_cli("check", str(ROOT / "examples"), "--format", fmt, "--jobs", "1")
        two = run_cli("check", str(ROOT / "examples"), "--format", fmt, "--jobs", "2")
        assert one.returncode == two.returncode == 1
        assert one.stdout == two.stdout and len(one.stdout) > 1000
    art = (ROOT / "examples" / "wording.txt").read_text(encoding="utf-8")
    for i in range(200):
        sub = tmp_path / f"d{i % 7}"
        sub.mkdir(exist_ok=True)
        # each copy differs a little, so that an order mix-up would show
        (sub / f"a{i:03d}.txt").write_text(art.replace("42个", f"{i + 1}个"), encoding="utf-8")
    one = run_cli("check", str(tmp_path), "--format", "json", "--jobs", "1")
    two = run_cli("check", str(tmp_path), "--format", "json", "--jobs", "2")
    auto = run_cli("check", str(tmp_path), "--format", "json")  # default: one per core
    assert one.stdout == two.stdout == auto.stdout
    data = json.loads(one.stdout)
    assert data["summary"]["files"] == 200 and data["summary"]["findings"] >= 200 * 5
    assert one.stderr == two.stderr == b""  # no progress bar when stderr is not a terminal


def test_progress_bar_only_on_a_terminal():
    import io

    from lint_news.run import Progress

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Tty()
    p = Progress(10, stream=tty)
    for _ in range(10):
        p.step()
    p.done()
    out = tty.getvalue()
    assert "\r[" in out and "10/10 files" in out and out.endswith("\r")
    few, pipe = Tty(), io.StringIO()
    for stream, n in ((few, 3), (pipe, 100)):
        q = Progress(n, stream=stream)
        q.step()
        q.done()
        assert stream.getvalue() == ""


def test_docx_text_box_read_after_its_paragraph(tmp_path):
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml

    d = docx.Document()
    p = d.add_paragraph("正文第一段没有问题。")  # ¶1, anchoring the box
    p._p.append(
        parse_xml(
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox>'
            "<w:txbxContent><w:p><w:r><w:t>文本框里撤回率超90%以上。</w:t></w:r></w:p>"
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
    )
    d.add_paragraph("最后一段也没有问题。")  # ¶3
    path = tmp_path / "box.docx"
    d.save(str(path))
    (f,) = _json(path)
    assert (f["rule"], f["line"], f["column"]) == ("over-and-above", 2, 8)


def test_fix_leaves_word_and_html_files_alone(tmp_path):
    page = tmp_path / "a.html"
    page.write_text("<article><p>撤回率超90%以上。</p></article>\n", encoding="utf-8")
    doc = _docx(tmp_path / "a.docx")
    before = (page.read_bytes(), doc.read_bytes())
    r = run_cli("check", str(tmp_path), "--fix")
    assert r.returncode == 1
    assert (page.read_bytes(), doc.read_bytes()) == before
    assert r.stderr.decode().count("--fix rewrites only .txt and .md files") == 2
