"""Speed shortcuts of session 8 (spd13) against the plain computations they replace, on
generated inputs: each must give exactly what the plain path gives."""

from __future__ import annotations

import random
from math import log

import pytest

from lint_news.checks import repetition

_HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"


def _texts(seed: int, n: int, lengths: list[int]) -> list[str]:
    rnd = random.Random(seed)
    alphabet = _HAN + "，。、0123456789 abc"
    out = []
    for _ in range(n):
        size = rnd.choice(lengths)
        out.append("".join(rnd.choice(alphabet) for _ in range(size)))
    return out


def test_shingles_match_the_plain_comprehension() -> None:
    lengths = [0, 1, 4, 5, 6, 30, 200, 2003, 2004, 2005, 2600]
    for t in _texts(1, 120, lengths):
        for n in (3, 5):
            want = {t[i : i + n] for i in range(max(1, len(t) - n + 1))}
            assert repetition._shingles(t, n) == want


def _words_at_plain(d, text: str, k: int, j: int) -> tuple[list[tuple[float, int]], bool]:
    """The get_DAG walk as it was written before the weights were kept: entry, frequency
    and log at every step."""
    out = []
    while j <= len(text):
        e = d.entry(text[k:j])
        if e < 0:
            return out, False
        f = d._freq[e]
        if f:
            out.append((log(f) - d._logtotal_jieba, j))
        j += 1
    return out, True


def test_words_at_gives_the_plain_walk() -> None:
    dictseg = pytest.importorskip("lint_news.dictseg")
    try:
        d = dictseg.load()
    except (OSError, ImportError, ValueError):
        pytest.skip("jieba's dictionary is not available")
    texts = _texts(2, 60, [1, 2, 5, 12, 40])
    texts += ["中华人民共和国成立", "培训班学员", "上海市浦东新区", "了的的了"]
    for t in texts:
        for k in range(len(t)):
            for j in (k + 1, min(len(t), k + 3) + 1):
                got: list[tuple[float, int]] = []
                runs_on = d._words_at(t, k, j, got)
                want, want_runs = _words_at_plain(d, t, k, j)
                assert got == want and runs_on == want_runs
                # asked again (now from the kept weights), the same answer
                again: list[tuple[float, int]] = []
                assert d._words_at(t, k, j, again) == want_runs and again == want


def test_sentence_ends_match_the_two_branch_expression() -> None:
    import re

    from lint_news import arith

    plain = re.compile(r"[。！？!?]+[”’」』）)]*|\n+")
    marks = "。！？!?”’」』）)\n\n，的年"
    rnd = random.Random(3)
    texts = ["", "\n", "。", "？！”）\n\n", "他说。”\n\n又说！", "a\n\n\nb。。”’x"]
    texts += ["".join(rnd.choice(marks) for _ in range(rnd.randrange(1, 30))) for _ in range(3000)]
    for t in texts:
        want = [m.span() for m in plain.finditer(t)]
        assert [m.span() for m in arith._SENT_END.finditer(t)] == want, t


def test_lead_expressions_search_through_their_class() -> None:
    """``rx(..., lead=True)`` names the first characters in the optimisation block (a scan
    in C), and the module expressions so compiled match as their plain expressions do."""
    import re
    from re import _constants as C
    from re import _parser

    from lint_news import patterns
    from tests.test_lead import LED, TEXTS, _look_alikes, _same_matches

    assert len(LED) >= 10
    for i, (name, source, flags) in enumerate(LED):
        # (the class rx reads: also for an alternation of classes, which re tries at every
        # position)
        code = patterns._code(
            _parser.parse(source, flags),
            flags,
            patterns.lead_class(source, flags, slow_only=False),
        )
        assert code[0] == C.INFO and code[2] & C.SRE_INFO_CHARSET, name
        fast = patterns.rx(source, flags, lead=True)
        assert fast.pattern == source
        _same_matches(re.compile(source, flags), fast, _look_alikes(source, TEXTS, 600, i))


def test_lead_code_matches_at_every_position() -> None:
    """``match`` at a position (not only ``search``): the block's class is only a hint for
    the search; the expression itself still decides."""
    import re

    from lint_news.patterns import rx

    sources = [
        r"(?<![为除])了(?!解)|已|曾",
        r"(?<![\d.%％,，])(?P<a>\d+(?:\.\d+)?)[～~至](?P<b>\d+)(?P<p>[%％])",
        r"(?<=[，,、；;])(?P<a>[^，,、；;。\s]*[\u4e00-\u9fff]) (?P<b>[\u4e00-\u9fff])",
    ]
    rnd = random.Random(4)
    alphabet = "了已曾为除解0123.%％～至，、；。 的年甲"
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 20))) for _ in range(800)]
    for source in sources:
        plain, fast = re.compile(source), rx(source, lead=True)
        for t in texts:
            for i in range(len(t) + 1):
                a, b = plain.match(t, i), fast.match(t, i)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (t, i)
                a, b = plain.fullmatch(t, i), fast.fullmatch(t, i)
                assert (a and a.span()) == (b and b.span())


def test_shipped_patterns_that_open_with_a_look_ahead_match_the_same() -> None:
    """Patterns that open with a look-ahead or an anchor get the class of their first
    characters in the optimisation block too (``lead_class(..., slow_only=False)``)."""
    import re

    from lint_news.patterns import expand, lead_class, rx
    from lint_news.rules import load_rules
    from tests.test_lead import _look_alikes, _same_matches

    n = 0
    for i, rule in enumerate(r for r in load_rules() if r.kind == "pattern"):
        source = expand(rule.params["pattern"])
        if lead_class(source) is not None or lead_class(source, slow_only=False) is None:
            continue  # (the others: tests/test_lead.py)
        n += 1
        plain, fast = re.compile(source), rx(source, lead=True)
        assert fast.pattern == source and fast != plain  # the class in the block
        _same_matches(plain, fast, _look_alikes(source, rule.flag + rule.passes, 300, i))
    assert n >= 5


def test_entry_test_answers_as_has_entry() -> None:
    dictseg = pytest.importorskip("lint_news.dictseg")
    try:
        d = dictseg.load()
    except (OSError, ImportError, ValueError):
        pytest.skip("jieba's dictionary is not available")
    from lint_news import words

    texts = _texts(5, 300, [1, 2, 3, 4, 6]) + ["中华", "中华人民", "华人民", "培训", "训班", ""]
    test = d.present.__getitem__
    for t in texts:
        want = d.entry(t) >= 0
        assert d.has_entry(t) == want and test(t) == want and test(t) == want  # (kept)
    if isinstance(words.segmenter(), words._RJieba):
        known = words.entry_test()
        assert known is not None and all(known(t) == d.has_entry(t) for t in texts)


def test_remembered_keeps_one_answer_per_name_and_arguments() -> None:
    from lint_news import words

    calls: list[tuple[str, ...]] = []

    def compute(*args: str) -> str:
        calls.append(args)
        return "|".join(args)

    assert words.remembered("x", compute, "a", "b") == "a|b" and len(calls) == 1
    assert words.remembered("x", compute, "a", "b") == "a|b" and len(calls) == 2  # (no block)
    with words.remembering():
        assert words.remembered("x", compute, "a", "b") == "a|b"
        assert words.remembered("x", compute, "a", "b") == "a|b"
        assert words.remembered("y", compute, "a", "b") == "a|b"
        assert words.remembered("x", compute, "a") == "a"
        assert words.memo("x") == {("a", "b"): "a|b", ("a",): "a"}
    assert len(calls) == 5


def _plain_agrees_with_earlier(doc, q, p):
    """quantity_consistency._agrees_with_earlier as written before its filters were
    reordered."""
    import bisect

    from lint_news.checks import quantity_consistency as qc
    from lint_news.context import same_quantity

    found = None
    quantities = doc.quantities
    first = bisect.bisect_left(quantities, q.start - qc.WINDOW, key=lambda o: o.start)
    for other in quantities[first:]:
        if other.start >= q.start:
            break
        if not qc._checkable(other) or other.dim != q.dim or other.unit != q.unit:
            continue
        if other.value != q.value or other.direction != q.direction:
            continue
        need = qc._min_shared(doc, other, q, p)
        if need is None:
            continue
        if same_quantity(doc, other, q, need).same:
            found = other
    return found


def _figure_articles(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    subjects = ["全市游客", "全县粮食产量", "新建道路", "参观人数", "项目投资", "学校"]
    units = ["万人次", "人次", "吨", "万吨", "公里", "米", "亿元", "万元", "所", "个"]
    values = ["860", "86", "8600", "1.2", "12", "120", "3200", "2300", "18.6", "16.8", "一"]
    out = []
    for _ in range(n):
        paras = []
        for _ in range(rnd.randrange(2, 7)):
            sentence = "，".join(
                f"{rnd.choice(['', '约', '近', '超'])}{rnd.choice(subjects)}"
                f"{rnd.choice(['达', '为', '共'])}{rnd.choice(values)}{rnd.choice(units)}"
                for _ in range(rnd.randrange(1, 4))
            )
            paras.append(sentence + "。")
            if rnd.random() < 0.4:  # the same figures said again (an agreeing mention)
                again = rnd.choice(paras)
                if rnd.random() < 0.5:  # … or hedged this time (another direction)
                    again = again.replace("为", "约为").replace("达", "超过")
                paras.append(again)
        out.append("\n\n".join(paras))
    return out


def test_magnitude_checks_find_what_the_plain_filters_find(monkeypatch) -> None:
    from lint_news.checks import quantity_consistency as qc
    from lint_news.document import Document
    from lint_news.engine import lint_document
    from lint_news.rules import load_rules

    rules = [r for r in load_rules() if r.kind == "quantity-consistency"]
    assert rules
    texts = _figure_articles(6, 400)

    def run() -> list[list[tuple[str, int, int, str]]]:
        return [
            [(f.rule, f.start, f.end, f.message) for f in lint_document(Document(t), rules)]
            for t in texts
        ]

    agreed = []
    original = qc._agrees_with_earlier

    def counted(doc, q, p):
        got = original(doc, q, p)
        agreed.append(got is not None)
        return got

    monkeypatch.setattr(qc, "_agrees_with_earlier", counted)
    fast = run()
    assert sum(map(len, fast)) > 20 and sum(agreed) > 5  # slips, and agreeing mentions
    monkeypatch.setattr(qc, "_agrees_with_earlier", _plain_agrees_with_earlier)
    assert run() == fast


def test_an_expression_anchored_at_the_start_keeps_re_s_own_code() -> None:
    """re's search stops after the start for an expression that opens with ^ or \\A; a
    class in the optimisation block would make it scan the whole text instead."""
    import re
    from re import _constants as C
    from re import _parser

    from lint_news import patterns

    for source in (r"^(?:多|余)?(长|宽)", r"\A第[一二]、", r"(?:^|x)[一二]"):
        starts = patterns.lead_class(source, slow_only=False)
        assert starts is not None
        code = patterns._code(_parser.parse(source), 0, starts)
        anchored = not source.startswith("(?:^|")
        assert bool(code[2] & C.SRE_INFO_CHARSET) != anchored, source
        fast = patterns.rx(source, lead=True)
        for t in ("长度", "多长", "x一", "第一、二", "a第一、", "\n多宽"):
            want = re.compile(source).search(t)
            got = fast.search(t)
            assert (got and got.span()) == (want and want.span())
