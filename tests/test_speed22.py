"""Speed work of session 10 (issue 12, helper spd22): every shortcut of the break check's
evidence gives what the plain computation gives (kept here as the reference), on generated
texts, own sentences and, where present, the reference page."""

from __future__ import annotations

import random
from pathlib import Path

from lint_news import words
from lint_news.checks import break_glue as bg
from lint_news.checks import break_joint as bj
from lint_news.document import Document

ROOT = Path(__file__).resolve().parent.parent

# characters the end patterns read, and some they do not
_ALPHABET = list(
    "0123456789０１２３４５６７８９年月日号万元【】[]［］：:-－.．,，@ \n\xa0"
    "ABCZabcz价格联系电话公司今年的在是了。"
)


def _generated(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        k = rnd.randrange(0, 30)
        out.append("".join(rnd.choice(_ALPHABET) for _ in range(k)))
    return out


# own ends: labels, dates, figures, names and codes cut at the end, and look-alikes
_OWN_ENDS = [
    "本店地址见下方【联系电",
    "详情请看[参考价格]",
    "详情请看【联系电话】：",
    "公司成立于2001年",
    "大会定于今年12月",
    "会议定于2023年12月",
    "总投资约7.",
    "共有1,",
    "咨询电话：025-",
    "设计师Rachel-",
    "型号为HVR-Z",
    "品牌名为TUN",
    "全年产量达到１２",
    "价格为￥",
    "这一年123月",
    "编号为ABCDE",
    "他在2009年\n",
    "这是12月\n",
]


def _own_texts() -> list[str]:
    out = list(_OWN_ENDS)
    for t in _OWN_ENDS:  # the same ends after a long paragraph, and with spaces after
        out.append("今年以来，全市新建的公园和广场共有三十多处，" * 3 + t)
        out.append(t + "  ")
    return out


def _end_patterns() -> list:
    return [bg._DATE_END, bg._SEPARATOR_END, bg._KEY_OPEN_END, bg._KEY_END, bg._CAPS_END]


def _ends_the_same(texts: list[str]) -> int:
    checked = 0
    for t in texts:
        for p in [*_end_patterns(), bg._ADDRESS_END]:
            x, y = p.search(t), p.search(t, bg._end_pos(t))
            assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups())), (p, t)
            checked += x is not None
        # the hyphen gate: a name cut after its hyphen ends the (stripped) text with "-"
        s = t.rstrip()
        if bg._HYPHEN_NAME_END.search(s):
            assert s[-1] == "-", s
    return checked


def test_end_patterns_find_the_same_in_the_last_characters() -> None:
    assert _ends_the_same(_generated(20000, 22) + _own_texts()) > 1000


def test_end_span_bounds_the_longest_match() -> None:
    # a longest match of each pattern, a newline after it and a character before it fit
    longest = {
        bg._DATE_END: "１２３４年",
        bg._SEPARATOR_END: "1－",
        bg._KEY_OPEN_END: "【" + "价" * 8,
        bg._KEY_END: "【" + "价" * 6 + "】：",
        bg._CAPS_END: "ABCD",
        bg._ADDRESS_END: "z",
    }
    for p, m in longest.items():
        assert p.search(m).span() == (0, len(m)), (p, m)
        assert len(m) + 2 <= bg.END_SPAN


def _plain_can_glue(tail: str) -> bool:
    t = tail.rstrip()
    c = t[-1:]
    return (
        (c.isascii() and c.isalpha())
        or c in bg._CURRENCY
        or _plain_figure_glue(t)
        or bool(bg._HYPHEN_NAME_END.search(t))
        or bool(bg._KEY_OPEN_END.search(t) or bg._KEY_END.search(t))
    )


def _plain_figure_glue(tail: str) -> bool:
    t = tail.rstrip()
    return bg._digit(t[-1:]) or bool(bg._SEPARATOR_END.search(t) or bg._DATE_END.search(t))


def _plain_date_cut(t: str, h: str) -> bool:
    m = bg._DATE_END.search(t)
    if m is None or not bg._CJK.search(t[: m.start()]):
        return False
    return bool((bg._MONTH_HEAD if m.group(1) == "年" else bg._DAY_HEAD).match(h))


_HEADS = [
    "3月起实施。",
    "30日释放。",
    "5C型",
    "GSTAR品牌",
    "Zoe说",
    "话】：010",
    "1890元",
    ".com",
    "200人",
]


def _glue_the_same(texts: list[str]) -> int:
    n = 0
    for t in texts:
        assert bg.can_glue(t) == _plain_can_glue(t), t
        assert bg.figure_glue(t) == _plain_figure_glue(t), t
        s = t.rstrip()
        if bg.can_glue(t) and s:
            assert bg.end_reason(t) in (
                "段末的标签不完整",
                "段末的英文单词不完整",
                "段末的数字不完整",
            )
        for h in _HEADS:
            assert bg._date_cut(s, h) == _plain_date_cut(s, h), (t, h)
        n += bg.can_glue(t)
    return n


def test_glue_gates_are_the_plain_ones() -> None:
    assert _glue_the_same(_generated(5000, 23) + _own_texts()) > 500
    assert bg.can_glue("设计师Rachel-") and not bg.can_glue("设计师说的-")
    assert bg._date_cut("公司成立于2001年", "3月起实施") and not bg._date_cut("这一年123月", "30日")


def test_glue_gates_are_the_plain_ones_on_the_reference_page(seed) -> None:
    paras = [b.text for b in Document(seed.read_text(encoding="utf-8")).blocks]
    paras = [p for p in paras if p.strip()]
    assert len(paras) > 50
    _glue_the_same(paras)  # (asserts each paragraph's answers)
    _ends_the_same(paras)


# -- break_joint.number_cut: the end's readings once per end ------------------------------------


def _plain_number_cut(tail: str, head: str) -> tuple[float, str]:
    """``number_cut`` as it was before (5c98d63): every reading of the end for every pair."""
    if (glue := bg.figure_joint(tail, head)) is not None:
        return glue
    tail = tail[-16:]
    if bj._CN_YEAR_END.search(tail) and head[:1] == "年":
        return 9.0, "年份与“年”被拆开"
    if not bj._DIGIT_END.search(tail):
        return 0.0, ""
    if bj._YEAR_MONTH_END.search(tail):
        return (9.0, "年月被拆开") if head.startswith("月") else (-3.0, "")
    if bj._MONTH_DAY_END.search(tail):
        return (9.0, "月日被拆开") if head[:1] in "日号" else (-3.0, "")
    unit = bj._UNIT_START.match(head)
    if unit:
        first = bj._tag(head[:6])
        if (
            first
            and len(first[0][0]) > len(unit.group())
            and first[0][1].startswith(("ns", "nr", "nt", "nz", "r"))
        ):
            return 1.0, ""
        return 6.0, "数字与单位被拆开"
    if bj._DIGIT_START.match(head):
        return 5.0, "数字被拆开"
    return 0.0, ""


_FIGURE_ENDS = [
    "项目总投资约12",
    "会议于2023年3",
    "活动定于3月2",
    "该厂始建于二○○○",
    "全年产量达到1,",
    "增长率为5.",
    "客服电话：0755-",
    "客服电话：66778899",
    "客服QQ：5",
    "今年共接待游客１２",
    "新馆将于2024年",
    "首批展品于3月",
    "共有7500、88",
    "详情请看[参考价格]",
    "本店地址见下方【联系电",
    "他们说的都是真话",
]
_FIGURE_HEADS = (
    "年夏秋之际，工程全面展开。|月底前完成验收。|日上午举行开幕式。|号线将于年底通车。|万元，其中"
    "财政补助三亿元。|亿元资金已经到位。|00万平方米的厂房已经建成。|.6万人次参加了活动。|６月起实施。"
    "|12日正式对外开放。|-82484958|120名志愿者参加。|1890元|话】：010-12345678|台湾同胞|本报记者"
    "报道|据介绍，园区还将扩建。|，比上年增长5%。|名学生参加了比赛。|69803881"
).split("|")


def _number_cuts_the_same(joints: list[tuple[str, str]]) -> int:
    n = 0
    with words.remembering():  # (the end's readings kept, and asked again)
        for _ in range(2):
            for tail, head in joints:
                got = bj.number_cut(tail, head)
                assert got == _plain_number_cut(tail, head), (tail, head)
                n += got[0] != 0.0
    for tail, head in joints[:300]:  # (outside a block: nothing kept)
        assert bj.number_cut(tail, head) == _plain_number_cut(tail, head), (tail, head)
    return n


def test_number_cut_is_the_plain_one() -> None:
    ends = _FIGURE_ENDS + ["今年以来，全市新建的公园共有三十多处，" * 3 + t for t in _FIGURE_ENDS]
    ends += _generated(300, 24)
    heads = _FIGURE_HEADS + _generated(40, 25)
    assert _number_cuts_the_same([(t, h) for t in ends for h in heads]) > 200


def test_number_cut_is_the_plain_one_on_the_reference_page(seed) -> None:
    paras = [b.text.strip() for b in Document(seed.read_text(encoding="utf-8")).blocks]
    paras = [p for p in paras if p]
    joints = [(a, b) for a in paras for b in paras[:60]] + [
        (a, b) for a in _FIGURE_ENDS for b in paras
    ]
    assert _number_cuts_the_same(joints) > 10


# -- break_joint._lookup_cross: the entry test before the look-up --------------------------------


def _plain_lookup_cross(left: str, right: str) -> bool:
    """``_lookup_cross`` as it was before (f2f170f): ``words.lookup`` for every joined text."""
    for k in bj._starts(left, words.segmenter()):
        piece = left[-k:]
        for m in range(1, len(right) + 1):
            got = words.lookup(piece + right[:m])
            if got is None:
                return True
            f, prefix = got
            if f > 0:
                return True
            if not prefix:
                break
    return False


def test_lookup_cross_is_the_plain_one() -> None:
    rnd = random.Random(26)
    texts = [t for t in _generated(200, 27) if t] + [t for t, _ in _OWN_JOINTS_22]
    texts += [h for _, h in _OWN_JOINTS_22] + _FIGURE_HEADS
    pairs = list(_OWN_JOINTS_22)
    for _ in range(3000):
        a, b = rnd.choice(texts), rnd.choice(texts)
        pairs.append((a[-rnd.choice([1, 2, 4, 8]) :], b[: rnd.choice([1, 2, 4, 8])]))
    examples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    for text in examples[:4]:  # every place inside own running text: many inside a word
        for i in range(1, min(len(text), 1500)):
            pairs.append((text[max(0, i - 4) : i], text[i : i + 8]))
    crossed = 0
    for left, right in pairs:
        if not left or not right:
            continue
        got = bj._lookup_cross(left, right)
        assert got == _plain_lookup_cross(left, right), (left, right)
        crossed += got
    assert 300 < crossed < len(pairs) - 300


_OWN_JOINTS_22 = [
    ("施工方在全市建筑行业中率", "先采用了智能焊接机器人。"),
    ("国家知识", "产权局发布了新规定。"),
    ("他们正在参加培", "训课程。"),
    ("区里今年新建的三座公园都将", "在国庆节前全部向市民开放。"),
    ("双方举行了签字", "仪式。"),
    ("记者了解到", "园区还将新增停车位。"),
]


# -- gates before patterns that a text's end decides (break_glue, truncation) ---------------------


_GATE_ALPHABET = list(
    "0123456789０１２ABCHVRZaxw.:/-－—～~@()（）转文图摄记者通讯员电话QQ：。！？!?，、 \n\xa0价格"
)


def _gate_texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = [
        "我们的客服电话：0755-82",
        "本报记者 张三 摄",
        "（图/文 李四）",
        "请发邮件至news@example.com",
        "详见www.example.com/a-b",
        "[商家电话] 010",
        "010",
        "型号为HVR-Z",
        "型号为HVR-ZX1",
        "他说……",
        "未完待续——",
    ]
    for _ in range(n):
        out.append("".join(rnd.choice(_GATE_ALPHABET) for _ in range(rnd.randrange(1, 30))))
    return out


def test_end_gates_let_every_match_through() -> None:
    from lint_news.checks.break_trailers import _OK_TAIL
    from lint_news.checks.truncation import _OK_LAST

    ok = area = code = 0
    for raw in _gate_texts(30000, 28):
        t = raw.rstrip()
        if not t:
            continue
        if _OK_TAIL.search(t):  # truncation.open_end's gate before _OK_TAIL
            last = t[-1]
            assert last.isdecimal() or "!" <= last <= "~" or last in _OK_LAST, t
            ok += 1
        x, y = bg._AREA_END.search(t), bg._AREA_END.search(t, bg._end_pos(t))
        assert (x and x.span()) == (y and y.span()), t
        area += x is not None
        if bg._CODE_END.search(t):  # latin_cut's gate before _CODE_END
            assert "-" in t[-4:], t
            code += 1
    assert ok > 300 and area > 0 and code > 0, (ok, area, code)
