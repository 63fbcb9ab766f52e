"""Session 12's shortcuts for figures, each compared with the plain path it stands for (an
oracle) on generated text: the same results, field by field, or the shortcut is wrong."""

from __future__ import annotations

import itertools
import random

from lint_news.numbers import _parse
from lint_news.numbers_figures import _common_arabic
from lint_news.numbers_lex import _MASTER

# -- bare Arabic figures (numbers_figures._bare_arabic) -------------------------------------

# what can stand before bare digits: nothing, a word, a hedge, a code's letter or mark, a
# sign, money, an ordinal, a phone or serial-number word, other digits' separators
BARE_BEFORE = [
    "",
    "以",
    "得到",
    "克劳福德",
    "约",
    "近",
    "超过",
    "不到",
    "第",
    "-",
    "－",
    "零下",
    "A",
    "iPhone",
    "编号",
    "电话：",
    "热线",
    "拨打",
    "/",
    "a/",
    "$",
    "￥",
    "#",
    "?id=",
    "“",
    "（",
    " ",
    "3比",
    "10+",
]
BARE_DIGITS = [
    "0",
    "3",
    "07",
    "12",
    "115",
    "1.5",
    "0.25",
    "1900",
    "2009",
    "2023",
    "2100",
    "2101",
    "1899",
    "12800",
    "15200",
    "1,200",
    "５",
    "９１５",
    "２．５",
    "13812345678",
    "123456789012",
]
BARE_MAGS = ["", "万", "亿", "千万", "千", "百"]
# what can follow: nothing, punctuation, a noun, a range connector, letters, a point and a
# digit (a version), model and season words, 多/余/左右, a score or a fraction
BARE_AFTER = [
    "",
    "，",
    "。",
    "分",
    "投8中",
    "比2",
    "-19",
    "～5",
    "至8",
    "—2021年",
    "G",
    "km",
    "MAX",
    ".5",
    ".",
    "型",
    "系列",
    "客机",
    "赛季",
    "学年",
    "届",
    "多",
    "余",
    "左右",
    "以上",
    "/50",
    "+10",
    "的人",
    "高龄的",
    "封电子邮件",
    "”",
    "、08",
]


def _bare_figures() -> list[str]:
    """A fixed sample of the combinations (a few seconds)."""
    every = list(itertools.product(BARE_BEFORE, BARE_DIGITS, BARE_MAGS, BARE_AFTER))
    sample = random.Random(1212).sample(every, 30000)
    return [f"去年{b}{d}{mg}{a}。" for b, d, mg, a in sample]


def test_bare_arabic_shortcut_builds_what_the_full_path_builds() -> None:
    texts = _bare_figures()
    taken = 0
    for text in texts:
        fast = _parse(text, True)
        full = _parse(text, False)
        assert repr(fast) == repr(full), text
        for q in full:
            m = _MASTER.match(text, q.start)
            if (
                m is not None
                and m.lastgroup == "ar"
                and m.group("au") is None
                and _common_arabic(text, m) is not None
            ):
                taken += 1
    # the comparison means something only when the shortcut is taken often, and not always
    assert len(texts) // 10 < taken < len(texts)


def test_bare_arabic_shortcut_leaves_codes_phones_years_and_ranges_alone() -> None:
    for text, at in [
        ("型号A320。", 3),
        ("拨打12345678。", 2),
        ("电话：12345。", 3),
        ("2023赛季。", 0),
        ("共3～5。", 1),
        ("售价$300。", 3),
        ("约300。", 1),
        ("第3。", 1),
        ("版本1.2.3。", 2),
        ("737MAX。", 0),
        ("编号12345678。", 2),
    ]:
        m = _MASTER.match(text, at)
        assert m is not None and m.lastgroup == "ar", text
        assert _common_arabic(text, m) is None, text
    for text, at, value in [("以115分领先。", 1, 115.0), ("有97万封。", 1, 970000.0)]:
        m = _MASTER.match(text, at)
        q = _common_arabic(text, m)
        assert q is not None and q.value == value and q.unit == "" and q.dim == "", text
