"""Pairing of moved tails (issue 9): a start that reads as a sentence's own in general
(``opens_sentence``, ``lead_like``) but, after the break's end, as its rest. Every
sentence here is written for the test; each shape comes with a look-alike that must keep
its reading."""

from __future__ import annotations

import pytest

from lint_news.checks import truncation_joint as tj

from .break_support import pairs, structure_rules


@pytest.fixture(scope="module")
def rules():
    return structure_rules()


def _read(tail: str, last: tuple[str, str], head: str, opens: bool, lead: bool):
    return tj._read_on(tail, last, head, opens, lead)


def test_a_term_in_quotation_marks_is_the_object_of_the_end():
    v = ("推行", "v")
    assert _read("市场监管局将在全市推行", v, "“明厨亮灶”工程，让后厨看得见。", True, False) == (
        False,
        False,
    )
    assert (
        _read("这是一种较浓的", ("的", "uj"), "“乡土情结”，很多人都有。", True, False)[0] is False
    )
    # a quotation that is a sentence of its own, or a saying, still opens one
    for head in ("“明厨亮灶”。这是全市今年的重点工作。", "“我们欢迎检查。”一位老板说。"):
        assert _read("市场监管局将在全市推行", v, head, True, False)[0] is True
    # after a noun the quoted term starts a sentence of its own
    assert _read("全市餐饮单位", ("单位", "n"), "“明厨亮灶”工程进展顺利。", True, False)[0]


def test_a_phrase_that_closes_the_end_s_zai():
    assert (
        _read("今年新区在", ("在", "p"), "省内外客商的洽谈中，口碑很好。", True, False)[0] is False
    )
    assert _read("新区在异国", ("异国", "n"), "文化交流中，收获不少。", True, False)[0] is False
    # 正在, 现在 are no preposition; an end with no 在 opens nothing
    assert _read("项目现在", ("现在", "t"), "审批过程中，速度加快。", True, False)[0] is True
    assert _read("新区引进项目42个，目前", ("目前", "t"), "洽谈中，口碑很好。", True, False)[0]


def test_a_pronoun_that_is_the_end_s_object():
    tell = ("告诉", "v")
    assert _read("负责人告诉", tell, "记者，服务站将扩大范围。", True, False)[0] is False
    assert _read("这个结果让", ("让", "v"), "我们很意外。", True, False)[0] is False
    # after a verb that takes no such object, the pronoun opens a sentence (after a comma,
    # the next clause: moved21, see tests/test_break_moved21.py)
    assert _read("负责人提到", ("提到", "v"), "他们还会扩大范围。", True, False)[0] is True
    assert _read("负责人很高兴，", ("，", "x"), "他们还会扩大范围。", True, False)[0] is False


def test_a_saying_with_no_subject_takes_it_from_the_end():
    last = ("报告", "n")
    for head in ("指出，自驾游成为主流。", "对记者表示，今年会更好。", "介绍说，门票收入增长。"):
        assert _read("文旅局发布的报告", last, head, False, True) == (False, False)
    # a saying with its own subject is running text's own start
    assert _read("文旅局发布的报告", last, "专家指出，自驾游成为主流。", False, True)[1] is True


def test_a_conjunction_after_a_comma_reads_on():
    end, last = "不少车辆在水中熄火，", ("，", "x")
    for head in ("甚至有车辆被困在隧道中。", "其中3辆是公交车。", "如果积水再深一些，后果难料。"):
        assert _read(end, last, head, False, True)[1] is False
    # after a full stop, or a start that is a source, it stays running text's own start
    assert _read("不少车辆在水中熄火。", ("。", "x"), "甚至有车辆被困。", False, True)[1] is True
    assert _read(end, last, "据交警介绍，没有人员受伤。", False, True)[1] is True


# a report whose last sentence lost its verb's subject-less rest three paragraphs down; the
# paragraph right after the break is a fresh sentence
SAYING = (
    "旅游市场持续回暖\n\n"
    "据统计，国庆假期全市共接待游客320万人次。市文旅局发布的假日旅游分析报告\n\n"
    "各大景区门票收入也有明显增长。\n\n"
    "乡村旅游尤其受到家庭游客的欢迎。\n\n"
    "不少民宿提前半个月就已订满。\n\n"
    "{far}\n\n"
    "下一步，全市将继续丰富旅游产品。"
)


def test_a_far_subjectless_saying_is_the_tail(rules):
    text = SAYING.format(far="指出，自驾游和短途游成为今年假期出游的主要方式。")
    assert pairs(rules, text) == {(3, 11)}


def test_a_far_saying_with_its_own_subject_is_not(rules):
    text = SAYING.format(far="专家指出，自驾游和短途游成为今年假期出游的主要方式。")
    assert (3, 11) not in pairs(rules, text)


# -- what stands around a candidate ------------------------------------------------------


def _blocks(*texts: str):
    from lint_news.document import Document

    return Document("\n\n".join(texts)).blocks


def test_an_attribution_continues_the_quotation_before_it():
    quote = "“充电比以前方便多了，小区门口就有快充桩。”"
    assert tj._attribution(_blocks(quote, "家住城南的车主王先生说。他去年换了车。"), 1)
    assert tj._attribution(_blocks("“方便多了！”", "王先生说道。"), 1)
    # no quotation closed before it, a saying that goes on (说，…), or a long first clause
    assert not tj._attribution(_blocks("充电桩越来越多。", "家住城南的车主王先生说。"), 1)
    assert not tj._attribution(_blocks(quote, "王先生说，他去年换了一辆纯电动车。"), 1)
    assert not tj._attribution(
        _blocks(quote, "家住城南、去年刚刚换了一辆纯电动车的车主王先生说。"), 1
    )


def test_a_label_after_the_last_sentence_is_no_open_end():
    assert tj.furniture_end("截止日期为本月30日前。 我要评论")
    assert tj.furniture_end("记者将继续关注。”我要评论")
    # a credit between the last sentence and the label
    assert tj.furniture_end("记者将继续关注。(王晓东) 我要评论")
    assert tj.furniture_end("这是大势所趋。”——王晓东我要评论")
    assert not tj.furniture_end("记者将继续关注。(王晓东)")
    assert not tj.furniture_end("这是大势所趋。”——王晓东")
    # a sentence left open, a name after the stop, a label with no sentence before it
    assert not tj.furniture_end("截止日期为本月30日前。他说")
    assert not tj.furniture_end("截止日期为本月30日前。记者 王晓东")
    assert not tj.furniture_end("我要评论")


CHARGING = (
    "新能源汽车销量再创新高\n\n"
    "本报讯 记者从市商务局获悉，今年前三季度全市新能源汽车销量同比增长48%。\n\n"
    "市商务局有关负责人介绍，销量增长主要来自家用车市场。与此同时，充电设施建设也在加快，"
    "全市今年新建的公共充电桩已经\n\n"
    "“充电比以前方便多了，小区门口就有快充桩。”\n\n"
    "家住城南的车主王先生说。他去年换了一辆纯电动车。\n\n"
    "超过1.2万个，基本实现城区三公里一座充电站。\n\n"
    "下一步，全市还将出台支持政策。"
)


def test_the_tail_beyond_an_attribution(rules):
    # 已经 | 家住城南的…说。 reads on too, but that line says who spoke the quotation before it
    assert pairs(rules, CHARGING) == {(5, 11)}


RENOVATION = (
    "旧小区改造进展顺利\n\n"
    "本报讯 今年全市启动改造的老旧小区已有126个，惠及居民3.6万户。\n\n"
    "改造内容包括外墙保温、管网更新和加装电梯等。{end}\n\n"
    "有居民表示，改造后小区环境明显好转。\n\n"
    "据介绍，改造资金由财政和居民共同承担。 我要评论\n\n"
    "明年年底前全部完工，届时全市老旧小区将基本完成改造。"
)


def test_a_furniture_end_is_no_break(rules):
    # the line under the label starts mid-sentence, but the label ends no sentence
    assert pairs(rules, RENOVATION.format(end="")) == set()
    # a real break keeps its finding; the label's line has none
    found = pairs(rules, RENOVATION.format(end="按照计划，剩余小区的改造将在"))
    assert {line for line, _ in found} == {5}


STADIUM = (
    "城东体育中心开工\n\n"
    "本报讯 昨天，城东体育中心正式开工建设。项目总投资8.6亿元，包括一座主体育场和两座训练馆。\n\n"
    "据介绍，体育中心预计明年年底建成，届时将免费向市民开放{end}\n\n"
    "{line}"
)


def test_a_short_last_line_that_closes_the_end_s_bracket(rules):
    # the line reads as a label, but it closes the bracket the paragraph left open
    text = STADIUM.format(end="。（本报记者", line="王晓东 李梦）")
    assert pairs(rules, text) == {(5, 7)}
    assert tj._closes_left_open("开放。（本报记者", "王晓东 李梦）")


def test_a_short_last_line_that_closes_nothing_open_stays_apart(rules):
    # a bracket the paragraph never opened, and a label that closes nothing
    assert pairs(rules, STADIUM.format(end="，", line="王晓东 李梦）")) == {(5, None)}
    assert pairs(rules, STADIUM.format(end="。（本报记者", line="相关链接")) == {(5, None)}
    assert not tj._closes_left_open("开放，", "王晓东 李梦）")


VEGETABLES = (
    "全市蔬菜供应充足\n\n"
    "本报讯 记者从市农业农村局获悉，入冬以来全市蔬菜供应充足，价格总体平稳。\n\n"
    "今年全市新建蔬菜基地12个，新增种植面积3.5万亩。为保障供应，市里今年还将继续实施\n\n"
    "目前，全市共有农贸市场86个，其中标准化市场40个。\n\n"
    "部分超市还推出了平价蔬菜专区。\n\n"
    "{far}\n\n"
    "下一步，市农业农村局将加强价格监测。"
)


def _features_of(rules, text: str, start: str, monkeypatch) -> dict[str, float] | None:
    """The pair features the assignment scored for the candidate that starts with ``start``."""
    from lint_news.checks import break_pairing as bp

    seen: dict[str, tuple] = {}
    values = bp.Scorer.values

    def spy(self, p, *args, **kw):
        v = values(self, p, *args, **kw)
        seen[p.head.text[: len(start)]] = v
        return v

    monkeypatch.setattr(bp.Scorer, "values", spy)
    pairs(rules, text)
    v = seen.get(start)
    return None if v is None else dict(zip((*bp._WEIGHED, "nosign"), v, strict=True))


@pytest.mark.pure  # (spies on compiled code: see tests/conftest.py)
def test_a_quoted_term_is_joined_by_its_own_first_word(rules, monkeypatch):
    f = _features_of(
        rules, VEGETABLES.format(far="“菜篮子”工程，新建社区菜店50家。"), "“菜篮子", monkeypatch
    )
    assert f is not None and f["fit"] > 0 and f["nosign"] == 0.0
    # a quotation that is a sentence of its own is no candidate away from the break
    text = VEGETABLES.format(far="“菜篮子”。这是市民最关心的事。")
    assert _features_of(rules, text, "“菜篮子", monkeypatch) is None
