"""Speed work on truncation (issue 12): the fast paths give the same answers as the slow
ones they replace, and work once repeated per pair is done once."""

from __future__ import annotations

import random
import re

from lint_news.checks import truncation

_LABEL = re.compile(r"([^。！？!?:：]*)[:：]([^。！？!?:：]*)$")


def _groups(m: re.Match[str] | None) -> tuple[int, int, str, str] | None:
    return None if m is None else (m.start(), m.end(), m.group(1), m.group(2))


def test_label_value_is_the_search_it_replaces() -> None:
    rng = random.Random(7)
    alphabet = "文字，、。！？!?:：\n 说a1"
    cases = ["", "：", "地点：市民中心", "他说：今天下雨。", "甲：乙：丙", "题词：好。再见"]
    cases += [
        "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30))) for _ in range(3000)
    ]
    for t in cases:
        assert _groups(truncation._label_value(t)) == _groups(_LABEL.search(t)), t


def test_label_value_on_long_lines_without_stops() -> None:
    # the case the search made quadratic: a long line with no stop (an article on one line)
    t = "记者从有关部门获悉，" * 400
    for s in (t, t + "：结果，" + t, t + "。" + t + "：" + t, t + "：" + t + "！"):
        assert _groups(truncation._label_value(s)) == _groups(_LABEL.search(s))


def _texts(seed_path=None) -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "examples").glob("*.txt"))]
    # own paragraphs: ends that cannot end a clause, cut words and figures, far tails
    texts.append(
        "区里今年新建的三座公园都将\n\n"
        "据介绍，新区今年共实施重点项目46个。\n\n"
        "在国庆节前全部向市民开放，届时将举办系列活动。\n\n"
        "施工方在全市建筑行业中率\n\n"
        "先采用了智能焊接机器人，合格率达到99%以上。\n\n"
        "项目总投资约12\n\n"
        "亿元，其中市级财政补助3亿元。\n\n"
        "他说：我们会继续\n\n"
        "记者了解到，园区还将新增停车位300个。"
    )
    if seed_path is not None:
        texts.append(seed_path.read_text(encoding="utf-8"))
        texts.append("\n\n".join([seed_path.read_text(encoding="utf-8")] * 2))
    return texts


def _check_hopeless(texts: list[str], monkeypatch) -> tuple[int, int]:
    """Every pair that ``_Joint.hopeless`` leaves out gets nothing from ``_pair_score``, and
    ``_Joint.candidates`` (the loop's fast path) keeps exactly the others."""
    from lint_news.document import Document

    hopeless = truncation._Joint.hopeless
    candidates = truncation._Joint.candidates
    counts = {"skipped": 0, "scored": 0}
    score = truncation._pair_score

    def checked(self, paras):
        kept = []
        for b in paras:
            if b is self.br.block:
                continue
            if hopeless(self, b):
                counts["skipped"] += 1
                got = score(self.br, b, self.blocks, self.heads, self.last)
                assert got == (0.0, 0.0, "", 0.0)
            else:
                kept.append(b)
        assert candidates(self, paras) == kept
        return kept

    def counted(*args):
        counts["scored"] += 1
        return score(*args)

    monkeypatch.setattr(truncation._Joint, "candidates", checked)
    monkeypatch.setattr(truncation, "_pair_score", counted)
    for t in texts:
        truncation.analyse(Document(t))
    return counts["skipped"], counts["scored"]


def test_pairs_left_out_would_score_nothing(monkeypatch) -> None:
    skipped, scored = _check_hopeless(_texts(), monkeypatch)
    assert skipped > 0 and scored > 0


def test_pairs_left_out_on_the_reference_page(seed, monkeypatch) -> None:
    skipped, scored = _check_hopeless(_texts(seed), monkeypatch)
    # most pairs of the page are far apart with no joint: they are not scored
    assert skipped > 2 * scored


def _solve_by_cost(n, m, cost):
    """The Hungarian method as break_pairing had it, on a cost function (the reference)."""
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost(i0 - 1, j - 1) - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    return [(p[j] - 1, j - 1) for j in range(1, m + 1) if p[j] != 0]


def _hungarian_dense(group, cols, by_head):
    """``break_pairing._hungarian`` as it was: the full matrix, a prohibitive cost where a
    head has no such candidate, a dummy column of cost 0 per head (the reference)."""
    n, big = len(group), 1e9
    rows = []
    for i in group:
        w = by_head[i]
        rows.append([-w[col] if col in w else big for col in cols] + [0.0] * n)
    got = _solve_by_cost(n, len(cols) + n, lambda r, c: rows[r][c])
    return {group[r]: cols[c] for r, c in got if c < len(cols)}


def test_sparse_hungarian_is_the_hungarian_on_the_full_matrix() -> None:
    from lint_news.checks import break_assign

    rng = random.Random(3)
    for case in range(3000):
        n, k = rng.randrange(1, 13), rng.randrange(1, 30)
        dens = rng.random()
        whole = case % 3 == 0  # (ties: weights in whole numbers)
        by_head = {}
        for i in range(n):
            w = {}
            for col in range(k):
                if rng.random() < dens:
                    w[10 * col] = float(rng.randrange(1, 6)) if whole else rng.uniform(0.01, 40)
            by_head[3 * i] = w or {10 * rng.randrange(k): 1.0}
        group = sorted(by_head)
        cols = sorted({j for w in by_head.values() for j in w})
        want = _hungarian_dense(group, cols, by_head)
        assert break_assign._hungarian(group, cols, by_head) == want, (case, by_head)


def test_remembering_is_one_document_wide_and_per_thread() -> None:
    import threading

    from lint_news import words

    assert words.memo("t") is None
    with words.remembering():
        words.memo("t")["k"] = 1
        with words.remembering():  # nested: the same answers
            assert words.memo("t")["k"] == 1
        seen = []
        th = threading.Thread(target=lambda: seen.append(words.memo("t")))
        th.start()
        th.join()
        assert seen == [None]  # another thread keeps nothing of this document's
    assert words.memo("t") is None
    with words.remembering():
        assert words.memo("t") == {}  # the next document starts afresh


def test_tag_inside_remembering_is_the_tag_outside() -> None:
    from lint_news import words

    texts = ["施工方在全市率先采用", "先采用了智能焊接机器人", "记者张明", "3.6万户。"]
    plain = [words.tag(t, hmm) for t in texts for hmm in (False, True)]
    with words.remembering():
        kept = [words.tag(t, hmm) for t in texts for hmm in (False, True)]
        again = [words.tag(t, hmm) for t in texts for hmm in (False, True)]
    assert kept == plain and again == plain


def test_cohesion_from_the_pair_record_is_the_direct_one() -> None:
    """``_cohesion`` reads the record's share (of the stripped texts) only when stripping
    changes nothing, and is the share of the texts' own last and first 80 characters."""
    from lint_news.checks import break_pairing as bp
    from lint_news.checks import truncation_joint as tj
    from lint_news.document import Block

    def direct(a: str, b: str) -> float:
        x, y = tj._bigrams(a[-80:]), tj._bigrams(b[:80])
        return len(x & y) / min(len(x), len(y)) if x and y else 0.0

    # (the spaces shift an 80-character window past the pairs 丙丁 and 戊己)
    ends = [
        "区里今年新建的三座公园都将",
        "新区今年新建的公园 ",
        "甲乙丙丁" + "园区" * 38 + "新建" + " " * 6,
    ]
    starts = ["在国庆节前全部向新区市民开放。", "  丙丁新建的公园", " " * 6 + "园区" * 39 + "戊己"]
    starts.append("丙丁" + "园区" * 38 + "戊己")
    scorer = bp.Scorer()
    seen = 0
    for a_text in ends:
        for b_text in starts:
            a, b = Block(0, 0, len(a_text), a_text), Block(1, 0, len(b_text), b_text)
            p = scorer.pair(a.text, b.text, None, None, 0.0)
            assert tj._cohesion(a, b, p) == direct(a_text, b_text), (a_text, b_text)
            seen += direct(a_text, b_text) != direct(a_text.strip(), b_text.strip())
    assert seen > 0  # (some of them differ once stripped: the slow path is taken)


def test_first_word_read_off_the_longer_tagging_is_the_short_one() -> None:
    """``first_word`` reads a start's first word off its 24-character tagging when the first
    block of text ends within 8 characters: the same as tagging the first 8, on every
    backend (jieba; rjieba and the dictionary reading it uses for short texts)."""
    import importlib.util

    from lint_news import words
    from lint_news.checks import break_evidence as be

    rng = random.Random(12)
    pieces = (
        "今年 以来 记者 了解到 施工方 率先 采用 智能 焊接 机器人 合格率 达到 全市 建筑 行业"
        " 中 的 了 和 在 是 将 多 批 个 项目 总投资 约 亿元 其中 市级 财政 补助 公园 开放"
        " 北京 中国 人民 大会堂 3 12 99% 2024 A B5 x-1 . , ，、。：；！？“”（）《》 —— … 　"
    ).split(" ") + list(" ，。、：“”（）09%-_\u9fd6𠀀")  # (U+9FD6: Chinese to jieba-rs, not jieba)
    starts = ["今年以来，新区共实施", "据介绍，", "批市民", "的确，他们", "多个项目。", "3月，"]
    starts += [
        "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12))) for _ in range(3000)
    ]
    # chains of overlapping words whose first word changes when the text is cut at 8
    # characters (清闲|置… but 清|闲置…), with a mark inside or after the first 8
    chains = [
        "清闲置酒水母乳糖浆果戈理念",
        "主将校验证实测距离别人脸庞",
        "加开车速率领队形同虚设身处地",
    ]
    for c in chains:
        starts += [c[:k] + m + c[k:] for k in range(1, len(c)) for m in "，。 、“A"]
    starts = [t.lstrip() for t in starts if t.strip()]
    backends = ["jieba"]
    if importlib.util.find_spec("rjieba") is not None:
        backends += ["rjieba-dictionary", "rjieba"]
    fast = 0
    try:
        for name in backends:
            words.use_backend(name.split("-")[0])
            seg = words.segmenter()
            if name == "rjieba-dictionary":
                seg._budget = 10**12  # (every text read from jieba's files in Python)
            elif name == "rjieba":
                seg._budget = 0  # (every text read by rjieba itself)
            for t in starts:
                short = be.first_words(t, 8)
                assert be.first_word(t) == (short[0] if short else None), (name, t)
                fast += (
                    be._CJK.match(t[:1]) is not None and be._BLOCK_BREAK.search(t, 1, 8) is not None
                )
    finally:
        words.use_backend(None)
    assert fast > 500  # (the shortcut is taken often)
