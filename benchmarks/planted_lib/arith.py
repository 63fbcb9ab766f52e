"""Arithmetic plants: a stated rate, share set, total or growth rate that no longer computes.

Two ways, reported apart:

- NATURAL (``*-natural``): a loose extractor of this module's own (it does not use
  lint_news's parsers) finds relations in the corpus text that DO compute, within one
  sentence (a growth rate may take its base from the next sentence), with Arabic figures
  (Chinese numerals are not read) and no hedge word (约, 近, 多, 余, 左右, 以上…) on any of
  them: parts after 其中/包括 that sum to the total stated before them; shares (each after
  占 / 比重 / 比例, or listed after 分别占) of one whole that sum to 100%; a growth or decline
  rate matching the values before (after 比/较/由/从/上年/去年…) and after; a rate (率, 占,
  比例) matching a part and a whole of one unit. "Computes" allows the rounding of every
  figure as written. One figure of the relation is then changed the way a typo changes it
  (two neighbouring digits swapped, one digit changed, a decimal point moved) so that the
  relation is off by a clear margin beyond that rounding (see ``MARGINS``).
- COMPOSED (``*-composed``): a sentence built from a grammar with many surface variants
  (orders, role words, 其中/共/合计/…中, 比/较/同比, 占/为/达, 分别占, 3+ shares, ratio forms
  a:b:c) with wrong arithmetic, using a noun and its measure word found in the host article
  where there is one (…企业 家, …学校 所, 居民 户…; else a stock noun), inserted at a
  sentence boundary of a body paragraph of a real article.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .corpora import pd_sentences
from .figures import _TO_ASCII, Figure, figures, to_value
from .model import (
    Article,
    Region,
    Sample,
    _body_range,
    _complete,
    _insert_sentence,
    sentence_spans,
)

# how far off a perturbed relation must be, beyond the rounding of its figures
MARGINS = {
    "rate": (3.0, 0.10),  # percentage points, and relative to the stated rate
    "shares": (5.0, 0.0),  # points away from 100
    "total": (0.0, 0.05),  # relative to the total
    "growth": (3.0, 0.15),
}

_HEDGE_NEAR = re.compile(r"约|近|超|逾|多|余|左右|以上|以下|上下|不到|不足|将近|接近|大约|几")


def _decimals(num: str) -> int:
    n = num.translate(_TO_ASCII)
    return len(n.split(".")[1]) if "." in n else 0


def interval(f: Figure) -> tuple[float, float]:
    """The values the figure may stand for, as rounded to its last written digit."""
    mult = to_value("1", f.mult)
    half = 0.5 * 10 ** (-_decimals(f.num)) * mult
    if not f.mult and _decimals(f.num) == 0 and f.unit.translate(_TO_ASCII) != "%":
        half = 0.0  # a count written in full is exact
    return f.value - half, f.value + half


_RANGE_BEFORE = re.compile(r"[0-9０-９%％][—\-－~～至到]$")
_RANGE_AFTER = re.compile(r"^[—\-－~～至到][0-9０-９]")


def _hedged(text: str, f: Figure) -> bool:
    """A hedge word or a range (30%—80%) on the figure: no exact relation holds."""
    return bool(
        _HEDGE_NEAR.search(text[max(0, f.start - 2) : f.start])
        or _HEDGE_NEAR.match(text[f.end : f.end + 2])
        or _RANGE_BEFORE.search(text[max(0, f.start - 2) : f.start])
        or _RANGE_AFTER.match(text[f.end : f.end + 2])
    )


# the widest a relation's own rounding may leave it: a relation that "computes" only
# because a figure is as coarse as 1万 is no relation
TIGHT = {"rate": 4.0, "shares": 3.0, "total": 0.02, "growth": 4.0}


def _tight(rel: Relation) -> bool:
    lo, hi = rel.check([interval(f) for f in rel.figs])  # type: ignore[operator]
    return lo <= 0 <= hi and hi - lo <= TIGHT[rel.kind]


def _unit(f: Figure) -> str:
    return f.unit.translate(_TO_ASCII)


@dataclass
class Relation:
    kind: str  # rate, shares, total, growth
    figs: list[Figure]  # the figures of the relation (offsets in the sentence's block)
    target: int  # index in figs of the stated figure to perturb (or -1: any)
    check: object  # a function figs' values -> (lo, hi) of the discrepancy; 0 inside
    # the text says the parts are all of the whole (A…，B…，共T; …，其他/其余 N): a sum short of
    # the total is wrong only then; parts after 其中/包括 may be some of it (前锋、中场和后卫
    # leaves out 门将), so there only parts that exceed the total are a defect
    complete: bool = True


# -- natural relations --------------------------------------------------------------------

_SHARE_CUE = re.compile(r"(?:占|比重|比例|份额|占比)[^，。；%％]{0,8}$")
_RATE_CUE = re.compile(r"(?:率|占|比例|比重|占比)(?:为|达|达到|是|约)?[^，。；]{0,3}$")
_BASE_CUE = re.compile(r"(?:比|较|由|从|上年|去年|同期|上半年|前年)[^，。；]{0,10}$")
_GROWTH_CUE = re.compile(r"(?:增长|增加|提高|上升|上涨|增|下降|减少|降低|下跌|回落|降)(?:了)?$")
_DOWN = re.compile(r"下降|减少|降低|下跌|回落|降")
_TOTAL_CUE = re.compile(r"其中|包括")
_ANY_CUE = re.compile(r"其中|包括|共|合计|总计|累计|[:：∶][0-9]")
_SUM_CUE = re.compile(r"(?:共计|合计|总计|累计|共)[^，。；0-9０-９]{0,6}(?=[0-9０-９])")


def _pct(f: Figure) -> bool:
    return _unit(f) == "%"


def _ratio_in(lo: float, hi: float, target_lo: float, target_hi: float) -> bool:
    return lo <= target_hi and target_lo <= hi


@lru_cache(maxsize=65536)
def natural_relations(text: str) -> list[tuple[int, int, Relation]]:
    """(sentence start, end, relation) of the relations that compute in a paragraph
    (cached: the hosts are tried round after round; the list is not to be changed)."""
    out = []
    spans = sentence_spans(text)
    for n, (s, e) in enumerate(spans):
        sent = text[s:e]
        if not re.search(r"[0-9０-９]", sent):
            continue
        figs = [
            Figure(f.start + s, f.end + s, f.num, f.mult, f.unit)
            for f in figures(sent)
            if not _hedged(sent, f)
        ]
        rels = _ratio(text, s, e)
        if len(figs) < 2:
            out += [(s, e, r) for r in rels if _tight(r)]
            continue
        nxt = text[spans[n + 1][0] : spans[n + 1][1]] if n + 1 < len(spans) else ""
        rels += _shares(text, figs) + _total(text, figs)
        growth = _growth(text, figs, nxt, e)
        rels += growth or _rate(text, figs)
        out += [(s, e, r) for r in rels if _tight(r)]
    return out


_RATIO_RE = re.compile(
    r"(?<![0-9.．:：∶])[0-9]+[.．][0-9](?:[:：∶][0-9]+[.．][0-9]){1,5}(?![0-9.．:：∶])"
)


def _ratio(text: str, s: int, e: int) -> list[Relation]:
    """A composition written as a ratio of decimals (7.1:38.2:56.3) that sums to 100."""
    out = []
    for m in _RATIO_RE.finditer(text, s, e):
        figs = []
        for part in re.finditer(r"[0-9]+[.．][0-9]", m.group()):
            figs.append(
                Figure(m.start() + part.start(), m.start() + part.end(), part.group(), "", "%")
            )
        lo = sum(interval(f)[0] for f in figs)
        hi = sum(interval(f)[1] for f in figs)
        if lo <= 100 <= hi:
            out.append(Relation("shares", figs, -1, _shares_gap))
    return out


def _shares(text: str, figs: list[Figure]) -> list[Relation]:
    pcts = [f for f in figs if _pct(f)]
    if len(pcts) < 2:
        return []
    listed = re.search(r"分别(?:占|为|是)", text[max(0, pcts[0].start - 12) : pcts[0].start])
    cued = [f for f in pcts if _SHARE_CUE.search(text[max(0, f.start - 10) : f.start])]
    group = pcts if listed else cued
    if len(group) < 2:
        return []
    lo = sum(interval(f)[0] for f in group)
    hi = sum(interval(f)[1] for f in group)
    if not lo <= 100 <= hi:
        return []
    return [Relation("shares", group, -1, _shares_gap)]


def _shares_gap(vals: list[tuple[float, float]]) -> tuple[float, float]:
    lo = sum(v[0] for v in vals) - 100
    hi = sum(v[1] for v in vals) - 100
    return lo, hi


def _total(text: str, figs: list[Figure]) -> list[Relation]:
    out = []
    for m in _TOTAL_CUE.finditer(text, figs[0].start, figs[-1].end):
        before = [f for f in figs if f.end <= m.start() and not _pct(f)]
        after = [f for f in figs if f.start >= m.end() and not _pct(f)]
        if not before or len(after) < 2:
            continue
        whole = before[-1]
        parts = [f for f in after if _unit(f) == _unit(whole)]
        if len(parts) < 2:
            continue
        lo = sum(interval(f)[0] for f in parts)
        hi = sum(interval(f)[1] for f in parts)
        wlo, whi = interval(whole)
        if _ratio_in(lo, hi, wlo, whi) and all(p.value < whole.value for p in parts):
            rest = re.search(r"其[他它余]|剩余", text[parts[-2].end : parts[-1].start])
            out.append(Relation("total", [whole, *parts], -1, _total_gap, bool(rest)))
    # parts first, then the total: A 3个、B 5个，共8个
    for m in _SUM_CUE.finditer(text, figs[0].start, figs[-1].end):
        after = [f for f in figs if f.start >= m.end() and not _pct(f)]
        if not after:
            continue
        whole = after[0]
        parts = [f for f in figs if f.end <= m.start() and _unit(f) == _unit(whole)]
        if len(parts) < 2 or any(p.value >= whole.value for p in parts):
            continue
        lo = sum(interval(f)[0] for f in parts)
        hi = sum(interval(f)[1] for f in parts)
        if _ratio_in(lo, hi, *interval(whole)):
            out.append(Relation("total", [whole, *parts], -1, _total_gap))
    return out


def _total_gap(vals: list[tuple[float, float]]) -> tuple[float, float]:
    (wlo, whi), parts = vals[0], vals[1:]
    lo = sum(p[0] for p in parts)
    hi = sum(p[1] for p in parts)
    w = max(whi, 1e-9)
    return (lo - whi) / w, (hi - wlo) / w


def _growth(text: str, figs: list[Figure], nxt: str, end: int) -> list[Relation]:
    out = []
    pcts = [
        f
        for f in figs
        if _pct(f) and _GROWTH_CUE.search(text[max(0, f.start - 4) : f.start].rstrip("了"))
    ]
    if not pcts:
        return []
    vals = [f for f in figs if not _pct(f)]
    extra = []
    if nxt and re.search(r"上年|去年|同期", nxt[:12]):
        extra = [
            Figure(f.start + end, f.end + end, f.num, f.mult, f.unit)
            for f in figures(nxt)
            if not _hedged(nxt, f)
        ]
    for p in pcts:
        cue = text[max(0, p.start - 4) : p.start]
        sign = -1 if _DOWN.search(cue) else 1
        for b in vals + extra:
            if not (_BASE_CUE.search(text[max(0, b.start - 12) : b.start]) or b in extra):
                continue
            for a in vals:
                if a is b or _unit(a) != _unit(b) or b.value <= 0:
                    continue
                rel = Relation("growth", [b, a, p], 2, _growth_gap(sign))
                lo, hi = rel.check([interval(f) for f in rel.figs])  # type: ignore[operator]
                if lo <= 0 <= hi:
                    out.append(rel)
    return out


def _growth_gap(sign: int):
    def gap(vals: list[tuple[float, float]]) -> tuple[float, float]:
        (blo, bhi), (alo, ahi), (plo, phi) = vals
        lo = (alo / bhi - 1) * 100 * sign
        hi = (ahi / max(blo, 1e-9) - 1) * 100 * sign
        lo, hi = min(lo, hi), max(lo, hi)
        return plo - hi, phi - lo

    return gap


def _rate(text: str, figs: list[Figure]) -> list[Relation]:
    out = []
    pcts = [f for f in figs if _pct(f) and _RATE_CUE.search(text[max(0, f.start - 8) : f.start])]
    counts = [f for f in figs if not _pct(f)]
    for p in pcts:
        for a in counts:
            for b in counts:
                if a is b or _unit(a) != _unit(b) or b.value >= a.value or a.value <= 0:
                    continue
                rel = Relation("rate", [a, b, p], 2, _rate_gap)
                lo, hi = _rate_gap([interval(f) for f in rel.figs])
                if lo <= 0 <= hi:
                    out.append(rel)
    return out[:1]


def _rate_gap(vals: list[tuple[float, float]]) -> tuple[float, float]:
    (alo, ahi), (blo, bhi), (plo, phi) = vals
    lo = blo / max(ahi, 1e-9) * 100
    hi = bhi / max(alo, 1e-9) * 100
    return plo - hi, phi - lo


def typo_variants(num: str) -> list[str]:
    """What a slip of the finger makes of a number: neighbouring digits swapped, one digit
    changed, the decimal point moved or lost. Never a leading zero."""
    ascii_num = num.translate(_TO_ASCII)
    fw = ascii_num != num
    out: set[str] = set()
    for i in range(len(ascii_num) - 1):
        a, b = ascii_num[i], ascii_num[i + 1]
        if a.isdigit() and b.isdigit() and a != b:
            out.add(ascii_num[:i] + b + a + ascii_num[i + 2 :])
    for i, c in enumerate(ascii_num):
        if c.isdigit():
            for d in "0123456789":
                if d != c:
                    out.add(ascii_num[:i] + d + ascii_num[i + 1 :])
    if "." in ascii_num:
        out.add(ascii_num.replace(".", ""))
    elif len(ascii_num) >= 2:
        out.add(ascii_num[:-1] + "." + ascii_num[-1])
    good = []
    for v in sorted(out):
        if v == ascii_num or (v.startswith("0") and not v.startswith("0.")) or v.endswith("."):
            continue
        if "." in v and v.endswith("0"):
            continue
        good.append(v)
    if fw:
        table = str.maketrans({str(i): "０１２３４５６７８９"[i] for i in range(10)} | {".": "．"})
        good = [g.translate(table) for g in good]
    return good


def _clearly_off(rel: Relation, vals: list[tuple[float, float]], stated: float) -> bool:
    lo, hi = rel.check(vals)  # type: ignore[operator]
    points, relative = MARGINS[rel.kind]
    margin = max(points, relative * abs(stated)) if rel.kind != "total" else relative
    return lo > margin or (hi < -margin and rel.complete)


def perturb_relation(rel: Relation, rng: random.Random) -> tuple[Figure, str, dict] | None:
    """A figure of the relation and its new number, the relation then clearly off."""
    idxs = [rel.target] if rel.target >= 0 else list(range(len(rel.figs)))
    rng.shuffle(idxs)
    for i in idxs:
        f = rel.figs[i]
        cands = typo_variants(f.num)
        swaps = [c for c in cands if sorted(c) == sorted(f.num)]
        rng.shuffle(cands)
        order = (swaps + cands) if swaps and rng.random() < 0.5 else cands
        for new in order:
            g = Figure(f.start, f.end, new, f.mult, f.unit)
            vals = [interval(x) if j != i else interval(g) for j, x in enumerate(rel.figs)]
            stated = rel.figs[rel.target].value if rel.target >= 0 else 100.0
            if _clearly_off(rel, vals, stated):
                return f, new, {"old_num": f.num, "new_num": new, "role": i}
    return None


def plant_natural(art: Article, rng: random.Random, kind: str) -> Sample | None:
    cands = []
    for i in _body_range(art):
        text = art.blocks[i]
        if "%" not in text and "％" not in text and not _ANY_CUE.search(text):
            continue
        for s, e, rel in natural_relations(text):
            if rel.kind == kind:
                cands.append((i, s, e, rel))
    if not cands:
        return None
    i, s, e, rel = rng.choice(cands)
    got = perturb_relation(rel, rng)
    if got is None:
        return None
    f, new, detail = got
    blocks = list(art.blocks)
    text = blocks[i]
    blocks[i] = text[: f.start] + new + text[f.start + len(f.num) :]
    shift = len(new) - len(f.num)
    end = e + shift if e >= f.end else e
    return Sample("", art, blocks, [Region(i, s, max(end, f.start + len(new)))], [], detail)


def pd_articles(root: Path, files: dict[str, str] | None = None) -> list[Article]:
    """People's Daily 1998 sentences with an Arabic digit, as one-paragraph hosts for the
    natural classes (the sentences are shuffled: no article to put them in)."""
    out = []
    for ident, file, sent in pd_sentences(root, files):
        if sent and re.search(r"[0-9０-９]", sent):
            line = int(ident.rsplit(":", 1)[1])
            out.append(Article("pd1998", ident, [], [sent], file, [line]))
    return out


# -- composed sentences -----------------------------------------------------------------

# noun endings -> measure word: what a host article's own nouns are counted in
NOUN_COUNTERS = {
    "行政村": "个",
    "企业": "家",
    "公司": "家",
    "医院": "家",
    "银行": "家",
    "门店": "家",
    "学校": "所",
    "项目": "个",
    "社区": "个",
    "小区": "个",
    "基地": "个",
    "网点": "个",
    "居民": "户",
    "农户": "户",
    "家庭": "户",
    "学生": "名",
    "职工": "名",
    "员工": "名",
    "教师": "名",
    "球员": "名",
    "干部": "名",
    "人口": "人",
    "毕业生": "名",
    "用户": "人",
    "会员": "人",
    "游客": "人",
    "玩家": "人",
    "车辆": "辆",
    "产品": "款",
    "基金": "只",
    "住房": "套",
    "房源": "套",
    "楼盘": "个",
}
_NOUN_RE = re.compile("|".join(sorted(NOUN_COUNTERS, key=len, reverse=True)))
STOCK_NOUNS = ("企业", "项目", "学校", "居民", "行政村", "职工", "社区", "医疗机构")
SCOPES = (
    "全市",
    "全县",
    "全省",
    "全区",
    "该区",
    "今年",
    "目前",
    "截至目前全市",
    "去年",
    "上半年",
)


def host_noun(art: Article, rng: random.Random, fits: tuple[str, ...] = ()) -> tuple[str, str]:
    """(noun, measure word): one the host article uses where there is one (among ``fits``
    when given), else one of ``fits`` or a stock noun."""
    found = []
    for b in art.paras[:8]:
        for m in _NOUN_RE.finditer(b):
            if not fits or m.group() in fits:
                found.append(m.group())
    noun = rng.choice(found) if found else rng.choice(fits or STOCK_NOUNS)
    return noun, NOUN_COUNTERS.get(noun, "个")


PEOPLE = ("职工", "员工", "学生", "居民", "游客", "用户", "会员", "教师", "干部")
RATE_VERBS = (  # verb, rate name, the nouns it is said of
    ("完成改造", "改造完成率", ("小区", "项目", "住房", "学校")),
    ("通过验收", "验收合格率", ("项目", "学校", "住房", "基地")),
    ("开通了公交", "通车率", ("行政村", "社区", "小区")),
    ("完成签约", "签约率", ("企业", "项目", "农户", "家庭")),
    ("实现达标", "达标率", ("企业", "学校", "医院", "门店")),
    ("开工建设", "开工率", ("项目", "基地", "住房")),
    ("接入宽带", "覆盖率", ("行政村", "社区", "学校", "家庭")),
    ("参加培训", "参训率", ("职工", "员工", "教师", "干部", "球员")),
    ("办理了参保", "参保率", ("居民", "职工", "农户", "员工")),
)


def _pick(forms: list[str], rng: random.Random, facts: dict) -> tuple[str, dict]:
    """One of the surface forms, its index kept as the sample's variant."""
    i = rng.randrange(len(forms))
    return forms[i], {**facts, "form": i}


def _pct_text(x: float, decimals: int) -> str:
    return f"{x:.{decimals}f}" if decimals else str(round(x))


def _wrong_pct(true: float, rng: random.Random, decimals: int, kind: str) -> float | None:
    points, relative = MARGINS[kind]
    margin = max(points, relative * true) + 0.5
    for _ in range(20):
        delta = rng.uniform(margin, margin + 25) * rng.choice((-1, 1))
        v = round(true + delta, decimals)
        if 0 < v < 100 and abs(v - true) > margin:
            return v
    return None


def compose_rate(art: Article, rng: random.Random) -> tuple[str, dict] | None:
    a = rng.choice((rng.randint(12, 400), rng.randint(400, 5000)))
    b = rng.randint(max(1, a // 5), a - 1)
    d = rng.choice((0, 1, 1))
    p = _wrong_pct(b / a * 100, rng, d, "rate")
    if p is None:
        return None
    pt = _pct_text(p, d) + "%"
    verb, rate, fits = rng.choice(RATE_VERBS)
    noun, c = host_noun(art, rng, fits)
    sc = rng.choice(SCOPES)
    forms = [
        f"{sc}共有{noun}{a}{c}，其中{b}{c}已{verb}，{rate}达{pt}",
        f"{sc}共有{noun}{a}{c}，其中已有{b}{c}{verb}，{rate}为{pt}",
        f"在{a}{c}{noun}中，已{verb}的有{b}{c}，占{pt}",
        f"{sc}{a}{c}{noun}中已有{b}{c}{verb}，{rate}{pt}",
        f"{b}{c}{noun}{verb}，占{sc}{noun}总数{a}{c}的{pt}",
        f"{sc}{noun}总数为{a}{c}，{verb}{b}{c}，{rate}达到{pt}",
        f"截至目前，已{verb}的{noun}达{b}{c}，占全部{a}{c}的{pt}",
        f"在全部{a}{c}{noun}中，有{b}{c}{verb}，比例为{pt}",
        f"{sc}{verb}的{noun}{b}{c}，{rate}{pt}，{noun}总数{a}{c}",
    ]
    return _pick(forms, rng, {"whole": a, "part": b, "rate": float(_pct_text(p, d))})


SHARE_SETS = (  # parts, the wholes they divide, whether the parts are all there is
    (("男性", "女性"), PEOPLE, True),
    (("城镇", "农村"), ("居民", "学生", "人口", "家庭"), True),
    (("第一产业", "第二产业", "第三产业"), ("地区生产总值", "从业人员", "增加值"), True),
    (("一产", "二产", "三产"), ("地区生产总值", "投资"), True),
    (("国有企业", "民营企业", "外资企业"), ("企业", "工业增加值", "出口额"), False),
    (("本科", "专科", "研究生"), ("学生", "毕业生", "教师"), False),
    (("东部地区", "中部地区", "西部地区", "东北地区"), ("项目", "投资", "企业"), True),
    (("线上", "线下"), ("销售额", "用户", "会员"), True),
    (("新建", "改建", "扩建"), ("项目", "住房", "学校"), False),
    (("市区", "郊区", "外省市"), ("游客", "车辆", "用户"), False),
    (("一年级", "二年级", "三年级", "四年级"), ("学生",), False),
)
# A list of categories that need not be all there is (国有/民营/外资 leaves out 集体 and
# others; 一年级…四年级 may be four of six grades) is only wrong when its shares add up to
# more than the whole; falling short of 100% is what such a list normally does. A list that
# is all there is (男/女, 三次产业) is wrong off 100% either way.


def _composition(n: int, decimals: int, rng: random.Random) -> list[float]:
    cuts = sorted(rng.uniform(0, 100) for _ in range(n - 1))
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
    parts = [max(round(x, decimals), 1.0) for x in parts]
    parts[-1] = round(100 - sum(parts[:-1]), decimals)
    return parts if parts[-1] > 0.5 else []


def compose_shares(art: Article, rng: random.Random) -> tuple[str, dict] | None:
    parts_of, wholes, exhaustive = rng.choice(SHARE_SETS)
    noun, _ = host_noun(art, rng, wholes)
    names = list(parts_of)  # all of them: a subset need not sum to 100
    n = len(names)
    ratio = exhaustive and n >= 3 and rng.random() < 0.3
    d = 1 if ratio else rng.choice((0, 1))
    parts = _composition(n, d, rng)
    if not parts:
        return None
    k = rng.randrange(n)
    margin = MARGINS["shares"][0] + 1
    sign = rng.choice((-1, 1)) if exhaustive else 1
    delta = rng.uniform(margin, margin + 20) * sign
    new = round(parts[k] + delta, d)
    if not 0 < new < 100:
        new = round(parts[k] + abs(delta), d)
    parts[k] = new
    ps = [_pct_text(x, d) for x in parts]
    sc = rng.choice(SCOPES)
    whole = f"{sc}{noun}" if rng.random() < 0.7 else noun
    if ratio:
        sep = rng.choice((":", "：", "∶"))
        facts = {"shares": [float(x) for x in ps], "ratio": True}
        return _pick(
            [
                f"{'、'.join(names)}的比例为{sep.join(ps)}",
                f"{whole}中{'、'.join(names)}之比为{sep.join(ps)}",
                f"{whole}的构成比例调整为{sep.join(ps)}",
            ],
            rng,
            facts,
        )
    pcts = [p + "%" for p in ps]
    items = "，".join(f"{a}占{b}" for a, b in zip(names, pcts, strict=True))
    listed = "、".join(pcts[:-1]) + "和" + pcts[-1]
    forms = [
        f"{whole}中，{items}",
        f"{whole}中{items}",
        f"在{whole}中，{'、'.join(names)}分别占{listed}",
        f"{whole}里，{'、'.join(names)}所占比重分别为{listed}",
        f"按类别看，{noun}中" + "，".join(f"{a}占{b}" for a, b in zip(names, pcts, strict=True)),
        f"{whole}的构成为：" + "，".join(f"{a}{b}" for a, b in zip(names, pcts, strict=True)),
        f"{whole}中，" + "，".join(f"{a}占比{b}" for a, b in zip(names, pcts, strict=True)),
        "，".join(f"{a}占{whole}的{b}" for a, b in zip(names, pcts, strict=True)),
    ]
    return _pick(forms, rng, {"shares": [float(x) for x in ps], "ratio": False})


TOTAL_PARTS = (  # parts, the nouns they divide, whether the parts are all there is
    (("新建", "改建"), ("项目", "住房", "学校", "小区"), False),
    (("货币化安置", "实物安置"), ("住房", "房源", "农户", "家庭"), True),
    (("城区", "农村"), ("学校", "居民", "社区", "医院"), False),
    (("市级", "县级", "乡镇级"), ("项目", "基地", "学校"), False),
    (("已完工", "在建"), ("项目", "住房", "小区"), False),
    (("本地", "外地"), ("游客", "企业", "员工", "学生"), True),
    (("公办", "民办"), ("学校", "医院", "教师"), True),
    (("国内", "海外"), ("游客", "企业", "用户", "门店"), True),
)
# As with shares: parts that need not be all there is (新建/改建 leaves out 扩建, 已完工/在建
# leaves out 未开工) are only wrong when they add up to more than the total.
MONEY_TOTALS = (
    ("完成", "投资", "亿元"),
    ("争取", "资金", "万元"),
    ("发放", "补贴", "万元"),
    ("实现", "销售收入", "亿元"),
)


def compose_total(art: Article, rng: random.Random) -> tuple[str, dict] | None:
    labels_of, fits, exhaustive = rng.choice(TOTAL_PARTS)
    noun, c = host_noun(art, rng, fits)
    labels = list(labels_of)
    money = rng.random() < 0.3
    if money:
        verb, what, unit = rng.choice(MONEY_TOTALS)
    else:
        verb, what, unit = rng.choice(("新增", "拥有", "")), noun, c
    d = 1 if (money or rng.random() < 0.3) else 0
    if d == 1 and not money and c not in ("户", "人", "名", "套"):
        d = 0  # 12.3万家医院 is no count anyone writes
    wan = "万" if (not money and d == 1) else ""
    scale = 10**d
    parts = [rng.randint(2 * scale, 60 * scale) / scale for _ in labels]
    true = round(sum(parts), d)
    # a total off by at least the margin (and at least two units of its last digit)
    off = max(MARGINS["total"][1] * true * rng.uniform(1.3, 3.0), 2 / scale)
    total = round(true + off * rng.choice((-1, 1)), d) if exhaustive else round(true - off, d)
    if total <= max(parts):
        if not exhaustive:
            return None  # the parts cannot exceed this total by the margin
        total = round(true + off, d)
    fmt = lambda x: (f"{x:.{d}f}" if d else str(int(x))) + wan + unit  # noqa: E731
    items = [f"{lab}{fmt(x)}" for lab, x in zip(labels, parts, strict=True)]
    listing = "，".join(items)
    joined = "、".join(items[:-1]) + "和" + items[-1]
    sc = rng.choice(SCOPES)
    forms = [
        f"{sc}共{verb}{what}{fmt(total)}，其中{listing}",
        f"{sc}{verb}的{fmt(total)}{what}中，{listing}",
        f"{sc}{what}合计{fmt(total)}，包括{joined}",
        f"{listing}，{sc}共计{verb}{what}{fmt(total)}",
        f"{sc}{what}总数达{fmt(total)}，其中{'、'.join(items)}",
        f"{sc}{verb}{what}总计{fmt(total)}。其中，{listing}",
        f"{sc}{'、'.join(items)}，{what}合计{fmt(total)}",
        f"{sc}{verb}{what}{fmt(total)}，包括{joined}",
    ]
    return _pick(forms, rng, {"total": total, "parts": parts})


GROWTH_METRICS = (
    ("完成固定资产投资", "亿元"),
    ("实现营业收入", "亿元"),
    ("接待游客", "万人次"),
    ("实现地区生产总值", "亿元"),
    ("进出口总额", "亿美元"),
    ("实现销售额", "万元"),
    ("新增就业", "人"),
    ("商品房成交", "套"),
)


def compose_growth(art: Article, rng: random.Random) -> tuple[str, dict] | None:
    noun, c = host_noun(art, rng)
    metric, unit = rng.choice(GROWTH_METRICS)
    if rng.random() < 0.25:
        metric, unit = f"{noun}数量", c
    d = rng.choice((0, 1)) if unit.endswith(("元", "人次")) else 0
    scale = 10**d
    base = rng.randint(20 * scale, 900 * scale) / scale
    up = rng.random() < 0.75
    true = rng.uniform(3, 60) if up else rng.uniform(3, 40)
    value = round(base * (1 + true / 100 if up else 1 - true / 100), d)
    if value <= 0:
        return None
    real = abs(value / base - 1) * 100
    wrong = _wrong_pct(real, rng, rng.choice((0, 1)), "growth")
    if wrong is None:
        return None
    fmt = lambda x: (f"{x:.{d}f}" if d else str(int(x))) + unit  # noqa: E731
    pt = (f"{wrong:.1f}" if wrong != int(wrong) else str(int(wrong))) + "%"
    word = rng.choice(("增长", "增加", "提高")) if up else rng.choice(("下降", "减少"))
    to = "增加到" if up else "减少到"
    sc = rng.choice(SCOPES[:5])
    period = rng.choice(("今年前三季度", "上半年", "去年", "今年1至5月", "一季度", ""))
    forms = [
        f"{period}{sc}{metric}{fmt(value)}，比上年的{fmt(base)}{word}{pt}",
        f"{sc}{metric}由{fmt(base)}{to}{fmt(value)}，{word}{pt}",
        f"{sc}{metric}从去年的{fmt(base)}{'提高' if up else '下降'}到{fmt(value)}，同比{word}{pt}",
        f"{period}{sc}{metric}达到{fmt(value)}，较上年同期的{fmt(base)}{word}{pt}",
        f"{period}{sc}{metric}{fmt(value)}，同比{word}{pt}。去年同期为{fmt(base)}",
        f"{metric}{fmt(value)}，同比{word}{pt}，上年同期为{fmt(base)}",
        f"{sc}{metric}{fmt(value)}，{'增幅' if up else '降幅'}为{pt}，上年为{fmt(base)}",
        f"与上年的{fmt(base)}相比，{period}{sc}{metric}{fmt(value)}，{word}{pt}",
    ]
    return _pick(forms, rng, {"base": base, "value": value, "rate": float(pt[:-1]), "up": up})


COMPOSERS = {
    "rate": compose_rate,
    "shares": compose_shares,
    "total": compose_total,
    "growth": compose_growth,
}


def plant_composed(art: Article, rng: random.Random, kind: str) -> Sample | None:
    sites = [i for i in _body_range(art) if len(art.blocks[i]) >= 10 and _complete(art.blocks[i])]
    if not sites:
        return None
    got = COMPOSERS[kind](art, rng)
    if not got:
        return None
    sent, facts = got
    sent += "。"
    blocks = list(art.blocks)
    j = rng.choice(sites)
    reg = _insert_sentence(blocks, j, sent, rng, allow_start=rng.random() < 0.2)
    return Sample("", art, blocks, [reg], [], {"kind": kind, **facts})


def count_natural(articles: list[Article]) -> dict[str, int]:
    """How many relations that compute the extractor finds, per kind."""
    out = dict.fromkeys(COMPOSERS, 0)
    for art in articles:
        for i in _body_range(art):
            text = art.blocks[i]
            if "%" not in text and "％" not in text and not _ANY_CUE.search(text):
                continue
            for _, _, rel in natural_relations(text):
                out[rel.kind] += 1
    return out


def value_of(f: Figure) -> float:
    return to_value(f.num, f.mult)
