"""A stub after an article's last full stop that takes up the words of the sentence before
it (…划拨用地比重提升明显。全国划拨, …抑制投资投机性购房需求。投资投机需求): the next
sentence begun on the last one's subject, its rest lost (issue 9, lost16). A headline or a
credit glued after the last paragraph names its own matter."""

from __future__ import annotations

import re

from .. import words

ECHO_STUB_MIN, ECHO_STUB_MAX = 2, 10  # characters of a stub read so
_STOPS = re.compile(r"[。！？!?]")


def echoed_stub(stub: str, paragraph: str) -> bool:
    """Is every word of two or more characters of a short stub (at least one) a word of the
    sentence before it in ``paragraph``?"""
    t = stub.strip()
    if not ECHO_STUB_MIN <= len(t) <= ECHO_STUB_MAX or re.search(r"[\s，,、；;：:]", t):
        return False
    body = paragraph.rstrip()
    head = body[: len(body) - len(t)].rstrip()
    sentences = _STOPS.split(head)
    prev = sentences[-2] if len(sentences) >= 2 and not sentences[-1] else ""
    if not prev:
        return False
    own = [w for w in words.cut(t) if len(w) >= 2]
    return bool(own) and all(w in prev for w in own)


def echoed_line(line: str, before: str) -> str:
    """Why a short title-like line between body paragraphs is a paragraph's head whose rest
    is lost: every word of two or more characters it has is a word of the last sentence of
    the paragraph before it (…一场危机。 | 危机); a subhead names what follows. Or ""."""
    t = line.strip()
    if not ECHO_STUB_MIN <= len(t) <= ECHO_STUB_MAX or re.search(r"[\s，,、；;：:]", t):
        return ""
    sentences = [s for s in _STOPS.split(before.rstrip()) if s.strip()]
    if not sentences:
        return ""
    prev = sentences[-1]
    own = [w for w in words.cut(t) if len(w) >= 2]
    if own and all(w in prev for w in own):
        return "只重复上一段末句的词语"
    return ""
