"""Speed shortcuts of session 9 (spd16) against the plain computations they replace, on
generated inputs: each must give exactly what the plain path gives."""

from __future__ import annotations

import random
import re

import pytest

from lint_news.checks import pattern as pattern_kind
from lint_news.checks.pattern import necessary_sets, needed_strings
from lint_news.config import Config
from lint_news.document import Document
from lint_news.engine import select_rules
from lint_news.patterns import expand
from lint_news.rules import load_rules

RULES = [r for r in select_rules(load_rules([]), Config()) if r.kind == "pattern"]


# -- pattern rules: every set of strings read off the expression ------------------------


def test_necessary_sets_hold_the_parts_and_the_runs():
    sets = {tuple(sorted(s)) for s in necessary_sets("(?:将近|接近|近|不到)\\d+[余多]人")}
    # the hedge (将近 holds 近: the longer string goes), the mark, and the run 余人/多人
    assert ("不到", "近") in sets and ("余", "多") in sets and ("余人", "多人") in sets
    # the most telling set is needed_strings'
    best = needed_strings("(?:将近|接近|近|不到)\\d+[余多]人")
    assert best is not None and frozenset(best) in necessary_sets(
        "(?:将近|接近|近|不到)\\d+[余多]人"
    )
    # an optional part, a look-around and a negated class give no set
    assert necessary_sets("甲?[^乙]丙(?=丁)") == (frozenset(["丙"]),)
    assert necessary_sets(r"\d+") == ()
    assert necessary_sets("(?i)abc") == ()
    assert necessary_sets("(") == ()


def _pieces(rule) -> list[str]:
    """Fragments to build texts from: the rule's own examples, pieces of them, and the
    strings read off its expression (so that some texts hold one set and lack another)."""
    out = [*rule.flag, *rule.passes]
    for t in list(out):
        out += [t[: len(t) // 2], t[len(t) // 2 :]]
    for s in necessary_sets(expand(rule.params["pattern"])):
        out += sorted(s)
    return [p for p in out if p]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_match_holds_a_string_of_every_set(rule):
    """What the pre-test relies on, on the rule's examples and on texts mixed from them."""
    source = expand(rule.params["pattern"])
    sets = necessary_sets(source)
    regex = re.compile(source)
    rnd = random.Random(rule.id)
    pieces = _pieces(rule)
    texts = [*rule.flag, *rule.passes]
    texts += ["，".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 6))) for _ in range(60)]
    for text in texts:
        for m in regex.finditer(text):
            for s in sets:
                assert any(t in m.group() for t in s), (rule.id, m.group(), sorted(s))


def _findings(doc: Document, rule) -> list[tuple]:
    return [(f.rule, f.start, f.end, f.message, f.fix) for f in pattern_kind.check(doc, rule)]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_the_pretest_changes_no_finding(rule, monkeypatch):
    """``check`` with the sets looked for first (``_also``) against ``check`` without."""
    pattern_kind.finer_needs(rule)  # (reads the pattern, as the engine does for many texts)
    also = pattern_kind._also(rule)
    assert also is not None
    rnd = random.Random("pretest-" + rule.id)
    pieces = _pieces(rule) + ["他说。", "同比增长", "\n\n", "约", "多", "年", "第"]
    texts = [*rule.flag, *rule.passes]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 8))) for _ in range(80)]
    skipped = 0
    for text in texts:
        doc = Document(text)
        fast = _findings(doc, rule)
        with monkeypatch.context() as mp:
            mp.setattr(pattern_kind, "_also", lambda r: None)
            plain = _findings(Document(text), rule)
        assert fast == plain, (rule.id, text)
        skipped += bool(also) and pattern_kind._lacks(text, also)
    if also:  # the generated texts do reach the shortcut
        assert skipped > 0, rule.id


def test_no_sets_before_the_pattern_is_read():
    """A fresh process linting one article does not read every pattern (start-up)."""
    rule = next(r for r in RULES if r.id == "near-and-more")
    saved = dict(pattern_kind._SETS)
    try:
        pattern_kind._SETS.clear()
        assert pattern_kind._also(rule) is None
    finally:
        pattern_kind._SETS.update(saved)
    pattern_kind.finer_needs(rule)
    also = pattern_kind._also(rule)
    assert also and ("不到", "不足", "近") in also  # the hedge the engine does not look for
    assert pattern_kind._lacks("共有300余人参加", also)
    assert not pattern_kind._lacks("近300余人参加", also)


# -- regular expressions rewritten to fail sooner ---------------------------------------


def test_doubled_long_gate_finds_what_the_plain_expression_finds():
    from lint_news.checks import repetition

    plain = re.compile(repetition._DOUBLED_LONG_PLAIN)
    rnd = random.Random(161)
    alphabet = "城市军团一\n，"
    texts = ["城市城市", "城市军城市军", "城市军团城市军团", "军团长军团长军团长", "的\n的\n的"]
    texts += [
        "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 40))) for _ in range(5000)
    ]
    found = 0
    for t in texts:
        want = [(m.span(), m.group(1)) for m in plain.finditer(t)]
        got = [(m.span(), m.group(2)) for m in repetition._DOUBLED_LONG.finditer(t)]
        assert got == want, t
        found += bool(want)
    assert found > 50
