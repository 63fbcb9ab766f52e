"""The data model of the planted-defect benchmark: articles, samples, sentences.

Nothing in planted_lib imports lint_news: the planter is independent of the checks it
measures.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

END = "。！？!?"
CLOSERS = "”’」』）)》】"
OPENERS = "“‘「『（(《【"


@dataclass
class Article:
    corpus: str  # thucnews, sogou, pku, msr, pd1998
    ident: str  # corpus:line (first corpus line of the article)
    titles: list[str]
    paras: list[str]
    file: str = ""  # corpus file, relative to the corpora folder
    lines: list[int] = field(default_factory=list)  # corpus line of each block
    glued: bool = False  # THUCNews: the first paragraph opens with the glued headline

    @property
    def blocks(self) -> list[str]:
        return self.titles + self.paras

    @property
    def text(self) -> str:
        return "\n\n".join(self.blocks)

    @property
    def chars(self) -> int:
        return sum(len(b) for b in self.blocks)


_SENT_RE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)》】]*|$)")


def split_sentences(text: str) -> list[str]:
    """Sentences ending in 。！？!? (with any closers), merged while a quote is open."""
    out: list[str] = []
    buf = ""
    for m in _SENT_RE.finditer(text):
        piece = m.group()
        if not piece:
            continue
        buf += piece
        if _balanced(buf):
            out.append(buf)
            buf = ""
    if buf:
        out.append(buf)
    return out


def _balanced(s: str) -> bool:
    return all(s.count(a) <= s.count(b) for a, b in ("“”", "（）", "()", "《》", "【】"))


# a sentence that starts with one of these continues the one before (“走步！”的喊声)


@dataclass(frozen=True)
class Region:
    """A place in the planted blocks: block index and a character span inside it."""

    block: int
    start: int
    end: int


@dataclass
class Sample:
    cls: str
    host: Article
    blocks: list[str]
    target: list[Region]  # the planted defect
    pair: list[Region] = field(default_factory=list)  # its other half (tail, first copy, source)
    detail: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(self.blocks)

    def offset(self, block: int) -> int:
        """Character offset of a block in ``text``."""
        return sum(len(b) + 2 for b in self.blocks[:block])


def _whole(blocks: list[str], i: int) -> Region:
    return Region(i, 0, len(blocks[i]))


def _body_range(art: Article) -> range:
    """Body paragraphs a plant may use (not a paragraph that opens with a glued headline)."""
    first = len(art.titles) + (1 if art.glued else 0)
    return range(first, len(art.titles) + len(art.paras))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for s in split_sentences(text):
        out.append((pos, pos + len(s)))
        pos += len(s)
    return out


def _complete(s: str) -> bool:
    t = s.rstrip(CLOSERS)
    return bool(t) and t[-1] in END and _balanced(s) and s.count("“") == s.count("”")


# -- breaks -------------------------------------------------------------------------------


def _insert_sentence(
    blocks: list[str], j: int, sent: str, rng: random.Random, allow_start: bool = False
) -> Region:
    """Insert a sentence into block j at a sentence boundary; its region."""
    text = blocks[j]
    bounds = [e for _, e in sentence_spans(text) if _complete(text[:e])]
    if allow_start:
        bounds = [0] + bounds
    if not bounds:
        bounds = [len(text)]
    at = rng.choice(bounds)
    blocks[j] = text[:at] + sent + text[at:]
    return Region(j, at, at + len(sent))
