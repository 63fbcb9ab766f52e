"""Exact rewrites of the pairing's computation (issue 12, spd16): each fast path gives what
the plain one gives, to the last bit, on texts written here, on random blocks and on the
reference page."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint_news.checks.break_bigrams import _bigrams
from lint_news.checks.break_pairing import _first_sentence
from lint_news.checks.break_topic import Topic
from lint_news.document import Document

# a made-up article: running text, figures, quotations, a name written twice
PARAS = [
    "本报讯 今年以来，东湖区加快推进老旧管网改造。截至十一月底，全区共更换供水管道86公里，惠及居民2.1万户。",
    "区水务局负责人介绍，改造内容包括主管更新、入户改造和水表出户。今年新增智能水表1.6万块，漏损率下降了4个百分点。",
    "在资金方面，区财政安排专项资金3.2亿元，另外争取上级补助资金8000万元。这些资金全部专款专用。",
    "施工期间，各街道提前公布停水时间，并在小区门口设置临时供水点。居民李秀兰说，停水前一天就收到了短信通知。",
    "“以前一到夏天水压就不够，六楼经常没水。”她告诉记者，现在改造完了，水压稳定多了。",
    "据了解，东湖区还将建设管网监测平台，对全区主要管线的压力和流量进行实时监测。",
    "下一步，东湖区将继续推进城市更新，计划明年再改造管网60公里，新建加压泵站3座。",
    "区水务局局长周建国表示，管网改造是民生工程，要把好事办好、实事办实。",
    "周建国说：“我们会继续听取居民意见，及时解决改造中出现的问题。”",
    "此外，该区还对12所中小学的供水设施进行了检测，确保师生饮水安全。",
]


def _plain_share(texts: list[str], tail: str, head: str) -> float:
    """``Topic.share`` as first written: every block's pairs counted one by one, each pair
    of the first sentence that ``tail`` has too read twice off the count."""
    count: dict[int, int] = {}
    for t in texts:
        for g in _bigrams(t):
            count[g] = count.get(g, 0) + 1
    first = _bigrams(_first_sentence(head.lstrip()))
    if not first:
        return 0.0
    both = _bigrams(tail) & first
    return sum(1.0 / (count.get(g, 0) - 1) for g in both if count.get(g, 0) > 1) / len(first)


def _shares_agree(texts: list[str], heads: list[str]) -> int:
    topic = Topic(texts)
    n = 0
    for tail in texts:
        for head in heads:
            assert topic.share(tail, head) == _plain_share(texts, tail, head)  # (to the bit)
            n += 1
    return n


def test_share_is_the_plain_one_on_an_article() -> None:
    halves = [p[len(p) // 2 :] for p in PARAS]
    assert _shares_agree(PARAS + halves, PARAS + halves + ["水压稳定多了。", "", "，。"]) > 100


def test_share_is_the_plain_one_on_the_reference_page(seed) -> None:
    texts = [b.text for b in Document(seed.read_text(encoding="utf-8")).blocks]
    assert _shares_agree(texts, texts[::4]) > 500


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet="改造管网居民水压东湖区，。“”a1 ", min_size=0, max_size=40),
        min_size=1,
        max_size=8,
    ),
    st.lists(st.text(alphabet="改造管网居民水压东湖区，。", max_size=20), max_size=4),
)
def test_share_is_the_plain_one_on_random_blocks(texts: list[str], others: list[str]) -> None:
    _shares_agree(texts, texts + others)


@pytest.mark.pure  # (spies on compiled code: see tests/conftest.py)
def test_pair_counts_counts_the_pairs(monkeypatch) -> None:
    """benchmarks/pair_counts.py: the pairs scored, kept and above the floor of a text with
    breaks (an end cut inside a word, a rest moved away)."""
    import sys

    from lint_news.checks import break_pairing, truncation, truncation_joint
    from lint_news.engine import lint_document
    from tests.conftest import ROOT

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import corpus_eval
        import pair_counts
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    # (the wrapped functions put back after the test)
    monkeypatch.setattr(break_pairing.Scorer, "score", break_pairing.Scorer.score)
    monkeypatch.setattr(truncation, "_pair_score", truncation._pair_score)
    assign = truncation_joint.break_assign.assign
    monkeypatch.setattr(truncation_joint.break_assign, "assign", assign)
    stats: Counter[str] = Counter()
    pair_counts.counting(stats)
    text = "\n\n".join(
        [
            PARAS[0],
            "区水务局负责人介绍，改造内容包括主管更新、入户",
            PARAS[2],
            PARAS[3],
            "改造和水表出户。今年新增智能水表1.6万块。",
            "施工方在全市建筑行业中率",
            "先采用了智能焊接机器人，合格率达到99%以上。",
            PARAS[5],
        ]
    )
    lint_document(Document(text), corpus_eval.default_rules())
    kept = stats["pairs kept for the assignment"]
    assert stats["Scorer.score calls"] >= kept > 0
    assert 0 < stats["of them above PAIR_FLOOR"] <= kept
    assert stats["_pair_score calls (detection)"] > 0
