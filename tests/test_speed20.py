"""Speed work of session 10 (issue 12, helper spd20): every shortcut gives what the plain
computation it replaced gives (kept here as the reference), on own sentences, generated
joints and, where present, the reference page."""

from __future__ import annotations

import random
from math import log
from pathlib import Path

import pytest

from lint_news import dictseg, words
from lint_news.checks import break_pairing as bp
from lint_news.checks.break_evidence import TAIL_WINDOW
from lint_news.checks.break_joint import may_cut_figure, number_cut, prefix_cut, word_cut
from lint_news.document import PARAGRAPH, Document

ROOT = Path(__file__).resolve().parent.parent

pytest.importorskip("jieba")


# -- dictseg: jieba's calc over a text, and over a joint --------------------------------------


def _plain_words_from(d, left: str):  # type: ignore[no-untyped-def]
    out = []
    for idx in range(len(left)):
        ws: list[tuple[float, int]] = []
        out.append((ws, d._words_at(left, idx, idx + 1, ws)))
    return out


def _plain_suffix_values(d, text: str, n_left: int, ws_left, tail: list[float]) -> list[float]:  # type: ignore[no-untyped-def]
    """jieba's calc over a joint as ``dictseg`` did it before (f0fe4f3): a copy of each position's words with
    those across the joint added by ``_words_at``, then added up."""
    log1 = log(1) - d._logtotal_jieba
    best = [0.0] * n_left
    best.extend(tail)
    for idx in range(n_left - 1, -1, -1):
        ws, runs_on = ws_left[idx]
        if runs_on:
            ws = list(ws)
            d._words_at(text, idx, n_left + 1, ws)
        v = None
        for w, x in ws:
            c = w + best[x]
            if v is None or c > v:
                v = c
        best[idx] = v if v is not None else log1 + best[idx + 1]
    return best


def _plain_best(d, text: str) -> list[float]:  # type: ignore[no-untyped-def]
    return _plain_suffix_values(d, text, len(text), _plain_words_from(d, text), [0.0])


def _texts(n: int, seed: int) -> list[str]:
    """Runs of own words (many of them dictionary words that overlap when joined), single
    characters, marks, Latin letters and digits."""
    vocab = (
        "国家 知识 产权 产权局 签字 仪式 培训 率先 先进 进口 口岸 岸边 今年 年底 底下 下半年 "
        "研制 制费 日益 益处 中共 中央 央行 银行 行长 长江 江水 副总 总监 监督 市民 民生 生活 "
        "活动 动力 力量 量子 公司 司机 机场 场地 地方 方面 面积 积极 极端 端午 午后"
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


def test_best_gives_the_plain_suffix_values() -> None:
    d = dictseg.load()
    for text in _texts(600, 3) + ["", "的", "国家知识产权局", "ab12", "。。"]:
        memo: dict[str, float] = {}
        suffixes: dict[str, list[float]] = {}
        got = d._best(text, memo, suffixes)
        want = _plain_best(d, text)
        assert suffixes[text] == want  # (every suffix, the same floats)
        assert got == want[0] == memo[text]


def test_joint_suffix_values_are_the_plain_ones() -> None:
    d = dictseg.load()
    rnd = random.Random(5)
    texts = _texts(400, 9)
    checked = 0
    for _ in range(2000):
        a, b = rnd.choice(texts), rnd.choice(texts)
        left = a[-rnd.choice([1, 3, 8, 12]) :]
        right = b[: rnd.choice([1, 2, 8, 16])]
        if not left or not right:
            continue
        tail = _plain_best(d, right)
        words_left = _plain_words_from(d, left)
        got = d._joined_value(d._steps(left), len(left), right, tail)
        assert got == _plain_suffix_values(d, left + right, len(left), words_left, tail)[0]
        j, x, y = d.join_logprobs(left, right, ({}, {}, {}))
        assert (j, x, y) == (
            _plain_suffix_values(d, left + right, len(left), words_left, tail)[0],
            _plain_best(d, left)[0],
            tail[0],
        )
        checked += 1
    assert checked > 1500


# -- break_pairing: the cut across a joint ------------------------------------------------------


def _plain_joint_cut(tail: str, head: str) -> tuple[float, str, bool]:
    """``Scorer._joint_cut`` as it was before (0526ac9): ``prefix_cut`` asked at every
    joint that no figure cut decides."""
    if may_cut_figure(tail):
        cut, why = number_cut(tail, head)
        if cut != 0.0:
            return cut, why, True
    if (bound := prefix_cut(tail, head))[0]:
        return bound[0], bound[1], False
    if not bp.Scorer().crosses(tail[-TAIL_WINDOW:], head[:1]):
        return 0.0, "", False
    cut, why = word_cut(tail, head)
    return cut, why, False


_OWN_JOINTS = [
    # a title cut after its bound prefix, and look-alikes that are none
    ("该基金公司副", "总监王某表示，产品将于下月发行。"),
    ("集团常务", "副总经理李某出席了签约仪式。"),
    ("据该局原", "局长介绍，项目已经完成验收。"),
    ("三天前", "局长来到现场检查工作。"),  # (a time phrase, not a title's prefix)
    ("他们汇总", "总监的意见后再作决定。"),  # (汇总 is a word of its own)
    ("公司副", "食品的价格也在上涨。"),  # (no title after the prefix)
    ("公司副", "总体来看，销量仍在增长。"),
    # words and figures cut across the joint, and joints with nothing across
    ("施工方在全市建筑行业中率", "先采用了智能焊接机器人。"),
    ("项目总投资约12", "亿元，其中市级财政补助3亿元。"),
    ("会议于2023年3", "月底在北京举行。"),
    ("区里今年新建的三座公园都将", "在国庆节前全部向市民开放。"),
    ("他说：我们会继续", "记者了解到，园区还将新增停车位。"),
    ("联系电", "话】：010-12345678"),
    ("品牌名为TUN", "GSTAR，已在国内上市。"),
]


def _page_joints(texts: list[str]) -> list[tuple[str, str]]:
    out = []
    for t in texts:
        paras = [b.text.strip() for b in Document(t).blocks if b.kind == PARAGRAPH]
        paras = [p for p in paras if p]
        for a in paras:
            for b in paras[:60]:
                out.append((a, b))
    return out


def _check_cuts(joints: list[tuple[str, str]]) -> int:
    with words.remembering():
        scorer = bp.Scorer()
        for tail, head in joints:
            assert scorer._joint_cut(tail, head) == _plain_joint_cut(tail, head), (tail, head)
    return len(joints)


def test_joint_cut_is_the_plain_one_on_own_joints() -> None:
    examples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    joints = _OWN_JOINTS + _page_joints(examples[:3])
    # every pair of own ends and starts, the prefix cases against other heads too
    joints += [(a, b) for a, _ in _OWN_JOINTS for _, b in _OWN_JOINTS]
    assert _check_cuts(joints) > 200
    with words.remembering():
        cuts = [prefix_cut(a, b)[0] for a, b in _OWN_JOINTS[:6]]
    assert cuts == [8.0, 8.0, 8.0, 0.0, 0.0, 0.0]  # (the title cuts, and no look-alike)


def test_joint_cut_is_the_plain_one_on_the_reference_page(seed) -> None:
    assert _check_cuts(_page_joints([seed.read_text(encoding="utf-8")])) > 1000


# -- truncation_joint: far candidates of an end where a figure may be cut ------------------------

# ends where a figure may be cut (may_cut_figure), own sentences
_FIGURE_ENDS = [
    "项目总投资约12",
    "会议于2023年3",
    "活动定于3月2",
    "该厂始建于二○○○",
    "全年产量达到1,",
    "增长率为5.",
    "客服电话：0755-",
    "联系电话：0755-82",
    "客服QQ：5",
    "今年共接待游客１２",
    "新馆将于2024年",
    "首批展品于3月",
    "规划面积约３.",
    "比赛于晚上8",
    "共有7500、88",
]

# starts: running text, units and a date's parts, digits, marks, Latin letters, brackets
_STARTS = (
    "年夏秋之际，工程全面展开。|月底前完成验收。|日上午举行开幕式。|号线将于年底通车。|万元，其中"
    "财政补助3亿元。|亿元资金已经到位。|元，比去年同期增长。|个项目同时开工。|00万平方米的厂房已经"
    "建成。|.6万人次参加了活动。|．5个百分点。|%的受访者表示满意。|％以上的企业已复工。|0731-"
    "88776655|６月起实施。|12日正式对外开放。|-82484958|@digifun.cn|.com|on，他说。|GSTAR品牌|"
    "Zoe说|话】：010-12345678|考价格]1890元|台湾同胞|本报记者报道|据介绍，园区还将扩建。|“我们"
    "会继续努力。”|（记者张三）|他表示，将继续推进。|其中一半用于教育。|，比上年增长5%。|、8和9。"
    "|的企业完成了改造。|多名志愿者参加。|名学生参加了比赛。|岁的老人说。|倍于去年。|次会议上"
).split("|")


def test_a_start_that_takes_no_figure_gets_no_figure_cut_of_3() -> None:
    from lint_news.checks.truncation_joint import may_take_figure

    rnd = random.Random(20)
    marks = list("年月日号万亿元个名多的，、。：“（《【[]】0１.．%％-@AZaz台他其据")
    starts = list(_STARTS)
    for _ in range(3000):  # and starts put together from marks and pieces of others
        starts.append("".join(rnd.choice(marks + starts[:10]) for _ in range(rnd.randint(1, 4))))
    ends = _FIGURE_ENDS + ["今年，" + e for e in _FIGURE_ENDS]
    checked = taken = 0
    with words.remembering():
        for tail in ends:
            assert may_cut_figure(tail), tail
            for head in starts:
                head = head.lstrip()
                if not head:
                    continue
                if may_take_figure(head):
                    taken += 1
                    continue
                assert number_cut(tail, head)[0] < 3.0, (tail, head)
                checked += 1
    assert checked > 10_000 and taken > 1000


def test_far_candidates_of_figure_ends_left_out_would_score_nothing(monkeypatch) -> None:
    from tests.test_truncation_speed import _check_hopeless

    # own pages: figure ends, far paragraphs that open with units, digits and running text
    pages = []
    rnd = random.Random(21)
    for _ in range(12):
        paras = []
        for _ in range(14):
            r = rnd.random()
            if r < 0.3:
                paras.append("据介绍，" + rnd.choice(_FIGURE_ENDS))
            elif r < 0.6:
                paras.append(rnd.choice(_STARTS).lstrip() + "有关部门表示将继续推进相关工作。")
            else:
                paras.append("市民普遍反映，今年的活动内容更加丰富，参与人数明显增多。")
        pages.append("\n\n".join(paras))
    skipped, scored = _check_hopeless(pages, monkeypatch)
    assert skipped > 100 and scored > 50
