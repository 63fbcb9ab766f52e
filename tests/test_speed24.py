"""Speed work of session 11 (issue 12, helper spd24): each shortcut of the break check gives
what the plain computation (kept here as the reference) gives, on generated texts, own
paragraphs, the bundled examples and, where ../shared is present, the reference page and
planted samples of the break classes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from lint_news import dictseg, words
from lint_news.checks import break_pairing as bp
from lint_news.checks import truncation
from lint_news.checks.break_evidence import HEAD_WINDOW, TAIL_WINDOW
from lint_news.checks.break_joint import word_cut
from lint_news.document import PARAGRAPH, Document

from .test_speed20 import _plain_suffix_values, _plain_words_from

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
        want = _plain_suffix_values(d, left + right, len(left), _plain_words_from(d, left), tail)[0]
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


# -- truncation: a title-like line's end completed by a far paragraph's first character ---------

# the cut and the gain that ``_cut_far`` asks for (as before the shortcut)
FAR_CUT, FAR_GAIN, FAR_CUT_WEAK, FAR_GAIN_WEAK = 8.0, 5.0, 5.0, 8.0


def _plain_cut_far(a, paras, heads) -> bool:  # type: ignore[no-untyped-def]
    """``_cut_far`` as it was before (2806b02): every paragraph of the window in turn,
    ``word_cut`` (with its ``prefix_cut``) wherever a word may cross into its first
    character."""
    tail = a.text.rstrip()
    if not truncation._CJK.match(tail[-1:]) or tail[-2:-1] in truncation._DIGITS:
        return False
    left = tail[-TAIL_WINDOW:]
    for b in paras:
        if b.index == a.index or b.index == a.index + 1 or b.kind != PARAGRAPH:
            continue
        head = b.text.lstrip()
        c = head[:1]
        if not (truncation._CJK.match(c) and heads.scorer.crosses(left, c)):
            continue
        cut = word_cut(left, head)[0]
        if cut < FAR_CUT_WEAK:
            continue
        gain = words.join_gain(left, head[:TAIL_WINDOW]) or 0.0
        if gain >= (FAR_GAIN if cut >= FAR_CUT else FAR_GAIN_WEAK) and not heads.opens(b):
            return True
    return False


def test_the_far_constants_are_the_module_s() -> None:
    assert (FAR_CUT, FAR_GAIN, FAR_CUT_WEAK, FAR_GAIN_WEAK) == (
        truncation.FAR_CUT,
        truncation.FAR_GAIN,
        truncation.FAR_CUT_WEAK,
        truncation.FAR_GAIN_WEAK,
    )
    assert HEAD_WINDOW == TAIL_WINDOW  # (the cut and the gain read the same start)


# own pages: subheads and title-like lines whose end a far paragraph completes (研 | 制费,
# 率 | 先, 套 | 数), look-alikes that it does not, and paragraphs that open with the
# same characters as others
_OWN_PAGES = [
    "新区三大工程进展顺利\n\n"
    "据介绍，新区今年共实施重点项目46个，总投资约120亿元。\n\n"
    "新型材料研\n\n"
    "记者了解到，园区还将新增停车位300个。\n\n"
    "今年以来，全市新建的公园和广场共有三十多处。\n\n"
    "制费用由企业和财政共同承担，首批产品已经下线。\n\n"
    "施工方在全市建筑行业中率\n\n"
    "今年年底前将全部完工。\n\n"
    "先采用了智能焊接机器人，合格率达到99%以上。\n\n"
    "全年交付房屋15万余套\n\n"
    "数位列全省第一，市民满意度持续提升。\n\n"
    "数字经济成为新的增长点。",
    "城东社区图书馆日前开馆\n\n"
    "馆内藏书三万余册，每天接待读者上千人次。\n\n"
    "市民生活更加便利\n\n"
    "活动中心同时对外开放，周末还将举办讲座。\n\n"
    "民生实事项目全部按期完成。\n\n"
    "国家知识\n\n"
    "产权局有关负责人表示，今年专利授权量继续增长。\n\n"
    "局长在会上作了讲话。",
]


def _cut_far_texts(seed_path: Path | None = None) -> list[str]:
    texts = list(_OWN_PAGES)
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    rnd = random.Random(7)
    lines = [line for t in _OWN_PAGES for line in t.split("\n\n")]
    for _ in range(40):  # the own lines shuffled: each title-like end meets other starts
        rnd.shuffle(lines)
        texts.append("\n\n".join(lines[: rnd.randint(4, len(lines))]))
    if seed_path is not None:
        page = seed_path.read_text(encoding="utf-8")
        texts += [page, "\n\n".join([page] * 2)]
    return texts


def _check_cut_far(texts: list[str], monkeypatch) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Every ``_cut_far`` answer of the analysis is the plain one over the window's
    paragraphs; (calls, True answers)."""
    fast, first_chars = truncation._cut_far, truncation._first_chars
    seen: dict[int, list] = {}  # (id of the firsts list -> the paragraphs it was made of)
    counts = [0, 0]

    def recorded(paras):  # type: ignore[no-untyped-def]
        got = first_chars(paras)
        seen[id(got)] = paras
        return got

    def checked(a, firsts, lo, hi, heads):  # type: ignore[no-untyped-def]
        got = fast(a, firsts, lo, hi, heads)
        assert got == _plain_cut_far(a, seen[id(firsts)][lo:hi], heads), a.text
        counts[0] += 1
        counts[1] += got
        return got

    monkeypatch.setattr(truncation, "_first_chars", recorded)
    monkeypatch.setattr(truncation, "_cut_far", checked)
    for t in texts:
        truncation.analyse(Document(t))
    return counts[0], counts[1]


def test_cut_far_is_the_plain_one_on_own_pages(monkeypatch) -> None:
    calls, found = _check_cut_far(_cut_far_texts(), monkeypatch)
    assert calls > 50 and found > 0


def test_cut_far_is_the_plain_one_on_the_reference_page(seed, monkeypatch) -> None:
    calls, _ = _check_cut_far(_cut_far_texts(seed), monkeypatch)
    assert calls > 20


@pytest.mark.slow
def test_cut_far_is_the_plain_one_on_planted_samples(corpora, monkeypatch) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import corpus_eval
        import planted_lib as planting
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    files = {s.name: s.file for s in corpus_eval.CORPORA}
    known = corpus_eval.known_repeated(corpora)
    arts = planting.build_articles(corpora, 0, skip=known, files=files)
    pd = planting.pd_articles(corpora, files)
    texts = []
    for cls in planting.CLASSES:
        if cls.name.startswith("break"):
            texts += [s.text for s in planting.plant_samples(arts, cls, 30, 24, pd)]
    assert texts
    calls, _ = _check_cut_far(texts, monkeypatch)
    assert calls > 0


# -- break_pairing: the cut across a joint, word_cut's memo asked directly --------------------


def test_joint_cut_asks_word_cut_s_memo_for_the_same_answer() -> None:
    """Where ``prefix_cut`` has found nothing, ``Scorer._joint_cut`` reads ``word_cut``'s
    memoised part directly: the answer of ``word_cut`` itself, title cuts included."""
    joints = [
        ("该基金公司副", "总监王某表示，产品将于下月发行。"),
        ("集团常务", "副总经理李某出席了签约仪式。"),
        ("公司副", "食品的价格也在上涨。"),
        ("施工方在全市建筑行业中率", "先采用了智能焊接机器人。"),
        ("全年交付房屋15万余套", "数位列全省第一。"),
        ("品牌名为TUN", "GSTAR，已在国内上市。"),
    ]
    texts = _texts(200, 9)
    rnd = random.Random(1)
    joints += [(rnd.choice(texts), rnd.choice(texts)) for _ in range(2000)]
    checked = cuts = 0
    with words.remembering():
        scorer = bp.Scorer()
        for tail, head in joints:
            tail, head = tail.rstrip(), head.lstrip()
            if not tail or not head:
                continue
            cut, why, figure = scorer._joint_cut(tail, head)
            if figure:
                continue
            if scorer.crosses(tail[-TAIL_WINDOW:], head[:1]):
                assert (cut, why) == word_cut(tail, head), (tail, head)
                checked += 1
                cuts += cut > 0
            else:
                assert (cut, why) == (0.0, ""), (tail, head)
    assert checked > 100 and cuts > 5


def test_crosses_with_the_end_read_once_is_may_cross_into() -> None:
    """``Scorer.crosses`` (what it reads of an end kept per end: a Latin letter or digit
    last, a bound prefix last) answers as ``may_cross_into``, for ends with bound prefixes,
    Latin and digit ends and generated ones, against every first character of a sample."""
    from lint_news.checks.break_joint import may_cross_into

    ends = [
        "该基金公司副",
        "集团常务",
        "据该局原",
        "三天前",
        "公司总",
        "品牌名为TUN",
        "编号12",
        "ＡＢ",
    ]
    ends += [t[-8:] for t in _texts(150, 4) if t]
    firsts = list("总副局主经董院市国中的在今aZ9。“ ") + [""]
    firsts += [t[:1] for t in _texts(60, 6) if t]
    scorer = bp.Scorer()
    for left in ends + [""]:
        for first in firsts:
            for _ in range(2):  # (asked again: the kept answer)
                assert scorer.crosses(left, first) == may_cross_into(left, first), (left, first)
