#!/usr/bin/env python3
"""How often a sign of a break occurs where it must not (real text) and where it should
(planted breaks): count before writing a rule, and choose by the ratio.

    python benchmarks/sign_counts.py --side start [--by reason|pos|word] [--seeds 2,5]
    python benchmarks/sign_counts.py --side end --by pos --only-silent

``--side start``: the truncation check's signs that a paragraph opens as the rest of a
sentence (``break_evidence.head_evidence``), on every paragraph start of the clean corpora
(real starts: a sign there is a false one) and on the tails of planted break-next and
break-moved samples (true tails). ``--side end``: the signs that a paragraph's end cannot
end a sentence (``tail_evidence``, strong ones), on the text before every sentence-final
mark of the corpora (real ends: a paragraph that lost only its full stop reads the same)
and on the heads of planted break-lost samples (cut heads).

``--by reason`` groups by the sign's reason (a quoted word read as X), ``--by pos`` and
``--by word`` by the first (start) or last (end) word's part of speech or the word itself,
whether or not a sign fired: a tag or a word that never opens (ends) real text and often a
planted tail (head) is a candidate sign. ``--only-silent`` counts only what no sign covers
yet (on both sides), which is what a new sign would add. Rows are sorted by the ratio of
the two rates (add-one smoothed); counts only, unless ``--show`` prints examples (terminal
only: corpus text is never written out). Develop on seeds other than the reported ones.

This is how session 19 chose its signs: a paragraph that opens with a suffix (们, 者) or 得
(0 of 10,594 real starts, 65 of 3,339 planted tails with no other sign), a numeral owing
its measure word at the end (0 of 27,554 real sentence ends).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import planted  # noqa: E402
import planted_lib as planting  # noqa: E402

from lint_news.checks.break_evidence import (  # noqa: E402
    STRONG,
    first_words,
    head_evidence,
    last_words,
    tail_evidence,
)

_QUOTED = re.compile(r"“[^”]*”")
_SENTENCE_MARK = re.compile(r"[。！？；]")
END_WINDOW = 24  # characters before a real sentence-final mark (a paragraph end's window)


def _sign(side: str, text: str) -> str:
    """The sign's reason (a quoted word read as X), or "" when none fires."""
    if side == "start":
        weight, why = head_evidence(text)
        return _QUOTED.sub("“X”", why) if weight else ""
    weight, why = tail_evidence(text)
    return _QUOTED.sub("“X”", why) if weight >= STRONG else ""


def _word(side: str, text: str) -> tuple[str, str] | None:
    tagged = first_words(text) if side == "start" else last_words(text[-20:])
    if not tagged:
        return None
    return tagged[0] if side == "start" else tagged[-1]


def key_of(side: str, by: str, text: str, only_silent: bool) -> str | None:
    """The row ``text`` counts in, or None (not counted)."""
    t = text.strip() if side == "start" else text.rstrip()
    if not t or not "\u4e00" <= (t[0] if side == "start" else t[-1]) <= "\u9fff":
        return None  # (a Chinese character at the edge: what the tagger reads as a word)
    sign = _sign(side, t)
    if only_silent and sign:
        return None
    if by == "reason":
        return sign or "(no sign)"
    word = _word(side, t)
    if word is None:
        return None
    return word[1] if by == "pos" else word[0]


def real_texts(side: str, arts: list) -> list[str]:
    """Paragraph starts (whole paragraphs) or the text before each sentence-final mark."""
    out: list[str] = []
    for a in arts:
        for p in a.blocks:
            if side == "start":
                out.append(p)
            else:
                out.extend(
                    p[max(0, m.start() - END_WINDOW) : m.start()]
                    for m in _SENTENCE_MARK.finditer(p)
                )
    return out


def planted_texts(side: str, arts: list, seeds: list[int], samples: int) -> list[str]:
    """True tails of planted next and moved breaks, or the heads of planted lost ones."""
    names = ("break-next", "break-moved") if side == "start" else ("break-lost",)
    out: list[str] = []
    for name in names:
        (cls,) = planting.select_classes(name)
        for seed in seeds:
            for s in planting.plant_samples(arts, cls, samples, seed):
                block = s.pair[0].block if side == "start" else s.target[0].block
                out.append(s.blocks[block])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--side", choices=("start", "end"), default="start")
    ap.add_argument("--by", choices=("reason", "pos", "word"), default="reason")
    ap.add_argument("--seeds", default="2,5", help="planting seeds (develop on unreported ones)")
    ap.add_argument("--samples", type=int, default=3000, help="samples per class and seed")
    ap.add_argument("--only-silent", action="store_true", help="count only what no sign covers")
    ap.add_argument("--top", type=int, default=30, help="rows shown")
    ap.add_argument("--show", type=int, default=0, help="examples per row (terminal only)")
    ap.add_argument("--corpora", type=Path, default=planted.DEFAULT_CORPORA)
    a = ap.parse_args(argv)
    if not a.corpora.is_dir():
        print(f"sign_counts: no corpora at {a.corpora}", file=sys.stderr)
        return 2
    seeds = [int(x) for x in a.seeds.split(",") if x.strip()]
    arts = planted.articles(a.corpora)
    counts = {"real": Counter(), "planted": Counter()}
    shown: dict[str, list[str]] = defaultdict(list)
    totals = {"real": 0, "planted": 0}
    sources = {
        "real": real_texts(a.side, arts),
        "planted": planted_texts(a.side, arts, seeds, a.samples),
    }
    for where, texts in sources.items():
        for text in texts:
            key = key_of(a.side, a.by, text, a.only_silent)
            if key is None:
                continue
            totals[where] += 1
            counts[where][key] += 1
            if where == "planted" and len(shown[key]) < a.show:
                shown[key].append(text.strip()[:24] if a.side == "start" else text.rstrip()[-24:])
    nr, np_ = max(1, totals["real"]), max(1, totals["planted"])
    rows = []
    for key in set(counts["real"]) | set(counts["planted"]):
        r, p = counts["real"][key], counts["planted"][key]
        ratio = ((p + 1) / (np_ + 1)) / ((r + 1) / (nr + 1))
        rows.append((ratio, key, r, p))
    rows.sort(key=lambda x: (-x[0], x[1]))
    what = {"start": ("real starts", "planted tails"), "end": ("real ends", "cut heads")}[a.side]
    print(f"{what[0]}: {totals['real']:,}   {what[1]}: {totals['planted']:,} (seeds {seeds})")
    print(f"\n| {a.by} | {what[0]} | {what[1]} | ratio of rates |\n|---|---:|---:|---:|")
    for ratio, key, r, p in rows[: a.top]:
        print(f"| {key} | {r} ({r / nr:.2%}) | {p} ({p / np_:.2%}) | {ratio:.2f} |")
        if shown.get(key) and sys.stdout.isatty():
            for e in shown[key]:
                print(f"    {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
