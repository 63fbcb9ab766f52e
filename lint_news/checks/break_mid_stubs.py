"""A paragraph inside an article that stops after its last full stop (issue 9, break-lost).

``truncation._unterminated`` reads a body paragraph that ends without a final mark. After
the last paragraph of an article, what follows the last full stop is most often glued there
(a credit, a source, a related headline), and a label's value (地点：…, 主演：…) ends a
line without a mark anywhere: both stay silent. Neither stands in the middle of running
text. A paragraph that has closed a sentence of its own, then runs on and stops on a
Chinese character with another body paragraph after it (…成绩显著。有业内人士 | 对此，…;
…出色。记者注意到 | …), among paragraphs that end in a final mark, has lost the rest of
its last sentence, however short. A label and its value (…。主办：城南区文化局; …。说明：
…，…) are left to the label rules (``break_lone_lines.comma_value``, ``value_cut``): a
value may end a line whole without a mark.

Not a stretch of web page furniture (a run of spaces, a bracketed link), nor a list run
together, nor a paragraph of one sentence whose end alone is no evidence (``rest``: the
text after the last full stop must be there).
"""

from __future__ import annotations

from ..document import PARAGRAPH, Block
from ..patterns import HAN as _CJK
from ..patterns import lazy
from .break_evidence import _ONE_CHAR_CLAUSES
from .break_trailers import (
    _after_last_stop,
    _furniture_end,
    _inline_list,
    _running,
    _trailer_after_stop,
)
from .truncation_joint import _CLOSED_END, _CLOSERS

_CLAUSE_MARK = lazy(r"[，,；;]")
_LAST_PIECE = lazy(r"[，,；;、：:]")
_COLON = lazy(r"[：:]")

MID_STUB = 2  # Chinese characters after the last full stop at least (…。有业, not …。某)


def mid_stub(block: Block, blocks: list[Block]) -> bool:
    """Does a body paragraph without a final mark, with a body paragraph after it, stop on
    a Chinese character after a full stop of its own, in running text (see the module)?
    The caller still asks whether the document's paragraphs end with a final mark."""
    t = block.text.rstrip()
    rest = _after_last_stop(t)
    if rest is None or not _CJK.match(t[-1:]):
        return False
    if len(_CJK.findall(rest)) < MID_STUB or not _running(rest) or _inline_list(rest.strip()):
        return False  # (a gap of spaces after the full stop is web layout: _running)
    if _LAST_PIECE.split(rest)[-1].strip() in _ONE_CHAR_CLAUSES:
        return False  # …温馨提示：请尽早使用，好: a clause of one word (an answer, a call)
    if _COLON.search(rest):
        return False  # …。主办：城南区文化局: a label and its value, the label rules' to read
    return any(b.kind == PARAGRAPH for b in blocks[block.index + 1 :])


def end_counts(blocks: list[Block], a: Block, glued_last: bool = False) -> tuple[int, int]:
    """(closed, opened): how many of the document's body paragraphs other than ``a`` end
    with a final mark (or a credit after one), and how many of several clauses end open.
    With ``glued_last``, the last body paragraph, when it has a full stop of its own and
    ends open, counts for neither: what follows its last full stop is where a page glues
    related headlines and credits (…。两基金公司可望随时落单), which tells nothing of how
    the article's sentences end."""
    paras = [b for b in blocks if b.kind == PARAGRAPH]
    last = paras[-1] if glued_last and paras else None
    closed = opened = 0
    for b in paras:
        if b is a:
            continue
        t = b.text.rstrip()
        if t[-1:] in _CLOSED_END or t[-1:] in _CLOSERS or _trailer_after_stop(t):
            closed += 1
        elif b is last and _after_last_stop(t) is not None:
            continue
        elif len(t) >= 20 and _CLAUSE_MARK.search(t) and not _furniture_end(t):
            opened += 1
    return closed, opened


def marks_ends_inside(blocks: list[Block], a: Block) -> bool:
    """Do the document's other body paragraphs end with a final mark (at least one, and
    twice as many as end open after clauses), the last one counted only when nothing is
    glued after its last full stop (``end_counts``)?"""
    closed, opened = end_counts(blocks, a, glued_last=True)
    return closed >= 1 and closed >= 2 * opened
