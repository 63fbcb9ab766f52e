"""The repeated-sentence rule's fast negative (no two sentences can compare equal) gives
the answer of comparing every normalised sentence, with and without its lead-in."""

from __future__ import annotations

import random

from lint_news.checks import repetition as rep
from lint_news.document import _SENT_RE, BODY_KINDS, Document


def _reference(body) -> bool:
    """Every sentence (and, opening a paragraph, the same without its lead-in) normalised
    and compared: True when no two are equal."""
    seen: set[str] = set()
    for b in body:
        if len(b.text) < rep._CANDIDATE:
            continue
        for k, piece in enumerate(_SENT_RE.findall(b.text)):
            if len(piece) < rep._CANDIDATE:
                continue
            lead = rep._lead_in(piece) if k == 0 else 0
            for v in [piece, piece[lead:]] if lead else [piece]:
                t = rep.normalise(v).rstrip(".!?;…")
                if len(t) < rep._CANDIDATE:
                    continue
                if t in seen:
                    return False
                seen.add(t)
    return True


def test_the_whitespace_the_tail_key_strips_is_what_split_drops():
    assert rep._WHITESPACE == "".join(c for c in map(chr, range(0x110000)) if c.isspace())


# pieces built to collide: the same words with other widths, spaces, end marks and lead-ins
_WORDS = ["今年产量增长", "产量增长", "增长", "ＡＢ 12", "AB12", "北京", "代表说", "代表 说"]
_LEADS = ["", "本报讯 ", "新华社北京3月5日电 ", "（记者 王某）", "  ", "编者按 "]
_ENDS = ["。", "！", ".", "；", "", "。 ", "？”", "…", " 。", "\u3000！", "．"]


def test_fast_negative_agrees_with_comparing_every_sentence():
    rng = random.Random(11)
    answers = set()
    for _ in range(3000):
        paras = []
        for _ in range(rng.randint(1, 3)):
            n = rng.randint(1, 3)
            s = "".join(
                rng.choice(_LEADS) * (i == 0)
                + rng.choice(["", "全市", "今年"])
                + rng.choice(_WORDS)
                + rng.choice(_ENDS)
                for i in range(n)
            )
            paras.append(s)
        text = "\n\n".join(paras)
        body = [b for b in Document(text).blocks if b.kind in BODY_KINDS]
        want = _reference(body)
        assert rep._no_repeated_sentence(body) == want, text
        answers.add(want)
    assert answers == {True, False}


def test_meaningful_counts_what_isalnum_counts():
    chars = "".join(map(chr, range(0x110000)))
    assert rep._meaningful(chars) == sum(c.isalnum() for c in chars)
    for t in ["", "_", "a_1", "２０２０年，ＡＢ。", "①②", "Ⅻ", "٣"]:
        assert rep._meaningful(t) == sum(c.isalnum() for c in t), t
