"""Files of any size: linting window by window gives what linting the whole file gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint_news import split
from lint_news.cli import main
from lint_news.config import Config
from lint_news.document import Document
from lint_news.engine import lint_document, select_rules
from lint_news.filters import suppress
from lint_news.report.json_format import finding_dict
from lint_news.rules import load_rules

from .articles import articles
from .conftest import ROOT

RULES = select_rules(load_rules([]), Config())


def _dicts(doc: Document, findings) -> list[dict]:
    return [finding_dict(doc, f) for f in findings]


def _whole(text: str, path: str = "page.txt", markdown: bool = False) -> list[dict]:
    doc = Document(text, path=path, markdown=markdown)
    return _dicts(doc, lint_document(doc, RULES))


def _windowed(text: str, chunk: int, overlap: int, **kw) -> tuple[list[dict], int]:
    doc = Document(text, path=kw.pop("path", "page.txt"), markdown=kw.pop("markdown", False))
    windows = split.plan_windows(doc, chunk, overlap, **kw)
    return _dicts(doc, split.lint_windows(doc, RULES, windows)), len(windows)


@pytest.fixture(scope="module")
def page() -> str:
    return "\n".join(articles(16))  # 16 articles, about 4,000 characters


@pytest.mark.parametrize("chunk,overlap", [(300, 100), (900, 300), (2000, 600)])
def test_windows_give_the_findings_of_the_whole_file(page, chunk, overlap):
    whole = _whole(page)
    got, n = _windowed(page, chunk, overlap)
    assert n >= 2, "the file must really be split"
    assert len(whole) >= 10
    # every kind of planted defect is there, and the windows change none of them
    assert {f["rule"] for f in whole} >= {
        "over-and-above",
        "halfwidth-punctuation",
        "repeated-paragraph",
        "rate-vs-counts",
        "broken-paragraph",
        "magnitude-slip",
    }
    assert got == whole


def test_positions_point_into_the_file(page):
    got, n = _windowed(page, 300, 100)
    assert n > 5
    lines = page.split("\n")
    later = 0
    for f in got:
        if f["line"] == f["end_line"]:
            text = lines[f["line"] - 1][f["column"] - 1 : f["end_column"] - 1]
            assert text == f["excerpt"], f
            later += f["line"] > 40
        for r in f["related"]:
            assert 1 <= r["line"] <= len(lines)
    assert later >= 5  # findings of later windows, at the file's own lines
    # line numbers written into messages (第N行) are the file's too
    slip = next(f for f in got if f["rule"] == "magnitude-slip" and f["line"] > 40)
    assert f"第{slip['related'][0]['line']}行" in slip["message"]


def test_one_finding_for_a_rule_reported_once_across_windows(page):
    whole = [f for f in _whole(page) if f["rule"] == "halfwidth-punctuation"]
    got = [f for f in _windowed(page, 300, 100)[0] if f["rule"] == "halfwidth-punctuation"]
    assert len(whole) == 1 and len(whole[0]["fix"]["edits"]) >= 5
    assert got == whole  # one finding, its count and every edit, over all the windows


def test_markdown_with_front_matter_and_directives():
    parts = articles(6)
    md = "---\ntitle: 一组社区新闻\n---\n\n" + "\n".join(
        ("# " + a) if i % 2 else a for i, a in enumerate(parts)
    )
    md = md.replace("本报讯", "<!-- lint-news-disable-next-line over-and-above -->\n\n本报讯", 1)
    doc = Document(md, path="news.md", markdown=True)
    whole = _dicts(doc, suppress(doc, lint_document(doc, RULES)))
    windows = split.plan_windows(doc, 300, 100)
    assert len(windows) >= 3
    got = _dicts(doc, suppress(doc, split.lint_windows(doc, RULES, windows)))
    assert got == whole and whole


def test_an_article_longer_than_the_limit_is_cut_on_paragraph_boundaries(page):
    # read as one long article (no headlines): windows of paragraphs
    body = "\n\n".join(p for p in page.split("\n\n") if len(p) > 40 and not p.startswith("本报讯"))
    doc = Document(body, path="long.txt")
    windows = split.plan_windows(doc, 400, 150, max_article_chars=1000)
    assert len(windows) >= 5
    assert [(w.first, w.last) for w in windows] == list(
        zip([0] + [w.last for w in windows[:-1]], [w.last for w in windows], strict=True)
    )
    for w in windows:
        assert w.ctx_first <= w.first < w.last <= w.ctx_last
        assert sum(len(b.text) for b in doc.blocks[w.first : w.last]) <= 400 + 200


def test_a_window_read_differently_falls_back_to_the_whole_file():
    # the only blank line separates the two halves; the second half's lines are joined into
    # one paragraph in the whole file but read one per line on their own
    text = "第一段说明情况。\n\n第二段讲到一半，\n接着说完了。\n"
    doc = Document(text, path="x.txt")
    windows = [split.Window(0, 1, 0, 1), split.Window(1, 2, 1, 2)]
    with pytest.raises(split.SplitMismatch):
        split.lint_windows(doc, RULES, windows)
    assert _dicts(doc, split.lint_any_size(doc, RULES, min_chars=0)) == _whole(text, "x.txt")


def test_short_files_are_linted_whole(page, monkeypatch):
    calls = []
    monkeypatch.setattr(split, "lint_windows", lambda *a: calls.append(a) or [])
    doc = Document(page, path="page.txt")
    assert _dicts(doc, split.lint_any_size(doc, RULES)) == _whole(page)
    assert not calls  # under SPLIT_MIN_CHARS: never windowed
    for example in sorted((ROOT / "examples").glob("*.txt")):
        doc = Document(example.read_text(encoding="utf-8"), path=str(example))
        assert len(split.plan_windows(doc)) == 1  # one window even if it were long


def test_check_command_output_unchanged_when_split(page, tmp_path, monkeypatch):
    f = tmp_path / "page.txt"
    f.write_text(page, encoding="utf-8")
    runner = CliRunner()
    whole = runner.invoke(main, ["check", str(f), "--format", "json"])
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 0)
    monkeypatch.setattr(split, "CHUNK_CHARS", 300)
    monkeypatch.setattr(split, "OVERLAP_CHARS", 100)
    windowed = runner.invoke(main, ["check", str(f), "--format", "json"])
    assert whole.exit_code == windowed.exit_code == 1
    assert json.loads(windowed.stdout) == json.loads(whole.stdout)
    text = runner.invoke(main, ["check", str(f), "--no-color"]).stdout
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 10**9)
    assert runner.invoke(main, ["check", str(f), "--no-color"]).stdout == text


def test_check_fix_on_a_split_file(page, tmp_path, monkeypatch):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(page, encoding="utf-8")
    b.write_text(page, encoding="utf-8")
    runner = CliRunner()
    runner.invoke(main, ["check", str(a), "--fix"])
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 0)
    monkeypatch.setattr(split, "CHUNK_CHARS", 300)
    runner.invoke(main, ["check", str(b), "--fix"])
    assert a.read_text(encoding="utf-8") == b.read_text(encoding="utf-8") != page
    assert "," not in Path(b).read_text(encoding="utf-8")


def test_json_written_a_finding_at_a_time_is_the_rendered_json(page):
    import io

    from lint_news.report import json_format

    doc = Document(page, path="page.txt")
    cases = [
        [(doc, split.lint_any_size(doc, RULES))],
        [(doc, [])],
        [],
        [(Document("超过500人以上。", path='q"\\.txt'), [])],
    ]
    doc2 = Document('他说:"超过500人以上"。', path="q.txt")
    cases.append([(doc2, lint_document(doc2, RULES)), (doc, lint_document(doc, RULES))])
    for results in cases:
        out = io.StringIO()
        json_format.write(results, out)
        assert out.getvalue() == json_format.render(results)


def test_a_window_never_reads_a_group_of_lines_from_its_middle():
    """A blank-line file can hold runs of lines with no blank line between them (one CMS
    article pasted as one paragraph per line). The whole file reads such a run line by line
    when one of its lines ends a sentence, and as one paragraph otherwise; a window whose
    context started or stopped inside the run read its part differently, the windows were
    given up and the whole file was linted as one document (time and memory of the file)."""
    runs = [
        "\n".join(
            [
                f"第{i}组的第一行写到一半没有句号",
                f"第{i}组的第二行把这句话说完了。",
                f"第{i}组的第三行另起一句，同样说完了。",
                f"第{i}组的第四行也没有句号",
            ]
        )
        for i in range(12)
    ]
    arts = articles(12)
    assert "\n\n" in arts[0]  # a blank-line file
    text = "\n\n".join(x for pair in zip(arts, runs, strict=True) for x in pair)
    doc = Document(text, path="mixed.txt")
    whole = _whole(text, path="mixed.txt")
    assert any(f["rule"] == "broken-paragraph" for f in whole)
    for chunk, overlap in [(200, 40), (300, 280), (500, 320), (900, 40)]:  # (all cut one)
        windows = split.plan_windows(doc, chunk, overlap)
        assert len(windows) > 3
        for w in windows:
            split._window_document(doc, w)  # raised SplitMismatch before
        if overlap < 100 and chunk < 500:
            continue  # (a window this narrow sees too little around a break to judge it)
        got, _ = _windowed(text, chunk, overlap, path="mixed.txt")
        assert got == whole


def test_a_long_file_shows_its_progress_on_a_terminal(page, tmp_path, monkeypatch):
    import io

    from lint_news.run import Progress, lint_files

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    f = tmp_path / "long.txt"
    f.write_text(page, encoding="utf-8")
    monkeypatch.setattr(split, "SPLIT_MIN_CHARS", 0)
    monkeypatch.setattr(split, "CHUNK_CHARS", 300)
    monkeypatch.setattr(split, "OVERLAP_CHARS", 100)
    n = len(split.plan_windows(Document(page)))
    assert n > 5
    tty, pipe = Tty(), io.StringIO()
    for stream in (tty, pipe):
        results = lint_files([str(f)], lambda p: Config(), progress=Progress(1, stream=stream))
        assert results[0][1]
    out = tty.getvalue()
    # one file: no file bar, but the long file's parts, in order, then the line cleared
    assert f"1/{n} parts of a long file" in out and f"{n - 1}/{n} parts" in out
    assert out.index("1/") < out.index(f"{n - 1}/{n}")
    assert "files" not in out and out.endswith("\r")
    assert pipe.getvalue() == ""  # not a terminal: nothing
