"""The command line as a user runs it: formats, exit codes, configuration, bad input, --fix."""

from __future__ import annotations

import json

import pytest

from .conftest import ROOT, run_cli

ARTICLE = "全市新建学校\n\n今年全市撤回率超90%以上，新建学校12所。\n"
CLEAN = "全市新建学校\n\n今年全市新建学校12所，改善了办学条件。\n"


def _write(tmp_path, name, text, encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return p


def test_text_output_and_exit_1(tmp_path):
    p = _write(tmp_path, "a.txt", ARTICLE)
    r = run_cli("check", str(p), "--no-color")
    assert r.returncode == 1
    out = r.stdout.decode()
    assert f"{p}:3:8: warning [redundancy/over-and-above]" in out
    lines = out.splitlines()
    i = next(i for i, line in enumerate(lines) if "[redundancy/over-and-above]" in line)
    src, marker = lines[i + 1], lines[i + 2]
    # the caret sits under 超 whatever the width of the characters before it
    assert marker.index("^") == src.index("今") + 2 * len("今年全市撤回率")
    assert marker.count("^") == len("超90%以上") + 3  # 超, 以 and 上 are wide


def test_clean_file_exit_0(tmp_path):
    p = _write(tmp_path, "a.txt", CLEAN)
    r = run_cli("check", str(p))
    assert r.returncode == 0, r.stdout
    assert b"No problems found" in r.stdout


def test_json_schema(tmp_path):
    p = _write(tmp_path, "a.txt", ARTICLE)
    r = run_cli("check", str(p), "--format", "json")
    data = json.loads(r.stdout)
    assert data["version"] == "1.0"
    (f,) = [f for f in data["findings"] if f["rule"] == "over-and-above"]
    assert set(f) >= {
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "rule",
        "category",
        "severity",
        "message",
        "excerpt",
        "fix",
        "related",
    }
    assert (f["line"], f["column"], f["end_line"], f["end_column"]) == (3, 8, 3, 14)
    assert f["excerpt"] == "超90%以上"
    assert f["fix"] == {"replacement": "超90%"}
    assert f["related"] == []
    assert data["summary"]["findings"] == len(data["findings"])
    assert data["summary"]["by_category"]["redundancy"] >= 1


def test_reference_page_redundancy(seed):
    r = run_cli("check", str(seed), "--format", "json", "--select", "redundancy")
    data = json.loads(r.stdout)
    got = [
        (f["line"], f["column"], f["category"])
        for f in data["findings"]
        if f["rule"] == "over-and-above"
    ]
    assert got == [(136, 198, "redundancy"), (146, 198, "redundancy")]


def test_fail_on_and_select_ignore(tmp_path):
    p = _write(tmp_path, "a.txt", ARTICLE)
    assert run_cli("check", str(p), "--fail-on", "error").returncode == 0
    assert run_cli("check", str(p), "--fail-on", "info").returncode == 1
    r = run_cli("check", str(p), "--ignore", "redundancy", "--format", "json")
    assert not [f for f in json.loads(r.stdout)["findings"] if f["category"] == "redundancy"]
    r = run_cli("check", str(p), "--select", "over-and-above", "--format", "json")
    assert {f["rule"] for f in json.loads(r.stdout)["findings"]} == {"over-and-above"}


def test_stdin(tmp_path):
    r = run_cli("check", "-", "--format", "json", input=ARTICLE.encode())
    data = json.loads(r.stdout)
    assert data["findings"][0]["path"] == "-"
    assert r.returncode == 1


def test_crlf_and_bom(tmp_path):
    p = _write(tmp_path, "a.txt", b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode())
    r = run_cli("check", str(p), "--format", "json")
    f = json.loads(r.stdout)["findings"][0]
    assert (f["line"], f["column"]) == (3, 8)


def test_gb18030_needs_encoding(tmp_path):
    p = _write(tmp_path, "a.txt", ARTICLE, encoding="gb18030")
    r = run_cli("check", str(p))
    assert r.returncode == 2
    err = r.stderr.decode()
    assert "--encoding gb18030" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    r = run_cli("check", str(p), "--encoding", "gb18030", "--format", "json")
    assert r.returncode == 1
    assert json.loads(r.stdout)["findings"][0]["line"] == 3
    r = run_cli("check", str(p), "--encoding", "gbk", "--format", "json")
    assert r.returncode == 1


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda t: t / "missing.txt", "no such file"),
        (lambda t: (t / "emptydir").mkdir() or t / "emptydir", "no .txt or .md files"),
        (lambda t: _write(t, "b.txt", b"\x00\x01\x02binary\x00"), "binary file"),
        (lambda t: _write(t, "c.txt", "文字".encode("gbk") + b"\xff\xfe\xfd"), "--encoding"),
    ],
)
def test_bad_input_one_line_exit_2(tmp_path, make, needle):
    p = make(tmp_path)
    r = run_cli("check", str(p))
    err = r.stderr.decode()
    assert r.returncode == 2, (r.stdout, err)
    assert needle in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_unknown_encoding(tmp_path):
    p = _write(tmp_path, "a.txt", CLEAN)
    r = run_cli("check", str(p), "--encoding", "klingon")
    assert r.returncode == 2 and b"unknown encoding" in r.stderr


def test_empty_file_is_fine(tmp_path):
    p = _write(tmp_path, "a.txt", "")
    r = run_cli("check", str(p))
    assert r.returncode == 0 and not r.stderr


def test_directory_recursion_gitignore_and_exclude(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "drafts").mkdir()
    _write(tmp_path, "sub/a.md", "# 标题\n\n撤回率超90%以上。\n")
    _write(tmp_path, "drafts/b.txt", ARTICLE)
    _write(tmp_path, "c.txt", ARTICLE)
    _write(tmp_path, "notes.rst", ARTICLE)
    _write(tmp_path, ".gitignore", "drafts/\n")
    r = run_cli("check", str(tmp_path), "--format", "json")
    paths = {f["path"] for f in json.loads(r.stdout)["findings"]}
    assert paths == {str(tmp_path / "sub" / "a.md"), str(tmp_path / "c.txt")}
    r = run_cli("check", str(tmp_path), "--format", "json", "--exclude", "c.txt")
    paths = {f["path"] for f in json.loads(r.stdout)["findings"]}
    assert paths == {str(tmp_path / "sub" / "a.md")}


def test_markdown_finding_points_into_original(tmp_path):
    p = _write(tmp_path, "a.md", "---\ntitle: 标题\n---\n\n# 大标题\n\n今年**撤回率**超90%以上。\n")
    r = run_cli("check", str(p), "--format", "json")
    f = json.loads(r.stdout)["findings"][0]
    assert (f["line"], f["column"]) == (7, 10)


def test_config_file_select_ignore_severity(tmp_path):
    _write(
        tmp_path,
        ".lint-news.yaml",
        "severity:\n  over-and-above: error\nignore: [decrease-multiple]\n",
    )
    (tmp_path / "deep").mkdir()
    p = _write(tmp_path, "deep/a.txt", ARTICLE + "\n成本降低了2倍。\n")
    r = run_cli("check", str(p), "--format", "json")
    fs = json.loads(r.stdout)["findings"]
    assert [f["severity"] for f in fs if f["rule"] == "over-and-above"] == ["error"]
    assert not [f for f in fs if f["rule"] == "decrease-multiple"]


def test_pyproject_config(tmp_path):
    _write(tmp_path, "pyproject.toml", '[tool.lint-news]\nignore = ["redundancy"]\n')
    p = _write(tmp_path, "a.txt", ARTICLE)
    assert run_cli("check", str(p)).returncode == 0


@pytest.mark.parametrize(
    ("name", "body", "needle"),
    [
        (".lint-news.yaml", "select: [a\n", "invalid YAML"),
        (".lint-news.yaml", "colour: red\n", "unknown key(s) colour"),
        (".lint-news.yaml", "severity: {over-and-above: fatal}\n", "unknown severity"),
        ("pyproject.toml", "[tool.lint-news\n", "invalid TOML"),
    ],
)
def test_malformed_config(tmp_path, name, body, needle):
    _write(tmp_path, name, body)
    p = _write(tmp_path, "a.txt", ARTICLE)
    r = run_cli("check", str(p))
    err = r.stderr.decode()
    assert r.returncode == 2 and needle in err and "Traceback" not in err, err


def test_house_rules_directory_from_config(tmp_path):
    (tmp_path / "house").mkdir()
    _write(
        tmp_path,
        "house/style.yaml",
        (ROOT / "tests" / "data" / "house.yaml").read_text(encoding="utf-8"),
    )
    _write(tmp_path, ".lint-news.yaml", "rules: [house]\n")
    p = _write(tmp_path, "a.txt", "他做为代表发言。\n")
    r = run_cli("check", str(p), "--format", "json")
    assert [f["rule"] for f in json.loads(r.stdout)["findings"]] == ["house-zuowei"]


def test_malformed_rule_pack(tmp_path):
    (tmp_path / "house").mkdir()
    _write(tmp_path, "house/bad.yaml", "rules:\n  - id: x\n    kind: nope\n")
    p = _write(tmp_path, "a.txt", CLEAN)
    r = run_cli("check", str(p), "--rules", str(tmp_path / "house"))
    err = r.stderr.decode()
    assert r.returncode == 2
    assert f"{tmp_path / 'house' / 'bad.yaml'}:2:" in err and "Traceback" not in err


def test_rules_explain_and_test_rules():
    r = run_cli("rules")
    assert r.returncode == 0 and b"over-and-above" in r.stdout and b"redundancy" in r.stdout
    r = run_cli("explain", "over-and-above")
    out = r.stdout.decode()
    assert r.returncode == 0 and "超90%以上" in out and "Why" in out
    r = run_cli("explain", "no-such-rule")
    assert r.returncode == 2
    r = run_cli("test-rules")
    assert r.returncode == 0, r.stdout
    assert b" 0 failed" in r.stdout


def test_test_rules_on_a_broken_house_pack(tmp_path):
    (tmp_path / "house").mkdir()
    body = (
        (ROOT / "tests" / "data" / "house.yaml")
        .read_text(encoding="utf-8")
        .replace("他作为代表发言。", "他做为代表发言。")
    )  # a pass example the rule flags
    _write(tmp_path, "house/style.yaml", body)
    r = run_cli("test-rules", str(tmp_path / "house"))
    assert r.returncode == 1
    assert b"FAIL" in r.stdout and b"style.yaml:2: house-zuowei: pass example" in r.stdout


def test_usage_error_exit_2(tmp_path):
    p = _write(tmp_path, "a.txt", ARTICLE)  # a readable file: the format is the only error
    r = run_cli("check", "--format", "xml", str(p))
    err = r.stderr.decode()
    assert r.returncode == 2 and not r.stdout
    assert "xml" in err and "format" in err and "Traceback" not in err
    assert run_cli("check", "--format", "json", str(p)).returncode == 1  # the file is fine
    r = run_cli("check", "--fail-on", "fatal", str(p))
    assert r.returncode == 2 and b"fail-on" in r.stderr


def test_fix_in_place_keeps_everything_else(tmp_path):
    original = "标题\r\n\r\n撤回率超90%以上，全年接待游客逾300万人次以上。\r\n其他内容不变。\r\n"
    p = _write(tmp_path, "a.txt", b"\xef\xbb\xbf" + original.encode())
    r = run_cli("check", str(p), "--fix")
    assert r.returncode == 0, r.stdout
    assert (
        p.read_bytes()
        == b"\xef\xbb\xbf"
        + original.replace("超90%以上", "超90%").replace("逾300万人次以上", "逾300万人次").encode()
    )
    assert not list(tmp_path.glob("*.lint-news-tmp"))


def test_fix_leaves_original_on_error(tmp_path):
    original = "撤回率超90%以上。\r\n其他\n"  # mixed line endings: refuse rather than rewrite
    p = _write(tmp_path, "a.txt", original.encode())
    r = run_cli("check", str(p), "--fix")
    assert r.returncode == 2
    assert p.read_bytes() == original.encode()


def test_fix_stdin_prints_fixed_text():
    r = run_cli("check", "-", "--fix", input="撤回率超90%以上。\n".encode())
    assert r.stdout.decode() == "撤回率超90%。\n"


def test_lint_text_api():
    from lint_news.engine import lint_text  # the engine's form; lint_news.lint_text: test_api.py

    doc, findings = lint_text("撤回率超90%以上。")
    assert [f.rule for f in findings] == ["over-and-above"]
    assert doc.position(findings[0].start) == (1, 4)


def test_summary_finding_fixes_every_occurrence(tmp_path):
    p = _write(tmp_path, "a.txt", "今年以来,全市新建学校12所;改造校舍:含宿舍30栋!\n")
    r = run_cli("check", str(p), "--format", "json", "--select", "halfwidth-punctuation")
    (f,) = json.loads(r.stdout)["findings"]
    assert "全文共4处" in f["message"]
    assert f["fix"]["replacement"] == "，" and len(f["fix"]["edits"]) == 3
    r = run_cli("check", str(p), "--fix", "--select", "halfwidth-punctuation")
    assert r.returncode == 0
    assert p.read_text(encoding="utf-8") == "今年以来，全市新建学校12所；改造校舍：含宿舍30栋！\n"


def test_allow_list_in_config_silences_exact_texts(tmp_path):
    _write(tmp_path, ".lint-news.yaml", "allow: ['超90%以上']\n")
    p = _write(tmp_path, "a.txt", ARTICLE + "\n另一处写成超过5000人以上。\n")
    r = run_cli("check", str(p), "--format", "json", "--select", "redundancy")
    got = [f["excerpt"] for f in json.loads(r.stdout)["findings"]]
    assert got == ["超过5000人以上"]


def test_malformed_allow_list(tmp_path):
    _write(tmp_path, ".lint-news.yaml", "allow: [1, 2]\n")
    p = _write(tmp_path, "a.txt", CLEAN)
    r = run_cli("check", str(p))
    assert r.returncode == 2 and b"'allow' must be a list" in r.stderr


def test_markdown_directive_disables_the_next_line(tmp_path):
    md = (
        "# 标题\n\n"
        "<!-- lint-news-disable-next-line over-and-above -->\n"
        "撤回率超90%以上。\n\n"
        "参加人数超过5000人以上。\n\n"
        "<!-- lint-news-disable-next-line wording -->\n"
        "减少约85亿元左右。\n"
    )
    p = _write(tmp_path, "a.md", md)
    r = run_cli("check", str(p), "--format", "json", "--select", "redundancy")
    got = sorted((f["line"], f["rule"]) for f in json.loads(r.stdout)["findings"])
    # line 4 is silenced; line 6 is not; line 9 names another category, so it is still reported
    assert got == [(6, "over-and-above"), (9, "approx-and-about")]
