"""Speed work of session 16 (issue 12, helper spd16b): a regular expression asked only where
a test of a character or two (a set, a range, ``in``) says that it can match. Each such
gate must hold wherever its expression matches (else a finding would be lost): checked
here on generated texts and own ones, with counts that show the expressions did match."""

from __future__ import annotations

import random
import re

from lint_news.checks import break_evidence as be
from lint_news.checks import break_glue as bg
from lint_news.patterns import HAN

# characters the gated expressions read, and some they do not
_ALPHABET = list(
    "0123456789０１２３４５６７８９年月日号万亿元多余公平方立千毫厘【】[]［］：:-－.．,，@ \n\xa0"
    "ABCZabcz价格联系电话公司今年的在是了。据新华社本报讯中北京时间随着经过通自从当说表示称笑着"
)

# own starts and ends that the gated expressions match, and look-alikes that they do not
_OWN = [
    "本店地址见下方【联系电",
    "详情请看[参考价格]",
    "详情请看【联系电话】：",
    "公司成立于2001年",
    "大会定于今年12月",
    "总投资约7.",
    "共有1,",
    "咨询电话：025-",
    "客服邮箱nu",
    "@digifun.cn",
    ".aspx页面",
    "[商家电话] 010",
    "-65123456",
    "据新华社",
    "据本报记者报道",
    "本报讯 记者从市交通局获悉，",
    "新浪体育讯 北京时间今天凌晨，",
    "北京时间5日晚，主队以两球获胜",
    "新华社北京5月3日电，",
    "在全市上下的共同努力中，各项工作顺利推进",
    "随着气温回升，游客明显增多",
    "当天下午，",
    "笑着说：“我们还会再来。”",
    "表示，将继续加大投入",
    "称，目前",
    "3.6万户。其余的",
    "１２０名，",
    "约4.4万",
    "有600多",
    "约40公",
    "共3平方",
    "全长5千",
    "仅2毫",
    "总计达到12",
    "价格为3.",
    "万元以上",
    "年初以来",
]


def _generated(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        k = rnd.randrange(0, 24)
        out.append("".join(rnd.choice(_ALPHABET) for _ in range(k)))
    return out


def _texts() -> list[str]:
    rnd = random.Random(16)
    out = list(_OWN) + _generated(20000, 5)
    for t in _OWN:  # each own text after and before generated ones, and spaced
        for g in _generated(20, rnd.randrange(10**6)):
            out += [g + t, t + g, t + "  ", t + "\n"]
    return out


def test_glue_end_gates_hold_where_the_expressions_match() -> None:
    hits = dict.fromkeys(("open", "open_stripped", "key", "sep", "date", "date_cut"), 0)
    for t in _texts():
        # key_cut: any text, searched from _end_pos (a final newline allowed)
        if bg._KEY_OPEN_END.search(t, bg._end_pos(t)):
            hits["open"] += 1
            assert bg._key_open_near(t[-bg.KEY_CUT - 2 :]), t
        if bg._DATE_END.search(t, bg._end_pos(t)):
            hits["date_cut"] += 1
            assert (t[-2:-1] if t[-1:] == "\n" else t[-1:]) in bg._DATE_LAST, t
        s = t.rstrip()  # (can_glue, end_reason, figure_glue and glued_joint strip it)
        if bg._KEY_OPEN_END.search(s):
            hits["open_stripped"] += 1
            assert bg._key_open_near(s[-bg.KEY_CUT - 1 :]), s
        if bg._KEY_END.search(s):
            hits["key"] += 1
            assert s[-1:] in bg._KEY_END_LAST, s
        if bg._SEPARATOR_END.search(s):
            hits["sep"] += 1
            assert s[-1:] in bg._SEPARATORS, s
        if bg._DATE_END.search(s):
            hits["date"] += 1
            assert s[-1:] in bg._DATE_LAST, s
        if bg._ADDRESS_END.search(s):
            assert s[-1].isascii() and s[-1].isalnum(), s
    assert all(v >= 20 for v in hits.values()), hits


def test_glue_head_gates_and_one_character_tests() -> None:
    units = address = local = 0
    for t in _texts():
        h = t.lstrip()
        m = bg._UNIT_START.match(h)
        assert (m is not None) == (h[:1] in bg._UNIT_CHARS), h
        if m is not None:
            units += 1
            assert m.group() == h[0]
        if bg._ADDRESS_HEAD.match(h):
            address += 1
            assert h[0] in "@.", h
        if bg._LOCAL_HEAD.match(h):
            local += 1
            assert h[0] in "-－", h
    assert units >= 20 and address >= 20 and local >= 20
    for c in [*_ALPHABET, "", "٣", "²", "x"]:  # (str.isdigit takes these; _D does not)
        assert bg._digit(c) == (re.match("[0-9０-９]", c) is not None), c


def test_glue_functions_read_the_same_on_own_joints() -> None:
    # what the gated functions answer where an expression decides it (the plain reading of
    # each expression, written out here)
    assert bg.figure_glue("总投资约7.") and bg.figure_glue("大会定于今年12月  ")
    assert not bg.figure_glue("大会定于今年") and not bg.figure_glue("共有1,2,3人")
    assert bg.can_glue("本店地址见下方【联系电") and bg.can_glue("详情请看[参考价格]：")
    assert not bg.can_glue("详情请看参考价格：") and not bg.can_glue("本店【地址】见下方的")
    assert bg.end_reason("详情请看【联系电话】：") == "段末的标签不完整"
    assert bg.can_open("万有效像素") and bg.can_open("年东软") and not bg.can_open("元旦")
    assert bg.key_cut("本店地址见下方【联系电", "话】：123")
    assert not bg.key_cut("本店地址见下方联系电", "话】：123")
    assert bg.glued_joint("客服邮箱nu", "@digifun.cn")[0] == bg.GLUE
    assert bg.glued_joint("客服邮箱nu ", "@digifun.cn")[0] == 0
    assert bg.glued_joint("[商家电话] 010", "-65123456")[0] == bg.GLUE
    assert bg.glued_joint("政府于2022年12月", "30日公布")[0] == bg.GLUE
    assert bg.glued_joint("原定于2022年3", "0日开幕")[0] > 0
    assert bg.glued_joint("详情请看[参考价格]", "1890元")[0] == bg.GLUE_WEAK
    assert bg.glued_joint("共有1,", "200人")[0] == bg.GLUE
    assert bg.unit_cut("采用1000", "万有效像素") and not bg.unit_cut("采用1000", "元旦")


def test_evidence_gates_hold_where_the_expressions_match() -> None:
    hits = dict.fromkeys(
        ("credit", "adverbial", "dateline", "figure", "said", "digit", "unit", "mag", "about"),
        0,
    )
    for text in _texts():
        t = text.strip()
        if be._SOURCE_CREDIT.match(t):
            hits["credit"] += 1
            assert t[0] == "据", t
        if be._ADVERBIAL_FRAME.match(t):
            hits["adverbial"] += 1
            assert t[0] in be._ADVERBIAL_FIRST, t
        if be._DATELINE_OPENING.match(t):
            hits["dateline"] += 1
            assert t.startswith(be._DATELINE_NAMES) or "讯" in t[2:7], t
        h = text.lstrip()
        if be._FIGURE_CLAUSE.match(h):
            hits["figure"] += 1
            assert h[0] in be.DIGITS, h
        if be._SAID_START.match(h):
            hits["said"] += 1
            assert h[0] in be._SAID_FIRST, h
        s = text.rstrip()
        for key, p, last in (
            ("digit", be._DIGIT_END, be._DIGIT_END_LAST),
            ("unit", be._UNIT_CUT, be._UNIT_CUT_LAST),
            ("mag", be._MAGNITUDE_END, "万亿"),
            ("about", be._ABOUT_END, "多余"),
        ):
            if p.search(s):
                hits[key] += 1
                assert s[-1:] in last, (key, s)
    assert all(v >= 20 for v in hits.values()), hits
    for c in [*_ALPHABET, "", "\u4e00", "\u9fff", "\u3400", "\uf900"]:  # HAN, one character
        assert (HAN.match(c) is not None) == ("\u4e00" <= c <= "\u9fff"), c


def test_evidence_functions_read_the_same_on_own_texts() -> None:
    assert not be.lead_like("据新华社")
    assert be.lead_like("据本报记者了解，该项目已经开工")
    assert be.lead_like("本报讯 记者从市交通局获悉，地铁三号线将于年底通车")
    assert be.lead_like("随着气温回升，游客明显增多")
    assert not be.lead_like("春天的故事")
    assert be.head_evidence("3.6万户。其余的还在排队")[0] == 4.0
    assert be.head_evidence("2009年，公司迁往新址")[0] != 4.0
    assert be.head_evidence("笑着说：“我们还会再来。”")[0] == 4.0
    assert be.tail_evidence("全市的总人口约4.4万")[0] == be.STRONG
    assert be.tail_evidence("全程约40公")[0] == be.STRONG
    assert be.tail_evidence("参加的有600多")[0] == be.STRONG
    assert be.tail_evidence("总计达到12")[0] == be.STRONG


def test_joint_gates_hold_where_the_expressions_match() -> None:
    from lint_news.checks import break_joint as bj

    opens = cn = digit = 0
    extra = ["今年，", "近年来，", "据了解，", "第一次", "三是", "会议期间，", "在这一过程中，"]
    extra += ["二〇〇八", "一九九六\n", "约3.", "全长12\n"]
    rnd = random.Random(7)
    texts = _texts()
    for e in extra:  # each before and after generated texts
        for g in _generated(30, rnd.randrange(10**6)):
            texts += [e + g, g + e]
    texts += [
        "".join(rnd.choice("今年以来期间时中上后前，,。的是一〇二") for _ in range(16))
        for _ in range(3000)
    ]
    for text in texts:
        t = text.lstrip()
        if bj._OPENERS_RE.match(t):
            opens += 1
            assert t[:1] in bj._OPENERS_FIRST or "，" in t[:13] or "," in t[:13], t
        tail = text[-16:]
        last = tail[-2:-1] if tail[-1:] == "\n" else tail[-1:]
        if bj._CN_YEAR_END.search(tail):
            cn += 1
            assert last in bj._CN_YEAR_LAST, tail
        if bj._DIGIT_END.search(tail):
            digit += 1
            assert last in bj._DIGIT_END_LAST, tail
    assert opens >= 20 and cn >= 20 and digit >= 20, (opens, cn, digit)
    assert bj.may_cut_figure("该厂建于一九九六") and bj.may_cut_figure("全长12\n")
    assert not bj.may_cut_figure("全长十二公里")
    assert bj.opens_sentence("会议期间，代表们") and bj.opens_sentence("第三，要加强监管")
    assert not bj.opens_sentence("第一次来到这里")
    assert not bj.opens_sentence("产品远销海外")


def _plain_first_sentence(tagged: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
    for i, (w, _) in enumerate(tagged):
        if w in ("。", "！", "？", "；", "!", "?", ";"):
            return tagged[:i] if i else None
        if w in ("“", "”", "《", "（", "(", "：", ":"):
            return None
    return None


def test_first_sentence_and_can_open_read_as_the_plain_loops() -> None:
    rnd = random.Random(3)
    vocab = ["。", "！", "？", "；", "!", "?", ";", "“", "”", "《", "（", "(", "：", ":"]
    vocab += ["，", "城市", "的", "发展", "是", "。。", "：“", "a"]
    ends = nones = 0
    for _ in range(5000):
        tagged = [(rnd.choice(vocab), "x") for _ in range(rnd.randrange(0, 8))]
        got = be._first_sentence(tagged)
        assert got == _plain_first_sentence(tagged), tagged
        ends += bool(got)
        nones += got is None
    assert ends >= 100 and nones >= 100
    for text in _texts():
        h = text.lstrip()
        plain = bool(h) and (
            h[0].isdigit()
            or "a" <= h[0] <= "z"
            or h[0] in ".．"
            or "A" <= h[0] <= "Z"
            or h[0] in "-－@"
            or bg._UNIT_START.match(h) is not None
            or any(x in "]】］" for x in h[: bg.KEY_CUT + 1])
        )
        assert bg.can_open(text) == plain, text
