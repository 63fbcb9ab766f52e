"""lint_news.dictseg reads like rjieba: the same words and tags, with and without the HMM,
from jieba's own files; its cache is plain checked bytes, rebuilt when damaged."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from lint_news import dictseg, words

HAVE_RJIEBA = importlib.util.find_spec("rjieba") is not None
needs_rjieba = pytest.mark.skipif(not HAVE_RJIEBA, reason="rjieba is not installed")

# own sentences: names the dictionary does not know, rare characters, Latin letters and
# digits joined by - . _ %, CR LF, full-width digits, punctuation
SENTENCES = [
    "区交通大队还在新校区周边增设护学岗和减速带。",
    "记者王展超、实习生赵辰蠧报道：市民赖登燡先生捐出藏书。",
    "新版本V3.0.1上线，支持COVID-19检测和para_id字段，a-b测试的转化率提高12.5%。",
    "本报讯\r\n１２月３日，嘉宾张尧在在线论坛上说：“咲凂兦儃婨不是词。”",
    "2024年6月，该公司发布A4打印机，售价约2999元；3D打印机每台1.2万元。",
    "欧阳娜娜和司马光明都不在名单里，陈立超则已经离开。",
    "上游水库蓄水量达到4.6亿立方米，较去年同期多出近两成（完）",
    "abc%%%de 12..34 a+b#c 测a_b试 x-1好",
]


def _windows(texts: list[str], n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        t = rnd.choice(texts)
        a = rnd.randrange(max(1, len(t) - 4))
        out.append(t[a : a + rnd.choice([2, 4, 6, 8, 12, 20, 40])])
    return out


def _agree(texts: list[str]) -> list[tuple[str, bool]]:
    import rjieba

    d = dictseg.load()
    bad = []
    for t in texts:
        for hmm in (False, True):
            want = [tuple(p) for p in rjieba.tag(t, hmm)]
            if d.tag(t, hmm) != want or d.cut(t, hmm) != rjieba.cut(t, hmm):
                bad.append((t, hmm))
    return bad


@needs_rjieba
def test_same_words_and_tags_as_rjieba_on_own_sentences() -> None:
    texts = SENTENCES + _windows(SENTENCES, 600, 1)
    assert _agree(texts) == []
    d = dictseg.load()
    # the HMM and the POS model were used: a run of unknown characters became one word
    # whose tag is guessed, and a word of the dictionary keeps its own tag
    assert ("护学岗", "n") in d.tag(SENTENCES[0], True)
    assert "护学岗" not in d.cut(SENTENCES[0], False)
    assert d.word_tag("培训") == "vn" and d.word_tag("训机") is None
    assert d.freq("培训") > 0 and d.freq("训机") == 0
    assert d.cut("a.b.c 3.0.1", True) == ["a.b.c", " ", "3.0.1"]


@needs_rjieba
def test_same_on_rare_characters_where_the_model_ties() -> None:
    """Characters the BEMS model has never seen tie its scores; the tie is decided as
    rjieba decides it."""
    d = dictseg.load()
    chars = set(d._hmm_tables()[0])
    rare = [chr(c) for c in range(0x4E00, 0x9FD6) if chr(c) not in chars][:300]
    common = list("赵辰登人赖先生的了在是我有和国中大小王李张说")
    rnd = random.Random(5)
    texts = [
        "".join(rnd.choice(rnd.choice([rare, common, common])) for _ in range(rnd.randint(2, 9)))
        for _ in range(1500)
    ]
    assert _agree(texts) == []


@needs_rjieba
@pytest.mark.corpus
def test_same_on_corpus_windows(corpora: Path) -> None:
    texts = [
        p.read_text(encoding="utf-8", errors="ignore")[:200_000]
        for p in sorted(corpora.rglob("*"))
        if p.is_file() and p.suffix in (".txt", ".jsonl", ".json", ".tsv", ".utf8")
    ]
    texts = [t for t in texts if t]
    assert texts
    assert _agree(_windows(texts, 4000, 2)) == []


def test_logprob_and_freq_are_jiebas() -> None:
    """join_gain's numbers: jieba's own ``get_DAG`` and ``calc`` over its FREQ table."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.dt
    tk.initialize()
    d = dictseg.load()
    for t in SENTENCES + _windows(SENTENCES, 200, 3):
        route: dict[int, tuple[float, int]] = {}
        tk.calc(t, tk.get_DAG(t), route)
        assert d.logprob(t) == route[0][0]
        for w in tk.cut(t, HMM=False):
            assert d.freq(w) == (tk.FREQ.get(w) or 0)


def test_cache_is_checked_and_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("lint_news.patterns.cache_dir", lambda: str(tmp_path))
    monkeypatch.setattr(dictseg, "_loaded", None)
    built = dictseg.load()
    files = list(tmp_path.glob("lint-news-jieba-dict-*.bin"))
    assert len(files) == 1
    good = files[0].read_bytes()
    assert good.startswith(dictseg._MAGIC)
    want = built.tag(SENTENCES[1], True)
    for damage in (
        b"",  # empty
        good[: len(good) // 2],  # truncated
        b"garbage" + good[7:],  # foreign magic
        good[:40] + bytes([good[40] ^ 0xFF]) + good[41:],  # a damaged header
    ):
        files[0].write_bytes(damage)
        monkeypatch.setattr(dictseg, "_loaded", None)
        assert dictseg.load().tag(SENTENCES[1], True) == want
        assert files[0].read_bytes() == good  # written again whole
    with pytest.raises(ValueError):
        dictseg._parse(good + b"extra bytes")


def test_short_texts_never_load_rjieba_and_long_ones_do(monkeypatch: pytest.MonkeyPatch) -> None:
    """The backend answers from the dictionary until its budget of characters is spent,
    then from rjieba: the same answers either way."""
    if not HAVE_RJIEBA:
        pytest.skip("rjieba is not installed")
    monkeypatch.delenv("LINT_NEWS_SEGMENTER", raising=False)
    words.use_backend("rjieba")
    try:
        seg = words.segmenter()
        first = [words.tag(s, hmm=True) for s in SENTENCES]
        spans = [words.spans(s) for s in SENTENCES]
        assert seg._rj is None  # no rjieba yet
        seg._budget = 0
        again = [words.tag(s, hmm=True) for s in SENTENCES]
        assert seg._rj is not None
        assert again == first
        assert [words.spans(s) for s in SENTENCES] == spans
    finally:
        words.use_backend(None)


def test_an_article_with_figures_imports_neither_rjieba_nor_regex() -> None:
    """Start-up (issue 12): the figures article's context words come from the dictionary
    files and its pack patterns from re through the start-up cache; rjieba (its import
    builds the whole dictionary) and regex (no persistent cache) stay unloaded."""
    from .conftest import ROOT
    from .startup_support import check_with_spy

    spy = "import sys\nfrom lint_news import words\n"
    report = (
        "words.is_loaded(), 'rjieba' in sys.modules, 'regex' in sys.modules, 'jieba' in sys.modules"
    )
    figures = ROOT / "benchmarks" / "figures_article.txt"
    out = check_with_spy(spy, report, figures, ROOT, unset=("LINT_NEWS_SEGMENTER",))
    if not HAVE_RJIEBA:
        pytest.skip("rjieba is not installed: jieba segments")
    assert out == "True False False False", out


def test_a_block_cut_again_comes_from_the_memo_unchanged() -> None:
    """Overlapping windows of one paragraph are cut again and again: a block's words are
    kept, and what a caller does with the list it gets never reaches the next answer."""
    d = dictseg.load()
    text = "城东社区图书馆今天起对外开放，居民凭身份证即可办理借书证。"
    d._blocks.clear()
    d._blocks_hmm.clear()
    fresh = [d.cut(text, hmm) for hmm in (False, True)]  # computed, then kept
    block = "城东社区图书馆今天起对外开放"
    assert "".join(d._blocks[block]) == block and "".join(d._blocks_hmm[block]) == block
    for hmm in (False, True):
        got = d.cut(text, hmm)
        assert got == fresh[hmm]
        got.append("改动")
        assert d.cut(text, hmm) == fresh[hmm]
