"""Named building blocks for rule patterns, so pack authors need not write number regexes.

A pattern may say ``{quantity}``, ``{number}``, ``{unit}`` … and the engine expands them.
Chinese is matched by substring: no ``\\b`` (it never matches between two CJK characters),
and alternatives are ordered longest first so that 千万元 wins over 万元.
"""

from __future__ import annotations

import re
from typing import Any

_UNITS = """
元 万元 亿元 美元 欧元 英镑 日元 港元 港币 澳元 韩元 卢布 人民币
个 套 人 名 位 家 项 件 户 人次 次 所 座 台 辆 架 艘 批 批次 宗 起 株 头 只 匹 册 部 篇 本 条 处 栋 幢 间
张 份 场 届 天 年 个月 月 周 小时 分钟 秒 岁 倍 成 个百分点 百分点 % ％ ‰ 公里 千米 米 厘米 毫米 平方米 平方公里
平方千米 公顷 亩 吨 公斤 千克 克 斤 升 毫升 立方米 方 千瓦 兆瓦 千瓦时 度 摄氏度 ℃ 海里 层 级 元/平方米 吨/年
家次 单 笔 支 期 轮 道 种 类 款 所 块 棵 颗 只 根 枚 盏 辆次 架次 标箱 箱 桶 袋 包 瓶 盒 吨次 车次 趟 班 班次 节 千瓦时
英里 英尺 英寸 平方英里 磅 盎司 加仑 字 朵 页 例 亿元 万人 万吨
""".split()

UNIT = "(?:" + "|".join(re.escape(u) for u in sorted(set(_UNITS), key=len, reverse=True)) + ")"
ARABIC = r"(?:\d+(?:,\d{3})*(?:\.\d+)?|[０-９]+(?:[．.][０-９]+)?)"
CN_NUMBER = r"(?:[零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?|[数几上]?[十百千])"
NUMBER = rf"(?:{ARABIC}|{CN_NUMBER}(?:[百千]{CN_NUMBER}?)*)"
MAGNITUDE = "(?:万亿|千万|百万|亿|万|千|百)"
# a figure with what makes it a figure: 15万余套, 90%, 三成, 近千万元 (hedge words are not part)
QUANTITY = rf"(?:{NUMBER}(?:多|余|来)?{MAGNITUDE}?(?:多|余)?{UNIT})"
# fractions and shares written in words: 三分之一, 百分之六十, 半数
FRACTION = (
    r"(?:[一二三四五六七八九十百]+分之[一二三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?"
    r"|百分之[零〇一二两三四五六七八九十百点]+|半数|一半)"
)
# any figure, its unit optional (only for use between two words that anchor it: 约…左右)
FIGURE = rf"(?:{FRACTION}|{NUMBER}(?:多|余|来)?{MAGNITUDE}?(?:多|余)?{UNIT}?)"

BLOCKS: dict[str, str] = {
    "number": NUMBER,
    "arabic": ARABIC,
    "cn_number": CN_NUMBER,
    "magnitude": MAGNITUDE,
    "unit": UNIT,
    "quantity": QUANTITY,
    "fraction": FRACTION,
    "figure": FIGURE,
    "hedge_over": "(?:超过|超出|多于|高于|大于|逾|超|至少|起码|多达|高达)",
    "hedge_under": "(?:不到|不足|最多|至多|不超过|低于|少于)",
    "hedge_approx": "(?:大约|大概|约为|约有|约|将近|接近|近)",
    "clause": "[^，。；！？,;!?\\n]",
}

_REF = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class PatternError(ValueError):
    pass


def expand(pattern: str) -> str:
    """Replace ``{name}`` building blocks; leave regex repetition counts such as ``{2,4}``."""

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in BLOCKS:
            raise PatternError(
                f"unknown building block {{{name}}} (known: {', '.join('{' + k + '}' for k in BLOCKS)})"
            )
        return BLOCKS[name]

    return _REF.sub(sub, pattern)


# the time a pack's expression may run on one document: a base plus a share per character
# (the shipped patterns scan a 2 MB line in well under a second); a pattern that backtracks
# catastrophically, such as (a+)+$ on a run of a's, stops there and becomes a rule error
TIME_BUDGET = 2.0
TIME_PER_MILLION_CHARS = 2.0


def time_budget(text: str) -> float:
    """Seconds a pack pattern may spend matching ``text``."""
    return TIME_BUDGET + TIME_PER_MILLION_CHARS * len(text) / 1e6


def compile_pattern(pattern: str) -> Any:
    """A pack's pattern, compiled with the ``regex`` module (same matches as ``re`` for every
    shipped pattern) so that every match can run with ``timeout=``: packs come from others."""
    if re.search(r"(?<!\\)\\[bB]", pattern):
        raise PatternError(
            "\\b never matches inside Chinese text (no word boundary between CJK characters); match by substring"
        )
    import regex  # only when a pack pattern is compiled (about 15 ms)

    try:
        return regex.compile(expand(pattern))
    except (regex.error, re.error) as exc:
        raise PatternError(f"bad regular expression: {exc}") from None
    except (OverflowError, RecursionError, MemoryError) as exc:
        raise PatternError(f"regular expression too large ({type(exc).__name__})") from None


class LazyPattern:
    """A regular expression compiled on first use, for module-level patterns.

    Compiling is most of lint-news' start-up (a class of CJK characters alone costs about
    1 ms), and many patterns serve only documents that have a candidate for them. After the
    first use the pattern's methods are plain attributes: no indirection on the hot path.
    """

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        rx = re.compile(*self._source)
        for m in self._METHODS:
            setattr(self, m, getattr(rx, m))
        for a in ("pattern", "flags", "groups", "groupindex"):
            setattr(self, a, getattr(rx, a))
        return getattr(rx, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` deferred to the first use (see :class:`LazyPattern`)."""
    return LazyPattern(pattern, flags)  # type: ignore[return-value]


def required_strings(pattern: str, limit: int = 32) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, or None if none can be named.

    Read off the parsed expression: a run of literal characters, a small character class, a
    repetition of at least one, a group, or every branch of an alternation. A rule whose
    strings are all absent from a document need not compile or run its expression there.
    """
    try:
        from re import _constants as C  # type: ignore[attr-defined]
        from re import _parser  # type: ignore[attr-defined]

        tree = _parser.parse(pattern)
        if tree.state.flags & (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_LOCALE):
            return None
        found = _required(list(tree), C, limit)
    except Exception:  # an unexpected parse tree: no pre-filter, never a wrong one
        return None
    return tuple(sorted(found)) if found else None


def _required(items: list[Any], C: Any, limit: int) -> frozenset[str] | None:
    """Strings one of which every match of this sequence contains (the most selective set)."""
    best: frozenset[str] | None = None

    def better(cand: frozenset[str] | None) -> None:
        nonlocal best
        if not cand:
            return
        if best is None or (min(map(len, cand)), -len(cand)) > (min(map(len, best)), -len(best)):
            best = cand

    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            better(frozenset(["".join(run)]))
            run = []
        if op is C.IN:
            chars: set[str] = set()
            for iop, iav in av:
                if iop is C.LITERAL:
                    chars.add(chr(iav))
                elif iop is C.RANGE and iav[1] - iav[0] < limit:
                    chars.update(chr(c) for c in range(iav[0], iav[1] + 1))
                else:
                    chars = set()
                    break
            if chars and len(chars) <= limit:
                better(frozenset(chars))
        elif op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_LOCALE):
                better(_required(list(sub), C, limit))
        elif op is C.BRANCH:
            union: set[str] = set()
            for sub in av[1]:
                r = _required(list(sub), C, limit)
                if r is None:
                    union = set()
                    break
                union |= r
            if union and len(union) <= limit:
                better(frozenset(union))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, _hi, sub = av
            if lo >= 1:
                better(_required(list(sub), C, limit))
        elif op is getattr(C, "ATOMIC_GROUP", None):
            better(_required(list(av), C, limit))
        # anything else (anchors, lookarounds, any character, back-references) says nothing
    if run:
        better(frozenset(["".join(run)]))
    return best
