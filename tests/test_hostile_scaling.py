"""Hostile input stays linear: the work done on a Markdown table of N and of 2N rows (the
shape of benchmarks/hostile.py's 30,000-row table, read as one long sentence) is counted,
not timed. A check that compares every figure with every other, or searches a whole
sentence again for each figure, at least triples its count when the rows double."""

from __future__ import annotations

import cProfile
import pstats
import sys

import pytest

from lint_news import arith
from lint_news.checks import arith_bands, arith_common
from lint_news.config import Config
from lint_news.document import Document
from lint_news.engine import lint_document, select_rules
from lint_news.rules import load_rules

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import hostile  # noqa: E402

N = 250
LINEAR = 2.3  # doubling the rows may cost a little more than twice (a constant part is small)


def _table(rows: int) -> Document:
    return Document(hostile.table(rows).decode(), path="t.md", markdown=True)


def _table_span(rows: int) -> arith.Span:
    """The table's one long sentence (no 。 in it): every figure of every row."""
    spans = arith.sentences(_table(rows))
    longest = max(spans, key=lambda s: len(s.quantities))
    assert len(longest.quantities) >= 4 * rows  # the whole table is one sentence
    return longest


@pytest.fixture(scope="module")
def rules():
    cfg = Config()
    rs = select_rules(load_rules(list(cfg.rules)), cfg)
    # compile patterns, load lazily imported modules and fill the segmenter's caches first
    lint_document(_table(N), rs)
    return rs


def _calls(rules, rows: int) -> int:
    """Calls of Python functions (not of built-ins, whose count varies with caches) while all
    rules lint a table of ``rows`` rows."""
    doc = _table(rows)
    prof = cProfile.Profile()
    prof.enable()
    findings = lint_document(doc, rules)
    prof.disable()
    assert len([f for f in findings if f.category == "redundancy"]) == 2 * rows
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    return sum(v[0] for (filename, _, _), v in stats.items() if filename != "~")


@pytest.mark.slow
def test_function_calls_of_all_checks_grow_linearly_with_table_rows(rules) -> None:
    # the rules also do a fixed amount of work (quantity-consistency compares a figure with
    # at most 100 others): what N more rows add must not grow when N grows
    c1, c2, c4 = (_calls(rules, k * N) for k in (1, 2, 4))
    assert c4 - c2 <= 1.2 * 2 * (c2 - c1), (c1, c2, c4)


def test_share_runs_looks_at_each_figure_a_bounded_number_of_times() -> None:
    def calls(rows: int) -> int:
        span = _table_span(rows)
        prof = cProfile.Profile()
        prof.enable()
        arith_common.share_runs(
            span, arith_bands._band_share, arith_bands._BAND_JOIN, arith_bands._one_object
        )
        prof.disable()
        # Python-level calls, generator steps included (a loop over every earlier
        # percentage for each figure shows here)
        stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
        n = sum(v[0] for (filename, _, _), v in stats.items() if filename != "~")
        assert n <= 12 * len(span.quantities), (n, len(span.quantities))
        return n

    small, large = calls(N), calls(2 * N)
    assert large <= LINEAR * small, (small, large)


class _Recording:
    """Stands in for a compiled pattern and records the length of every text searched."""

    def __init__(self, pattern) -> None:
        self.pattern = pattern
        self.lengths: list[int] = []

    def search(self, text: str):
        self.lengths.append(len(text))
        return self.pattern.search(text)


def test_band_share_searches_only_the_end_of_a_long_clause(monkeypatch) -> None:
    def searched(rows: int) -> list[int]:
        rec = _Recording(arith_bands._SHARE_END)
        monkeypatch.setattr(arith_bands, "_SHARE_END", rec)
        span = _table_span(rows)
        for q in span.quantities:
            if arith_common.is_percent(q):
                arith_bands._band_share(span, q)
        monkeypatch.setattr(arith_bands, "_SHARE_END", rec.pattern)
        return rec.lengths

    small, large = searched(N), searched(2 * N)
    assert len(large) == 2 * len(small)  # one search per percentage
    # the share verb and its label fit in the last characters of the clause
    assert max(large) <= arith_bands._LEAD_WINDOW + 8
    assert sum(large) <= LINEAR * sum(small)


@pytest.mark.parametrize(
    "text, total",
    [
        ("据调查，60岁以下的占72%，60岁及以上的占35%。", "107%"),
        ("据调查，60岁以下的占   72%，60岁及以上的占  35%。", "107%"),  # spaces before a figure
        (
            "在全市各街道社区开展的居民健康状况与生活方式抽样调查显示受访对象的年龄分布较为均衡，"
            + "其中60岁以下的占72%，60岁及以上的占35%。",
            "107%",
        ),
    ],
)
def test_band_shares_are_still_found(text: str, total: str) -> None:
    from lint_news.engine import lint_text

    _, findings = lint_text(text)
    assert [f.rule for f in findings] == ["shares"]
    assert total in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "据调查，60岁以下的占72%，60岁及以上的占28%。",  # they add up
        "据调查，35岁以下的占72%，45岁以下的占35%。",  # overlapping bands
        # a label longer than a clause's end: no band is named
        "据调查，" + "受访者" * 30 + "60岁以下的占72%，60岁及以上的占35%。",
    ],
)
def test_band_share_look_alikes_stay_silent(text: str) -> None:
    from lint_news.engine import lint_text

    _, findings = lint_text(text)
    assert not [f for f in findings if f.rule == "shares"]


def test_a_file_of_one_huge_table_is_linted_once(monkeypatch, rules) -> None:
    """Above split.SPLIT_MIN_CHARS a file is linted in windows; a window's context is whole
    paragraphs, so every window of a headline and one huge table reads the whole file."""
    from lint_news import split

    # the sizes of a 20 MB file, scaled down to a table of N rows
    monkeypatch.setattr(split, "MAX_ARTICLE_CHARS", 2000)
    monkeypatch.setattr(split, "CHUNK_CHARS", 1000)
    monkeypatch.setattr(split, "OVERLAP_CHARS", 300)
    doc = _table(N)
    windows = split.plan_windows(doc)
    assert len(windows) == 2
    assert all(w.ctx_first == 0 and w.ctx_last == len(doc.blocks) for w in windows)
    whole = lint_document(doc, rules)
    calls = []
    plain = split.lint_document

    def counting(d, rs):
        calls.append(len(d.text))
        return plain(d, rs)

    monkeypatch.setattr(split, "lint_document", counting)
    assert split.lint_findings(doc, rules, min_chars=1000) == whole
    assert calls == [len(doc.text)]
    # a file whose windows each read only part of it is still linted window by window
    calls.clear()
    text = "\n\n".join(f"第{i}项工程完成投资约{i % 90 + 1}亿元左右。" for i in range(300))
    paragraphs = Document(text, path="p.md", markdown=True)
    split.lint_findings(paragraphs, rules, min_chars=1000)
    assert len(calls) > 2 and max(calls) < len(text) / 2, calls


def _shares_sentence(clauses: int, counts: bool) -> Document:
    """One sentence of many share clauses (no 。): 乙1组占1%，乙2组占2%，… or with a count
    before each share (第1组有6人，占1%，…)."""
    if counts:
        body = "".join(f"第{i}组有{i + 5}人，占{i % 50}%，" for i in range(clauses))
    else:
        body = "".join(f"乙{i}组占{i % 50}%，" for i in range(clauses))
    return Document(body + "。")


@pytest.mark.parametrize("counts", [False, True])
def test_rates_and_shares_in_one_long_sentence_grow_linearly(counts: bool) -> None:
    """arith_rate held each share's part against every earlier figure of the sentence (a
    whole looked for from the sentence's start): 4,000,000 interval() calls at 2,000
    clauses. Now a whole is looked for within TOTAL_REACH characters and a share's part
    walking back from it."""
    from lint_news.checks import arith_rate
    from lint_news.rules import load_pack

    rules = load_pack(ROOT / "rules" / "arithmetic.yaml")

    def calls(clauses: int) -> int:
        doc = _shares_sentence(clauses, counts)
        prof = cProfile.Profile()
        prof.enable()
        lint_document(doc, rules)
        prof.disable()
        stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
        return sum(v[0] for (filename, _, _), v in stats.items() if filename != "~")

    calls(50)  # warm the lazily compiled patterns
    small, large = calls(4 * N), calls(8 * N)
    assert large <= LINEAR * small, (small, large)
    assert arith_rate.TOTAL_REACH >= 200  # far longer than a news sentence's span of a relation


def test_a_whole_within_reach_is_still_read() -> None:
    """The bound changes nothing in a sentence of news length: a rate whose count and whole
    are stated in one long sentence, with other clauses between them, is still checked."""
    from lint_news.rules import load_pack

    rules = load_pack(ROOT / "rules" / "arithmetic.yaml")
    filler = "各乡镇按照统一部署扎实推进各项工作，" * 6
    text = f"全县共有行政村215个，{filler}其中已有172个村开通了公交，通车率达90%。"
    found = [f for f in lint_document(Document(text), rules) if f.category == "arithmetic"]
    assert found and text[found[0].start : found[0].end].startswith("90%")
