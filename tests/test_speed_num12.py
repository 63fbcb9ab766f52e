"""Session 12's shortcuts for figures, each compared with the plain path it stands for (an
oracle) on generated text: the same results, field by field, or the shortcut is wrong."""

from __future__ import annotations

import itertools
import random

from lint_news.numbers import _parse
from lint_news.numbers_figures import _common_arabic
from lint_news.numbers_lex import _MASTER

from .numbers_support import shortcut_taken

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

    def bare(text, m):  # (a bare figure: no unit group)
        return None if m.group("au") is not None else _common_arabic(text, m)

    taken = shortcut_taken(texts, "ar", bare)
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


# -- quantity_consistency: what a figure's value and text give, kept -------------------------


def test_value_and_text_keys_are_what_digits_and_numeral_give() -> None:
    from lint_news.checks import quantity_consistency as qc

    rnd = random.Random(12)
    values = [0.0, -3.0, 1.0, 1, 10.0, 0.0186, 18.6, 1e20, float("inf"), float("nan")]
    values += [
        round(rnd.uniform(0, 10 ** rnd.randint(0, 9)), rnd.randint(0, 4)) for _ in range(3000)
    ]
    for v in values * 2:  # (the second time from what was kept)
        d = qc._digits(v)
        assert qc._value_keys(v) == (d, "".join(sorted(d[0])) if d else ""), v
    texts = _bare_figures()[:3000] + ["约１２．５万元", "3至40人", "近千万元", "六成"]
    for text in texts * 2:
        for q in _parse(text, True):
            a = qc._numeral(q)
            assert qc._text_keys(q) == (a, "".join(sorted(a))), text


def test_kept_keys_stay_bounded() -> None:
    from lint_news.checks import quantity_consistency as qc

    for k in range(qc._KEPT * 2 + 5):
        qc._value_keys(float(k) + 0.5)
    assert len(qc._OF_VALUE) <= qc._KEPT


# -- headline_figures: a figure's reading as a percentage ------------------------------------


def _as_percent_plain(q):  # (the pre-session-12 body: the interval read for every figure)
    from lint_news.numbers import interval_in

    lo, hi = interval_in(q, q)
    if lo > hi:
        lo, hi = hi, lo
    if q.dim == "percent":
        return [(lo, hi)]
    if q.dim == "times":
        return [(lo * 100, hi * 100), ((lo - 1) * 100, (hi - 1) * 100)]
    return []


def test_as_percent_is_what_the_plain_reading_gives() -> None:
    from lint_news.checks.headline_figures import _as_percent

    texts = [
        "增长约12.5%，是去年的1.5倍，提高3个百分点，六成，千分之五，3‰，近2倍，18公里，-5℃。",
        "超过六成的人，共3200人次，4.5亿元，1.2万吨，约300米，翻了两番，达到2倍多。",
    ] + _bare_figures()[:2000]
    seen = set()
    for text in texts:
        for q in _parse(text, True):
            if q.kind != "quantity":
                continue
            seen.add(q.dim)
            assert _as_percent(q) == _as_percent_plain(q), q
    assert {"percent", "times", "points", ""} <= seen


# -- quantity_consistency: range pairs from the figures' one pass ----------------------------


def _range_pairs_plain(doc):  # (the pre-session-12 body: its own pass over every figure)
    from collections import defaultdict

    from lint_news.checks import quantity_consistency as qc

    by_dim = defaultdict(list)
    for q in doc.quantities:
        if (
            q.kind == "quantity"
            and q.direction == "range"
            and q.dim
            and q.unit not in qc._SKIP_UNITS
        ):
            if q.lo > 0 and q.hi > 0 and len(qc._NUMERAL.findall(q.text.translate(qc._FW))) == 2:
                by_dim[q.dim].append(q)
    out = []
    for group in by_dim.values():
        for i, x in enumerate(group):
            for y in group[i + 1 :]:
                if x.unit != y.unit or (x.lo, x.hi) == (y.lo, y.hi):
                    continue
                if x.lo == y.lo:
                    slip = qc._end_slip(x.hi, y.hi)
                elif x.hi == y.hi:
                    slip = qc._end_slip(x.lo, y.lo)
                else:
                    slip = qc._end_slip(x.lo, y.lo)
                    if slip != "magnitude" or abs(x.hi / x.lo - y.hi / y.lo) > 1e-9 * (x.hi / x.lo):
                        slip = ""
                if slip:
                    out.append((slip, x.start, y.start))
    return out


def test_range_pairs_are_those_of_a_pass_over_every_figure() -> None:
    from lint_news.checks import quantity_consistency as qc
    from lint_news.document import Document

    rnd = random.Random(121)
    lows = ["3", "30", "75万", "1.5", "上百"]
    highs = ["4", "40", "150万", "510万", "15", "5", "数十", "400"]
    units = ["人", "元", "万元", "公里", "年", "%", ""]
    found = 0
    for _ in range(400):
        unit = rnd.choice(units)
        parts = []
        for _ in range(rnd.randint(1, 6)):
            a, b = rnd.choice(lows), rnd.choice(highs)
            u = unit if rnd.random() < 0.8 else rnd.choice(units)
            parts.append(f"有{a}{rnd.choice(['至', '到', '～', '-'])}{b}{u}，")
            if rnd.random() < 0.3:
                parts.append(f"共{rnd.choice(highs)}{u}，")
        doc = Document("".join(parts) + "如此。")
        got = [
            (p.slip, p.first.start, p.second.start)
            for p in qc.candidate_pairs(doc)
            if p.diff.startswith("范围")
        ]
        plain = _range_pairs_plain(doc)
        assert got == plain, doc.text
        found += bool(plain)
    assert found > 20


# -- numbers: a Chinese numeral matched by cn alone (numbers_lex._CN_ALONE) ------------------

CN_LEAD = ["", "上午", "晚上", "约", "近", "第", "共", "这", "数", "上", "统一", "之", "不", "全"]
CN_CORE = [
    "一",
    "两",
    "十",
    "十二",
    "三十一",
    "二〇二三",
    "九八",
    "一百",
    "五千",
    "几",
    "数十",
    "上百",
    "三四",
    "百",
    "千",
    "万",
    "亿",
    "〇",
    "零",
    "三点五",
]
CN_TAIL = [
    "",
    "年",
    "年五月八日",
    "月",
    "月八日",
    "月份",
    "号",
    "分之一",
    "分之六十",
    "点",
    "点半",
    "时",
    "时三十分",
    "个",
    "万元",
    "多人",
    "余家",
    "来岁",
    "成",
    "倍",
    "公里",
    "至五个",
    "左右",
    "起",
    "块",
]


def _cn_texts() -> list[str]:
    every = itertools.product(CN_LEAD, CN_CORE, CN_TAIL)
    out = [f"去年{a}{b}{c}。" for a, b, c in every]
    out += ["百分之六十三点四一", "千分之五至千分之八", "上午九点半", "二〇二三年五月八日"]
    return out


def _same_match(a, b) -> bool:
    if a is None or b is None:
        return a is b
    names = b.re.groupindex
    return (a.span(), a.lastgroup, [a.group(k) for k in names]) == (
        b.span(),
        b.lastgroup,
        [b.group(k) for k in names],
    )


def test_cn_alone_matches_what_the_master_expression_matches_at_a_chinese_numeral() -> None:
    from lint_news.numbers import _CN_CANDIDATES
    from lint_news.numbers_lex import _CANDIDATE, _CN_ALONE

    asked = alone = 0
    for text in _cn_texts():
        for c in _CANDIDATE.finditer(text):
            p = c.start()
            if text[p] not in _CN_CANDIDATES:
                continue
            full = _MASTER.match(text, p)
            m = _CN_ALONE.match(text, p)
            if m is not None and m.lastgroup is None:
                assert m.end() == p  # (the look-ahead's empty match: _MASTER is asked)
                asked += 1
                continue
            alone += 1
            if full is not None:
                assert _same_match(full, m), (text, p)
            else:
                assert m is None, (text, p)
    # both ways taken often: dates, fractions and clock times go to _MASTER, the rest not
    assert asked > 500 and alone > 2000


def test_parse_with_cn_alone_is_the_full_parse() -> None:
    for text in _cn_texts():
        assert repr(_parse(text, True)) == repr(_parse(text, False)), text


def test_partner_lookups_are_the_swaps() -> None:
    from lint_news.checks import quantity_consistency as qc

    rnd = random.Random(7)
    strings = ["", "1", "11", "186", "15500", "5.70", "0.25", "1" * 30]
    strings += [
        "".join(rnd.choice("0123456789") for _ in range(rnd.randint(1, 9))) for _ in range(500)
    ]
    strings += [s[:2] + "." + s[2:] for s in strings if len(s) > 2][:200]
    for s in strings * 2:  # (the second time from what was kept)
        if "." not in s:
            assert qc._digit_lookups(s) == (s, *qc._swaps(s))
        assert qc._numeral_lookups(s) == tuple(qc._written_swaps(s))


# -- arith_shares: a sentence with one percentage --------------------------------------------

SHARE_LEADS = [
    "全市共有企业3200家，其中国有企业占",
    "男性占",
    "表示满意的占",
    "二级标准的城市占",
    "60岁以上的占",
    "选择公交出行的占",
    "本科、专科分别占",
    "该市GDP占全省的比重为",
    "市场占有率达到",
    "其余占",
    "构成为：市区",
    "增长",
]
SHARE_VALUES = ["35%", "62.5%", "120%", "105.3%", "99.9%", "六成", "百分之八十"]
SHARE_TAILS = [
    "。",
    "，女性占一半。",
    "，共3200人。",
    "，比上年提高3个百分点。",
    "，其余为民营企业。",
]


def test_one_share_shortcut_finds_what_every_check_finds(monkeypatch) -> None:
    from lint_news.checks import arith_shares
    from lint_news.document import Document
    from lint_news.engine import lint_document
    from lint_news.rules import load_rules

    rules = [r for r in load_rules() if r.kind == "shares"]
    assert rules
    texts = [
        f"去年{a}{v}{t}" for a, v, t in itertools.product(SHARE_LEADS, SHARE_VALUES, SHARE_TAILS)
    ]
    found = 0
    for text in texts:
        monkeypatch.setattr(arith_shares, "ONE_SHARE_SHORTCUT", True)
        fast = [(f.rule, f.start, f.end, f.message) for f in lint_document(Document(text), rules)]
        monkeypatch.setattr(arith_shares, "ONE_SHARE_SHORTCUT", False)
        plain = [(f.rule, f.start, f.end, f.message) for f in lint_document(Document(text), rules)]
        assert fast == plain, text
        found += bool(plain)
    assert found > 10  # (shares above 100% among them)


# -- numbers_values._make_quantity: a draft that becomes the Quantity -----------------------


def test_make_quantity_builds_what_the_dataclass_builds() -> None:
    import dataclasses
    import pickle

    from lint_news.numbers_values import Quantity, _make_quantity

    made = 0
    for text in _bare_figures()[:3000] + _cn_texts()[:3000]:
        for q in _parse(text, True):
            fields = [getattr(q, f.name) for f in dataclasses.fields(Quantity)]
            plain = Quantity(*fields)
            fast = _make_quantity(*fields)
            assert type(fast) is Quantity
            assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
            assert pickle.loads(pickle.dumps(fast)) == plain
            assert dataclasses.replace(fast, end=fast.end) == plain
            made += 1
    assert made > 5000
    q = _make_quantity(
        0, 3, "300元", 300.0, 300.0, 300.0, "元", "money:元", "", "=", 0, "300", "quantity"
    )
    try:
        q.value = 1.0  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a Quantity must stay frozen")
    assert not hasattr(q, "__dict__")


# -- numbers._match_to_rec: dates read with int() ---------------------------------------------

_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def test_dates_read_alike_in_half_and_full_width_and_chinese() -> None:
    cases = [
        ("2023年8月31日", 31.0, "2023-08-31"),
        ("23年5月", 5.0, "23-05"),
        ("8月31日", 31.0, "08-31"),
        ("2022-08-31", 31.0, "2022-08-31"),
        ("2022/8/3", 3.0, "2022-08-03"),
        ("1998年12月", 12.0, "1998-12"),
        ("2023年08月09号", 9.0, "2023-08-09"),
    ]
    for written, value, digits in cases:
        # (2022-08-31 is read as a date in ASCII digits only)
        forms = (
            (written,)
            if "年" not in written and "月" not in written
            else (written, written.translate(_FULL_WIDTH))
        )
        for form in forms:
            qs = [q for q in _parse(f"去年{form}，", True) if q.kind == "date"]
            assert len(qs) == 1 and (qs[0].value, qs[0].digits) == (value, digits), form
    for written, value, digits in [
        ("二〇二三年五月八日", 8.0, "2023-05-08"),
        ("五月八日", 8.0, "05-08"),
        ("十二月三十一日", 31.0, "12-31"),
    ]:
        qs = [q for q in _parse(f"去年{written}，", True) if q.kind == "date"]
        assert len(qs) == 1 and (qs[0].value, qs[0].digits) == (value, digits), written


# -- numbers_figures._common_chinese after a character that may end a hedge ------------------

CN_HEDGE_BEFORE = ["有", "为", "约为", "大约有", "占", "合计", "达到", "超过", "不到", "过", "经过"]
CN_HEDGE_BEFORE += ["几近", "将近", "附近", "约", "签约", "多于", "少", "至少", "计", "共计", "于"]


def test_chinese_shortcut_after_hedge_endings_builds_what_the_full_path_builds() -> None:
    from lint_news.numbers_figures import _common_chinese

    taken = 0
    for b, d, u in itertools.product(
        CN_HEDGE_BEFORE, "一两三九", ["个", "年", "元", "成", "吨", "人"]
    ):
        text = f"去年{b}{d}{u}。"
        assert repr(_parse(text, True)) == repr(_parse(text, False)), text
        m = _MASTER.match(text, 2 + len(b))
        if m is not None and m.lastgroup == "cn" and _common_chinese(text, m) is not None:
            taken += 1
    assert 100 < taken < len(CN_HEDGE_BEFORE) * 24
