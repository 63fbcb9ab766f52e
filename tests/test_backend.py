"""The segmenter backends: rjieba (the default where installed) reads like jieba (the
reference) for everything the checks look at, and jieba is used where rjieba is missing."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lint_news import words

from .conftest import ROOT, run_cli

HAVE_RJIEBA = importlib.util.find_spec("rjieba") is not None
needs_rjieba = pytest.mark.skipif(not HAVE_RJIEBA, reason="rjieba is not installed")

# own sentences: figures, dates, Latin letters, names, and paragraph joints cut mid-word
SENTENCES = [
    "今年前三季度，全市新建学校12所，新增学位1.8万个，比上年增长3.5%。",
    "2024年6月，该公司发布了新一代A4打印机和3D扫描仪，售价约2999元。",
    "记者从市教育局获悉，全市中小学教师培训计划将于下月启动。",
    "上游水库蓄水量达到4.6亿立方米，较去年同期多出近两成。",
    "王建国和李晓明两位工程师参与了COVID-19疫苗冷链的设计。",
    "城区公交线路增至86条，日均客流量超过五十万人次。",
    "据介绍，该项目总投资约12亿元，预计明年底建成投产。",
    "社区组织志愿者开展“清洁家园”活动，共清理垃圾三吨多。",
]


@pytest.fixture
def backend() -> Iterator[None]:
    """Restore the default backend after a test that switches it."""
    yield
    words.use_backend(None)


def _windows() -> list[str]:
    out = []
    for s in SENTENCES:
        out.append(s)
        for i in range(0, len(s) - 4, 3):
            out.append(s[i : i + 8])
        out.append(s[-6:] + SENTENCES[0][:6])  # a joint between two paragraphs
    return out


@needs_rjieba
def test_rjieba_reads_like_jieba_on_own_sentences(backend: None) -> None:
    got = {}
    for name in ("jieba", "rjieba"):
        words.use_backend(name)
        assert words.segmenter().name == name
        got[name] = [
            (
                words.cut(t),
                words.tag(t),
                [words.freq(w) for w in words.cut(t)] + [words.freq(t[:2]), words.freq(t[-2:])],
                words.join_gain(t[: len(t) // 2], t[len(t) // 2 :]),
                words.crossing(t[:5], t[5:]),
            )
            for t in _windows()
        ]
    assert got["rjieba"] == got["jieba"]
    # the normalisation is needed: rjieba alone tags a run of digits m where jieba says eng
    import rjieba

    assert ("2024", "m") in rjieba.tag(SENTENCES[1], False)
    words.use_backend("rjieba")
    assert ("2024", "eng") in words.tag(SENTENCES[1])
    assert words.freq("培训") and words.freq("训机") == 0  # a word, and no word


@needs_rjieba
def test_a_byline_name_that_rjieba_splits_is_one_name(backend: None) -> None:
    import rjieba

    # rjieba's HMM splits a surname and two unknown characters (王展|超); jieba's
    # part-of-speech HMM reads one name, and so does the normalised backend
    assert rjieba.tag("记者王展超", True)[-1] == ("超", "v")
    for name in ("jieba", "rjieba"):
        words.use_backend(name)
        assert words.tag("记者王展超", hmm=True)[-1] == ("王展超", "nr")
        assert words.tag("记者张展超", hmm=True)[-1] == ("张展超", "nr")
        # a name both read whole already stays as it is
        assert words.tag("记者陈立超", hmm=True)[-1] == ("陈立超", "nr")


def test_fallback_to_jieba_when_rjieba_cannot_be_imported(
    backend: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LINT_NEWS_SEGMENTER", raising=False)
    monkeypatch.setitem(sys.modules, "rjieba", None)  # `import rjieba` now raises ImportError
    words.use_backend(None)
    assert words.backend_name() == "jieba"
    assert words.segmenter().name == "jieba"
    # asked for by name but not importable: jieba still answers
    words.use_backend("rjieba")
    assert words.segmenter().name == "jieba"
    assert words.cut("教师培训计划") == ["教师", "培训", "计划"]


def test_environment_chooses_the_backend(backend: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINT_NEWS_SEGMENTER", "jieba")
    words.use_backend(None)
    assert words.segmenter().name == "jieba"
    if HAVE_RJIEBA:
        monkeypatch.setenv("LINT_NEWS_SEGMENTER", "rjieba")
        words.use_backend(None)
        assert words.segmenter().name == "rjieba"
        monkeypatch.delenv("LINT_NEWS_SEGMENTER")
        words.use_backend(None)
        assert words.backend_name() == "rjieba"  # the default where it is installed


def test_unknown_backend_is_one_clear_line(backend: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from lint_news.config import ConfigError

    monkeypatch.setenv("LINT_NEWS_SEGMENTER", "nosuch")
    words.use_backend(None)
    with pytest.raises(ConfigError, match="LINT_NEWS_SEGMENTER"):
        words.segmenter()
    with pytest.raises(ValueError):
        words.use_backend("nosuch")
    # through the CLI, on an article whose checks need the segmenter: one line, exit 2
    r = run_cli("check", str(ROOT / "examples" / "broken-layout.txt"))
    err = r.stderr.decode()
    assert r.returncode == 2 and "LINT_NEWS_SEGMENTER" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def _findings(texts: list[str]) -> list[list[tuple[str, int, int, str]]]:
    from lint_news.config import Config
    from lint_news.document import Document
    from lint_news.engine import lint_document, select_rules
    from lint_news.rules import load_rules

    rules = select_rules(load_rules(), Config())
    return [
        [(f.rule, f.start, f.end, f.message) for f in lint_document(Document(t), rules)]
        for t in texts
    ]


@needs_rjieba
@pytest.mark.corpus
@pytest.mark.slow
def test_findings_identical_with_either_backend(backend: None, seed: Path, corpora: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import corpus_eval
    finally:
        sys.path.pop(0)
    units = corpus_eval.load_units(corpora)
    texts = [seed.read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    texts += [u.text for u in units[::12]]  # a sample of every corpus
    got = {}
    for name in ("jieba", "rjieba"):
        words.use_backend(name)
        got[name] = _findings(texts)
        assert words.segmenter().name == name  # the checks did load this backend
    assert sum(map(len, got["jieba"])) > 30  # the sample has findings to compare
    assert got["rjieba"] == got["jieba"]


@needs_rjieba
def test_cli_output_identical_with_either_backend(seed: Path) -> None:
    out = {}
    for name in ("jieba", "rjieba"):
        r = run_cli("check", "--format", "json", str(seed), env={"LINT_NEWS_SEGMENTER": name})
        assert r.returncode in (0, 1), r.stderr.decode()
        out[name] = json.loads(r.stdout)
    assert out["rjieba"] == out["jieba"]


@pytest.mark.parametrize("name", ["jieba", "rjieba"])
def test_lookup_says_whether_a_word_goes_on(backend: None, name: str) -> None:
    """words.lookup: a word's frequency and whether some dictionary word starts with the
    text, the same with either backend (the joint scan stops on it)."""
    if name == "rjieba" and not HAVE_RJIEBA:
        pytest.skip("rjieba is not installed")
    words.use_backend(name)
    f, goes_on = words.lookup("培训")
    assert f == words.freq("培训") and f > 0 and goes_on
    f, goes_on = words.lookup("中华人民共")  # only the start of 中华人民共和国
    assert f == 0 and goes_on
    assert words.lookup("训培计") == (0, False)
    for w in ["教师", "教", "计划", "划教", "水库蓄", "疫苗"]:
        got = words.lookup(w)
        assert got is not None and got[0] == (words.freq(w) or 0)
