"""Check kind ``repetition``: repeated paragraphs, repeated sentences, doubled words.

Rule parameters:
  unit: paragraph | sentence | word - what the rule compares.
  min_length: shortest text compared, in characters after normalising (paragraph 30,
              sentence 12). Short boilerplate (photo credits, (完), section labels) repeats
              legitimately and stays under it.
  similarity: for paragraphs, the character 5-gram Jaccard similarity at or above which two
              paragraphs count as the same (default 0.9; 1.0 means exact copies only).

Text is compared after normalising: whitespace dropped, full-width letters, digits and
punctuation folded to one width. A repeat is reported where it occurs, with ``related``
pointing at the first occurrence. A run of repeated sentences (a whole body pasted twice
into one paragraph) is one finding.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from ..document import _SENT_RE, BODY_KINDS, Block, Document, Sentence
from ..findings import Finding, Related
from ..patterns import lazy
from ..rules import Rule

PARAMS = {"repetition": ("unit", "min_length", "similarity")}

_DEFAULT_MIN = {"paragraph": 30, "sentence": 12, "word": 1}
# widths folded the way NFKC folds them (full-width ASCII -> ASCII, the ideographic space
# -> space), plus the Chinese sentence marks to their ASCII look-alikes: one translate call
_PUNCT_FOLD = str.maketrans(
    {
        **{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)},
        "\u3000": " ",
        "，": ",",
        "。": ".",
        "；": ";",
        "：": ":",
        "！": "!",
        "？": "?",
        "（": "(",
        "）": ")",
    }
)


def prepare(rule: Rule) -> dict:
    unit = rule.params.get("unit", "paragraph")
    if unit not in _DEFAULT_MIN:
        raise ValueError("'unit' must be paragraph, sentence or word")
    min_length = rule.params.get("min_length", _DEFAULT_MIN[unit])
    if not isinstance(min_length, int) or min_length < 1:
        raise ValueError("'min_length' must be a positive integer")
    similarity = rule.params.get("similarity", 0.9)
    if not isinstance(similarity, int | float) or not 0.5 <= similarity <= 1.0:
        raise ValueError("'similarity' must be a number between 0.5 and 1.0")
    return {"unit": unit, "min_length": min_length, "similarity": float(similarity)}


# the folded characters that Chinese copy is full of, replaced one by one (str.replace is
# many times faster than a translate through a dict); the rare rest goes through the table
_FOLD_COMMON = tuple(
    (k, v)
    for k, v in ((chr(k), v) for k, v in _PUNCT_FOLD.items())
    if k in "，。；：！？（）\u3000"
)
_FOLD_REST = lazy("[" + "".join(chr(k) for k in _PUNCT_FOLD) + "]")


def _fold(text: str) -> str:
    """``text.translate(_PUNCT_FOLD)``, faster on Chinese copy."""
    for a, b in _FOLD_COMMON:
        if a in text:
            text = text.replace(a, b)
    if _FOLD_REST.search(text) is not None:
        text = text.translate(_PUNCT_FOLD)
    return text


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Whitespace dropped, widths folded: the form in which copies are compared.

    Cached: the paragraph and sentence rules normalise the same texts.
    """
    return "".join(_fold(text).split())


# what the sentence rule strips from a sentence's end, and every character folding into it
_ENDS = ".!?;…"
_RAW_ENDS = _ENDS + "".join(chr(k) for k, v in _PUNCT_FOLD.items() if v in _ENDS)


def _norm_len(text: str, ends: str = "") -> int:
    """``len(normalise(text).rstrip(ends))`` without folding: the fold maps one character to
    one and whitespace to whitespace only, so lengths can rule out equal texts cheaply."""
    t = "".join(text.split())
    return len(t.rstrip(ends)) if ends else len(t)


def _shingles(t: str, n: int = 5) -> set[str]:
    return {t[i : i + n] for i in range(max(1, len(t) - n + 1))}


def _same_figures(a: str, b: str) -> bool:
    """Both paragraphs state the same figures: a near copy, not a parallel passage."""
    return re.findall(r"\d+(?:\.\d+)?", a) == re.findall(r"\d+(?:\.\d+)?", b)


def _edit_ratio(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def check(doc: Document, rule: Rule) -> Iterator[Finding]:
    unit = rule.state["unit"]
    if unit == "paragraph":
        yield from _paragraphs(doc, rule)
    elif unit == "sentence":
        yield from _sentences(doc, rule)
    else:
        yield from _words(doc, rule)


# -- paragraphs --------------------------------------------------------------------


def _repeated_paragraphs(
    doc: Document, min_length: int, similarity: float
) -> list[tuple[Block, Block, bool]]:
    """(repeat, first, exact) for every body paragraph that repeats an earlier one."""
    key = ("repetition.paragraphs", min_length, similarity)
    if key in doc.cache:
        return doc.cache[key]
    out = []
    seen: dict[str, Block] = {}
    earlier: list[list] = []  # [block, normalised text, its shingles once needed]
    lengths: list[tuple[int, int]] = []  # (length, index into earlier), sorted
    # (a paragraph's compared length is at most its length: the cheap count first)
    body = [b for b in doc.blocks if b.kind in BODY_KINDS and len(b.text) >= min_length]
    if len(body) < 2 or sum(_norm_len(b.text) >= min_length for b in body) < 2:
        doc.cache[key] = out
        return out  # one paragraph to compare or none: nothing repeats
    for b in doc.blocks:
        if b.kind not in BODY_KINDS:
            continue
        t = normalise(b.text)
        if len(t) < min_length:
            continue
        if t in seen:
            out.append((b, seen[t], True))
            continue
        seen[t] = b
        if similarity < 1.0:
            sh: set[str] | None = None  # shingles only for paragraphs of comparable length
            n = len(t)
            if len(earlier) > 8:
                # only earlier paragraphs of comparable length (a window on the sorted
                # lengths, a little wider than the exact test below), in their order
                lo = bisect.bisect_left(lengths, (int(n * similarity) - 1,))
                hi = bisect.bisect_right(lengths, (int(n / similarity) + 2,))
                pool = [earlier[k] for k in sorted(k for _, k in lengths[lo:hi])]
            else:
                pool = earlier
            for entry in pool:
                first, ft, fsh = entry
                if min(len(t), len(ft)) / max(len(t), len(ft)) < similarity:
                    continue
                if sh is None:
                    sh = _shingles(t)
                if fsh is None:
                    fsh = entry[2] = _shingles(ft)
                inter = len(sh & fsh)
                jaccard = inter / (len(sh) + len(fsh) - inter)
                if jaccard >= similarity or (
                    jaccard >= 0.5 and _same_figures(t, ft) and _edit_ratio(t, ft) >= similarity
                ):
                    out.append((b, first, False))
                    break
            else:
                bisect.insort(lengths, (n, len(earlier)))
                earlier.append([b, t, sh])
    doc.cache[key] = out
    return out


def _paragraphs(doc: Document, rule: Rule) -> Iterator[Finding]:
    st = rule.state
    for b, first, exact in _repeated_paragraphs(doc, st["min_length"], st["similarity"]):
        what = "重复" if exact else "几乎相同（只有个别字不同）"
        line = doc.position(first.start)[0]
        yield rule.finding(
            message=f"{rule.message}：本段与第{line}行的段落{what}",
            start=b.start,
            end=b.end,
            related=[Related(first.start, first.end, "第一次出现")],
        )


# -- sentences ----------------------------------------------------------------------


def _no_repeated_sentence(body: list[Block], min_length: int) -> bool:
    """No two sentences of the body compare equal (at ``min_length`` or more), so none can
    repeat another. Read off the sentence texts without building Sentence objects (the
    pieces with a compared length of 0 are the ones ``Block.sentences`` drops); lengths
    first, and only sentences of one length are folded and compared."""
    by_len: dict[int, str] = {}
    same: list[str] = []
    for b in body:
        if len(b.text) < min_length:
            continue
        for piece in _SENT_RE.findall(b.text):
            if len(piece) < min_length:
                continue
            n = _norm_len(piece, _RAW_ENDS)
            if n >= min_length:
                other = by_len.get(n)
                if other is None:
                    by_len[n] = piece
                else:
                    if other:
                        same.append(other)
                        by_len[n] = ""
                    same.append(piece)
    if not same:
        return True
    seen: set[str] = set()
    for piece in same:
        t = "".join(_fold(piece).split()).rstrip(".!?;…")  # normalise() without its cache
        if len(t) >= min_length:
            if t in seen:
                return False
            seen.add(t)
    return True


def _sentences(doc: Document, rule: Rule) -> Iterator[Finding]:
    min_length = rule.state["min_length"]
    body = [b for b in doc.blocks if b.kind in BODY_KINDS]
    if _no_repeated_sentence(body, min_length):
        return
    repeated = {id(b) for b, _, _ in _repeated_paragraphs(doc, 30, 0.9)}
    prev: Block | None = None
    for b in body:
        if id(b) in repeated:
            prev = None
            continue
        # sentences of this paragraph and of the one before it
        pool: dict[str, Sentence] = {}
        order: dict[int, int] = {}  # id(sentence) -> position in the combined sequence
        seq: list[Sentence] = []
        if prev is not None and _adjacent(doc, prev, b) and not _title_like(prev):
            seq.extend(prev.sentences)
        n_prev = len(seq)
        seq.extend(b.sentences)
        # a sentence can only repeat one of the same length: the others need no folding
        lengths = [_norm_len(s.text, _RAW_ENDS) for s in seq]
        counts = Counter(n for n in lengths if n >= min_length)
        if all(c < 2 for c in counts.values()):
            prev = b
            continue
        for k, s in enumerate(seq):
            order[id(s)] = k
        hits: list[tuple[int, Sentence, Sentence]] = []  # (position of repeat, repeat, first)
        for k, s in enumerate(seq):
            if counts.get(lengths[k], 0) < 2:
                continue
            t = normalise(s.text).rstrip(".!?;…")
            if len(t) < min_length:
                continue
            if t in pool:
                if k >= n_prev:
                    hits.append((k, s, pool[t]))
            else:
                pool[t] = s
        # a run of consecutive repeats whose first copies are consecutive too is one finding
        i = 0
        while i < len(hits):
            j = i
            while (
                j + 1 < len(hits)
                and hits[j + 1][0] == hits[j][0] + 1
                and order[id(hits[j + 1][2])] == order[id(hits[j][2])] + 1
            ):
                j += 1
            k0, s0, f0 = hits[i]
            _, s1, f1 = hits[j]
            n = j - i + 1
            if (
                n == 1
                and k0 - order[id(f0)] > _NEAR
                and (len(normalise(s0.text)) < _LONG or s0.text.rstrip()[-1:] in "；;")
            ):
                # one sentence said again far from the first: a refrain or a template (the
                # same requirement under two job titles, an item of a list ending in ；),
                # not a slip
                i = j + 1
                continue
            msg = (
                f"{rule.message}：这一句与前文重复"
                if n == 1
                else f"{rule.message}：这{n}句与前文重复"
            )
            yield rule.finding(
                message=msg,
                start=s0.start,
                end=s1.end,
                related=[Related(f0.start, f1.end, "第一次出现")],
            )
            i = j + 1
        prev = b


_NEAR = 3  # a short lone repeated sentence counts within this many sentences of the first
_LONG = 20  # a sentence this long said twice is a paste wherever it is


def _title_like(b: Block) -> bool:
    """The first block without a full stop: a long headline that the body's lead repeats."""
    return b.index == 0 and b.text.rstrip()[-1:] not in "。！？!?…”"


def _adjacent(doc: Document, a: Block, b: Block) -> bool:
    return all(x.kind not in BODY_KINDS for x in doc.blocks[a.index + 1 : b.index])


# -- doubled words ----------------------------------------------------------------------

# words that are never reduplicated: a doubled one is a typing or pasting slip
_NEVER_DOUBLED = (
    "我们|你们|他们|她们|它们|咱们|大家|自己|已经|通过|根据|对于|关于|以及|因为|所以|但是|如果|虽然|并且|而且"
    "|目前|其中|同时|这个|那个|这些|那些|没有|就是|还是|也是|都是"
)
_DOUBLED_WORD = lazy(rf"({_NEVER_DOUBLED})\1")
_DOUBLED_LONG = lazy(r"([\u4e00-\u9fff]{3,4})\1")
# 的的, except 的的确(确), 的的士, and X的 words followed by 的 (目的的, 有的的, 别的的)
_DOUBLED_DE = lazy(r"(?<![目有别似标端打是真])的的(?![确士])")


_RUN_START = lazy(r"[。！？!?…”’」』）)\s]")
_RUN_PUNCT = lazy(r"[，,、；;：:“‘「『（(《》]")
_NUMBERING = lazy(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[）)])"
)
_FUNCTION_END = set("的地得在和与及或对把被将向从为于以了着过是也都就")


def _glued_title(t: str, start: int, w: str) -> bool:
    """A title or subhead glued onto a body that opens with the same words.

    Copy whose paragraph breaks were lost (one long block) runs a subhead straight into
    its paragraph: ``…费用。留学意大利意大利不收学费…``. The first copy then closes a short
    run with no punctuation that starts right after a sentence end (or at the block's
    start), and it does not end on a function word as a clause cut mid-way does
    (``…今后两岸文化界在文化界在…`` is a typing slip).
    """
    if len(t) < 200 or w[-1] in _FUNCTION_END:
        return False
    end = start + len(w)
    lo = max(0, end - 25)
    cut = max((m.end() for m in _RUN_START.finditer(t, lo, start)), default=None)
    if cut is None:
        if lo > 0:
            return False  # more than 25 characters since the last sentence end
        cut = 0
    run = _NUMBERING.sub("", t[cut:end])  # 三、 1. (二): a numbered subhead
    return not _RUN_PUNCT.search(run)


def _words(doc: Document, rule: Rule) -> Iterator[Finding]:
    for b in doc.blocks:
        if b.kind == "code":
            continue
        t = b.text
        spans: list[tuple[int, int, str]] = []
        if "的的" in t:  # (the expression opens with a look-behind: no fast scan of its own)
            for m in _DOUBLED_DE.finditer(t):
                spans.append((m.start(), m.end(), "的"))
        for m in _DOUBLED_WORD.finditer(t):
            spans.append((m.start(), m.end(), m.group(1)))
        for m in _DOUBLED_LONG.finditer(t):
            w = m.group(1)
            if (
                len(set(w)) < len(w)
                or w[0] in "一每几"
                or re.search(r"(.)\1", t[m.start() - 2 : m.start()] or "")
            ):
                continue  # 哈哈哈, 一步一步, 一个一个: legitimate
            if w.endswith(("一", "了")) or w[:2] == w[2:] or w[0] in "的之":
                continue  # 城市的军团的军团长: two attributes in a row, not a doubling
            if _glued_title(t, m.start(), w):
                continue
            spans.append((m.start(), m.end(), w))
        seen: set[int] = set()
        for s, e, w in sorted(spans):
            if s in seen:
                continue
            seen.add(s)
            yield rule.finding(
                message=f"{rule.message}：“{w}”重复了一次",
                start=b.start + s,
                end=b.start + e,
                fix=w,
            )
