"""What a figure is about: the words of its clause that say what it measures.

Two mentions of a figure are "the same quantity" only when they measure the same thing:
the same verb and noun around the figure, the same period (一季度, 全年, 1至7月, 上半年,
去年同期 …), the same qualifiers (一期/二期, 单价/总价, 全县/示范片, 人均, 日均, 累计,
同比/环比 …) and no conflicting subject (two different companies or places).

The work is split in two so that documents without any candidate pair never load jieba:

- ``about(doc, q)`` reads the clause, the period and the qualifiers with regular
  expressions only;
- ``words_of(doc, q)`` adds the content words (subject, verb, head noun) with jieba's
  part-of-speech tagger, run on the sentence around the figure only.

Both are cached per document in ``doc.cache``. ``same_quantity(doc, a, b)`` combines them
by word overlap; ``close_quantity(doc, a, b)`` asks more: a clause restated in nearly the
same words around the figure (compared from a word boundary, so 一号线/二号线 differ), or
the same nouns for what the figure measures (its clause before it, its noun after it), most
of the clause's words shared and no conflicting verb (开工/竣工). It decides figures whose
values alone are weak evidence of a slip (83/38, 500/5000) and one subject measured in two
units (全长26公里 / 这条26米长的绿道).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, NamedTuple

from .context_periods import Period, _period_in, periods_agree
from .document import _DATELINE_RE, TITLE_KINDS, Block, Document
from .patterns import lazy
from .records import Frozen, Record

_set = object.__setattr__  # (a frozen value's fields are set once, in __init__)

if TYPE_CHECKING:
    from .numbers import Quantity

# -- clauses --------------------------------------------------------------------------

# a clause ends at these marks; in titles a space separates the parts of a headline too
_CLAUSE_END = '，,。；;！？!?：:（）()【】「」“”"\n'
_TITLE_CLAUSE_END = _CLAUSE_END + " \u3000"
_SENT_END = "。；;！？!?\n"

# -- qualifiers --------------------------------------------------------------------------

# group -> (pattern, presence matters): when a group's presence matters, a figure with the
# qualifier and one without it are different quantities (人均收入 vs 收入); otherwise only
# two different values conflict (全县 vs 示范片).
_QUALIFIERS: dict[str, tuple[re.Pattern[str], bool]] = {
    "phase": (lazy(r"(?:首|[一二三四五六七八九十]|[1-9])期(?!间|末|初|中|刊|货)"), True),
    "price": (lazy(r"单价|总价|均价|起价|底价|标价|原价|现价|售价|市价|单位价格"), True),
    "per": (
        lazy(
            r"人均|户均|日均|月均|年均|周均|亩均|场均|平均|每(?:人|户|天|日|周|月|年|亩|吨|公斤|平方米|台|辆|次|家|名|个|位|张|件|套|头|只|小时|分钟|秒|公里)"
        ),
        True,
    ),
    "total": (lazy(r"累计|累积|总计|共计|合计|总共|一共|总额|总量|总数|总和|总规模"), True),
    "compare": (lazy(r"同比|环比|比上年|较上年|比去年|较去年|比上月|较上月"), False),
    "scope": (
        lazy(
            r"全(?:国|省|市|县|区|镇|乡|村|州|旗|盟|球|世界|行业|社会|年级|校)|示范(?:片|区|田|基地|点|园)|试点|核心区|主城区|城区|农村|城镇|境内|境外|国内|国外|海外|省内|省外|市内|县内|区内|本地|当地|中央|地方"
        ),
        False,
    ),
    "part": (lazy(r"其中|之中|内含|包括"), True),
    "extreme": (
        lazy(r"最高|最低|最多|最少|最大|最小|最长|最短|最快|最慢|峰值|至少|至多|起码|上限|下限"),
        True,
    ),
    "new": (lazy(r"新增|新开工|新签|新注册|新发现|新招|新引进|新培育|新认定"), True),
    "plan": (
        lazy(r"计划|预计|预期|目标|力争|争取|拟|规划|设计|预算|有望|将达|将超|可望|可达"),
        True,
    ),
    "limit": (lazy(r"不超过|不低于|不少于|不高于|不足|不到|低于|高于|超过了|以内"), False),
    "rank": (lazy(r"排名|位列|位居|名列|排在"), True),
    "change": (
        lazy(
            r"增长|增加|提高|提升|上升|上涨|增幅|涨幅|下降|减少|降低|下跌|下滑|降幅|跌幅|回落|减幅"
        ),
        False,
    ),
}

_SENTENCE_GROUPS = ("scope", "part", "plan")

_UP = {"增长", "增加", "提高", "提升", "上升", "上涨", "增幅", "涨幅"}
_DOWN = {"下降", "减少", "降低", "下跌", "下滑", "降幅", "跌幅", "回落", "减幅"}


_UP_TO_DE = lazy(r"[^的，,。；;、]{0,3}的")  # (read per figure: compiled once, kept on disk)


def _qualifiers(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for group, (pat, _presence) in _QUALIFIERS.items():
        found = pat.findall(text)
        if not found:
            continue
        v = found[-1]
        if group == "change":
            v = "up" if v in _UP else "down"
        elif group == "compare":
            v = "环比" if v in ("环比", "比上月", "较上月") else "同比"
        elif group == "per":
            v = "均" if v.endswith("均") else v
        out[group] = v
    return out


# -- the regex part of the context -------------------------------------------------------


class Own(Frozen):
    """What the figure's own clause says, before it (not the sentence or paragraph)."""

    __slots__ = _fields = ("period", "qualifiers", "sentence_period")
    period: Period
    qualifiers: dict[str, str]
    sentence_period: Period  # … and what its sentence says before it

    def __init__(self, period: Period, qualifiers: dict[str, str], sentence_period: Period) -> None:
        _set(self, "period", period)
        _set(self, "qualifiers", qualifiers)
        _set(self, "sentence_period", sentence_period)


class About(Record):
    """What a figure is about, as far as regular expressions can tell."""

    __slots__ = _fields = (
        "start",
        "end",
        "block",
        "sentence",
        "clause",
        "left",
        "right",
        "period",
        "qualifiers",
        "title",
        "aspect",
        "bare",
        "own",
        "words",
    )
    _repr = _fields[:-1]
    start: int
    end: int
    block: Block
    sentence: tuple[int, int]  # span in doc.text
    clause: tuple[int, int]
    left: str  # clause text before the figure (after any earlier figure of the clause)
    right: str  # text after the figure to the clause end or the next figure (at most 10 chars)
    period: Period
    qualifiers: dict[str, str]
    title: bool  # in a headline or subhead
    aspect: str  # what a length measures: 长, 宽, 高, 深 … ("" when not said)
    bare: bool  # a headline or subhead that is nothing but this figure
    own: Own | None  # the period and qualifiers its own clause states
    words: Words | None  # (not in its repr)

    def __init__(
        self,
        start: int,
        end: int,
        block: Block,
        sentence: tuple[int, int],
        clause: tuple[int, int],
        left: str,
        right: str,
        period: Period,
        qualifiers: dict[str, str],
        title: bool,
        aspect: str = "",
        bare: bool = False,
        own: Own | None = None,
        words: Words | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.block = block
        self.sentence = sentence
        self.clause = clause
        self.left = left
        self.right = right
        self.period = period
        self.qualifiers = qualifiers
        self.title = title
        self.aspect = aspect
        self.bare = bare
        self.own = own
        self.words = words


class Words(Frozen):
    """The content words around a figure (jieba): what it measures."""

    __slots__ = _fields = (
        "near",
        "after",
        "sentence",
        "subjects",
        "core",
        "verbs",
        "clause",
        "named",
    )
    near: tuple[str, ...]  # content words of the clause before the figure, in order
    after: tuple[str, ...]  # content words right after the figure (its noun: 63项专利, 18米的步道)
    sentence: frozenset[str]  # content words of the whole sentence
    subjects: frozenset[str]  # proper nouns (places, organisations, people) up to its clause end
    # what it measures: the nouns of its clause before it, and its noun after it
    core: frozenset[str]
    verbs: frozenset[str]  # the verbs of its clause (开工, 竣工, 接待 …)
    clause: frozenset[str]  # the content words of its whole clause
    named: bool  # its clause has a noun (身高, 楼房), not only verbs (比上年增长)

    def __init__(
        self,
        near: tuple[str, ...],
        after: tuple[str, ...],
        sentence: frozenset[str],
        subjects: frozenset[str],
        core: frozenset[str] = frozenset(),
        verbs: frozenset[str] = frozenset(),
        clause: frozenset[str] = frozenset(),
        named: bool = False,
    ) -> None:
        _set(self, "near", near)
        _set(self, "after", after)
        _set(self, "sentence", sentence)
        _set(self, "subjects", subjects)
        _set(self, "core", core)
        _set(self, "verbs", verbs)
        _set(self, "clause", clause)
        _set(self, "named", named)

    @property
    def heads(self) -> frozenset[str]:
        """The words that say what the figure measures: the nearest before it, the noun after it."""
        out = set()
        if self.near:
            out.add(self.near[-1])
        out.update(self.after)
        return frozenset(out)

    @property
    def context(self) -> frozenset[str]:
        return frozenset(self.near[-4:]) | frozenset(self.after)


# the furthest a clause or sentence is looked for on either side of a figure: a table or a
# run of text with no punctuation stays linear (a news sentence is far shorter)
_REACH = 1000


def _clause_bounds(
    text: str, start: int, end: int, lo: int, hi: int, title: bool
) -> tuple[int, int]:
    stops = _TITLE_CLAUSE_END if title else _CLAUSE_END
    lo, hi = max(lo, start - _REACH), min(hi, end + _REACH)
    s = start
    while s > lo and text[s - 1] not in stops:
        s -= 1
    e = end
    while e < hi and text[e] not in stops:
        e += 1
    return s, e


def _sentence_bounds(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    lo, hi = max(lo, start - _REACH), min(hi, end + _REACH)
    s = start
    while s > lo and text[s - 1] not in _SENT_END:
        s -= 1
    e = end
    while e < hi and text[e] not in _SENT_END:
        e += 1
    return s, min(hi, e + 1)


# what a length measures, said before the figure (全长18公里, 宽约6米, 高达30米) or right
# after it (18米长的步道, 6米宽、2米深的水渠)
_ASPECT_LEFT = lazy(
    r"(全长|总长|长度|长|宽度|宽|高度|高|深度|深|厚度|厚|直径|半径|周长|跨度|海拔|埋深|水深)"
    r"(?:约|为|达|近|超|逾)?$"
)
_ASPECT_RIGHT = lazy(r"^(?:多|余|左右)?(长|宽|高|深|厚)(?:的|、|，|,|$)")
_ASPECT_NORM = {"全长": "长", "总长": "长", "长度": "长", "宽度": "宽", "高度": "高"}
_ASPECT_NORM.update({"深度": "深", "厚度": "厚", "埋深": "深", "水深": "深"})
# a headline or subhead that is only a figure: 2715亿元, “860万人”, 26公里。
_BARE_TITLE = lazy(r"^[\s“”\"'‘’《》〈〉【】（）()：:—·•\-]*$")


def _aspect(q: Quantity, left: str, right: str) -> str:
    if "[length]" != q.dim:
        return ""
    m = _ASPECT_LEFT.search(left[-5:])
    if m is None:
        m = _ASPECT_RIGHT.match(right)
    if m is None:
        return ""
    return _ASPECT_NORM.get(m.group(1), m.group(1))


def _figures(doc: Document) -> list[Quantity]:
    figures = doc.cache.get("context.figures")
    if figures is None:  # (not setdefault: that copied the list on every call)
        figures = doc.cache["context.figures"] = list(doc.quantities)
    return figures


def _period_before(doc: Document, start: int, end: int) -> Period:
    """``_period_in(doc.text[start:end])``, read once per document and span."""
    memo = doc.cache.get("context.period_before")
    if memo is None:
        memo = doc.cache["context.period_before"] = {}
    got = memo.get((start, end))
    if got is None:
        got = memo[(start, end)] = _period_in(doc.text[start:end])
    return got


def about(doc: Document, q: Quantity) -> About:
    """The regex-level context of ``q`` (cached per document)."""
    cache: dict[tuple[int, int], About] = doc.cache.setdefault("context.about", {})
    key = (q.start, q.end)
    hit = cache.get(key)
    if hit is not None:
        return hit
    text = doc.text
    block = doc.block_at(q.start)
    if block is None:  # cannot happen for a parsed figure; be safe
        block = doc.blocks[0]
    title = block.kind in TITLE_KINDS
    cs, ce = _clause_bounds(text, q.start, q.end, block.start, block.end, title)
    ss, se = _sentence_bounds(text, q.start, q.end, block.start, block.end)
    if title:
        ss, se = block.start, block.end
    # the figure's own stretch of the clause: after the previous figure, before the next
    ls, re_ = cs, ce
    figures = _figures(doc)  # (in text order: only those starting inside the clause matter)
    first = bisect.bisect_left(figures, cs, key=lambda o: o.start)
    last = bisect.bisect_left(figures, ce, key=lambda o: o.start)
    for other in figures[first:last]:
        if other.kind != "quantity":
            continue  # an ordinal or a date names the subject (一号线, 二期): it stays
        if other.end <= q.start and other.end > ls and other.start >= cs:
            ls = other.end
        if other.start >= q.end and other.start < re_ and other.end <= ce:
            re_ = other.start
    left = text[ls : q.start]
    right = text[q.end : min(re_, q.end + 10)]
    # period: the clause and sentence before the figure, else earlier in the paragraph
    # (a Period is a value: one read of a text serves every place that reads that text,
    # the clause's when it opens the sentence, and the paragraph's before a sentence for
    # every figure of that sentence)
    said = period = _period_in(text[ss : q.start])
    if not period.span or not period.year:
        earlier = _period_before(doc, block.start, ss)
        period = Period(
            period.year or earlier.year, period.span or earlier.span, period.text + earlier.text
        )
    quals = _qualifiers(text[cs : q.start])
    own = Own(said if cs == ss else _period_in(text[cs : q.start]), dict(quals), said)
    # 全县/示范片, 其中 and 计划 often open the sentence rather than the clause
    for group in _SENTENCE_GROUPS:
        if group not in quals:
            found = _QUALIFIERS[group][0].findall(text[ss : q.start])
            if found:
                quals[group] = found[-1]
    bare = title and bool(
        _BARE_TITLE.match(text[block.start : q.start] + text[q.end : block.end].rstrip("。.!！"))
    )
    a = About(
        q.start,
        q.end,
        block,
        (ss, se),
        (cs, ce),
        left,
        right,
        period,
        quals,
        title,
        aspect=_aspect(q, left, right),
        bare=bare,
        own=own,
    )
    cache[key] = a
    return a


# -- the jieba part ----------------------------------------------------------------------

# words that do not say what a figure measures
_STOP = set(
    "的 了 在 为 是 有 达 达到 约 约为 近 将近 接近 超 超过 逾 余 多 共 已 已经 将 再 又 也 都 还 就 即 仅 "
    "和 与 及 以及 或 等 其 该 此 这 那 这些 那些 各 每 个 之 以 对 从 向 由 把 被 让 给 使 于 至 到 "
    "比 较 占 计 合 总 实现 完成 突破 高达 多达 左右 上下 以上 以下 以内 不到 不足 目前 当前 其中 "
    "一共 共计 累计 同比 环比 今年 去年 全年 上半年 下半年 当年 今天 昨天 日前 近日 此前 此外 另外 "
    "同时 分别 相关 有关 方面 情况 工作 进行 开展 记者 表示 介绍 据 显示 数据 统计 全国 全省 全市 "
    "全县 万 亿 千 百 十".split()
)
_STOP.update(
    "以上 以下 之间 以来 期间 中间 之后 之前 以后 以前 前后 之中 内外 当中 之内 之外 以内 以外 上面 下面 里面 外面".split()
)
_CONTENT_FLAGS = ("n", "v", "a", "j", "l", "i", "eng", "vn", "an", "nz", "s", "f")
_PROPER_FLAGS = ("nr", "ns", "nt", "nz", "nrt", "nrfg")


def _content(pairs: list[tuple[str, str]]) -> list[str]:
    out = []
    for w, flag in pairs:
        if len(w) < 2 and flag not in ("eng",):
            continue
        if w in _STOP or not flag.startswith(_CONTENT_FLAGS):
            continue
        if any(c.isdigit() for c in w) or (w[0] in "近超逾约" and len(w) <= 2):
            continue
        out.append(w)
    return out


def _tag(text: str) -> list[tuple[str, str]]:
    if not text:
        return []
    from . import words

    return words.tag(text, hmm=True)


# words that describe how much rather than what (全部开工, 主要指标)
_LOOSE = set("全部 全都 部分 主要 总体 整体 基本 大部分 绝大部分 大约 大概 合共".split())
# … and the aspect words of a length, compared on their own (``About.aspect``)
_LOOSE.update("全长 总长 长度 宽度 高度 深度 厚度 直径 半径 周长 跨度 海拔 埋深 水深".split())


def _verb(w: str, tagged: list[tuple[str, str]]) -> bool:
    return any(x == w and f == "v" for x, f in tagged)


class _Near(NamedTuple):
    """The first part of ``Words``: read from the figure's own stretch of its clause and the
    noun after it (two short texts tagged), not from its whole sentence."""

    left_tagged: list[tuple[str, str]]
    near: list[str]
    after: list[str]
    after_np: list[str]
    core: frozenset[str]
    heads = Words.heads  # (the same words as ``Words`` gives them)
    context = Words.context


def _near_of(doc: Document, q: Quantity, a: About) -> _Near:
    """The first part of ``words_of`` (cached per document): many pairs are told apart by
    what the figures measure, before the tagger reads their whole sentences."""
    cache = doc.cache.get("context.near")
    if cache is None:
        cache = doc.cache["context.near"] = {}
    key = (q.start, q.end)
    got = cache.get(key)
    if got is not None:
        return got
    left_tagged = _tag(a.left)
    near = _content(left_tagged)
    after: list[str] = []
    right = a.right
    m = _UP_TO_DE.match(right)  # 18米长的步道 -> 步道
    tail = right[m.end() :] if m else right
    # the noun phrase the figure modifies: 5000公顷高标准农田, 18米的滨江步道
    after_np: list[str] = []  # … up to its first verb (83个重点项目|开工建设)
    verb_seen = False
    for w, flag in _tag(tail[:8]):
        if w in _STOP or flag.startswith(
            ("d", "p", "u", "x", "m", "r", "c", "q", "t", "y", "e", "o")
        ):
            break
        if not after_np and not verb_seen and flag == "v" and q.dim.startswith("count:"):
            # a counted action: 1.2次抢断, 300人次参观
            if len(w) >= 2 and w not in _LOOSE:
                after_np.append(w)
        verb_seen = verb_seen or flag == "v"
        if len(w) >= 2 and flag.startswith(("n", "vn", "j", "l", "i")):
            after.append(w)
            if not verb_seen and w not in _LOOSE:
                after_np.append(w)
    # what the figure measures (nouns of its stretch of the clause, its noun after it)
    left_tags = [(w, f) for w, f in left_tagged if w not in _LOOSE]
    core = {w for w in _content(left_tags) if not _verb(w, left_tags)} | set(after_np)
    if after_np and len(a.left) < q.start - a.clause[0]:
        # a list of figures (场均20.1分8.8个篮板2.1次助攻): the words between the previous
        # figure and this one are the previous figure's noun; this one's noun follows it
        core = set(after_np)
    got = cache[key] = _Near(left_tagged, near, after, after_np, frozenset(core))
    return got


def near_of(doc: Document, q: Quantity) -> Words | _Near:
    """``words_of(doc, q)`` when it is known, else its first part: ``near``, ``after``,
    ``core``, ``heads`` and ``context`` as ``words_of`` gives them, tagging less."""
    a = about(doc, q)
    if a.words is not None:
        return a.words
    return _near_of(doc, q, a)


def _sentence_words(
    doc: Document, a: About, near: list[str], after: list[str]
) -> tuple[frozenset[str], frozenset[str], list[tuple[str, str]]]:
    """A figure's whole sentence read by the tagger without the figures themselves: its
    content words (with ``near`` and ``after``), the proper nouns that name its subject,
    and the tagged words of the figure's clause (``words_of``)."""
    text = doc.text
    ss, se = a.sentence
    # the whole sentence, without the figures themselves
    pieces = []
    pos = ss
    figures = _figures(doc)  # (in text order, non-overlapping: those around the sentence)
    first = max(0, bisect.bisect_left(figures, ss, key=lambda o: o.start) - 1)
    last = bisect.bisect_left(figures, se, key=lambda o: o.start)
    for other in figures[first:last]:
        if other.end <= ss or other.start >= se:
            continue
        pieces.append((pos, text[pos : max(pos, other.start)]))
        pos = max(pos, other.end)
    pieces.append((pos, text[pos:se]))
    # proper nouns name the subject only up to the end of the figure's clause (a later
    # clause is about something else: 户籍人口680万人，其中城镇人口420万人), and not in the
    # dateline that opens a paragraph (本报讯, 新华社北京3月5日电)
    dl = _DATELINE_RE.match(a.block.text) if a.block.start == ss else None
    subj_lo = ss + (dl.end() if dl else 0)
    cs, ce = a.clause
    tagged_sentence: list[tuple[str, str]] = []
    subjects_found = set()
    clause_tags = []
    for at, piece in pieces:
        for w, flag in _tag(piece):
            tagged_sentence.append((w, flag))
            if cs <= at < ce and w not in _LOOSE:
                clause_tags.append((w, flag))
            if subj_lo <= at < ce and flag in _PROPER_FLAGS and len(w) >= 2 and w not in _STOP:
                subjects_found.add(w)
            at += len(w)
    sentence = frozenset(_content(tagged_sentence)) | frozenset(near) | frozenset(after)
    subjects = frozenset(subjects_found)
    return sentence, subjects, clause_tags


def words_of(doc: Document, q: Quantity) -> Words:
    """The content words around ``q`` (jieba, on its sentence only; cached per document)."""
    a = about(doc, q)
    if a.words is not None:
        return a.words
    first_part = _near_of(doc, q, a)
    near, after = first_part.near, first_part.after
    after_np = first_part.after_np
    sentence, subjects, clause_tags = _sentence_words(doc, a, near, after)
    # the verbs of the clause, for the close comparison of short figures
    core = first_part.core
    verbs = {w for w, f in clause_tags if f == "v" and len(w) >= 2 and w not in _STOP}
    verbs -= core
    a.words = Words(
        tuple(near),
        tuple(after),
        sentence,
        subjects,
        core,
        frozenset(verbs),
        frozenset(_content(clause_tags)) | frozenset(after_np),
        any(
            f.startswith(("n", "j", "eng")) and w not in _CHANGE_WORDS
            for w, f in clause_tags
            if w in _content([(w, f)])
        ),
    )
    return a.words


# -- the same quantity? -------------------------------------------------------------------


def _related_word(w: str, pool: frozenset[str]) -> bool:
    if w in pool:
        return True
    return len(w) >= 2 and any(len(x) >= 2 and (w in x or x in w) for x in pool)


def qualifiers_agree(a: dict[str, str], b: dict[str, str], lenient: bool = False) -> str | None:
    """None when the qualifiers can describe one quantity, else the group that conflicts."""
    for group, (_pat, presence) in _QUALIFIERS.items():
        va, vb = a.get(group), b.get(group)
        if va == vb:
            continue
        if va is not None and vb is not None:
            return group
        if presence and not lenient:
            return group
    return None


class Match(Frozen):
    """Whether two figures measure the same thing, and why (not)."""

    __slots__ = _fields = ("same", "reason", "shared")
    same: bool
    reason: str  # why (not): "period", "qualifier:scope", "subject", "head", "overlap", "ok"
    shared: frozenset[str]

    def __init__(self, same: bool, reason: str, shared: frozenset[str] = frozenset()) -> None:
        _set(self, "same", same)
        _set(self, "reason", reason)
        _set(self, "shared", shared)


def same_quantity(doc: Document, qa: Quantity, qb: Quantity, min_shared: int = 2) -> Match:
    """Do ``qa`` and ``qb`` measure the same thing?

    Needs the same period and qualifiers, no conflicting subjects, the same head word (the
    word before the figure, or its noun after it) and at least ``min_shared`` content words
    in common between the two sentences.
    """
    a, b = about(doc, qa), about(doc, qb)
    apart = _apart(a, b)
    if apart:
        return Match(False, apart)
    na, nb = near_of(doc, qa), near_of(doc, qb)  # (the heads first: no sentence tagged)
    ha, hb = na.heads, nb.heads
    if not ha or not hb:
        return Match(False, "head")
    if not (ha & hb):
        # one mention may put the noun before the figure and the other after it
        # (步道全长18公里 / 这18米的步道): accept a head of one among the other's words
        if not (
            any(_related_word(h, nb.context) for h in ha)
            or any(_related_word(h, na.context) for h in hb)
        ):
            return Match(False, "head")
    wa, wb = words_of(doc, qa), words_of(doc, qb)
    if wa.subjects and wb.subjects and not (wa.subjects & wb.subjects):
        if not any(_related_word(s, wb.sentence) for s in wa.subjects):
            return Match(False, "subject")
    shared = frozenset(w for w in wa.sentence if _related_word(w, wb.sentence))
    if len(shared) < min_shared:
        return Match(False, "overlap", shared)
    return Match(True, "ok", shared)


def _apart(a: About, b: About) -> str:
    """Why the regex-level context keeps two figures apart ("" when it does not)."""
    lenient = a.title != b.title
    if not periods_agree(a.period, b.period, lenient):
        return "period"
    conflict = qualifiers_agree(a.qualifiers, b.qualifiers, lenient)
    if conflict:
        return "qualifier:" + conflict
    if a.aspect and b.aspect and a.aspect != b.aspect:
        return "aspect"  # 全长18公里 / 宽18米
    return ""


_PUNCT = lazy(r"[^\w%]")


def _common(x: str, y: str) -> int:
    n = 0
    for c, d in zip(x, y, strict=False):
        if c != d:
            break
        n += 1
    return n


def _clause_sides(doc: Document, a: About) -> tuple[str, str]:
    """The figure's clause before and after it, without punctuation."""
    text = doc.text
    return (
        _PUNCT.sub("", text[a.clause[0] : a.start]),
        _PUNCT.sub("", text[a.end : a.clause[1]]),
    )


def _verbatim(doc: Document, a: About, b: About) -> int:
    """How many characters the two figures' clauses share around them, when they say the
    same words (at least 5 characters and most of the shorter clause: 全省地区生产总值达到|
    7215亿元 / …地区生产总值达到|2715亿元; 连续|12个月|在网络平台热度排行榜首 / 连续|120个月|…),
    shared from a word boundary on (一号线日均客流量 / 二号线日均客流量 share no word but
    日均客流量); -1 for a template that a list repeats item after item; else 0."""
    (la, ra), (lb, rb) = _clause_sides(doc, a), _clause_sides(doc, b)
    nl, nr = _common(la[::-1], lb[::-1]), _common(ra, rb)
    n = nl + nr
    if n >= 4 and la == lb and ra == rb:
        pass  # the whole clause the same but its figure (周琦出战|53分钟)
    elif not _at_word(la, len(la) - nl) or not _at_word(lb, len(lb) - nl):
        return 0
    elif nl >= 5 and nl >= 0.8 * min(len(la), len(lb)):
        n, nr = nl, 0  # the words before the figures (what follows may differ)
    elif n < 5 or n < 0.8 * min(len(la) + len(ra), len(lb) + len(rb)):
        return 0
    elif not _at_word(ra, nr) or not _at_word(rb, nr):
        return 0
    if _template_values(doc, a, la[len(la) - nl :], ra[:nr]) > 2:
        return -1  # 可帮助到|1000名|孩子… / 可帮助到|500名|孩子… / …: a list, not a restatement
    return n


def _template_values(doc: Document, a: About, before: str, after: str) -> int:
    """How many different values of ``a``'s unit stand in a clause with these words around
    them (a restatement and its slip make two; a list item after item makes more)."""
    here = doc.quantities
    # (the figures within a page of ``a``: a list is local, and a 2 MB file stays linear)
    lo = bisect.bisect_left(here, a.start - 30_000, key=lambda q: q.start)
    hi = bisect.bisect_right(here, a.end + 30_000, key=lambda q: q.start)
    here = here[lo:hi]
    unit = next((q.unit for q in here if q.start == a.start and q.end == a.end), None)
    values = set()
    for q in here:
        if q.kind != "quantity" or q.unit != unit:
            continue
        lq, rq = _clause_sides(doc, about(doc, q))
        if lq.endswith(before) and rq.startswith(after):
            values.add(q.value)
    return len(values)


def _identical(doc: Document, a: About, b: About) -> bool:
    """The two clauses are the same but for their figures (a subhead quoting the body:
    上周大幅增长至1560户 / …，上周大幅增长至1506户，…)."""
    text = doc.text
    return _PUNCT.sub("", text[a.clause[0] : a.start]) == _PUNCT.sub(
        "", text[b.clause[0] : b.start]
    ) and _PUNCT.sub("", text[a.end : a.clause[1]]) == _PUNCT.sub("", text[b.end : b.clause[1]])


def _at_word(s: str, i: int) -> bool:
    """Is ``i`` a word boundary of ``s`` (jieba)?"""
    if i <= 0 or i >= len(s):
        return True
    from . import words

    pos = 0
    for w in words.cut(s):
        if pos >= i:
            break
        pos += len(w)
    return pos == i


def _says_what(w: Words) -> bool:
    """The clause names what its figure measures: a noun before or after it, or two content
    words besides a verb of change (比上年增长 alone names nothing)."""
    if w.core or w.named:
        return True
    return len([x for x in w.clause if x not in _CHANGE_WORDS]) >= 2


def _restated_names_it(doc: Document, a: About, b: About, wa: Words, wb: Words, n: int) -> bool:
    """Does a restated clause say what its figure measures? (Else 同比增长24% would be the
    same quantity as any other growth rate said with the same words.)"""
    if _says_what(wa) and _says_what(wb) or _same_sentence(wa, wb):
        return True
    if not _identical(doc, a, b):
        return False
    # the whole clause the same: a subhead quoting the body (上周大幅增长至1560户), or a
    # clause with a content word besides a verb of change (虽然他身高不过|1.96米)
    return (
        a.title != b.title and n >= 5 or n >= 6 and any(x not in _CHANGE_WORDS for x in wa.clause)
    )


def _same_sentence(wa: Words, wb: Words) -> bool:
    """The two sentences say mostly the same words (a clause that names nothing, 同比增长24%,
    is one quantity only when the sentences around it agree)."""
    sa, sb = wa.sentence - _CHANGE_WORDS, wb.sentence - _CHANGE_WORDS
    shared = sa & sb
    return len(shared) >= 2 and len(shared) >= 0.8 * min(len(sa), len(sb))


_CHANGE_WORDS = _UP | _DOWN | {"上涨", "下跌", "暴涨", "暴跌", "大涨", "大跌", "增速", "回升"}


def _dated(own: Own, p: Period) -> bool:
    """Does the span of ``p`` bind the figure: said in its sentence, or a month or quarter?"""
    return bool(own.sentence_period.span) or bool(p.span) and p.span.startswith("M")


# a clause restated with this many characters the same is one quantity whatever periods
# the sentences before them carry over (only what its own sentence says can keep it apart):
# any restatement that _verbatim accepts (5 characters: 全镇新增就业|1.6万人 / …|0.16万人
# under a 前年 and a 去年 said sentences before). Not for figures that are weak evidence on
# their own (round figures, two digits): two years' 500亿元 / 5000亿元 in the same words.
# 8 -> 5 measured on planted restatements (1,000 a class, seeds 2 / 4): body magnitude
# +0.4 / +0.1 points, transpose +0.3 / +0.1, unit +0.5 / +0.3; no new finding on the
# clean corpora or the untouched articles.
LONG_RESTATEMENT = 5


def _apart_stated(a: About, b: About, long: bool = False) -> str:
    """Why what the clauses themselves state keeps two figures apart ("" when nothing)."""
    pa, pb = a.period, b.period
    if long and a.own is not None and b.own is not None:
        pa, pb = a.own.sentence_period, b.own.sentence_period
    if pa.year and pb.year and pa.year != pb.year and pa.year.isdigit() == pb.year.isdigit():
        return "period"
    oa, ob = a.own, b.own
    if pa.span and pb.span and pa.span != pb.span:
        # a day (今天, 昨日) or a stretch of years carried over from an earlier sentence
        # dates the paragraph's news, not this restated figure
        if oa is None or ob is None or _dated(oa, pa) and _dated(ob, pb):
            return "period"
    if oa is not None and ob is not None:
        # a period named in one clause (一季度全市GDP为…) and nowhere near the other
        if bool(oa.period.span) != bool(ob.period.span) and not (pa.span and pb.span):
            return "period"
        if bool(oa.period.year) != bool(ob.period.year) and not (pa.year and pb.year):
            return "period"
        # (a long restatement keeps its figure even when one copy opens with 其中)
        conflict = qualifiers_agree(oa.qualifiers, ob.qualifiers, a.title != b.title or long)
        if conflict:
            return "qualifier:" + conflict
    for group in ("scope",):
        va, vb = a.qualifiers.get(group), b.qualifiers.get(group)
        if va and vb and va != vb:
            return "qualifier:" + group
    if a.aspect and b.aspect and a.aspect != b.aspect:
        return "aspect"
    return ""


def _contained(small: frozenset[str], big: frozenset[str], exact: bool) -> bool:
    if exact:
        return small <= big
    return all(_related_word(w, big) for w in small)


def close_quantity(
    doc: Document, qa: Quantity, qb: Quantity, exact: bool = True, weak: bool = False
) -> Match:
    """Do ``qa`` and ``qb`` say the same thing in nearly the same words?

    The test for figures whose values alone are weak evidence of a slip (83 / 38, 500 /
    5000) and for one subject measured in two units (全长26公里 / 这条26米长的绿道): the same
    period, qualifiers and subject as for :func:`same_quantity`, and what the figure
    measures (the nouns of its clause before it and the noun after it) the same on both
    sides: the shorter list within the other (``exact``: word for word), at least half of
    the longer one shared, and no conflicting verb (开工 / 竣工).

    A headline or subhead that is nothing but a figure (2715亿元) says nothing of what it
    measures: it is the same quantity as a body figure of its unit.
    """
    a, b = about(doc, qa), about(doc, qb)
    shared_chars = _verbatim(doc, a, b)
    if shared_chars < 0:
        return Match(False, "list")
    if not shared_chars:
        # (the regular expressions first: most pairs end here, without the tagger)
        apart = _apart(a, b)
        if apart:
            return Match(False, apart)
        if (a.bare and not b.title) or (b.bare and not a.title):
            return Match(True, "bare")
    if shared_chars:
        wa, wb = words_of(doc, qa), words_of(doc, qb)
        ca, cb = wa.core, wb.core
    else:
        # (what the figures measure first: it tells most pairs apart before their whole
        # sentences are tagged)
        ca, cb = near_of(doc, qa).core, near_of(doc, qb).core
    if shared_chars and _restated_names_it(doc, a, b, wa, wb, shared_chars):
        # the same words right before both figures (a clause restated elsewhere): only
        # what the two clauses and their sentences state outright can keep them apart,
        # not a period or qualifier carried over from other sentences
        # (round figures, 500 / 5000, are too common to overlook a period said before)
        apart = _apart_stated(a, b, not weak and shared_chars >= LONG_RESTATEMENT)
        if apart:
            return Match(False, apart)
        if wa.subjects and wb.subjects and not (wa.subjects & wb.subjects):
            return Match(False, "subject")
        if wa.verbs and wb.verbs and not (wa.verbs & wb.verbs):
            return Match(False, "verb")  # 83个重点项目开工 / 38个重点项目竣工
        return Match(True, "verbatim", ca & cb)
    apart = _apart(a, b)
    if apart:
        return Match(False, apart)
    if (a.bare and not b.title) or (b.bare and not a.title):
        return Match(True, "bare")
    if not ca or not cb:
        return Match(False, "core")
    small, big = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    if not _contained(small, big, exact):
        return Match(False, "core")
    if exact and len(small) * 2 < len(big):
        return Match(False, "core")
    wa, wb = words_of(doc, qa), words_of(doc, qb)
    if wa.verbs and wb.verbs and not (wa.verbs & wb.verbs):
        return Match(False, "verb")
    # … and the clauses say mostly the same words (本月涨幅在3%以上的指数基金有60只 /
    # 85只平衡型基金的平均收益为4.12% share only 基金)
    # (one subject in two units needs only its noun: 全长26公里 / 这条26米长的绿道成了…)
    if exact and len(wa.clause & wb.clause) * 2 < len(wa.clause | wb.clause):
        return Match(False, "clause")
    if wa.subjects and wb.subjects and not (wa.subjects & wb.subjects):
        return Match(False, "subject")
    return Match(True, "close", small)
