"""Smoke tests of the benchmark scripts' core functions on tiny in-memory samples, and of
``lint-news check --jobs``. The corpus parts are skipped when ../shared/corpora is absent."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPORA, ROOT, run_cli

sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus_eval  # noqa: E402
import quality  # noqa: E402
import speed  # noqa: E402

FLAGGED = "撤回率超90%以上，居全省前列。"  # over-and-above (redundancy pack)
CLEAN = "今年全县新建公路二十公里，完成投资三千万元。"


def _units() -> list[corpus_eval.Unit]:
    spec = corpus_eval.CorpusSpec("toy", "toy/lines.txt", "lines", 2)
    lines = [CLEAN, CLEAN, CLEAN, FLAGGED, CLEAN]
    return list(corpus_eval.units_from_lines("toy", spec.file, lines, spec))


def test_units_keep_corpus_lines() -> None:
    units = _units()
    assert [u.line_map for u in units] == [[1, 2], [3, 4], [5]]
    assert sum(u.chars for u in units) == 4 * len(CLEAN) + len(FLAGGED)
    art = corpus_eval.CorpusSpec("a", "a.txt", "article")
    assert [
        u.line_map for u in corpus_eval.units_from_lines("a", "a.txt", ["x", "", "y"], art)
    ] == [[1], [3]]
    tab = corpus_eval.CorpusSpec("t", "t.txt", "title-tab")
    (u,) = corpus_eval.units_from_lines("t", "t.txt", ["标题\t" + FLAGGED], tab)
    assert u.text == "标题\n\n" + FLAGGED and u.line_map == [1, 1, 1]


@pytest.mark.parametrize("jobs", [1, 2])
def test_findings_map_back_to_corpus_line(jobs: int) -> None:
    findings = corpus_eval.lint_units(_units(), ("redundancy",), jobs=jobs)
    hits = [f for f in findings if f.rule == "over-and-above"]
    assert [(f.file, f.line) for f in hits] == [("toy/lines.txt", 4)]
    assert hits[0].excerpt and "\n" not in hits[0].excerpt


def test_counting_with_reviewed_and_known(tmp_path: Path) -> None:
    (tmp_path / "toy-redundancy.tsv").write_text(
        "file\tline\trule\treason\ntoy/lines.txt\t4\tover-and-above\t超 and 以上 both say more-than\n",
        encoding="utf-8",
    )
    (tmp_path / "other.yaml").write_text(
        "genuine:\n  - {file: toy/x.txt, line: 9, rule: r, reason: why}\n", encoding="utf-8"
    )
    rev = corpus_eval.load_reviewed(tmp_path)
    assert len(rev.entries) == 2
    f = corpus_eval.CorpusFinding("toy", "toy/lines.txt", 4, 1, "over-and-above", "redundancy", "m")
    rep = corpus_eval.CorpusFinding("thucnews", corpus_eval.THUC, 7, 1, "rep", "repetition", "m")
    ev = corpus_eval.Evaluation(
        {"toy": 50_000, "thucnews": 50_000},
        ["repetition", "redundancy"],
        [f, rep, f.__class__(**{**f.__dict__, "line": 5})],
        rev,
        {7},
    )
    totals = ev.totals()
    assert (totals["redundancy"].genuine, totals["redundancy"].false) == (1, 1)
    assert totals["redundancy"].per_100k == pytest.approx(1.0)
    assert (totals["repetition"].known, totals["repetition"].false) == (1, 0)
    assert "OVER" not in corpus_eval.format_table(ev)
    assert "| corpus |" in corpus_eval.format_table(ev, markdown=True)


def test_quality_scoring_matches_score_findings_rules() -> None:
    items = [
        {"id": "a", "level": "must", "category": "quantity", "lines": [3, 9]},
        {"id": "b", "level": "nice", "category": "truncation", "lines": [5]},
        {"id": "c", "level": "forbid", "category": "arithmetic", "lines": [7]},
    ]
    findings = [
        {
            "line": 12,
            "category": "quantity",
            "rule": "q",
            "related": [{"line": 9}],
        },  # true via related
        {"line": 7, "category": "arithmetic", "rule": "ar"},  # forbid
        {"line": 20, "category": "repetition", "rule": "rp"},  # unexplained error category
        {"line": 21, "category": "style", "rule": "st"},  # not an error category: not false
    ]
    s = quality.score(items, findings)
    assert (s["quantity"].must_hit, s["quantity"].true, s["quantity"].precision) == (1, 1, 1.0)
    assert s["truncation"].recall == 0.0
    assert s["arithmetic"].false == 1 and s["repetition"].false == 1 and s["style"].false == 0
    assert "| quantity |" in quality.category_table(s)


def test_speed_core_functions() -> None:
    units = _units() * 3
    rules = corpus_eval.default_rules()
    tp = speed.throughput(units, rules, runs=1)
    assert tp["chars"] > 0 and tp["lint"] > 0 and tp["regex"] > 0
    stages = dict(speed.stages(units, rules))
    assert "document model" in stages
    assert speed.regex_scan(units) > 0
    assert "ncalls" in speed.profile(units[:2], rules, 5)


def test_check_jobs_keeps_output_order(tmp_path: Path) -> None:
    for i in range(5):
        body = FLAGGED if i % 2 else CLEAN
        (tmp_path / f"a{i}.txt").write_text(f"标题{i}\n\n{body}\n", encoding="utf-8")
    one = run_cli("check", str(tmp_path), "--format", "json")
    two = run_cli("check", str(tmp_path), "--format", "json", "--jobs", "2")
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    paths = [f["path"] for f in json.loads(two.stdout)["findings"]]
    assert paths == sorted(paths) and len(paths) >= 2
    bad = run_cli("check", str(tmp_path / "a0.txt"), str(tmp_path / "missing.txt"), "--jobs", "2")
    assert bad.returncode == 2


@pytest.mark.corpus
def test_corpora_load_and_reviewed_lists_are_valid() -> None:
    if not CORPORA.is_dir():
        pytest.skip("../shared/corpora not present")
    units = corpus_eval.load_units(CORPORA)
    chars = {}
    for u in units:
        chars[u.corpus] = chars.get(u.corpus, 0) + u.chars
    assert set(chars) == {s.name for s in corpus_eval.CORPORA}
    assert 1_700_000 < sum(chars.values()) < 1_900_000
    assert len(corpus_eval.known_repeated(CORPORA)) >= 40
    findings = corpus_eval.lint_units(units[:20])
    assert all(f.line >= 1 for f in findings)


def test_reviewed_lists_name_corpus_files_only() -> None:
    rev = corpus_eval.load_reviewed()
    files = {s.file for s in corpus_eval.CORPORA}
    for (file, line, rule), reason in rev.entries.items():
        assert file in files and line >= 1 and rule and reason
