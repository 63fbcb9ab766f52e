"""The planted-defect benchmark (benchmarks/planted.py, planting.py): the planter is
deterministic, every class changes the text as documented, and the scoring counts hits,
misses, pairing and collateral findings correctly. Synthetic articles written here; the
corpus parts skip when ../shared/corpora is absent."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPORA, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import planted  # noqa: E402
import planted_lib as planting  # noqa: E402
from planted_lib import Article, Region, Sample  # noqa: E402

# A made-up article: several paragraphs, figures with units, complete sentences.
PARAS = [
    "本报讯 今年以来，河西区加快老旧小区改造步伐。截至十月底，全区共完成改造项目126个，惠及居民4.3万户。",
    "区住建局负责人介绍，改造内容包括屋面防水、管网更新和加装电梯。今年新增停车位2800个，铺设沥青路面37公里。",
    "在资金方面，区财政安排专项资金8.6亿元，另外争取上级补助资金1.2亿元。这些资金全部专款专用。",
    "为方便老人出行，各小区共加装电梯315部。一位居民说，以前上下楼很吃力，现在方便多了。",
    "下一步，河西区将继续推进城市更新，计划明年再改造小区45个，新建口袋公园12处。",
    "据了解，该区绿化面积已达到560公顷，人均公园绿地面积比五年前增加了一倍多。",
]
TITLE = "河西区老旧小区改造惠及四万多户居民"


def article(ident: str = "toy:1", paras: list[str] | None = None) -> Article:
    ps = list(paras or PARAS)
    return Article("toy", ident, [TITLE], ps, "toy.txt", [1] * (1 + len(ps)))


def articles() -> list[Article]:
    out = [article()]
    for k in range(1, 4):  # rotations: more hosts, same vocabulary
        out.append(article(f"toy:{k + 1}", PARAS[k:] + PARAS[:k]))
    return out


def classes(prefix: str) -> list[planting.PlantClass]:
    return planting.select_classes(prefix)


def one(name: str, seed: int = 3) -> Sample:
    (cls,) = [c for c in planting.CLASSES if c.name == name]
    (s,) = planting.plant_samples(articles(), cls, 1, seed)
    return s


# ---------------------------------------------------------------------------------------
# Determinism and class selection


def test_same_seed_same_samples_other_seed_other_samples() -> None:
    for cls in planting.CLASSES:
        a = [s.text for s in planting.plant_samples(articles() + natural(), cls, 6, seed=7)]
        b = [s.text for s in planting.plant_samples(articles() + natural(), cls, 6, seed=7)]
        assert a == b, cls.name
        # a natural relation is perturbed at most three ways (one host has one per kind); the
        # toy article counts one thing with a measure word (一位居民), once per host
        expect = 3 if cls.name.endswith("natural") else 4 if cls.name == "wording-measure" else 6
        assert len(a) == expect, cls.name
    texts = lambda seed: [  # noqa: E731
        s.text for c in planting.CLASSES for s in planting.plant_samples(articles(), c, 3, seed)
    ]
    assert texts(1) != texts(2)


def test_every_sample_differs_from_its_host() -> None:
    for cls in planting.CLASSES:
        for s in planting.plant_samples(articles() + natural(), cls, 8, seed=5):
            assert s.text != s.host.text, cls.name
            assert s.cls == cls.name


def test_classes_select_by_prefix_and_reject_unknown() -> None:
    names = [c.name for c in planting.select_classes("break,repeat-sentence-far")]
    assert names == ["break-next", "break-moved", "break-lost", "repeat-sentence-far"]
    assert len(planting.select_classes("")) == len(planting.CLASSES)
    with pytest.raises(ValueError, match="no class"):
        planting.select_classes("nonsense")


# ---------------------------------------------------------------------------------------
# Breaks


def _ends_sentence(t: str) -> bool:
    t = t.rstrip(planting.CLOSERS)
    return bool(t) and t[-1] in planting.END


def test_break_positions_avoid_sentence_ends() -> None:
    text = "全区共完成项目126个。惠及居民4.3万户，“效果很好。”他说。"
    pos = planting.break_positions(text)
    assert pos and 0 not in pos and len(text) not in pos
    for p in pos:
        assert not _ends_sentence(text[:p])
        assert text[p:].lstrip(planting.CLOSERS)[:1] not in planting.END
    # a cut right after 。 or before it, or after 。” is never offered; mid-word cuts are
    assert text.index("。") + 1 not in pos and text.index("。") not in pos
    assert text.index("”") + 1 not in pos
    assert text.index("居") + 1 in pos  # 居|民: inside a word
    assert text.index("1") in pos  # before a figure
    # where no line may break: before a comma or a closing quote, after an opening quote
    assert text.index("，") not in pos and text.index("“") + 1 not in pos
    assert text.index("，") + 1 in pos  # after a comma: a line may end there


def test_break_positions_not_after_a_sentence_end_and_blanks() -> None:
    # a web page's invisible line mark (U+E40C), a space or a full-width space after 。 does
    # not hide the sentence end: a cut there leaves a head that reads as finished
    for blank in ("\ue40c", " ", "\u3000", "\xa0\xa0"):
        text = f"区里新建公园三座。{blank}年底前还将开放两座，方便居民游览。"
        pos = planting.break_positions(text)
        after = text.index("。") + 1
        assert all(not (after <= p <= after + len(blank)) for p in pos), blank
        assert text.index("底") in pos  # 年|底 inside the next sentence is still a cut
        # nor a cut whose tail opens with blanks and then a sentence end
    text = "新建公园三座 。年底前还将开放两座。"
    assert text.index("座") + 1 not in planting.break_positions(text)


def test_break_positions_fall_inside_a_sentence() -> None:
    # a cut falls before the paragraph's last sentence end: not in a trailing credit after
    # it, and nowhere in a line with no sentence end (a subhead, a caption, a link list)
    text = "区里今年新建公园三座，年底前全部开放。（记者 王小明）"
    pos = planting.break_positions(text)
    last = text.index("。")
    assert pos and max(pos) < last
    assert text.index("王") not in pos
    assert planting.break_positions("三座新公园年底前全部开放") == []
    assert planting.break_positions("新公园开放（附图片2张）") == []
    # the old definition (planted.py --break-anywhere) cuts anywhere a line may break
    anywhere = planting.break_positions(text, anywhere=True)
    assert text.index("王") in anywhere and set(pos) < set(anywhere)
    assert planting.break_positions("三座新公园年底前全部开放", anywhere=True)


def test_cut_kinds() -> None:
    assert planting.cut_kind("全区共完成项目", "126个。") == "before-figure"
    assert planting.cut_kind("全区共完成项目12", "6个。") == "in-figure"
    assert planting.cut_kind("据介绍，", "全区") == "after-comma"
    assert planting.cut_kind("惠及居", "民") == "in-word"
    assert planting.cut_kind("惠及居民", "三千多户") == "between-words"
    assert planting.cut_kind("全市将继续加大", "投入力度") == "between-words"
    assert planting.cut_kind("全市将继续加", "大投入力度") == "in-word"
    assert planting.cut_kind("the E", "OS") == "in-latin"


@pytest.mark.parametrize("seed", range(6))
def test_break_next_leaves_an_open_paragraph_and_its_tail_next(seed: int) -> None:
    s = one("break-next", seed)
    (t,) = s.target
    (p,) = s.pair
    head, tail = s.blocks[t.block], s.blocks[p.block]
    assert p.block == t.block + 1
    assert not _ends_sentence(head)
    assert head + tail in s.host.blocks  # the paragraph, cut in two
    assert len(s.blocks) == len(s.host.blocks) + 1


@pytest.mark.parametrize("seed", range(6))
def test_break_moved_puts_the_tail_one_to_five_paragraphs_away(seed: int) -> None:
    s = one("break-moved", seed)
    (t,) = s.target
    (p,) = s.pair
    head, tail = s.blocks[t.block], s.blocks[p.block]
    assert head + tail in s.host.blocks and not _ends_sentence(head)
    between = abs(p.block - t.block) - 1
    assert 1 <= between <= 5 and between == s.detail["between"]
    assert (p.block > t.block) == (s.detail["way"] == "forward")
    assert p.block >= len(s.host.titles)  # never among the titles


@pytest.mark.parametrize("seed", range(6))
def test_break_lost_drops_the_tail(seed: int) -> None:
    s = one("break-lost", seed)
    (t,) = s.target
    head = s.blocks[t.block]
    assert not s.pair and len(s.blocks) == len(s.host.blocks)
    orig = s.host.blocks[t.block]
    assert orig.startswith(head) and len(orig) - len(head) == s.detail["lost"] > 0
    assert not _ends_sentence(head)


# ---------------------------------------------------------------------------------------
# Repeats


@pytest.mark.parametrize("name", ["repeat-paragraph-next", "repeat-paragraph-far"])
def test_paragraph_repeats(name: str) -> None:
    for seed in range(5):
        s = one(name, seed)
        (t,) = s.target
        (p,) = s.pair
        assert s.blocks[t.block] == s.blocks[p.block] and t.block != p.block
        assert len(s.blocks) == len(s.host.blocks) + 1
        gap = abs(t.block - p.block)
        assert gap == 1 if name.endswith("next") else 2 <= gap <= 6


@pytest.mark.parametrize("name", ["repeat-sentence-next", "repeat-sentence-far"])
def test_sentence_repeats(name: str) -> None:
    for seed in range(5):
        s = one(name, seed)
        (t,) = s.target
        (p,) = s.pair
        copy = s.blocks[t.block][t.start : t.end]
        first = s.blocks[p.block][p.start : p.end]
        assert copy == first and len(copy) >= 8 and _ends_sentence(copy)
        assert s.text.count(copy) == s.host.text.count(copy) + 1
        if name.endswith("next"):
            assert t.block == p.block and t.start == p.end  # right after itself
        else:
            assert t.block != p.block


# ---------------------------------------------------------------------------------------
# Figures


def fig(text: str) -> planting.Figure:
    (f,) = planting.figures(text)
    return f


def test_figures_read_numbers_multipliers_units_and_full_width() -> None:
    f = fig("惠及居民4.3万户")
    assert (f.num, f.mult, f.unit, f.value) == ("4.3", "万", "户", 43000.0)
    f = fig("铺设沥青路面３７公里")
    assert f.value == 37.0 and f.unit == "公里"
    assert planting.figures("第3个") == [] and planting.figures("2020年") == []
    assert fig("面积达到560公顷").unit == "公顷"
    assert fig("增长12.5%").unit == "%"


@pytest.mark.parametrize(
    "text",
    [
        "全区完成改造项目126个",
        "专项资金8.6亿元",
        "惠及居民4.3万户",
        "绿化面积560公顷",
        "路面３７公里",
        "增长12.5%",
        "新增停车位2800个",
        "居民10户",
    ],
)
def test_magnitude_slips_change_the_value_by_a_power_of_ten(text: str) -> None:
    f = fig(text)
    vs = planting.magnitude_variants(f)
    assert vs
    for num, mult, k in vs:
        new = planting.to_value(num, mult)
        assert k != 0 and new != f.value
        assert new == pytest.approx(f.value * 10**k)
        # full-width figures stay full-width
        assert planting._fullwidth(num) == planting._fullwidth(f.num)


def test_transpositions_swap_two_distinct_neighbouring_digits() -> None:
    assert planting.transpose_variants(fig("共有11个")) == []  # no change possible
    assert planting.transpose_variants(fig("共有10个")) == []  # 01 is no figure
    assert [n for n, _ in planting.transpose_variants(fig("共有83个"))] == ["38"]
    for num, _ in planting.transpose_variants(fig("户籍人口约8.60万人")):
        assert num != "8.60"
    for num, i in planting.transpose_variants(fig("新建4971个")):
        old = "4971"
        diff = [j for j in range(4) if old[j] != num[j]]
        assert diff == [i, i + 1] and old[i] == num[i + 1] and old[i + 1] == num[i]


def test_unit_slips_stay_in_the_dimension_and_change_the_amount() -> None:
    f = fig("绿道全长26公里")
    assert ("", "米") in planting.slip_variants(f)
    assert ("", "亩") in planting.slip_variants(fig("面积560公顷"))
    money = planting.slip_variants(fig("资金8.6亿元"))
    assert ("万", "元") in money
    for text in ("绿道全长26公里", "面积560公顷", "资金8.6亿元", "重3千克"):
        f = fig(text)
        dim = planting.UNITS[f.unit][0]
        for m, u in planting.slip_variants(f):
            assert planting.UNITS[u][0] == dim
            assert planting.to_value(f.num, m) * planting.UNITS[u][1] != pytest.approx(
                f.value * planting.UNITS[f.unit][1]
            )


QUANTITY = [c.name for c in planting.CLASSES if c.category == "quantity"]


@pytest.mark.parametrize("name", QUANTITY)
def test_quantity_plants_restate_a_clause_with_the_figure_perturbed(name: str) -> None:
    for seed in range(6):
        s = one(name, seed)
        (t,) = s.target
        (p,) = s.pair
        d = s.detail
        planted_text = s.blocks[t.block][t.start : t.end]
        source = s.blocks[p.block][p.start : p.end]
        assert source == d["old_text"] and d["new_text"] in planted_text
        assert d["new_text"] != d["old_text"]
        assert s.host.text.count(d["new_text"]) < s.text.count(d["new_text"])
        if name.startswith("headline"):
            assert t.start == 0 and t.end == len(s.blocks[t.block])  # a block of its own
            assert len(planted_text) <= 26 and not _ends_sentence(planted_text)
        else:
            assert t.block != p.block and planted_text.endswith("。")
        if name.endswith("magnitude"):
            assert d["new"] == pytest.approx(d["old"] * 10 ** d["k"])
        if name.endswith("transpose"):
            assert sorted(d["old_num"]) == sorted(d["new_num"])
            assert d["new_num"] != d["old_num"]
        if name.endswith("unit"):
            assert d["old_unit"] != d["new_unit"]


@pytest.mark.parametrize("name", ["redundancy-approx", "redundancy-over"])
def test_redundancy_wraps_a_figure(name: str) -> None:
    for seed in range(5):
        s = one(name, seed)
        (t,) = s.target
        span = s.blocks[t.block][t.start : t.end]
        pre, post = s.detail["pre"], s.detail["post"]
        assert span.startswith(pre) and span.endswith(post)
        assert planting.figures(span[len(pre) : len(span) - len(post)])
        assert s.text.replace(span, span[len(pre) : len(span) - len(post)], 1) == s.host.text


# ---------------------------------------------------------------------------------------
# Arithmetic

# relations that compute, in sentences written for this test
COMPUTES = {
    "total": "截至去年底，全县共有学校120所，其中城区学校45所，农村学校75所。",
    "shares": "全市参保职工中，女性占46.5%，男性占53.5%。",
    "growth": "全年完成投资120亿元，比上年的100亿元增长20%。",
    "rate": "全县共有行政村215个，其中已有172个开通了公交，通车率达80%。",
}
# look-alikes: wrong, hedged, or a range: no relation that computes
NO_RELATION = [
    "全县共有学校120所，其中城区学校45所，农村学校85所。",
    "全县共有学校约120所，其中城区学校45所，农村学校75所。",
    "股票投资比例为30%—70%，债券占70%。",
    "全年完成投资120亿元，比上年的100亿元增长30%。",
    "全县共有行政村215个，其中已有172个开通了公交，通车率达90%。",
]


def natural() -> list[Article]:
    paras = [PARAS[0], *COMPUTES.values(), PARAS[1]]
    return [article("toy:natural", paras)]


def test_measure_word_plant_writes_the_look_alike() -> None:
    (cls,) = planting.select_classes("wording-measure")
    for seed in range(1, 6):
        (s,) = planting.plant_samples(articles(), cls, 1, seed)
        (reg,) = s.target
        wrong = s.blocks[reg.block][reg.start : reg.end]
        assert "一为居" in wrong and s.detail == {"measure": "wei"}
        assert s.text.replace("一为居", "一位居") == s.host.text


@pytest.mark.parametrize("kind", list(COMPUTES))
def test_natural_extractor_finds_relations_that_compute(kind: str) -> None:
    kinds = [r.kind for _, _, r in planting.natural_relations(COMPUTES[kind])]
    assert kinds == [kind]


@pytest.mark.parametrize("text", NO_RELATION)
def test_natural_extractor_ignores_what_does_not_compute(text: str) -> None:
    assert planting.natural_relations(text) == []


def test_ratio_form_is_a_share_set() -> None:
    (rel,) = [r for _, _, r in planting.natural_relations("三次产业结构为7.1:38.2:54.7。")]
    assert rel.kind == "shares" and len(rel.figs) == 3
    assert planting.natural_relations("三次产业结构为7.1:48.2:54.7。") == []


def test_typo_variants_change_the_number_and_never_lead_with_zero() -> None:
    vs = planting.typo_variants("80")
    assert "08" not in vs and "80" not in vs and "8.0" not in vs
    assert "90" in vs and "8" not in vs or "8.0" not in vs
    assert all(not v.startswith("0") or v.startswith("0.") for v in planting.typo_variants("105"))
    assert "４５" in planting.typo_variants("５４")  # full width stays full width


@pytest.mark.parametrize("kind", list(COMPUTES))
def test_natural_plant_leaves_a_relation_that_no_longer_computes(kind: str) -> None:
    (cls,) = planting.select_classes(f"arithmetic-{kind}-natural")
    got = planting.plant_samples(natural(), cls, 3, seed=2)
    assert got
    for s in got:
        (t,) = s.target
        sent = s.blocks[t.block][t.start : t.end]
        orig = s.host.blocks[t.block]
        assert s.blocks[t.block] != orig and s.detail["old_num"] != s.detail["new_num"]
        assert [r for _, _, r in planting.natural_relations(sent) if r.kind == kind] == []
        assert [r for _, _, r in planting.natural_relations(orig) if r.kind == kind]


@pytest.mark.parametrize("kind", list(COMPUTES))
def test_composed_sentences_do_not_compute(kind: str) -> None:
    (cls,) = planting.select_classes(f"arithmetic-{kind}-composed")
    for s in planting.plant_samples(articles(), cls, 30, seed=4):
        (t,) = s.target
        sent = s.blocks[t.block][t.start : t.end]
        assert sent.endswith("。") and sent not in s.host.text
        d = s.detail
        if kind == "rate":
            assert abs(d["part"] / d["whole"] * 100 - d["rate"]) > 3
        elif kind == "shares":
            assert abs(sum(d["shares"]) - 100) > 5 and len(d["shares"]) >= 2
        elif kind == "total":
            assert abs(sum(d["parts"]) - d["total"]) > 0.05 * d["total"] - 1e-9
            assert len(d["parts"]) >= 2
        else:
            real = abs(d["value"] / d["base"] - 1) * 100
            assert abs(real - d["rate"]) > 3
        # the extractor reads the composed sentence and finds nothing that computes
        assert not [r for _, _, r in planting.natural_relations(sent) if r.kind == kind]


def test_composed_sentences_vary() -> None:
    for kind in COMPUTES:
        (cls,) = planting.select_classes(f"arithmetic-{kind}-composed")
        shapes = {
            re.sub(r"[0-9.%:：∶]+", "#", s.blocks[s.target[0].block][s.target[0].start :][:8])
            for s in planting.plant_samples(articles(), cls, 40, seed=9)
        }
        assert len(shapes) >= 4, kind


# ---------------------------------------------------------------------------------------
# Articles from corpus-like input


def test_paragraphs_keep_quotes_whole_and_continuations_attached() -> None:
    body = "他说：“我们完成了任务。明年还要继续。”会议结束。大家高喊“加油！”的口号。散会。"
    for seed in range(10):
        paras = planting.paragraphs_of(body, random.Random(seed))
        assert "".join(paras) == body
        for p in paras:
            assert p.count("“") == p.count("”")
            assert not p.startswith("的")


def test_lines_grouped_into_articles_at_headlines() -> None:
    lines = [
        "小区改造惠及万户",
        "全区完成改造项目。",
        "居民很满意。",
        "新建公园12处",
        "公园已开放。",
    ]
    arts = list(planting.group_lines("toy", lines, "toy.txt"))
    assert [(a.titles, len(a.paras)) for a in arts] == [
        (["小区改造惠及万户"], 2),
        (["新建公园12处"], 1),
    ]
    assert arts[1].lines == [4, 5]


def test_thucnews_headline_split_at_a_dateline_only() -> None:
    head, body = planting.thucnews_split("河西区改造小区百余个本报讯 今年以来，全区加快改造。")
    assert head == "河西区改造小区百余个" and body.startswith("本报讯")
    assert planting.thucnews_split("今年以来，全区加快改造。")[0] == ""


# ---------------------------------------------------------------------------------------
# Scoring


def _hit(cat: str, s: int, e: int, related: tuple = (), rule: str = "r") -> planted.Hit:
    return planted.Hit(rule, cat, s, e, tuple(related), "x")


def _sample() -> tuple[Sample, planting.PlantClass]:
    blocks = ["标题", "第一段没有说完", "接着说完了。", "另一段。"]
    s = Sample("break-moved", article(), blocks, [Region(1, 0, 7)], [Region(2, 0, 6)])
    (cls,) = [c for c in planting.CLASSES if c.name == "break-moved"]
    return s, cls


def test_scoring_hit_miss_pairing_and_collateral() -> None:
    s, cls = _sample()
    spans = planted.block_spans(s.blocks)
    head, tail, other = spans[1], spans[2], spans[3]
    score = lambda hits, ctl=(): planted.score_sample(s, cls, hits, list(ctl))  # noqa: E731
    # nothing found: a miss
    assert score([]) == planted.Score(False, False, 0)
    # wrong category on the head: still a miss
    assert not score([_hit("quantity", head[1] - 1, head[1])]).hit
    # the head flagged, related on the tail: hit and paired
    assert score([_hit("truncation", head[1] - 1, head[1], [tail])]) == planted.Score(True, True, 0)
    # the head flagged, related on another paragraph: hit, not paired, a wrong partner
    r = score([_hit("truncation", head[1] - 1, head[1], [other])])
    assert r.hit and not r.paired and r.wrong
    # the head flagged naming no partner, or naming the tail: no wrong partner
    assert not score([_hit("truncation", head[1] - 1, head[1])]).wrong
    assert not score([_hit("truncation", head[1] - 1, head[1], [tail])]).wrong
    # another paragraph flagged as the head's (or the tail's) partner: wrong too
    assert score([_hit("truncation", other[0], other[0] + 1, [tail])]).wrong
    # the tail flagged with the head as related: paired the other way round
    assert score([_hit("truncation", tail[0], tail[0] + 2, [head])]).paired
    # a finding elsewhere whose related place is the head counts as a hit
    assert score([_hit("truncation", other[0], other[0] + 1, [head])]).hit
    # an error finding away from the plant is collateral, unless the control has it too
    far = _hit("repetition", other[0], other[1], rule="repeated-sentence")
    assert score([far]).collateral == 1
    assert score([far], [far]).collateral == 0
    # a finding on the head that the untouched article has too is no hit
    old = _hit("truncation", head[0], head[0] + 1, [tail], rule="unbalanced-pair")
    assert score([old]).hit and not score([old], [old]).hit
    # punctuation is not an error category: never collateral
    assert score([_hit("punctuation", other[0], other[1])]).collateral == 0


def test_wrong_partner_of_a_lost_tail_is_counted_and_shown() -> None:
    blocks = ["标题", "第一段没有说完", "另一段。", "再一段。"]
    s = Sample("break-lost", article(), blocks, [Region(1, 0, 7)], [])
    (cls,) = [c for c in planting.CLASSES if c.name == "break-lost"]
    spans = planted.block_spans(blocks)
    head, other = spans[1], spans[2]
    named = planted.score_sample(s, cls, [_hit("truncation", head[0], head[1], [other])], [])
    alone = planted.score_sample(s, cls, [_hit("truncation", head[0], head[1])], [])
    assert named == planted.Score(True, False, 0, True) and not alone.wrong
    missed = planted.score_sample(s, cls, [], [])
    res = planted.ClassResult("break-lost", "truncation", False)
    for sc in (named, alone, missed):
        res.samples += 1
        res.hits += sc.hit
        res.wrong += sc.wrong
    assert res.row()["wrong_partner"] == 0.5  # of the 2 found, not of the 3 samples
    table = planted.results_table([res], markdown=False)
    assert "wrong partner" in table.splitlines()[0] and "50.0%" in table.splitlines()[-1]
    # classes of other categories show no such share
    other_cls = planted.ClassResult("repeat-paragraph-far", "repetition", True, 1, 1, 1)
    assert other_cls.row()["wrong_partner"] is None
    assert planted.results_table([other_cls], markdown=False).splitlines()[-1].endswith("-")


def test_scoring_sentence_repeat_pairs_by_span_inside_one_block() -> None:
    text = "甲乙丙丁戊己庚辛。甲乙丙丁戊己庚辛。后面还有。"
    s = Sample("repeat-sentence-next", article(), [text], [Region(0, 9, 18)], [Region(0, 0, 9)])
    (cls,) = [c for c in planting.CLASSES if c.name == "repeat-sentence-next"]
    good = _hit("repetition", 9, 18, [(0, 9)])
    wrong = _hit("repetition", 9, 18, [(18, 23)])  # related on the wrong sentence
    assert planted.score_sample(s, cls, [good], []) == planted.Score(True, True, 0)
    r = planted.score_sample(s, cls, [wrong], [])
    assert r.hit and not r.paired


def test_a_crash_of_the_linter_is_counted_not_fatal(monkeypatch) -> None:
    def boom(text: str) -> list:
        raise RuntimeError("bad rule")

    monkeypatch.setattr(planted, "lint_text", boom)
    (res,) = planted._lint_batch(["全区共完成项目126个。"])
    assert [h.category for h in res] == [planted.CRASH] and "bad rule" in res[0].rule
    assert planted.crashes([res, []]) == {"RuntimeError: bad rule": 1}


def test_linting_in_process_finds_a_planted_repeat() -> None:
    s = one("repeat-paragraph-next", 1)
    hits = planted.lint_text(s.text)
    (cls,) = [c for c in planting.CLASSES if c.name == "repeat-paragraph-next"]
    assert planted.score_sample(s, cls, hits, planted.lint_text(s.host.text)).paired


# ---------------------------------------------------------------------------------------
# On the corpora


def _need_corpora() -> None:
    if not CORPORA.is_dir():
        if os.environ.get("LINT_NEWS_REQUIRE_DATA"):
            pytest.fail("../shared/corpora is required here")
        pytest.skip("../shared/corpora not present")


def test_corpus_articles_and_plants_are_sound() -> None:
    _need_corpora()
    arts = planting.build_articles(CORPORA, 1)
    assert {a.corpus for a in arts} == {"thucnews", "sogou", "pku", "msr"}
    assert len(arts) > 1000
    for a in arts:
        assert all(b and "\n" not in b for b in a.blocks)
        assert len(a.lines) == len(a.blocks)
    pd = planting.pd_articles(CORPORA)
    for cls in planting.CLASSES:
        got = planting.plant_samples(arts, cls, 20, seed=1, pd=pd)
        assert len(got) == 20 or (cls.name.endswith("natural") and got), cls.name
        again = planting.plant_samples(arts, cls, 20, seed=1, pd=pd)
        assert [s.text for s in got] == [s.text for s in again]


def test_end_to_end_run_writes_numbers_only(tmp_path: Path, capsys) -> None:
    _need_corpora()
    out = tmp_path / "r.json"
    rc = planted.main(
        [
            "--samples",
            "30",
            "--classes",
            "break-n,repeat-paragraph-n,redundancy-o",
            "--max-articles",
            "30",
            "--jobs",
            "1",
            "--json",
            str(out),
        ]
    )
    assert rc == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [c["class"] for c in data["classes"]] == [
        "break-next",
        "repeat-paragraph-next",
        "redundancy-over",
    ]
    assert all(c["samples"] == 10 for c in data["classes"])
    assert data["controls"]["articles"] > 0
    assert not re.search(r"[\u4e00-\u9fff]", out.read_text(encoding="utf-8"))
    assert "recall" in capsys.readouterr().out


def test_skips_without_corpora(tmp_path: Path, capsys) -> None:
    assert planted.main(["--corpora", str(tmp_path / "none")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_lints_whichever_lint_news_is_importable(tmp_path: Path) -> None:
    """Another worktree's lint_news stays first: importing planted (and corpus_eval through
    it) must not put this repository's root ahead of it on sys.path."""
    pkg = tmp_path / "lint_news"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("MARK = 'other'\n", encoding="utf-8")
    code = (
        "import sys; import planted; p = sys.path; "
        f"ahead = str(planted.ROOT) in p and p.index(str(planted.ROOT)) < p.index({str(tmp_path)!r}); "
        "print(planted.lint_news.MARK, ahead)"
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(tmp_path), str(ROOT / "benchmarks")])
    # -S: no site packages, so no editable-install .pth puts this root on the path already
    out = subprocess.run(
        [sys.executable, "-S", "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["other", "False"]


def test_control_findings_match_reviewed_ones_by_flagged_text_when_context_differs():
    """planted.py joins corpus lines into articles, so the characters around a finding at a
    line's edge differ from corpus_eval's documents: a reviewed finding is still recognised
    by file, corpus line, rule and the flagged text itself, and nothing looser."""
    import corpus_eval

    text_ce = "全市参保职工中女性占47%，男性占58%。"
    text_pl = "据统计，在册会员里女性占47%，男性占58%。下一段"
    s_ce = text_ce.index("女性")
    s_pl = text_pl.index("女性")
    n = len("女性占47%，男性占58%")
    key = corpus_eval.finding_key("shares", text_ce, s_ce, s_ce + n)
    core = corpus_eval.finding_key("shares", text_ce, s_ce, s_ce + n, context=0)
    assert key != corpus_eval.finding_key("shares", text_pl, s_pl, s_pl + n)  # context differs
    g = planted.Genuine({("msr.txt", 7, "shares", key)}, corpus_eval.finding_key)
    g_core = planted.Genuine(
        {("msr.txt", 7, "shares", key)}, corpus_eval.finding_key, {("msr.txt", 7, "shares", core)}
    )
    art = Article("msr", "msr:7", [], [text_pl], "msr.txt", [7])
    hit = planted.Hit("shares", "arithmetic", s_pl, s_pl + n, (), text_pl[s_pl : s_pl + n])
    assert (art, text_pl, 7, hit) not in g
    assert (art, text_pl, 7, hit) in g_core
    other_line = (art, text_pl, 8, hit)
    other_rule = planted.Hit("rate-vs-counts", "arithmetic", s_pl, s_pl + n, (), "")
    shorter = planted.Hit("shares", "arithmetic", s_pl, s_pl + n - 1, (), "")
    assert other_line not in g_core
    assert (art, text_pl, 7, other_rule) not in g_core
    assert (art, text_pl, 7, shorter) not in g_core
