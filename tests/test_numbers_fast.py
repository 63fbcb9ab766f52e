"""The parser's shortcut for the commonest Arabic figures (numbers_figures._common_arabic)
must build exactly what the full path builds: both are run over many generated figures in
many contexts, and every Quantity is compared field by field (repr, so 1 and 1.0 differ)."""

from __future__ import annotations

import itertools
import random

from lint_news.numbers import _parse
from lint_news.numbers_figures import _common_arabic, _common_chinese
from lint_news.numbers_lex import _MASTER

from .numbers_support import shortcut_taken

BEFORE = [
    "",
    "共",
    "全年",
    "约",
    "近",
    "为",
    "约为",
    "达到",
    "占",
    "超过",
    "第",
    "-",
    "零下",
    "A",
    "编号",
    "电话",
    "/",
    "$",
    "有",
    "达",
    "过",
]
DIGITS = [
    "3",
    "12",
    "1.5",
    "0.25",
    "2023",
    "1999",
    "2200",
    "1,200",
    "３６",
    "１２．５",
    "13812345678",
]
MAGS = ["", "万", "亿", "千万", "百"]
UNITS = [
    "",
    "元",
    "%",
    "％",
    "人",
    "个",
    "吨",
    "公里",
    "km",
    "℃",
    "年",
    "年度",
    "成",
    "倍",
    "个百分点",
    "月",
    "起",
    "个多月",
    "米/秒",
    "元/吨",
    "后",
]
AFTER = ["", "，", "多", "余", "左右", "以上", "～5", "至8", "-30%", "的人", "型", "赛季"]


def _figures() -> list[str]:
    """A fixed sample of 25,000 of the ~290,000 combinations (about 2 s)."""
    every = list(itertools.product(BEFORE, DIGITS, MAGS, UNITS, AFTER))
    return [f"去年{b}{d}{mg}{u}{a}。" for b, d, mg, u, a in random.Random(12).sample(every, 25000)]


CN_BEFORE = ["", "共", "约", "近", "第", "这", "上", "在", "有", "为", "每", "A", "-"]
CN_NUMERALS = ["一", "两", "二", "三", "九", "十", "二十", "三四", "几", "一百", "五千", "〇"]
CN_UNITS = [
    "",
    "个",
    "起",
    "块",
    "次",
    "年",
    "月",
    "日",
    "元",
    "成",
    "倍",
    "吨",
    "公里",
    "人",
    "号",
    "级",
]
CN_AFTER = ["", "，", "多", "余", "左右", "万", "至五个", "的人", "半"]


def _cn_figures() -> list[str]:
    every = itertools.product(CN_BEFORE, CN_NUMERALS, CN_UNITS, CN_AFTER)
    return [f"去年{b}{d}{u}{a}。" for b, d, u, a in every]


def test_the_chinese_shortcut_builds_what_the_full_path_builds() -> None:
    texts = _cn_figures()
    taken = shortcut_taken(texts, "cn", _common_chinese)
    assert len(texts) // 20 < taken < len(texts)


def test_the_shortcut_builds_what_the_full_path_builds() -> None:
    texts = _figures()
    taken = shortcut_taken(texts, "ar", _common_arabic)
    # the comparison means something only when the shortcut is taken often, and not always
    assert taken > len(texts) // 10
    assert taken < len(texts)


def test_the_shortcut_leaves_hedged_and_calendar_figures_alone() -> None:
    for text in [
        "约300元",
        "3000多元",
        "30%左右",
        "第3名",
        "2023年8月",
        "3～5万元",
        "A320吨",
        "80后",
    ]:
        for q in _parse(text, False):
            m = _MASTER.match(text, q.start)
            if m is not None and m.lastgroup == "ar":
                assert _common_arabic(text, m) is None, text
    for text, kind in [
        ("共300元。", "quantity"),
        ("2023年，", "year"),
        ("增长12.5%。", "quantity"),
    ]:
        m = _MASTER.match(text, next(i for i, c in enumerate(text) if c.isdigit()))
        q = _common_arabic(text, m)
        assert q is not None and q.kind == kind, text


def test_ar_alone_matches_what_the_master_expression_matches_at_a_digit() -> None:
    from lint_news.numbers_lex import _AR, _NOT_ONLY_AR

    texts = _figures()[:5000] + [
        "2023年8月",
        "8月31日",
        "10:30",
        "9时30分",
        "9点半",
        "13812345678",
        "010-12345678",
        "400-123-4567",
        "3:1",
        "1,200∶3",
        "2022.08.31",
        "2022-08-31",
        "12.5 :3",
        "３６年",
    ]
    routed = 0
    for text in texts:
        for p, ch in enumerate(text):
            if not ch.isdigit() or _NOT_ONLY_AR.match(text, p):
                continue
            routed += 1
            a, b = _MASTER.match(text, p), _AR.match(text, p)
            assert a is not None and b is not None and a.lastgroup == b.lastgroup == "ar"
            assert a.span() == b.span(), text
            for name in b.groupdict():
                assert a.span(name) == b.span(name), (text, name)
    assert routed > 5000
