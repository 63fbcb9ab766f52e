"""Speed work of session 11 (issue 12, helper spd24): each shortcut of the break check gives
what the plain computation (kept here as the reference) gives, on generated texts, own
paragraphs, the bundled examples and, where ../shared is present, the reference page and
planted samples of the break classes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from lint_news import dictseg, words

pytest.importorskip("jieba")

ROOT = Path(__file__).resolve().parent.parent


def _texts(n: int, seed: int) -> list[str]:
    """Runs of own words (many of them dictionary words that overlap when joined), single
    characters, marks, Latin letters and digits."""
    vocab = (
        "国家 知识 产权 产权局 签字 仪式 培训 率先 先进 进口 口岸 岸边 今年 年底 底下 下半年 "
        "研制 制费 日益 益处 中共 中央 央行 银行 行长 长江 江水 副总 总监 监督 市民 民生 生活 "
        "活动 动力 力量 量子 公司 司机 机场 场地 地方 方面 面积 积极 极端 端午 午后 套数 数位"
    ).split()
    other = list("，。、：；“”（）《》！？ -._%+#&") + list("aBz09７Ａ")
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 8)):
            r = rnd.random()
            if r < 0.7:
                parts.append(rnd.choice(vocab))
            elif r < 0.85:
                parts.append(rnd.choice(other))
            else:
                parts.append(chr(rnd.randrange(0x4E00, 0x9FA5)))
        out.append("".join(parts))
    return out


# -- dictseg: the joined text's value from the left half's steps --------------------------------


def test_joined_value_is_the_first_suffix_value() -> None:
    d = dictseg.load()
    rnd = random.Random(24)
    texts = _texts(400, 11) + ["", "的", "国家知识产权局", "ab12", "。。"]
    checked = 0
    for _ in range(3000):
        a, b = rnd.choice(texts), rnd.choice(texts)
        left = a[-rnd.choice([1, 3, 8, 12]) :]
        right = b[: rnd.choice([1, 2, 8, 16])]
        if not left or not right:
            continue
        memo: dict[str, float] = {}
        suffixes: dict[str, list[float]] = {}
        d._best(right, memo, suffixes)
        tail = suffixes[right]
        want = d._suffix_values(left + right, len(left), d._words_from(left), tail)[0]
        assert d._joined_value(d._steps(left), len(left), right, tail) == want, (left, right)
        checked += 1
    assert checked > 2500


def test_join_gain_inside_a_document_is_the_plain_difference() -> None:
    """``words.join_gain`` (its memo written out, the dictionary's memos named once per
    block) gives the joined text's log probability less its halves', the dictionary's own
    floats, inside and outside a ``remembering`` block, asked once or again."""
    d = dictseg.load()
    texts = _texts(300, 5)
    rnd = random.Random(3)
    pairs = [(rnd.choice(texts)[-8:], rnd.choice(texts)[:8]) for _ in range(1500)]
    pairs = [(a, b) for a, b in pairs if a and b]
    for i in range(0, len(pairs), 300):
        dictseg.forget_texts()
        batch = pairs[i : i + 300]
        with words.remembering():
            inside = [words.join_gain(a, b) for a, b in batch + batch]
        outside = [words.join_gain(a, b) for a, b in batch]
        if not isinstance(words.segmenter(), words._RJieba):
            continue  # (jieba's backend: its own log probabilities, not the dictionary's)
        want = [d.logprob(a + b) - d.logprob(a) - d.logprob(b) for a, b in batch]
        assert inside == want + want
        assert outside == want
