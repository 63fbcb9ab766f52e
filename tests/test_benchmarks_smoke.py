"""Smoke tests of the benchmark scripts' core functions on tiny in-memory samples, and of
``lint-news check --jobs``. The corpus parts are skipped when ../shared/corpora is absent."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

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


def _finding(**kw) -> corpus_eval.CorpusFinding:
    base = dict(
        corpus="toy",
        file="toy/lines.txt",
        line=4,
        column=1,
        rule="over-and-above",
        category="redundancy",
        message="m",
        key="0123456789ab",
    )
    return corpus_eval.CorpusFinding(**{**base, **kw})


def test_counting_with_reviewed_and_known(tmp_path: Path) -> None:
    (tmp_path / "toy-redundancy.tsv").write_text(
        "file\tline\trule\tkey\treason\n"
        "toy/lines.txt\t4\tover-and-above\t0123456789ab\t超 and 以上 both say more-than\n",
        encoding="utf-8",
    )
    (tmp_path / "other.yaml").write_text(
        "genuine:\n  - {file: toy/x.txt, line: 9, rule: r, key: 'aaaaaaaaaaaa', reason: why}\n",
        encoding="utf-8",
    )
    rev = corpus_eval.load_reviewed(tmp_path)
    assert len(rev.entries) == 2
    f = _finding()
    thuc = dict(corpus="thucnews", file=corpus_eval.THUC, line=7, category="repetition")
    rep = _finding(**thuc, rule="repeated-sentence")
    doubled = _finding(**thuc, rule="doubled-word")  # in a known article, but not a repeat
    ev = corpus_eval.Evaluation(
        {"toy": 50_000, "thucnews": 50_000},
        ["repetition", "redundancy"],
        # the same rule on the same line with another key is not excused by the entry
        [f, rep, doubled, _finding(key="ba9876543210"), _finding(line=5)],
        rev,
        {7},
    )
    assert [ev.status(x) for x in ev.findings] == ["genuine", "known", "false", "false", "false"]
    totals = ev.totals()
    assert (totals["redundancy"].genuine, totals["redundancy"].false) == (1, 2)
    assert totals["redundancy"].per_100k == pytest.approx(2.0)
    assert (totals["repetition"].known, totals["repetition"].false) == (1, 1)
    assert ev.repetition_recall() == (1, 1)
    table = corpus_eval.format_table(ev)
    assert "OVER" in table  # 2 and 1 false per 100,000 characters: both over the target
    assert "| corpus |" in corpus_eval.format_table(ev, markdown=True)
    # stale: an entry of a corpus that was read, which no finding matches any more
    entry = (corpus_eval.THUC, 7, "repeated-sentence", "0123456789ab")
    rev2 = corpus_eval.Reviewed({entry: "why"}, {entry: "t.tsv"})
    ev2 = corpus_eval.Evaluation({"thucnews": 1000}, ["repetition"], [rep], rev2, set())
    assert ev2.stale_reviewed() == []
    ev2.findings = [_finding(**thuc, rule="repeated-sentence", key="ba9876543210")]
    assert ev2.stale_reviewed() == [entry]


def test_reviewed_entry_without_key_is_refused(tmp_path: Path) -> None:
    (tmp_path / "toy-redundancy.tsv").write_text(
        "file\tline\trule\treason\ntoy/lines.txt\t4\tover-and-above\tan old entry\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="key"):
        corpus_eval.load_reviewed(tmp_path)


def test_finding_key_names_the_finding_and_its_context() -> None:
    text = "今年撤回率超90%以上，去年撤回率超90%以上，居全省前列。"
    a = text.index("超90%以上")
    b = text.index("超90%以上", a + 1)
    k = corpus_eval.finding_key
    ka, kb = k("over-and-above", text, a, a + 6), k("over-and-above", text, b, b + 6)
    assert len(ka) == 12 and ka != kb  # same words, different context: two keys
    assert k("approx-and-about", text, a, a + 6) != ka  # another rule
    # a change far from the finding keeps its key; whitespace is not part of it
    assert k("over-and-above", "新的开头。" + text, b + 5, b + 11) == kb
    spaced = text.replace("去年撤回率", "去年 撤回率")
    assert k("over-and-above", spaced, b + 1, b + 7) == kb


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
def test_corpora_load_and_reviewed_lists_are_valid(corpora) -> None:
    units = corpus_eval.load_units(corpora)
    chars = {}
    for u in units:
        chars[u.corpus] = chars.get(u.corpus, 0) + u.chars
    assert set(chars) == {s.name for s in corpus_eval.CORPORA}
    assert 1_700_000 < sum(chars.values()) < 1_900_000
    assert len(corpus_eval.known_repeated(corpora)) >= 40
    findings = corpus_eval.lint_units(units[:20])
    assert all(f.line >= 1 for f in findings)


def test_reviewed_lists_name_corpus_files_only() -> None:
    rev = corpus_eval.load_reviewed()
    files = {s.file for s in corpus_eval.CORPORA}
    assert rev.entries
    for (file, line, rule, key), reason in rev.entries.items():
        assert file in files and line >= 1 and rule and len(key) == 12 and reason


@pytest.mark.corpus
def test_every_reviewed_entry_matches_a_current_finding(corpora) -> None:
    """A reviewed entry excuses exactly one finding text; one that matches nothing is stale
    (the rule changed, or the entry is wrong) and must be reviewed again."""
    ev = corpus_eval.evaluate(corpora, jobs=1)
    assert ev.stale_reviewed() == []
    totals = ev.totals()
    for cat in corpus_eval.ERROR_CATEGORIES:
        assert totals[cat].per_100k <= corpus_eval.TARGET_PER_100K, (cat, totals[cat])
    found, listed = ev.repetition_recall()
    assert found == listed >= 40
