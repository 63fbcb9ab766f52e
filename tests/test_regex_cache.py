"""The on-disk cache of compiled expressions (patterns.rx) gives re.compile's patterns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lint_news import numbers_lex, patterns

SAMPLES = [
    (r"[一二三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?", 0),
    (r"(?P<n>\d+(?:\.\d+)?)(?P<u>万元|亿元|%)?", 0),
    (r"(?<![数统])(?P<c>[零〇一二两三四五六七八九十]+)(?=[个项家])", 0),
    (r"^同比(增长|下降)\s*$", re.M),
    (r"km|ＫＭ|Km", re.I),
    (patterns.expand("{hedge_over}{quantity}"), 0),
    (numbers_lex._MASTER.pattern, 0),
]
TEXTS = ["全市新增就业3.5万人，同比增长12.6%，超过二十三个百分点", "KM 九百九十九项\n同比增长", ""]


@pytest.fixture
def cache_file(tmp_path, monkeypatch):
    path = tmp_path / "rx.marshal"
    monkeypatch.setattr(patterns, "_rx_path", lambda: str(path))
    monkeypatch.setattr(patterns, "_rx_cache", None)
    monkeypatch.setattr(patterns, "_rx_added", 0)
    monkeypatch.setattr(patterns, "_rx_used", {})
    return path


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert a == b  # same source, flags and compiled code
    assert (a.groups, a.groupindex, a.flags) == (b.groups, b.groupindex, b.flags)
    for text in TEXTS:
        got = [(m.span(), m.groups()) for m in a.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in b.finditer(text)]


def test_cold_and_cached_compile_equal_re_compile(cache_file, monkeypatch):
    for src, flags in SAMPLES:
        _same(patterns.rx(src, flags), re.compile(src, flags))
    assert patterns._rx_added == len(SAMPLES)
    patterns._rx_save()
    assert cache_file.exists()
    monkeypatch.setattr(patterns, "_rx_cache", None)  # a new process
    monkeypatch.setattr(patterns, "_rx_added", 0)
    monkeypatch.setattr(patterns, "_rx_used", {})
    for src, flags in SAMPLES:
        _same(patterns.rx(src, flags), re.compile(src, flags))
    assert patterns._rx_added == 0  # every one came from the file


def test_damaged_cache_file_compiles_as_usual(cache_file):
    cache_file.write_bytes(b"\x00not a marshal file")
    src, flags = SAMPLES[1]
    _same(patterns.rx(src, flags), re.compile(src, flags))


def test_bad_expression_raises_re_error(cache_file):
    with pytest.raises(re.error):
        patterns.rx("(?P<n>[一二")
    with pytest.raises(patterns.PatternError):
        patterns.compile_pattern("[一二")


def test_lazy_pattern_uses_the_cache(cache_file):
    lp = patterns.lazy(r"(?:电话|热线)[:：]?\s?$")
    assert lp.search("请拨打热线：") is not None
    assert patterns._rx_added == 1


def test_units_alternation_is_the_same_in_every_process():
    """A set's order changes with the hash seed; the expression must not (or the cache
    misses every run). Units of one length cannot both match at one place, so their
    order does not change what matches."""
    import subprocess
    import sys

    code = "from lint_news.patterns import UNIT; print(UNIT)"
    outs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)},
            check=True,
        ).stdout
        for seed in (1, 2, 3)
    }
    assert len(outs) == 1


def test_shipped_packs_from_the_cache_are_the_parsed_packs(tmp_path, monkeypatch):
    import yaml

    from lint_news import rules

    monkeypatch.setattr(rules, "_shipped_cache_path", lambda: str(tmp_path / "packs.json"))
    monkeypatch.setattr(rules, "_shipped", None)
    files = rules.pack_files(rules.builtin_rules_dir())
    fresh = [yaml.load(f.read_text(encoding="utf-8"), Loader=rules._LineLoader) for f in files]
    first = [rules.read_yaml(f, rules.MAX_PACK_BYTES, "rule pack") for f in files]
    assert first == fresh and (tmp_path / "packs.json").exists()
    monkeypatch.setattr(rules, "_shipped", None)  # a new process reads the file
    again = [rules.read_yaml(f, rules.MAX_PACK_BYTES, "rule pack") for f in files]
    assert again == fresh
    again[0]["rules"].clear()  # callers change what they get: the next call is unchanged
    assert rules.read_yaml(files[0], rules.MAX_PACK_BYTES, "rule pack") == fresh[0]
    monkeypatch.setattr(rules, "_shipped", {str(files[0].resolve()): ["other text", "{}"]})
    assert rules.read_yaml(files[0], rules.MAX_PACK_BYTES, "rule pack") == fresh[0]  # stale


# -- shipped pack patterns run on ``re`` (through the cache), others' on ``regex`` ---------


def _risks(src):
    from re import _parser  # type: ignore[attr-defined]

    return patterns.backtracking_risks(_parser.parse(src))


def test_the_backtracking_reader_finds_nested_repetitions():
    assert _risks(r"(a+)+$")
    assert _risks(r"(?:\d+,?)*x")
    assert _risks(r"(?:[百千一二]+)*")  # the separator can be read as the inner repetition
    assert not _risks(r"(?:[百千][一二三]+)*")  # each iteration starts with 百 or 千
    assert not _risks(r"\d+(?:,\d{3})*")  # a fixed inner length
    assert _risks(patterns.NUMBER)  # (?:[百千](?:…|[十百千])?)*: 百千 is one or two turns
    assert _risks(r"(?:a|b.)*c") == []  # no inner repetition


def test_shipped_patterns_use_re_unless_they_may_backtrack_catastrophically():
    """Why a shipped pattern may run on ``re`` without a timeout: read off its structure,
    it has no repetition that could split a text more than one way inside an unbounded
    repetition (the exponential kind of backtracking). The others, and every pattern of
    others' packs, keep ``regex`` and its time budget (tests/test_pack_safety.py)."""
    import regex

    from lint_news.rules import load_rules

    rules = [r for r in load_rules() if r.kind in ("pattern", "mixed-forms")]
    sources = []
    for r in rules:
        for key in ("pattern", "unless"):
            if isinstance(r.params.get(key), str):
                sources.append(r.params[key])
        sources += [f for f in r.params.get("forms") or [] if isinstance(f, str)]
    assert len(sources) >= 40
    on_re = guarded = 0
    for s in sources:
        assert s in patterns._SHIPPED
        compiled = patterns.compile_pattern(s)
        risks = _risks(patterns.expand(s))
        if risks:
            # the risky repetitions read numerals only: a text without a run of them is
            # matched in linear time by re, any other by regex with its timeout
            assert all(patterns._within(b, patterns.NUMERAL_CHARS) for b in risks), s
            assert isinstance(compiled, patterns.GuardedPattern), s
            compiled.search("一二三四五六七八九", timeout=1.0)
            assert isinstance(compiled._timed, regex.Pattern)
            guarded += 1
        else:
            assert type(compiled) is patterns.ShippedPattern, s
            on_re += 1
    assert on_re > guarded > 0
    # the risk is real: a run of 百 takes re exponential time
    assert _risks(patterns.QUANTITY)


def test_a_guarded_pattern_matches_like_re_and_regex():
    import regex

    src = patterns.expand("(?P<n>{number}{magnitude}?)[多余](?P<u>{magnitude}?(?:{unit})?)以上")
    patterns._SHIPPED.add(src)
    try:
        g = patterns.compile_pattern(src)
    finally:
        patterns._SHIPPED.discard(src)
    assert isinstance(g, patterns.GuardedPattern)
    texts = [
        "全市三百多万人以上参加",
        "一千二百三十四万五千余元以上的投入，" * 3,
        "百" * 30 + "多人以上",
    ]
    for t in texts:
        want = [(m.span(), m.groups()) for m in regex.compile(src).finditer(t)]
        assert [(m.span(), m.groups()) for m in g.finditer(t, timeout=5.0)] == want
        if "百" * 30 not in t:
            assert [(m.span(), m.groups()) for m in re.compile(src).finditer(t)] == want


def test_a_pattern_of_others_compiles_with_regex():
    import regex

    src = "(?:莘莘){1,2}学子们"
    assert src not in patterns._SHIPPED
    assert isinstance(patterns.compile_pattern(src), regex.Pattern)


def test_write_private_is_atomic_and_private(tmp_path: Path) -> None:
    """The one writer of the start-up caches (compiled patterns, parsed packs, jieba's
    dictionary arrays): the whole file or nothing, readable by its owner only."""
    import os
    import stat

    from lint_news.patterns import write_private

    target = tmp_path / "cache.bin"
    write_private(str(target), b"abc")
    assert target.read_bytes() == b"abc"
    if hasattr(os, "getuid"):
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    write_private(str(target), b"de")  # replaced whole
    assert target.read_bytes() == b"de"
    missing = tmp_path / "no-such-folder" / "cache.bin"
    write_private(str(missing), b"x")  # no folder: nothing written, no error
    assert not missing.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache.bin"]  # no temporary left


def test_entries_no_run_used_lately_leave_the_file(cache_file, monkeypatch):
    """An expression no process used in the last _RX_KEEP writes is dropped (an edited
    pattern, another checkout's), one used by every run stays, and what another process
    wrote meanwhile is kept."""
    monkeypatch.setattr(patterns, "_RX_KEEP", 3)

    def new_process(*sources: str) -> None:
        monkeypatch.setattr(patterns, "_rx_cache", None)
        monkeypatch.setattr(patterns, "_rx_added", 0)
        monkeypatch.setattr(patterns, "_rx_used", {})
        for s in sources:
            _same(patterns.rx(s), re.compile(s))
        patterns._rx_save()

    new_process("旧的写法", "常用")
    for i in range(2):
        new_process("常用", f"第{i}次")
    assert ("旧的写法", 0) in patterns._rx_load()[1]
    new_process("常用", "第2次")
    generation, kept = patterns._rx_load()
    assert generation == 4
    assert sorted(p for p, _ in kept) == sorted(["常用", "第0次", "第1次", "第2次"])
