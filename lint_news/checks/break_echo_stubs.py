"""A stub after an article's last full stop that is one word of the sentence before it
(…举行了工作会议。会议, …提升了装备的选择性。装备): the next sentence begun on the last
one's subject, its rest lost (issue 9, lost16). A headline or a credit glued after the last
paragraph names its own matter, or takes up more than one word (…新园今年秋季开学。新园秋季
开学); and a short title-like line that only repeats the last sentence before it."""

from __future__ import annotations

from .. import words
from ..patterns import lazy

ECHO_STUB_MIN, ECHO_STUB_MAX = 2, 10  # characters of a stub read so
NEXT_WINDOW = 40  # characters of the next paragraph that a subhead's words show up in
_STOPS = lazy(r"[。！？!?]")
_CLAUSE_OR_GAP = lazy(r"[\s，,、；;：:]")


def _short_phrase(t: str) -> bool:
    """Is ``t`` (stripped) ECHO_STUB_MIN to ECHO_STUB_MAX characters with no clause mark or
    gap: a phrase, not a clause?"""
    return ECHO_STUB_MIN <= len(t) <= ECHO_STUB_MAX and not _CLAUSE_OR_GAP.search(t)


def echoed_stub(stub: str, paragraph: str) -> bool:
    """Is a short stub one word (of ``ECHO_STUB_MIN`` characters or more) of the sentence
    before it in ``paragraph``?"""
    t = stub.strip()
    if not _short_phrase(t):
        return False
    body = paragraph.rstrip()
    head = body[: len(body) - len(t)].rstrip()
    sentences = _STOPS.split(head)
    prev = sentences[-2] if len(sentences) >= 2 and not sentences[-1] else ""
    if not prev:
        return False
    own = words.cut(t)
    # one word: the subject of the next sentence; more may be a headline that takes up the
    # last sentence (…新园今年秋季开学…。新园秋季开学)
    return len(own) == 1 and own[0] in prev


def echoed_line(line: str, before: str, after: str = "") -> str:
    """Why a short title-like line between body paragraphs is a paragraph's head whose rest
    is lost: every word of two or more characters it has is a word of the last sentence of
    the paragraph before it (…一场危机。 | 危机) and none is in the first ``NEXT_WINDOW``
    characters of the paragraph after it (``after``): a subhead names what follows, and may
    take up what went before (…评价普遍较高。 | 家长对新园的评价 | 多数家长认为新园…). Or ""."""
    t = line.strip()
    if not _short_phrase(t):
        return ""
    sentences = [s for s in _STOPS.split(before.rstrip()) if s.strip()]
    if not sentences:
        return ""
    prev = sentences[-1]
    own = [w for w in words.cut(t) if len(w) >= 2]
    if own and all(w in prev for w in own) and not any(w in after[:NEXT_WINDOW] for w in own):
        return "只重复上一段末句的词语"
    return ""
