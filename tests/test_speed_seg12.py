"""Speed work of session 12 (issue 12, helper spdseg12): each shortcut gives what the plain
computation (kept here, or in the library as the reference) gives, on generated texts and
own paragraphs."""

from __future__ import annotations

import random

import pytest

from lint_news import dictseg, words
from lint_news.checks import repetition
from lint_news.document import Document

from .test_speed24 import _texts

# -- repetition: shingles as UTF-32 bytes -------------------------------------------------------


def _mixed_texts(n: int, seed: int) -> list[str]:
    """Chinese, Latin letters, digits, full-width forms, marks and characters beyond the
    basic plane (two UTF-16 code units, one UTF-32 unit), of every length from 0."""
    rnd = random.Random(seed)
    pool = (
        [chr(c) for c in range(0x4E00, 0x4E40)]
        + list("abcXYZ0123９８，。、“”（）%-. ")
        + ["\U00020000", "\U0002a6d6", "\U0001f600", "\u3000"]
    )
    out = ["", "a", "中文", "12345", "\U00020000" * 6]
    for _ in range(n):
        k = rnd.choice([1, 4, 5, 6, 9, 30, 80, 200])
        # (a small alphabet: shingles that repeat inside a text and between texts)
        alphabet = rnd.sample(pool, rnd.choice([3, 8, len(pool)]))
        out.append("".join(rnd.choice(alphabet) for _ in range(k)))
    return out


def test_shingle_keys_are_the_shingles_one_for_one() -> None:
    texts = _mixed_texts(600, 12)
    texts += ["上海" * 1100 + "北京" * 20, "x" * 2003 + "中文", "x" * 2004 + "中", "长" * 2500]
    keys = [repetition._shingle_keys(t) for t in texts]
    plain = [repetition._shingles(t) for t in texts]
    for t, k, p in zip(texts, keys, plain, strict=True):
        assert len(k) == len(p), t[:40]
        assert {x.decode("utf-32-le") for x in k} == p
    rnd = random.Random(7)
    for _ in range(3000):
        i, j = rnd.randrange(len(texts)), rnd.randrange(len(texts))
        assert len(keys[i] & keys[j]) == len(plain[i] & plain[j]), (texts[i][:20], texts[j][:20])


def _near_copy(t: str, rnd: random.Random) -> str:
    chars = list(t)
    for _ in range(rnd.choice([0, 1, 2, 5, 12])):
        if chars:
            chars[rnd.randrange(len(chars))] = rnd.choice(
                "的了在和是有一不人这中大为上个国我以要他"
            )
    return "".join(chars)


def _documents(n: int, seed: int) -> list[str]:
    """Articles of own paragraphs, some of them pasted again with a few characters
    changed (near copies above and below the similarity thresholds) or with another figure."""
    rnd = random.Random(seed)
    base = [
        "市交通运输局昨天发布消息，今年以来全市新开通公交线路十二条，优化调整线路三十余条。",
        "据介绍，新建的城东社区图书馆共有藏书八万册，每天开放十二个小时，周末也不休息。",
        "这个项目总投资约3.6亿元，计划明年年底前建成，届时可以解决周边两万多户居民的出行问题。",
        "在昨天举行的签字仪式上，双方就人才培训、技术交流和产品研发等达成了多项合作意向。",
        "记者在现场看到，工人们正在加紧施工，道路两侧的绿化带已经基本成形，路灯也已安装完毕。",
        "该负责人表示，下一步将继续加大投入力度，确保各项工程按期保质完成，让群众早日受益。",
    ]
    docs = []
    for _ in range(n):
        paras = []
        for _ in range(rnd.randint(2, 14)):
            r = rnd.random()
            if paras and r < 0.35:
                paras.append(_near_copy(rnd.choice(paras), rnd))
            elif paras and r < 0.45:
                paras.append(rnd.choice(paras).replace("十二", "十五").replace("3.6", "3.9"))
            else:
                p = rnd.choice(base)
                paras.append(p[rnd.randrange(0, 6) :] if rnd.random() < 0.3 else p)
        docs.append("\n\n".join(paras) + "\n")
    return docs


@pytest.mark.parametrize("similarity", [0.5, 0.8, 0.9, 1.0])
def test_repeated_paragraphs_as_with_text_shingles(
    similarity: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = _documents(150, int(similarity * 10))
    got = []
    for text in docs:
        doc = Document(text)
        got.append(
            [
                (b.start, f.start, e)
                for b, f, e in repetition._repeated_paragraphs(doc, 20, similarity)
            ]
        )
    monkeypatch.setattr(repetition, "_shingle_keys", repetition._shingles)
    want = []
    for text in docs:
        doc = Document(text)
        want.append(
            [
                (b.start, f.start, e)
                for b, f, e in repetition._repeated_paragraphs(doc, 20, similarity)
            ]
        )
    assert got == want
    if similarity < 1.0:  # (the documents hold near copies that are found, and others not)
        assert sum(any(not e for _, _, e in g) for g in got) > 10


# -- dictseg / words: a left half's value read off its steps; join_gain written out ------------


def test_join_logprobs_left_value_is_bests() -> None:
    """``join_logprobs``' value of the left half (now read off its steps) is ``_best``'s, and
    the joined value and the right half's are unchanged, whichever of the three texts the
    memos know already (a left asked before as a right, a joined text asked as a left)."""
    d = dictseg.load()
    texts = _texts(300, 12) + ["", "的", "国家知识产权局", "ab12", "。。"]
    rnd = random.Random(12)
    kept: tuple[dict, dict, dict] = ({}, {}, {})
    for i in range(4000):
        if i % 500 == 0:
            kept = ({}, {}, {})
        a, b = rnd.choice(texts), rnd.choice(texts)
        left = a[-rnd.choice([1, 3, 8, 12]) :]
        right = b[: rnd.choice([1, 2, 8, 16])]
        if not left or not right:
            continue
        if rnd.random() < 0.1:  # (a text asked as a right half, or a joined text, before)
            d.join_logprobs(rnd.choice(texts)[-4:] or "的", left, kept)
        j, x, y = d.join_logprobs(left, right, kept)
        assert x == d._best(left, {}, {}), left
        assert y == d._best(right, {}, {}), right
        assert j == d._best(left + right, {}, {}), (left, right)


def test_join_gain_written_out_is_the_plain_one() -> None:
    """``words.join_gain`` in a ``remembering`` block (rjieba's dictionary asked straight)
    gives ``_join_gain``'s float (the backend's ``join_logprobs`` through its methods),
    asked once or again, before the dictionary is loaded or after."""
    texts = _texts(300, 21)
    rnd = random.Random(21)
    pairs = [(rnd.choice(texts)[-8:], rnd.choice(texts)[: rnd.choice([3, 8])]) for _ in range(900)]
    pairs = [(a, b) for a, b in pairs if a and b]
    for i in range(0, len(pairs), 300):
        batch = pairs[i : i + 300]
        dictseg.forget_texts()
        with words.remembering():
            got = [words.join_gain(a, b) for a, b in batch + batch]
        dictseg.forget_texts()
        want = [words._join_gain(a, b) for a, b in batch]
        assert got == want + want
