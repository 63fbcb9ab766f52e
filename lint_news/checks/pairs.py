"""Check kind ``pairs``: unclosed or stray paired marks within a paragraph.

Checks “” ‘’ （） 《》 【】 「」 『』 〈〉, and half-width () in Chinese text (a half-width
bracket pairs with a full-width one: the width is the punctuation checks' business).

Allowed, by GB/T 15834's convention for a quotation that runs over several paragraphs:
each paragraph opens with “ and only the last one closes it, so an unclosed “ is fine when
the next paragraph starts with “ too. A paragraph broken mid-sentence by the layout may
leave a mark open that its continuation closes: the truncation check reports the break,
so this check stays silent when the two halves together balance. A quotation mark that
slipped to the end of the previous paragraph (…。“ ¶ …”) is reported once, not twice.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..document import CODE, Block, Document
from ..findings import Finding, Related
from ..patterns import HAN as _CJK
from ..patterns import lazy
from ..records import Record
from ..rules import Rule

PARAMS: dict[str, tuple[str, ...]] = {"pairs": ()}

_OPEN = {
    "“": "”",
    "‘": "’",
    "（": "）",
    "(": "）",
    "《": "》",
    "【": "】",
    "「": "」",
    "『": "』",
    "〈": "〉",
}
_CLOSE = {
    "”": "“",
    "’": "‘",
    "）": "（",
    ")": "（",
    "》": "《",
    "】": "【",
    "」": "「",
    "』": "『",
    "〉": "〈",
}
_NORM_OPEN = {"(": "（"}
_LIST_MARK = lazy(r"(?:^|[\s，,；;。：:、])[0-9A-Za-z一二三四五六七八九十]{1,2}\)")
_SENT_END = "。！？!?…；;"
_NEXT_ITEM_QUOTE = lazy("[。；;]“")
_PARENS = lazy(r"[()]")
_MARKS = lazy("[" + re.escape("".join(_OPEN) + "".join(_CLOSE)) + "]")


def prepare(rule: Rule) -> None:
    return None


class Problem(Record):
    __slots__ = _fields = ("pos", "mark", "unclosed")
    pos: int  # offset in the block text
    mark: str
    unclosed: bool  # an opener never closed (else a closer never opened)

    def __init__(self, pos: int, mark: str, unclosed: bool) -> None:
        self.pos = pos
        self.mark = mark
        self.unclosed = unclosed


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _skip(text: str, i: int, ch: str, quote_open: bool = False) -> bool:
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if ch == "’" and (_latin(nxt) or _latin(prev) and not quote_open):
        return True  # an apostrophe: it’s, O’Neil, the Joneses’ (but ‘泰坦尼克II’号 closes)
    if ch == "‘" and _latin(prev) and _latin(nxt):
        return True  # a mistyped apostrophe inside a word
    if ch in "()":
        if not _CJK.search(text[max(0, i - 12) : i + 12]):
            return True  # Latin text, formulas, emoticons
        seg = text[max(0, i - 3) : i + 1]
        m = _LIST_MARK.search(seg) if ch == ")" else None
        if (
            m
            and m.end() == len(seg)
            or ch == ")"
            and re.search(r"(?<![0-9.])[0-9]{1,2}$", text[max(0, i - 3) : i])
        ):
            return True  # 1) 2) a) list markers
        if prev in ":;" and ch == ")":
            return True
    return False


def _halfwidth_pairs(text: str) -> set[int]:
    """Positions of half-width ( ) that pair with each other: those are fine."""
    stack: list[int] = []
    done: set[int] = set()
    for m in _PARENS.finditer(text):
        i = m.start()
        if m.group() == "(":
            stack.append(i)
        elif stack:
            done.add(stack.pop())
            done.add(i)
    return done


def _plainly_balanced(text: str) -> bool:
    """Every mark closes the one opened last, and none of them needs ``_skip``'s judgement."""
    if "(" in text or ")" in text or "‘" in text or "’" in text:
        return False
    stack: list[str] = []
    for ch in _MARKS.findall(text):
        want = _CLOSE.get(ch)
        if want is None:
            stack.append(ch)
        elif not stack or stack.pop() != want:
            return False
    return not stack


def scan(text: str) -> list[Problem]:
    """Unmatched marks of one block, in text order."""
    if _plainly_balanced(text):
        return []  # the common case, without the per-mark work below
    stack: list[tuple[str, int]] = []
    problems: list[Problem] = []
    paired = _halfwidth_pairs(text) if "(" in text or ")" in text else set()
    for m in _MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if i in paired:
            continue
        if ch in _OPEN:
            if _skip(text, i, ch):
                continue
            stack.append((_NORM_OPEN.get(ch, ch), i))
        elif ch in _CLOSE:
            if _skip(text, i, ch, any(m == "‘" for m, _ in stack)):
                continue
            want = _CLOSE[ch]
            depth = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == want), None)
            if depth is None:
                problems.append(Problem(i, ch, False))
                continue
            # marks opened inside and never closed before this closer
            for _m, p in stack[depth + 1 :]:
                problems.append(Problem(p, text[p], True))
            del stack[depth:]
    problems.extend(Problem(p, text[p], True) for _, p in stack)
    problems.sort(key=lambda pr: pr.pos)
    return problems


def _balanced(text: str) -> bool:
    return not scan(text)


def check(doc: Document, rule: Rule) -> Iterator[Finding]:
    blocks = [b for b in doc.blocks if b.kind != CODE]
    found = {b.index: scan(b.text) for b in blocks}
    if not any(found.values()):
        return
    by_index = {b.index: b for b in blocks}
    silenced: set[tuple[int, int]] = set()  # (block index, pos)
    displaced: list[tuple[Block, int]] = []  # (block starting with a slipped closer, its opener)

    def nxt(b: Block) -> Block | None:
        return by_index.get(b.index + 1)

    for bi, b in enumerate(blocks):
        probs = found[b.index]
        if not probs:
            continue
        after = nxt(b)
        trailing = [p for p in probs if p.unclosed]
        # paragraphs glued into one block keep the convention: “甲；“乙；“丙。” - each
        # quoted paragraph opens with “ and only the last closes
        quotes = [p for p in trailing if p.mark == "“"]
        for p in quotes[:-1]:
            silenced.add((b.index, p.pos))
        # … also when the last of them is followed by one more item that opens after a
        # full stop or semicolon and closes the whole run: “（一）…；“（二）…；“（三）…。”
        for p in quotes[-1:]:
            if _NEXT_ITEM_QUOTE.search(b.text, p.pos + 1):
                silenced.add((b.index, p.pos))
        # a quotation that runs on into the following paragraphs (sentence-per-line text,
        # or copy that drops the “ of the continuing paragraphs): closed within a few blocks
        for p in trailing:
            if (b.index, p.pos) in silenced or b.text[p.pos + 1 :].strip() == "":
                continue
            closer = _OPEN[p.mark]
            for later in blocks[bi + 1 : bi + 6]:
                stray = [
                    q
                    for q in found[later.index]
                    if not q.unclosed and _OPEN[_CLOSE[q.mark]] == closer
                ]
                if stray and stray[0].pos == 0 and not later.text[1:].strip("”’）)》】」』 "):
                    break
                if stray and stray[0].pos == 0 and later is after:
                    # the closing mark slipped to the start of the next paragraph
                    silenced.add((b.index, p.pos))
                    silenced.add((later.index, 0))
                    displaced.append((later, b.start + p.pos))
                    break
                if stray:
                    silenced.add((b.index, p.pos))
                    silenced.add((later.index, stray[0].pos))
                    break
                if found[later.index]:
                    break
        # the multi-paragraph quotation: “… ¶ “… ¶ “…”
        if after is not None and after.text.startswith("“"):
            for p in trailing:
                if p.mark == "“":
                    silenced.add((b.index, p.pos))
        # a paragraph broken by the layout: its continuation closes what it left open
        if trailing and after is not None and _broken(doc, b):
            cont = _continuation(doc, b) or after
            if _balanced(b.text + cont.text):
                for p in probs:
                    silenced.add((b.index, p.pos))
                for p in found.get(cont.index, []):
                    silenced.add((cont.index, p.pos))

    # a document of one sentence (sentence-per-line corpora, a quoted line): the text
    # around it is not there, so a quotation that runs on past its end, or one that began
    # before its start, is no evidence of an error - unless the same mark is unpaired twice
    if len(blocks) == 1 and len(blocks[0].sentences) <= 1:
        b = blocks[0]
        probs = found[b.index]
        counts = Counter(q.mark for q in probs)  # not a count per mark: 50,000 marks are O(n)
        for p in probs:
            if counts[p.mark] == 1:
                silenced.add((b.index, p.pos))

    for b, opener in displaced:
        yield rule.finding(
            message=f"{rule.message}：段首的“{b.text[0]}”应移到上一段末尾",
            start=b.start,
            end=b.start + 1,
            related=[Related(opener, opener + 1, "与之对应的前一半")],
        )
    for b in blocks:
        after = nxt(b)
        probs = found[b.index]
        for k, p in enumerate(probs):
            if (b.index, p.pos) in silenced:
                continue
            twin = _wrong_way(b.text, probs, k)
            if twin is not None:
                # ”X”: the first closing mark stands where the opening one belongs
                silenced.add((b.index, twin.pos))
                yield rule.finding(
                    message=f"{rule.message}：前一个“{p.mark}”应为“{_CLOSE[p.mark]}”",
                    start=b.start + p.pos,
                    end=b.start + twin.pos + 1,
                    fix=_CLOSE[p.mark] + b.text[p.pos + 1 : twin.pos + 1],
                )
                continue
            start = b.start + p.pos
            related: list[Related] = []
            if p.unclosed:
                # a quotation mark that slipped to the end of the previous paragraph
                tail = b.text[p.pos + 1 :].strip()
                if not tail and after is not None and p.mark in "“‘":
                    closer = "”" if p.mark == "“" else "’"
                    stray = next(
                        (
                            q
                            for q in found.get(after.index, [])
                            if not q.unclosed and q.mark == closer
                        ),
                        None,
                    )
                    if stray is not None and (after.index, stray.pos) not in silenced:
                        silenced.add((after.index, stray.pos))
                        related.append(
                            Related(
                                after.start + stray.pos,
                                after.start + stray.pos + 1,
                                "与之对应的后引号",
                            )
                        )
                        yield rule.finding(
                            message=f"{rule.message}：段末的“{p.mark}”应移到下一段开头",
                            start=start,
                            end=start + 1,
                            related=related,
                        )
                        continue
                end = min(b.end, start + 1 + _extent(b.text, p.pos))
                msg = f"{rule.message}：“{p.mark}”没有对应的“{_OPEN[p.mark]}”"
            else:
                end = start + 1
                msg = f"{rule.message}：多出的“{p.mark}”，前面没有对应的“{_CLOSE[p.mark]}”"
            yield rule.finding(
                message=msg,
                start=start,
                end=end,
            )


def _wrong_way(text: str, probs: list[Problem], k: int) -> Problem | None:
    """The second of two stray closing quotes around a short phrase (”X” for “X”), or None."""
    p = probs[k]
    if p.unclosed or p.mark not in "”’」』" or k + 1 >= len(probs):
        return None
    q = probs[k + 1]
    inner = text[p.pos + 1 : q.pos]
    if q.unclosed or q.mark != p.mark or not inner or len(inner) > 30:
        return None
    if re.search(f"[{_SENT_END}，,]", inner):
        return None
    return q


def _extent(text: str, pos: int) -> int:
    """How much of what follows an unclosed mark to underline: to the end of its sentence."""
    rest = text[pos + 1 : pos + 41]
    m = re.search(f"[{_SENT_END}]", rest)
    return m.end() if m else len(rest)


def _broken(doc: Document, b: Block) -> bool:
    from .truncation import open_end

    return open_end(b) is not None


def _continuation(doc: Document, b: Block) -> Block | None:
    from .truncation import analyse

    for br in analyse(doc).breaks:
        if br.block is b:
            return br.cont
    return None
