"""Check kind ``repetition``: repeated paragraphs, repeated sentences, doubled words.

Rule parameters:
  unit: paragraph | sentence | word - what the rule compares.
  min_length: for paragraphs, the shortest text compared, in characters after normalising
              (default 30): short boilerplate (photo credits, (完), section labels) repeats
              legitimately and stays under it. For sentences, the meaningful characters
              (letters and digits) a sentence needs to be reported next to its first copy
              (default 8; 6 with a figure, or right after its first copy and not an
              exclamation); far from it (anywhere in the article) it needs 10 (8 with a
              figure), and 24 when it is a formula: a list item, a quotation,
              a clause ending in ；, a bare attribution (他对记者说。), or a sentence whose
              neighbours are built like those of its first copy (two notices of one template).
  similarity: for paragraphs, the character 5-gram Jaccard similarity at or above which two
              paragraphs count as the same (default 0.9; 1.0 means exact copies only).

Text is compared after normalising: whitespace dropped, full-width letters, digits and
punctuation folded to one width; a sentence's lead-in (本报讯, 新华社…电, a bracketed byline)
is not part of what it says. A repeat is reported where it occurs, with ``related``
pointing at the first occurrence. A run of repeated sentences (a whole body pasted twice
into one paragraph) is one finding.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from ..document import _SENT_RE, BODY_KINDS, Block, Document, Sentence
from ..findings import Finding, Related
from ..patterns import lazy
from ..rules import Rule

PARAMS = {"repetition": ("unit", "min_length", "similarity")}

_NEAR_MIN_DEFAULT = 8

_DEFAULT_MIN = {"paragraph": 30, "sentence": _NEAR_MIN_DEFAULT, "word": 1}
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
    k = max(1, len(t) - n + 1)
    if n == 5 and k <= len(_SLICES5):  # (the text read through ready slices, in C)
        return set(map(t.__getitem__, _SLICES5[:k]))
    return {t[i : i + n] for i in range(k)}


# the 5-character slices from each start of a paragraph of up to 2,004 characters
_SLICES5 = [slice(i, i + 5) for i in range(2000)]
# the same in UTF-32 (4 bytes a character): 20-byte slices from every fourth byte
_SLICES20 = [slice(4 * i, 4 * i + 20) for i in range(2000)]


def _shingle_keys(t: str) -> set[bytes]:
    """``_shingles(t)`` with each 5-character shingle as its UTF-32 bytes: the same sets
    for comparing (one shingle per key, one key per shingle, as UTF-32 has one code unit
    per character), made faster (a bytes slice needs no scan for the widest character)."""
    k = max(1, len(t) - 4)
    b = t.encode("utf-32-le")
    if k <= len(_SLICES20):  # (the text read through ready slices, in C)
        return set(map(b.__getitem__, _SLICES20[:k]))
    return {b[4 * i : 4 * i + 20] for i in range(k)}


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


# the most earlier paragraphs of comparable length one paragraph is compared with (a page
# has a few dozen paragraphs; a 20,000-paragraph file stays linear)
MAX_POOL = 50


def _latest_comparable(earlier: list[list], lo: int, hi: int) -> list[list]:
    """The latest MAX_POOL earlier paragraphs whose length is within [lo, hi], in order
    (looking back at most 4 * MAX_POOL paragraphs)."""
    out = []
    window = earlier[-4 * MAX_POOL :]
    for i in range(len(window) - 1, -1, -1):  # (newest first; mypyc 2.4.1 fails on reversed)
        entry = window[i]
        if lo <= len(entry[1]) <= hi:
            out.append(entry)
            if len(out) == MAX_POOL:
                break
    out.reverse()
    return out


def _repeated_paragraphs(
    doc: Document, min_length: int, similarity: float
) -> list[tuple[Block, Block, bool]]:
    """(repeat, first, exact) for every body paragraph that repeats an earlier one."""
    key = ("repetition.paragraphs", min_length, similarity)
    if key in doc.cache:
        return doc.cache[key]  # type: ignore[index]
    out: list[tuple[Block, Block, bool]] = []
    seen: dict[str, Block] = {}
    earlier: list[list] = []  # [block, normalised text, its shingles once needed]
    lengths: list[tuple[int, int]] = []  # (length, index into earlier), sorted
    # (a paragraph's compared length is at most its length: the cheap count first)
    body = [b for b in doc.blocks if b.kind in BODY_KINDS and len(b.text) >= min_length]
    if len(body) < 2 or sum(_norm_len(b.text) >= min_length for b in body) < 2:
        doc.cache[key] = out  # type: ignore[index]
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
            sh: set[bytes] | None = None  # shingles only for paragraphs of comparable length
            n = len(t)
            if len(earlier) > 8:
                # only earlier paragraphs of comparable length (a window on the sorted
                # lengths, a little wider than the exact test below), in their order
                lo = bisect.bisect_left(lengths, (int(n * similarity) - 1,))
                hi = bisect.bisect_right(lengths, (int(n / similarity) + 2,))
                if hi - lo <= MAX_POOL:
                    pool = [earlier[k] for k in sorted(k for _, k in lengths[lo:hi])]
                else:  # (hostile input, 20,000 paragraphs of one length: the latest MAX_POOL)
                    pool = _latest_comparable(
                        earlier, int(n * similarity) - 1, int(n / similarity) + 2
                    )
            else:
                pool = earlier
            for entry in pool:
                first, ft, fsh = entry
                if min(len(t), len(ft)) / max(len(t), len(ft)) < similarity:
                    continue
                if sh is None:
                    sh = _shingle_keys(t)
                if fsh is None:
                    fsh = entry[2] = _shingle_keys(ft)
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
    doc.cache[key] = out  # type: ignore[index]
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
#
# A sentence said twice in one article is reported when what it says is worth saying once:
# decided by its length in meaningful characters (letters and digits, not punctuation) and
# its content (a figure), not by one high threshold. A repeat next to its first copy (same
# or adjacent paragraph, a few sentences on) needs less than one far from it, where refrains
# and templates live. A lead-in (本报讯, 新华社…电, a byline in brackets, a word before a
# space) is not part of what a sentence says: the first copy of a pasted lead sentence
# carries it and the paste does not.

_NEAR = 3  # sentences apart: "next to" the first copy
_NEAR_MIN_FIGURE = 6  # meaningful characters for a repeat next to its first copy with a figure
_NEXT_MIN = 6  # ... for one right after its first copy in the same paragraph
_FAR_MIN, _FAR_MIN_FIGURE = 10, 8  # ... and for one farther away (any paragraph of the article)
_FAR_MIN_TEMPLATE = 24  # a list item, a quotation or a clause ending in ；said again far away
_CANDIDATE = 5  # normalised length below which a sentence is never compared

_FIGURE = lazy(r"[0-9０-９]")
_LEAD_GENERIC = lazy(r"[^\s，,。；;：:！？!?“”\"（(]{1,20}\s+(?=\S)")
_LEAD_BYLINE = lazy(r"\s*[（(][^（()）]{0,24}[）)]\s*|\s+")
# a sentence that only attributes speech (张某对记者说。 他表示。): a formula, said again freely
_ATTRIBUTION = lazy(r"(?:说|表示|指出|介绍|强调|认为|透露|坦言|回忆|告诉记者)[。！!]?$")
_LIST_START = lazy(
    r"\s*(?:\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}[、．是]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳●•·▲■◆])"
)


def _lead_in(text: str) -> int:
    """Length of the lead-in a paragraph's first sentence opens with (0 if none)."""
    from ..document import _DATELINE_RE

    head = text[:40]
    if not ("讯" in head or "电" in head or "报道" in head or len(head[:22].split()) > 1):
        return 0  # (what every lead-in needs: a cheap test before the expressions)
    pos = 0
    m = _DATELINE_RE.match(text)
    if m is not None and m.end() < len(text):
        pos = m.end()
        b = _LEAD_BYLINE.match(text, pos)
        if b is not None:
            pos = b.end()
    else:
        m = _LEAD_GENERIC.match(text)
        if m is not None:
            pos = m.end()
    return pos if pos < len(text) else 0


_NOT_ALNUM = lazy(r"[\W_]")  # (\w is str.isalnum() or _: tests/test_repetition_negative.py)


def _meaningful(t: str) -> int:
    """How many of ``t``'s characters are letters or digits (``str.isalnum``)."""
    return len(_NOT_ALNUM.sub("", t))


# the characters ``str.split()`` drops (tests/test_repetition.py checks them against
# ``str.isspace``), and with them every character a compared sentence loses at its end
_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_TAIL_STRIP = _RAW_ENDS + _WHITESPACE


def _tail_key(piece: str) -> str:
    """The last three characters of ``normalise(piece).rstrip(".!?;…")``, read off the end of
    ``piece`` alone: texts that compare equal share it, and a sentence shares it with
    itself without its lead-in."""
    s = piece.rstrip(_TAIL_STRIP)
    tail = "".join(s[-8:].split())
    if len(tail) < 3 and len(s) > 8:  # (spaced-out letters: read further back)
        tail = "".join(s.split())
    return tail[-3:].translate(_PUNCT_FOLD)


def _no_repeated_sentence(body: list[Block]) -> bool:
    """No two sentences of the body can compare equal (with or without a lead-in): read
    off the sentence texts without building Sentence objects, bucketed by the end of what
    they say (which folding, whitespace and a lead-in cannot change); only sentences that
    share a bucket are normalised, and only their lead-ins looked for."""
    buckets: dict[str, list[tuple[str, bool]]] = {}
    # (whether some bucket holds two sentences, or a paragraph opens with a space: else no
    # sentence has anything to be compared with)
    shared = False
    strip, fold = _TAIL_STRIP, _PUNCT_FOLD
    for b in body:
        if len(b.text) < _CANDIDATE:
            continue
        opens = True  # the first sentence of the paragraph
        for piece in _SENT_RE.findall(b.text):
            if len(piece) >= _CANDIDATE:
                # key = _tail_key(piece), written out (it is asked for every sentence)
                s = piece.rstrip(strip)
                tail = "".join(s[-8:].split())
                if len(tail) < 3 and len(s) > 8:
                    tail = "".join(s.split())
                key = tail[-3:].translate(fold)
                same = buckets.get(key)
                if same is None:
                    buckets[key] = [(piece, opens)]
                    if opens and piece[:1].isspace():
                        shared = True
                else:
                    same.append((piece, opens))
                    shared = True
            opens = False
    if not shared:
        return True
    check = [
        entry
        for same in buckets.values()
        for entry in same
        # (a sentence alone in its bucket is compared only with itself without its lead-in,
        # which it cannot equal unless that lead-in is whitespace)
        if len(same) > 1 or (entry[1] and entry[0][:1].isspace())
    ]
    if not check:
        return True
    seen: set[str] = set()
    for piece, opens in check:
        variants = [piece]
        lead = _lead_in(piece) if opens else 0  # a lead-in opens a paragraph
        if lead:
            variants.append(piece[lead:])
        for v in variants:
            t = "".join(_fold(v).split()).rstrip(".!?;…")  # normalise() without its cache
            if len(t) < _CANDIDATE:
                continue
            if t in seen:
                return False
            seen.add(t)
    return True


class _Sent:
    __slots__ = ("s", "block", "k", "keys", "lead", "_m", "_figure", "_template")

    def __init__(self, s: Sentence, block: int, k: int, opens: bool) -> None:
        self.s, self.block, self.k = s, block, k
        full = normalise(s.text).rstrip(".!?;…")
        self.keys = [full]
        self.lead = lead = _lead_in(s.text) if opens else 0
        if lead:
            self.keys.append(normalise(s.text[lead:]).rstrip(".!?;…"))
        # what only a repeat is weighed by: read when asked (most sentences are said once)
        self._m: int | None = None
        self._figure: bool | None = None
        self._template: bool | None = None

    @property
    def m(self) -> int:
        if self._m is None:
            self._m = _meaningful(self.keys[-1])
        return self._m

    @property
    def figure(self) -> bool:
        if self._figure is None:
            self._figure = _FIGURE.search(self.keys[-1]) is not None
        return self._figure

    @property
    def template(self) -> bool:
        if self._template is None:
            t = self.s.text.strip()
            self._template = (
                t[-1:] in "；;"
                or _ATTRIBUTION.search(t) is not None
                or _LIST_START.match(t) is not None
                or (t[:1] in '“「『"' and t.rstrip("。！？!?…")[-1:] in '”」』"')
            )
        return self._template


def _articles(doc: Document) -> list[list[Block]]:
    from ..document import article_spans

    out = []
    for _, body in article_spans(doc):
        blocks = [b for b in body if b.kind in BODY_KINDS]
        if blocks:
            out.append(blocks)
    return out


def _sentences(doc: Document, rule: Rule) -> Iterator[Finding]:
    body = [b for b in doc.blocks if b.kind in BODY_KINDS]
    # a repeated paragraph is reported whole and its sentences are not compared: when they
    # are the only sentences said twice, nothing is left to find (the paragraphs are looked
    # at first when the paragraph rule has already found them)
    known = doc.cache.get(("repetition.paragraphs", 30, 0.9))  # type: ignore[call-overload]
    if known is None and _no_repeated_sentence(body):
        return
    repeated = {id(b) for b, _, _ in _repeated_paragraphs(doc, 30, 0.9)}
    kept = [b for b in body if id(b) not in repeated] if repeated else body
    if (known is not None or repeated) and _no_repeated_sentence(kept):
        return
    near_min = rule.state["min_length"]
    near_fig = min(near_min, _NEAR_MIN_FIGURE)
    for blocks in _articles(doc):
        yield from _article_sentences(doc, rule, blocks, repeated, near_min, near_fig)


def _article_sentences(
    doc: Document,
    rule: Rule,
    blocks: list[Block],
    repeated: set[int],
    near_min: int,
    near_fig: int,
) -> Iterator[Finding]:
    seq: list[_Sent] = []
    for i, b in enumerate(blocks):
        if id(b) in repeated or (i == 0 and _title_like(b) and len(b.sentences) == 1):
            continue  # a repeated paragraph is reported whole; a long title is no sentence
        for n, s in enumerate(b.sentences):
            if _norm_len(s.text, _RAW_ENDS) >= _CANDIDATE:
                seq.append(_Sent(s, i, len(seq), n == 0))
    pool: dict[str, tuple[_Sent, int]] = {}  # key -> (first copy, offset of the key in it)
    hits: list[tuple[_Sent, _Sent, int]] = []  # (repeat, first, offset in first)
    for x in seq:
        found = None
        for key in x.keys:
            found = pool.get(key)
            if found is not None:
                break
        if found is not None:
            hits.append((x, *found))
        else:
            for key, off in zip(x.keys, (0, x.lead), strict=False):
                pool.setdefault(key, (x, off))
    # a run of consecutive repeats whose first copies are consecutive too is one finding
    i = 0
    while i < len(hits):
        j = i
        while (
            j + 1 < len(hits)
            and hits[j + 1][0].k == hits[j][0].k + 1
            and hits[j + 1][0].block == hits[j][0].block
            and hits[j + 1][1].k == hits[j][1].k + 1
            and hits[j + 1][1].block == hits[j][1].block
        ):
            j += 1
        run = hits[i : j + 1]
        i = j + 1
        x0, f0, off = run[0]
        x1, f1, _ = run[-1]
        m = sum(x.m for x, _, _ in run)
        figure = any(x.figure for x, _, _ in run)
        near = x0.k - f1.k <= _NEAR and x0.block - f1.block <= 1
        if near:
            need = near_fig if figure else near_min
            if x0.k == f1.k + 1 and x0.block == f1.block and x1.s.text.rstrip()[-1:] not in "！!":
                need = min(need, _NEXT_MIN)  # said again at once, and not an exclamation
            if m < need:
                continue
        else:
            need = _FAR_MIN_FIGURE if figure else _FAR_MIN
            if len(run) == 1 and (x0.template or _parallel(seq, x0, f0)):
                need = _FAR_MIN_TEMPLATE
            if m < need:
                continue  # a refrain, a template, a formula said again: not a slip
        n = len(run)
        msg = (
            f"{rule.message}：这一句与前文重复" if n == 1 else f"{rule.message}：这{n}句与前文重复"
        )
        yield rule.finding(
            message=msg,
            start=x0.s.start,
            end=x1.s.end,
            related=[Related(f0.s.start + off, f1.s.end, "第一次出现")],
        )


def _bigrams(t: str) -> set[str]:
    return {t[i : i + 2] for i in range(len(t) - 1)}


def _alike(a: _Sent | None, b: _Sent | None) -> bool:
    """Two sentences of one mould: the same label before a colon (解决方案：…), or most
    character pairs shared."""
    if a is None or b is None:
        return False
    ta, tb = a.keys[-1], b.keys[-1]
    colon = ta.find(":", 0, 9)
    if colon > 0 and ta[: colon + 1] == tb[: colon + 1]:
        return True
    ga, gb = _bigrams(ta), _bigrams(tb)
    return bool(ga and gb) and 2 * len(ga & gb) / (len(ga) + len(gb)) >= 0.5


def _parallel(seq: list[_Sent], x: _Sent, first: _Sent) -> bool:
    """The repeat stands in a passage built like the one around its first copy (two notices
    of one template, a list of problems and solutions): the neighbours are alike too, where
    a sentence pasted in by mistake has unrelated neighbours."""

    def at(k: int) -> _Sent | None:
        return seq[k] if 0 <= k < len(seq) else None

    return (first.k + 1 != x.k and _alike(at(first.k - 1), at(x.k - 1))) or (
        x.k - 1 != first.k and _alike(at(first.k + 1), at(x.k + 1))
    )


def _title_like(b: Block) -> bool:
    """The first block without a full stop: a long headline that the body's lead repeats."""
    return b.index == 0 and b.text.rstrip()[-1:] not in "。！？!?…”"


# -- doubled words ----------------------------------------------------------------------

# words that are never reduplicated: a doubled one is a typing or pasting slip
_NEVER_DOUBLED = (
    "我们|你们|他们|她们|它们|咱们|大家|自己|已经|通过|根据|对于|关于|以及|因为|所以|但是|如果|虽然|并且|而且"
    "|目前|其中|同时|这个|那个|这些|那些|没有|就是|还是|也是|都是"
)
_DOUBLED_WORD = lazy(rf"({_NEVER_DOUBLED})\1")
_DOUBLED_LONG = lazy(r"([\u4e00-\u9fff]{3,4})\1")
# 的的, except 的的确(确), 的的士, and X的 words followed by 的 (目的的, 有的的, 别的的)
_DOUBLED_DE = lazy(r"(?<![目有别似标端打是真])的的(?![确士])", lead=True)


_RUN_START = lazy(r"[。！？!?…”’」』）)\s]")
_RUN_PUNCT = lazy(r"[，,、；;：:“‘「『（(《》]")
_NUMBERING = lazy(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[）)])"
)
_SECTION_NO = lazy(
    r"[一二三四五六七八九十]{1,3}[、：:]|[（(][一二三四五六七八九十]{1,3}[）)]", lead=True
)
_FUNCTION_END = set("的地得在和与及或对把被将向从为于以了着过是也都就")


def _glued_title(t: str, start: int, w: str) -> bool:
    """A title or subhead glued onto a body that opens with the same words.

    Copy whose paragraph breaks were lost (one long block) runs a subhead straight into
    its paragraph: ``…费用。留学意大利意大利不收学费…``. The first copy then closes a short
    run with no punctuation that starts right after a sentence end (or at the block's
    start), and it does not end on a function word as a clause cut mid-way does
    (``…今后两地高校在高校在…`` is a typing slip). In a short paragraph only a title
    that opens the paragraph counts (a paragraph whose subhead lost its own line): 10
    characters or more, or 6 after a section number; a short run there is as likely a slip.
    """
    if w[-1] in _FUNCTION_END:
        return False
    end = start + len(w)
    if len(t) < 200:
        run = t[:end]
        numbered = _SECTION_NO.match(run) or _NUMBERING.match(run)
        if numbered is not None:  # 二：关于… (a numbered subhead): its words may be short
            run = run[numbered.end() :]
        if len(run) < (6 if numbered is not None else 10):
            return False
        return not _RUN_START.search(run) and not _RUN_PUNCT.search(run)
    lo = max(0, end - 25)
    # a run starts after a sentence end, or after a section number (一： 二、 (三)) that
    # opens a subhead in copy whose breaks were lost
    cut = max(
        (m.end() for r in (_RUN_START, _SECTION_NO) for m in r.finditer(t, lo, start)),
        default=None,
    )
    if cut is None:
        if lo > 0:
            return False  # more than 25 characters since the last sentence end
        cut = 0
    run = _NUMBERING.sub("", t[cut:end])  # 三、 1. (二): a numbered subhead
    return not _RUN_PUNCT.search(run)


def _said_twice(t: str) -> tuple[bool, bool]:
    """Whether ``t`` can hold a run of two characters said twice in a row (ABAB, all that
    _DOUBLED_WORD matches), and one of three or four (ABCABC, ABCDABCD: _DOUBLED_LONG).
    Such a run makes 2, 3 or 4 neighbouring characters equal to the ones 2, 3 or 4 places
    on: read for every position at once on the text as one integer of 16-bit code units
    (the runs' characters are all in the BMP, one unit each), XORed with itself shifted by
    that many units (a zero unit where they are equal), instead of trying both expressions
    at every character. A run of zero bytes that does not fall on units only lets the
    expressions look, as before."""
    n = len(t)
    if n < 4:
        return False, False
    raw = t.encode("utf-16-le", "surrogatepass")
    x = int.from_bytes(raw, "little")
    size = len(raw)
    two = b"\0" * 4 in (x ^ (x >> 32)).to_bytes(size, "little")
    if n < 6:
        return two, False
    long = (
        b"\0" * 6 in (x ^ (x >> 48)).to_bytes(size, "little")
        or n >= 8
        and b"\0" * 8 in (x ^ (x >> 64)).to_bytes(size, "little")
    )
    return two, long


def _words(doc: Document, rule: Rule) -> Iterator[Finding]:
    for b in doc.blocks:
        if b.kind == "code":
            continue
        t = b.text
        spans: list[tuple[int, int, str]] = []
        if "的的" in t:  # (the expression opens with a look-behind: no fast scan of its own)
            for m in _DOUBLED_DE.finditer(t):
                spans.append((m.start(), m.end(), "的"))
        two, long = _said_twice(t)
        for m in _DOUBLED_WORD.finditer(t) if two else ():
            spans.append((m.start(), m.end(), m.group(1)))
        for m in _DOUBLED_LONG.finditer(t) if long else ():
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
