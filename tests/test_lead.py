"""The look-ahead of a pattern's first characters (patterns.lead_class / with_lead /
rx(..., lead=True)) leaves every match, span and group as they were."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from pathlib import Path

import pytest

from lint_news import patterns
from lint_news.patterns import expand, lead_class, rx, with_lead
from lint_news.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent


def test_lead_class_reads_the_first_characters() -> None:
    assert lead_class(r"(?<![\d.])\d+几|(?<![茶案窗])几\d") == r"[\d几]"
    assert lead_class(r"(?<=x)(?:a|b*)c") == "[abc]"
    assert lead_class(r"(?<=x)(?:甲{0}乙)") == "[乙]"
    assert (
        lead_class(r"(?<=x)(a)\1") == "[a]"
    )  # what follows the first character is not read  # a repetition of none adds nothing
    assert with_lead(r"(?m)(?<!x)^[，。]") == r"(?m)(?=[，。])(?:(?<!x)^[，。])"


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<=a)b?",  # may match the empty string
        r"(?<=x)[^a]",  # any character but one
        r"(?<=x).",
        r"(?i)(?<=x)k",  # case folding
        "abc",  # re finds the literal itself
        "[，。][，。]",  # re tests the class itself
        r"[，、][，。]|。[，、]",  # branches that open with a class are as quick
        r"(?m)^[，。]",  # an anchor fails as fast as a class
        r"(?=[甲乙])(?<!丙)[甲乙]",  # a look-ahead already
    ],
)
def test_no_lead_where_none_can_be_read_or_none_helps(pattern: str) -> None:
    assert lead_class(pattern) is None
    assert with_lead(pattern) == pattern


def _look_alikes(source: str, texts: list[str], n: int, seed: int) -> list[str]:
    """Random strings over the pattern's own characters, the texts' and some punctuation:
    near misses around every place a match can start."""
    rnd = random.Random(seed)
    alphabet = sorted({c for c in source if not c.isascii() or c.isalnum()} | set("，。、 \n0123"))
    for t in texts:
        alphabet += list(t[:40])
    out = []
    for _ in range(n):
        out.append("".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 24))))
    for t in texts:  # and every text cut at each place
        out += [t[i:] for i in range(0, len(t), 3)]
    return out


def _same_matches(a: re.Pattern[str], b: re.Pattern[str], texts: list[str]) -> None:
    for t in texts:
        got = [(m.span(), m.groups(), m.lastgroup) for m in b.finditer(t)]
        assert got == [(m.span(), m.groups(), m.lastgroup) for m in a.finditer(t)], t
        for i in range(0, len(t), 5):  # searches from a position (look-behinds see before it)
            x, y = a.search(t, i), b.search(t, i)
            assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups())), (t, i)


def test_shipped_patterns_match_the_same_with_their_look_ahead() -> None:
    examples = [
        p.read_text(encoding="utf-8")
        for d in ("examples", "tests/data")
        for p in sorted((ROOT / d).rglob("*"))
        if p.is_file() and p.suffix in (".txt", ".md")
    ]
    led = 0
    for i, rule in enumerate(r for r in load_rules() if r.kind == "pattern"):
        source = expand(rule.params["pattern"])
        if lead_class(source) is None:
            continue
        led += 1
        texts = rule.flag + rule.passes
        plain, fast = re.compile(source), rx(source, lead=True)
        assert fast.pattern == source and fast.groupindex == plain.groupindex
        _same_matches(plain, fast, _look_alikes(source, texts, 400, i) + examples)
    assert led >= 10  # the patterns that open with a look-behind


def _led_module_patterns() -> list[tuple[str, str, int]]:
    """(name, source, flags) of every module-level ``lazy(..., lead=True)`` expression."""
    import lint_news
    import lint_news.checks
    from lint_news.patterns import LazyPattern

    out = []
    for pkg in (lint_news, lint_news.checks):
        for info in pkgutil.iter_modules(pkg.__path__):
            module = importlib.import_module(f"{pkg.__name__}.{info.name}")
            for name, value in vars(module).items():
                if isinstance(value, LazyPattern) and value.__dict__["_source"][2]:
                    source, flags, _lead = value.__dict__["_source"]
                    out.append((f"{info.name}.{name}", source, flags))
    return out


LED = _led_module_patterns()
TEXTS = [
    "2023年1至7月，去年同期；今年以来、前三季度。上半年全年一季度第4季度，近年来“十四五”期间！",
    "2023年10月1日，3月5号、十二月三十一日；12月31日至1月2日，二〇二三年五月四日。",
    "其中一级占35%，二至三级类水质比例为40%，劣Ⅴ类仅占5%；人均收入翻了两番还多。\n",
    "**粗体**、`代码`、[链接](http://a.b)、![图](c.png)<b>标签</b>、*强调*、__下划线__ <!-- 注 -->",
]


def test_module_expressions_with_a_look_ahead_are_found() -> None:
    names = {name for name, _s, _f in LED}
    assert {
        "context_periods._PERIOD_RE",
        "dates._DATE",
        "arith._SENT_END",
        "document._MD_INLINE",
    } <= names
    # (a class of first characters can be read off each; an alternation of classes gets it
    # only in the code's optimisation block, tests/test_speed21.py)
    assert all(lead_class(source, flags, slow_only=False) is not None for _n, source, flags in LED)


@pytest.mark.parametrize("name, source, flags", LED, ids=[n for n, _s, _f in LED])
def test_module_expressions_match_the_same_with_their_look_ahead(name, source, flags) -> None:
    examples = [
        p.read_text(encoding="utf-8")
        for d in ("examples", "tests/data")
        for p in sorted((ROOT / d).rglob("*"))
        if p.is_file() and p.suffix in (".txt", ".md")
    ]
    _same_matches(
        re.compile(source, flags),
        re.compile(with_lead(source, flags), flags),
        _look_alikes(source, TEXTS, 2000, 7) + examples,
    )


def test_lead_entries_in_the_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(patterns, "_rx_path", lambda: str(tmp_path / "rx.bin"))
    monkeypatch.setattr(patterns, "_rx_cache", None)
    monkeypatch.setattr(patterns, "_rx_added", 0)
    monkeypatch.setattr(patterns, "_rx_used", {})
    source = r"(?<![\d.])(?P<n>\d+)几"
    fresh = rx(source, lead=True)
    assert fresh.pattern == source and fresh != re.compile(source)  # the look-ahead's code
    assert rx(source) == re.compile(source)  # a plain entry beside the lead one
    patterns._rx_save()
    monkeypatch.setattr(patterns, "_rx_cache", None)  # a new process
    monkeypatch.setattr(patterns, "_rx_used", {})
    again = rx(source, lead=True)
    assert again == fresh and again.pattern == source
    assert again.search("约12几个").span() == re.search(source, "约12几个").span()
