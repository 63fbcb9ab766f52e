"""``lint-news archive`` on a local Dask cluster gives what ``lint-news check`` gives."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lint_news import archive, split
from lint_news.config import Config

from .articles import articles
from .conftest import ROOT, run_cli

N = 50


def _finding_fields(row: dict) -> dict:
    out = {k: v for k, v in row.items() if k not in ("id", "error")}
    if out.get("fix") and out["fix"].get("edits") is None:
        out["fix"].pop("edits", None)  # Parquet: a struct's absent field reads back as null
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """50 made-up articles as files, some Markdown, in a tree of two directories."""
    root = tmp_path_factory.mktemp("archive") / "articles"
    for i, text in enumerate(articles(N, seed=11)):
        sub = root / ("town" if i % 2 else "county")
        sub.mkdir(parents=True, exist_ok=True)
        if i % 5 == 0:  # Markdown: the headline as a heading
            (sub / f"a{i:02d}.md").write_text("# " + text, encoding="utf-8")
        else:
            (sub / f"a{i:02d}.txt").write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def checked(corpus) -> list[dict]:
    r = run_cli("check", str(corpus), "--format", "json")
    assert r.returncode == 1, r.stderr
    data = json.loads(r.stdout)
    assert data["summary"]["files"] == N
    return data["findings"]


@pytest.fixture(scope="module")
def scheduler():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


@pytest.mark.slow
def test_directory_on_a_dask_cluster_gives_the_findings_of_check(
    corpus, checked, scheduler, tmp_path
):
    out = tmp_path / "findings.jsonl"
    r = run_cli(
        "archive", str(corpus), "-o", str(out), "--scheduler", scheduler, "--partition-size", "7"
    )
    assert r.returncode == 0, r.stderr
    assert b"8/8 partitions" in r.stderr and b"50/50 articles" in r.stderr  # progress
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(checked) >= 50 and len({f["rule"] for f in checked}) >= 6
    assert [_finding_fields(r) for r in rows] == checked
    assert all(r["error"] is None for r in rows)
    for row in rows:  # the id is the path inside the input directory
        assert Path(row["path"]) == corpus / row["id"]
        assert set(row) == set(archive.FIELDS)


@pytest.mark.slow
def test_jsonl_to_parquet_with_error_rows(corpus, checked, scheduler, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    lines = [
        json.dumps(
            {
                "doc_id": p.relative_to(corpus).as_posix(),
                "body": p.read_text(encoding="utf-8"),
                "is_md": p.suffix == ".md",
            },
            ensure_ascii=False,
        )
        for p in files
    ]
    lines[3:3] = [
        json.dumps({"doc_id": "no-text"}),
        json.dumps({"doc_id": "number", "body": 12}),
        json.dumps({"body": "没有编号的稿件。"}),
        "{not json",
    ]
    src = tmp_path / "articles.jsonl"
    data = ("\n".join(lines) + "\n").encode("utf-8")
    src.write_bytes(data + b'{"doc_id": "bad-bytes", "body": "\xff\xfe"}\n')
    out = tmp_path / "findings.parquet"
    r = run_cli(
        "archive",
        str(src),
        "-o",
        str(out),
        "--scheduler",
        scheduler,
        "--id-field",
        "doc_id",
        "--text-field",
        "body",
        "--markdown-field",
        "is_md",
    )
    assert r.returncode == 0, r.stderr
    rows = pq.read_table(out).to_pylist()
    errors = [r for r in rows if r["error"] is not None]
    assert [(e["id"], e["error"]) for e in errors] == [
        ("no-text", "record has no field 'body'"),
        ("number", "record has a int in field 'body'"),
        (None, "record has no field 'doc_id'"),
        (None, errors[3]["error"]),
        ("bad-bytes", "line is not valid UTF-8 (or holds U+FFFD)"),
    ]
    assert errors[3]["error"].startswith("line is not JSON") and errors[3]["rule"] is None
    # the findings: those of check, the path being the record's id
    got = [_finding_fields(r) for r in rows if r["error"] is None]
    want = [{**f, "path": Path(f["path"]).relative_to(corpus).as_posix()} for f in checked]
    assert got == want


@pytest.mark.slow
def test_parquet_input(corpus, checked, scheduler, tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    table = pa.table(
        {
            "id": [p.relative_to(corpus).as_posix() for p in files],
            "text": [p.read_text(encoding="utf-8") for p in files],
            "md": [p.suffix == ".md" for p in files],
        }
    )
    src = tmp_path / "articles.parquet"
    pq.write_table(table, src, row_group_size=12)
    out = tmp_path / "findings.jsonl"
    args = ("archive", str(src), "-o", str(out), "--scheduler", scheduler)
    r = run_cli(*args, "--markdown-field", "md")
    assert r.returncode == 0, r.stderr
    assert b"5/5 partitions" in r.stderr  # one per row group
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    want = [{**f, "path": Path(f["path"]).relative_to(corpus).as_posix()} for f in checked]
    assert [_finding_fields(r) for r in rows] == want
    r = run_cli(*args, "--text-field", "body")
    assert r.returncode == 2 and b"no column 'body' (columns: id, text, md)" in r.stderr


def test_an_article_whose_linting_raises_is_an_error_row(monkeypatch, corpus):
    real = split.lint_findings
    files = sorted(p for p in corpus.rglob("*.txt"))[:6]

    def flaky(doc, rules, *args, **kwargs):
        if doc.path == str(files[1]):
            raise RuntimeError("checker broke")
        return real(doc, rules, *args, **kwargs)

    monkeypatch.setattr(split, "lint_findings", flaky)
    records = [(p.name, str(p), str(p)) for p in files]
    [(n, rows)] = archive._partition(records, "dir", (None,), Config())
    assert n == 6
    broken = [r for r in rows if r["error"] is not None]
    assert len(broken) == 1 and broken[0]["error"] == "lint failed: RuntimeError: checker broke"
    assert (broken[0]["id"], broken[0]["path"]) == (files[1].name, str(files[1]))
    assert {k for k, v in broken[0].items() if v is not None} == {"id", "path", "error"}
    # the articles before and after it have their findings
    assert {r["id"] for r in rows if r["error"] is None} >= {files[0].name, files[5].name}


def test_unreadable_file_and_bad_records_are_error_rows(tmp_path):
    bad = tmp_path / "gbk.txt"
    bad.write_bytes("今年以来全市新建学校十二所。".encode("gbk"))
    [(_, rows)] = archive._partition(
        [("gbk.txt", "in/gbk.txt", str(bad))], "dir", (None,), Config()
    )
    assert rows[0]["id"] == "gbk.txt" and "not valid UTF-8" in rows[0]["error"]
    assert "in/gbk.txt" in rows[0]["error"]
    fields = ("id", "text", None)
    assert archive.lint_record([1, 2], fields, Config())[0]["error"].startswith("record is not")
    assert archive.lint_record({"id": 5, "text": "好。"}, fields, Config()) == []


def test_without_the_extra_one_line_and_exit_2(corpus, tmp_path):
    code = (
        "import sys; sys.modules.update(dict.fromkeys(['dask', 'dask.bag', 'distributed']));"
        "from lint_news.cli import main; main()"
    )
    r = subprocess.run(
        [sys.executable, "-c", code, "archive", str(corpus), "-o", str(tmp_path / "o.jsonl")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1
    assert "pip install 'lint-news[archive]'" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize(
    "args,message",
    [
        (["missing-dir", "-o", "o.jsonl"], "no such file or directory"),
        (["{src}", "-o", "o.csv"], "output must end in .jsonl or .parquet"),
        (["{src}/a.txt", "-o", "o.jsonl"], "input must be a directory, a .jsonl or a .parquet"),
        (["{src}", "-o", "nodir/o.jsonl"], "no such directory for the output"),
    ],
)
def test_bad_arguments_one_line_and_exit_2(tmp_path, args, message):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("好。", encoding="utf-8")
    r = run_cli("archive", *[a.format(src=src) for a in args], cwd=tmp_path)
    assert r.returncode == 2
    err = r.stderr.decode()
    assert message in err and err.count("\n") == 1


@pytest.mark.slow
def test_a_local_process_pool_by_default(corpus, checked, tmp_path):
    pytest.importorskip("distributed")
    out = tmp_path / "county.jsonl"
    r = run_cli("archive", str(corpus / "county"), "-o", str(out), "--workers", "1")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [_finding_fields(r) for r in rows] == [
        f for f in checked if Path(f["path"]).parent.name == "county"
    ]
