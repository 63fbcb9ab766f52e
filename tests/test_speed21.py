"""Speed shortcuts of session 10 (spd21) against the plain computations they replace, on
generated inputs: each must give exactly what the plain path gives."""

from __future__ import annotations

import random
import re

from lint_news import patterns
from lint_news.checks import arith_parts

_HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"


def _texts(seed: int, n: int, alphabet: str, most: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, most))) for _ in range(n)]


def _spans(p: re.Pattern[str], t: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in p.finditer(t)]


# -- regular expressions searched only where a match can start ------------------------------


def test_numeral_run_with_lead_finds_what_the_plain_expression_finds():
    """GuardedPattern's test for a run of NUMERAL_RUN numerals is searched with ``lead``: the
    same first match as the expression compiled by ``re``, in every text; and its class of
    first characters is read off the expression (the numerals), not written by hand."""
    source = f"[{''.join(sorted(patterns.NUMERAL_CHARS))}]{{{patterns.NUMERAL_RUN}}}"
    lead = patterns.rx(source, lead=True)
    plain = re.compile(source)
    assert set(re.findall(r"[^\[\]]", patterns.lead_class(source, slow_only=False) or "")) == set(
        patterns.NUMERAL_CHARS
    )
    alphabet = "".join(patterns.NUMERAL_CHARS) + _HAN[:12] + "，0 "
    for t in _texts(2101, 4000, alphabet, 40):
        a, b = lead.search(t), plain.search(t)
        assert (a and a.span()) == (b and b.span()), t
    # the guard itself, on a text with a run and one without
    p = patterns.GuardedPattern(re.compile("一+"), "一+")
    assert p._for("一二三四五六七八") is not None
    assert p._for("一二三，四五六七") is None


def test_level_hint_with_lead_matches_as_the_plain_expression():
    """arith_parts' hint of parts named by levels or bands, searched with ``lead``: the same
    matches as the plain expression, in texts made of its pieces and their look-alikes."""
    got = arith_parts._LEVEL_HINT
    plain = re.compile(got.pattern)
    alphabet = "12345６１２３４５一二三四五六A星B大中小型省市县级以上下不满未满" + _HAN[:10]
    for t in _texts(2102, 4000, alphabet, 24):
        assert _spans(got, t) == _spans(plain, t), t  # type: ignore[arg-type]


# -- pattern rules: lines that a line-anchored pattern can start, short texts without a match --


def test_line_anchored_patterns_are_read_off_the_expression():
    from lint_news.checks import pattern

    def anchored(source: str) -> bool:
        return pattern._line_anchored(patterns.ShippedPattern(re.compile(source))) is not None

    assert anchored(r"(?m)^[，。]")
    assert anchored(r"(?m)(^[，。])")
    assert anchored(r"(?m)^a\nb")
    assert not anchored(r"^[，。]")  # the start of the text only: re finds that itself
    assert not anchored(r"(?m)[，。]^")
    assert not anchored(r"(?m)^[，。]|x")
    assert not anchored(r"(?m)^")  # an empty match
    assert not anchored(r"(?m)^x?")


def test_matches_at_line_starts_are_those_finditer_gives():
    from lint_news.checks import pattern

    sources = [r"(?m)^[，、。]", r"(?m)^[，a]+", r"(?m)^a\n", r"(?m)^(?:a\n)+", r"(?m)^，(?=a)"]
    alphabet = "，、。a\n\n" + _HAN[:6]
    for source in sources:
        p = re.compile(source)
        for t in _texts(2103, 3000, alphabet, 30):
            assert _spans(p, t) == [(m.span(), m.group()) for m in pattern._at_line_starts(p, t)]


def test_pattern_rules_find_what_the_plain_search_finds(monkeypatch):
    """Every shipped pattern rule on short and long texts made of its own examples: the same
    findings with the shortcuts (line starts, a short text searched first) as without."""
    from lint_news.checks import pattern
    from lint_news.document import Document
    from lint_news.rules import load_rules

    rules = [r for r in load_rules() if r.kind == "pattern"]
    pieces = [t for r in rules for t in r.flag + r.passes]
    rnd = random.Random(2104)
    texts = []
    for _ in range(60):
        chosen = rnd.sample(pieces, rnd.randrange(1, 6))
        texts.append(rnd.choice(["", "\n", "\n\n", "。"]).join(chosen))
    texts.append("\n\n".join(pieces))  # long: the line plan's side of the check
    docs = [Document(t) for t in texts]

    def findings() -> list[tuple[str, int, int, str]]:
        out = []
        for r in rules:
            for d in docs:
                out += [(f.rule, f.start, f.end, f.message) for f in pattern.check(d, r)]
        return out

    fast = findings()

    class _Other:  # no pattern is of this type: every rule takes the plain path
        pass

    monkeypatch.setattr(pattern, "ShippedPattern", _Other)
    assert findings() == fast
    assert any(f[0] == "line-start-mark" for f in fast)


# -- doubled words: texts that cannot hold one are not searched ---------------------------------


def test_said_twice_never_rules_out_a_doubled_word():
    """``_said_twice`` may only say no where the doubled-word expressions find nothing: on
    texts made of few characters (so that runs repeat often), of the words never doubled,
    of wide characters, spaces and NUL."""
    from lint_news.checks import repetition

    alphabets = [
        "我们他大家自己已经" + "的",
        "发展经济中华人民一二三",
        "ab𠀀𠀁\0 　，的",
        _HAN[:5],
    ]
    n = 0
    for k, alphabet in enumerate(alphabets):
        for t in _texts(2105 + k, 5000, alphabet, 20):
            two, long = repetition._said_twice(t)
            if not two:
                assert repetition._DOUBLED_WORD.search(t) is None, t
            if not long:
                assert repetition._DOUBLED_LONG.search(t) is None, t
            n += two + long
    assert n > 100  # (the texts do hold doubled runs)


def test_doubled_word_findings_with_and_without_the_hint(monkeypatch):
    from lint_news.checks import repetition
    from lint_news.document import Document
    from lint_news.rules import load_rules

    rule = next(r for r in load_rules() if r.id == "doubled-word")
    rule.prepare()
    texts = _texts(2109, 400, "我们的的确发展经济发展经济中华人民，。\n" + _HAN[:8], 60)
    docs = [Document(t) for t in texts]

    def findings() -> list[tuple[int, int, str]]:
        return [(f.start, f.end, f.message) for d in docs for f in repetition._words(d, rule)]

    fast = findings()
    monkeypatch.setattr(repetition, "_said_twice", lambda t: (True, True))
    assert findings() == fast and fast
