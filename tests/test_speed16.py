"""Speed shortcuts of session 9 (spd16) against the plain computations they replace, on
generated inputs: each must give exactly what the plain path gives."""

from __future__ import annotations

import random
import re

# -- regular expressions rewritten to do less work ---------------------------------------


def test_plan_pairs_are_those_the_two_group_expression_gives():
    """engine._Plan reads the pairs of characters that can begin a needed string as one
    string (a look-ahead before the character): the pairs a tuple of two groups gives."""
    from lint_news import engine
    from lint_news.config import Config
    from lint_news.engine import select_rules
    from lint_news.rules import load_rules

    plan = engine._Plan(select_rules(load_rules([]), Config()), many=True)
    first = engine._char_class({k[0] for k in plan.longer})
    second = engine._char_class({k[1] for k in plan.longer})
    plain = re.compile(f"({first})(?=({second}))")
    chars = sorted({c for k in plan.longer for c in k}) + ["，", "\n", "a"]
    rnd = random.Random(163)
    for _ in range(3000):
        t = "".join(rnd.choice(chars) for _ in range(rnd.randrange(0, 30)))
        assert set(plan.pairs.findall(t)) == {a + b for a, b in plain.findall(t)}, t


def test_grouped_unit_alternation_matches_as_the_plain_one():
    """numbers_lex's master expression with the units grouped by first character against
    the same expression with one branch per unit, at every candidate position of texts
    made of figures, units and their look-alikes."""
    from lint_news import numbers_lex as L
    from lint_news import numbers_units as U

    grouped = L._MASTER_SRC
    plain = grouped
    for arabic in (True, False):
        assert U._unit_alternation(arabic) in plain
        plain = plain.replace(U._unit_alternation(arabic), U._unit_alternation(arabic, False))
    assert plain != grouped
    a, b = re.compile(grouped), re.compile(plain)
    words = sorted({w for w, *_ in U._UNIT_SPEC})
    rnd = random.Random(164)
    numbers = ["3", "12.5", "１５", "三", "十二", "两", "数", "上百", "一千二百", "2023"]
    glue = ["万", "亿", "多", "余", "左右", "以上", "/", "性", "，", "年", "月", "日", "km", ""]
    seen = 0
    for _ in range(4000):
        t = "".join(
            rnd.choice(numbers) + rnd.choice(glue) + rnd.choice(words) + rnd.choice(glue)
            for _ in range(rnd.randrange(1, 4))
        )
        for c in L._CANDIDATE.finditer(t):
            p = c.start()
            ma, mb = a.match(t, p), b.match(t, p)
            assert (ma and (ma.span(), ma.lastgroup, ma.groups())) == (
                mb and (mb.span(), mb.lastgroup, mb.groups())
            ), (t, p)
            seen += ma is not None
    assert seen > 5000
