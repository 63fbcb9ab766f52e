"""Exact shortcuts of the speed work (issue 12): each must give what the longer way gives.

- checks/pattern.py ``_scans_itself``: a pattern whose every first character is one of its
  needed strings is searched whole, not by lines; it must say so only when that holds
  (either way the matches are the same, tests/test_pattern_lines.py);
- checks/headline_figures.py ``_figures_in``: the figures inside a set of blocks, found by
  bisection, must be those the test of every figure against the blocks finds.
"""

from __future__ import annotations

import bisect
import random

from lint_news.checks.headline_figures import _figures_in
from lint_news.checks.pattern import _scans_itself
from lint_news.document import Document


def test_scans_itself_only_when_every_first_character_is_needed():
    assert _scans_itself("[,;:?!](?=[甲乙])", [",", ";", ":", "?", "!"])
    assert _scans_itself("(?<=[甲乙])[,;]|[,;](?=[丙])", [",", ";"])
    assert _scans_itself("(?m)^[，、]", ["，", "、", "；"])  # a superset of strings
    assert _scans_itself("(?:-|\\])甲", ["-", "]"])  # escaped class characters
    assert not _scans_itself("[,;]甲", [","])  # ; starts a match but is not needed
    assert not _scans_itself("甲乙", ["乙"])  # the needed string is not the first
    assert not _scans_itself("超过了?近", ["超过", "近"])  # strings longer than one character
    assert not _scans_itself("\\d,", [","])  # a category first
    assert not _scans_itself("[a-z],", ["a", ","])  # a range first
    assert not _scans_itself("(?i)a", ["a"])  # case folded: A starts a match too
    assert not _scans_itself("a?b", ["b"])  # a may start it
    assert not _scans_itself("a?b", ["a"])  # and so may b


def _figures_in_by_test(doc: Document, blocks: list) -> list:
    """The former way: every figure tested against the sorted blocks."""
    if not blocks:
        return []
    spans = sorted((b.start, b.end) for b in blocks)
    starts = [s for s, _ in spans]
    out = []
    for q in doc.quantities:
        if q.kind != "quantity":
            continue
        i = bisect.bisect_right(starts, q.start) - 1
        if i >= 0 and q.start < spans[i][1]:
            out.append(q)
    return out


PIECES = [
    "全市新开工项目18个",
    "完成投资12.6亿元",
    "2023年5月",
    "惠及约4000户",
    "同比增长3.5%",
    "其中三成",
    "没有数字的一句话",
    "第3届",
    "比上年多120人",
]


def test_figures_in_blocks_as_by_testing_each_figure():
    rng = random.Random(7)
    for _ in range(300):
        paragraphs = [
            "，".join(rng.choice(PIECES) for _ in range(rng.randint(1, 4))) + "。"
            for _ in range(rng.randint(1, 8))
        ]
        doc = Document("\n\n".join(paragraphs))
        for _ in range(5):
            chosen = [b for b in doc.blocks if rng.random() < 0.5]
            rng.shuffle(chosen)
            if chosen and rng.random() < 0.2:
                chosen.append(chosen[0])  # a block given twice
            assert _figures_in(doc, chosen) == _figures_in_by_test(doc, chosen)


# -- document.py: lines, bylines and titles read with cheap tests first -------------------


def _text_lines_by_trim(source: str) -> list:
    """The former ``_text_lines``: every line through ``_trim``."""
    from lint_news.document import _BOLD_RE, _Line, _strip_spans, _trim

    lines = []
    start = 0
    for content in source.split("\n"):
        if not content.strip():
            lines.append(_Line([], "blank"))
        elif "**" in content:
            lstrip, rstrip = content.lstrip(), content.rstrip()
            hint = "bold" if lstrip.startswith("**") or rstrip.endswith("**") else ""
            lines.append(_Line(_trim(_strip_spans(start, content, _BOLD_RE), source), hint))
        else:
            lines.append(_Line(_trim([(start, start + len(content))], source), ""))
        start += len(content) + 1
    return lines


def _maybe_byline_in_full(t: str) -> bool:
    """The former ``_maybe_byline``, without its cheap first test."""
    from lint_news.document import _BYLINE_FIRST

    i = 1 if t[:1] in ("(", "（") else 0
    while i < len(t) and t[i].isspace():
        i += 1
    if t[i : i + 1] in _BYLINE_FIRST:
        return True
    if t.startswith("本报", i):
        return t[i + 2 : i + 3] in _BYLINE_FIRST
    if t.startswith("全媒体", i):
        return t[i + 3 : i + 4] in _BYLINE_FIRST
    return False


def _looks_like_title_in_full(text: str) -> bool:
    """The former ``_looks_like_title``: every test, in its first order."""
    import re

    from lint_news.document import _OPEN_CLAUSE_END, _SPACED_HALVES, _TERMINAL_IN

    t = text.strip()
    if not t or _TERMINAL_IN.search(t[:-1] if len(t) > 1 else ""):
        return False
    if t[-1] in "。！？!?；;，,、":
        return t[-1] in "！？!?" and len(t) <= 30
    if t.startswith(("——", "—", "--")):
        return True
    commas = len(re.findall(r"[，,、；;]", t))
    if commas and _OPEN_CLAUSE_END.search(t[-8:]):
        return False
    n = len(t)
    if n <= 26 and commas <= 1:
        return True
    if n <= 64 and commas <= 2 and _SPACED_HALVES.search(t):
        return True
    return False


ALPHABET = list("甲乙丙的和，,、；;。！？!?") + [
    " ",
    "\t",
    "\u3000",
    "\ufeff",
    "\r",
    "\n",
    "**",
    "\xa0",
    "\x0b",
    "（",
    "(",
    "本报",
    "全媒体",
    "记者",
    "——",
    "2023年5",
    "月12",
    "a",
]


def test_lines_bylines_and_titles_as_read_in_full():
    from lint_news.document import _looks_like_title, _maybe_byline, _text_lines

    rng = random.Random(11)
    for _ in range(20000):
        s = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14)))
        assert _text_lines(s) == _text_lines_by_trim(s), repr(s)
        assert _maybe_byline(s) == _maybe_byline_in_full(s), repr(s)
        long = s * rng.randint(1, 12)  # (titles are told apart by length too)
        assert _looks_like_title(long) == _looks_like_title_in_full(long), repr(long)


def test_dateline_dates_lie_within_their_width():
    """dates._datelines looks for 电 or 讯 in the first _DATELINE_WIDTH characters of a block
    before it tries _DATELINE_DATE: no match of it is longer."""
    from re import _parser  # type: ignore[attr-defined]

    from lint_news.checks import dates

    assert _parser.parse(dates._DATELINE_DATE.pattern).getwidth()[1] <= dates._DATELINE_WIDTH
    assert dates._dates("2023年5日电，没有月份的数字12日") == []  # no 月, no date
    assert len(dates._dates("本报讯 5月12日，记者获悉")) == 1


# -- checks/repetition.py: sentences bucketed by the end of what they say -----------------


def _no_repeated_sentence_in_full(body: list) -> bool:
    """Every sentence of the body normalised and compared, without buckets."""
    from lint_news.checks.repetition import _CANDIDATE, _fold, _lead_in
    from lint_news.document import _SENT_RE

    seen: set[str] = set()
    for b in body:
        if len(b.text) < _CANDIDATE:
            continue
        for k, piece in enumerate(_SENT_RE.findall(b.text)):
            if len(piece) < _CANDIDATE:
                continue
            lead = _lead_in(piece) if k == 0 else 0
            for v in [piece, piece[lead:]] if lead else [piece]:
                t = "".join(_fold(v).split()).rstrip(".!?;…")
                if len(t) < _CANDIDATE:
                    continue
                if t in seen:
                    return False
                seen.add(t)
    return True


CLAUSES = [
    "全市新开工项目十八个",
    "全市新开工项目十八个 ",
    "完成投资十二亿元",
    "完成投资十二亿元，",
    "完成投资十二亿元,",
    "本报讯 ",
    "本报讯　",
    " ",
    "ＡＢ",
    "AB",
    "惠及群众",
]
ENDS = ["。", ".", "！", "；", "…", "", "？ ", "。”"]


def test_sentence_buckets_find_what_comparing_every_sentence_finds():
    from lint_news.checks.repetition import _no_repeated_sentence

    rng = random.Random(5)
    repeated = 0
    for _ in range(3000):
        paragraphs = [
            "".join(
                rng.choice(CLAUSES) + rng.choice(CLAUSES) + rng.choice(ENDS)
                for _ in range(rng.randint(1, 3))
            )
            for _ in range(rng.randint(1, 4))
        ]
        body = Document("\n\n".join(paragraphs)).blocks
        expected = _no_repeated_sentence_in_full(body)
        repeated += not expected
        assert _no_repeated_sentence(body) == expected, paragraphs
    assert 300 < repeated < 2700  # both answers were asked for


def test_a_figures_numeral_read_as_written_then_folded():
    """quantity_consistency._numeral searches the figure's text as written (either width)
    and folds the match: what searching the folded text gives."""
    from lint_news.checks import quantity_consistency as qc

    class Figure:
        def __init__(self, text: str) -> None:
            self.text = text

    rng = random.Random(3)
    chars = list("0123456789０１２３４５６７８９.．万亿元约近") + ["", "."]
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 9)))
        m = qc._NUMERAL.search(text.translate(qc._FW))
        assert qc._numeral(Figure(text)) == (m.group() if m else ""), text
