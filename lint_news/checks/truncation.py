"""Check kind ``truncation``: paragraphs broken mid-sentence, and where their other half is.

Print layout, PDF export and CMS pasting break paragraphs in the middle of a sentence and
scatter the halves. A body paragraph that stops where a sentence cannot stop is a *break*;
a paragraph that starts where a sentence cannot start (a clause mark, or first words that are
the tail of a phrase) is a *fragment*. Each break is paired with its most likely
continuation anywhere in the document, by evidence, strongest first:

- a word cut across the break (率|先, 培|训): the segmenter reads a word across the joint;
- a figure cut from its unit or magnitude (2022年3 | 月底, 15 | 万套);
- the continuation begins with what cannot begin a sentence (，、；： or a closing mark);
- the next paragraph's first words are the tail of a phrase (的…, 企业|数位列…, 今年|年底完工…;
  see ``starts_mid_word``);
- the continuation is the next paragraph, or a short fragment such as 交付。

The segmenter (jieba) is loaded only when a document has a break or a paragraph that opens
with a candidate tail word, and it reads only short windows at the joint or the start. Pairs are assigned best first, so one
continuation serves one break.

Rule parameters:
  report: breaks (default) | fragments - what the rule reports: paragraphs that stop
          mid-sentence, or paragraphs that start mid-sentence with no break to join them.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..document import CAPTION, END_MARK, LABEL, PARAGRAPH, Block, Document
from ..findings import Finding, Related
from ..rules import Rule

PARAMS = {"truncation": ("report",)}

_CLOSED_END = set("。！？!?…；;：:")
_CLOSERS = "”’」』）)》】〉］]}"
_OPENERS = "“‘「『（(《【〈［["
_FORBIDDEN_START = set("，、；：。？！,;:)）”’》】」』〉］]")
_TAIL_WINDOW = 8
_HEAD_WINDOW = 8

# things a paragraph may end with that are not a broken sentence
_OK_TAIL = re.compile(
    r"(?:——|—|--|～|~|\.\.\.|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+|(?:https?://|www\.)\S+"
    r"|(?:电话|热线|传真|邮编|邮箱|网址|QQ|微信)[^，。]{0,12}[:：]?[\s\d\-—－（）()转]+)$"
)
_DIGIT_END = re.compile(r"[0-9０-９.．]$")
_UNIT_START = re.compile(
    r"^(?:[万亿千百]|%|％|‰|个百分点|元|美元|港元|欧元|角|分钱|个|人次|人|家|座|所|件|项|套|台|辆|部|架|艘|吨|公斤|千克|克"
    r"|米|公里|千米|厘米|毫米|平方|立方|亩|公顷|户|名|位|岁|倍|次|场|天|周|小时|分钟|秒|年|月|日|号|时|届|期|批|条|种|只|头|株|棵|册|本|篇|份|张|块|处|栋|层|间|起|宗|例|度|℃)"
)
_BARE_FIGURE = re.compile(r"^[0-9０-９][0-9０-９.．]*(?:%|％|‰|万|亿)?[，,、；;]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def prepare(rule: Rule) -> str:
    report = rule.params.get("report", "breaks")
    if report not in ("breaks", "fragments"):
        raise ValueError("'report' must be 'breaks' or 'fragments'")
    return report


@dataclass
class Break:
    block: Block
    reason: str  # why its end is open
    cont: Block | None = None
    evidence: str = ""
    score: float = 0.0
    strength: float = 0.0  # evidence that this is a break: of its own end plus of the joint


@dataclass
class Analysis:
    breaks: list[Break] = field(default_factory=list)
    fragments: list[tuple[Block, str]] = field(
        default_factory=list
    )  # unclaimed mid-sentence starts


def open_end(block: Block) -> str | None:
    """Why a body paragraph's end is open (no sentence-final mark where one is due), or None."""
    if block.kind != PARAGRAPH:
        return None
    t = block.text.rstrip()
    if not t:
        return None
    last = t[-1]
    if last in _OPENERS:
        core = t.rstrip(_OPENERS + " ")
        if not core or core[-1] in _CLOSED_END or core[-1] in _CLOSERS:
            return None  # a complete sentence and the next quotation's opening mark
        return "句末是前引号或前括号"
    if last in _CLOSED_END or last in _CLOSERS:
        return None
    if _OK_TAIL.search(t):
        return None
    if last in "，、,":
        return _COMMA
    if not _CJK.search(t[-12:]):
        return None  # a Latin or numeric tail: a code, a table row, an address
    # a title-like line (no inner punctuation at all) that the classifier left as a paragraph
    if not re.search(r"[，。；：、,;:！？!?]", t) and len(t) <= 40:
        return None
    return _NO_MARK


_NO_MARK = "句末没有标点"
_COMMA = "句末是逗号或顿号"


def _verse(a: Block, blocks: list[Block]) -> bool:
    """A line of verse or a couplet laid out one line per block: short lines ending in ，."""
    if len(a.text) > 16 or a.index + 1 >= len(blocks):
        return False
    nxt = blocks[a.index + 1].text
    return len(nxt) <= 20 and abs(len(nxt.strip("“”")) - len(a.text.strip("“”"))) <= 2


# parts of speech that cannot end a sentence: prepositions, conjunctions, 的/地/得, adverbs,
# time words (今年|上半年)
_DANGLING_POS = {"p", "c", "uj", "ud", "uv", "d", "ad", "t"}
_DEGREE = set("够 很 太 最 更 挺 极 真 非常 十分 特别 相当 比较 较 越发 格外".split())
_COMPLEMENTS = set("过来 过去 起来 下来 上来 出来 进来 回来 下去 上去 出去 进去 回去 开来".split())
_DANGLING_WORDS = {
    "的",
    "地",
    "得",
    "和",
    "与",
    "及",
    "或",
    "而",
    "并",
    "在",
    "对",
    "将",
    "把",
    "被",
    "向",
    "从",
    "为",
    "于",
    "以",
    "等",
}


def _dangling(tail: str) -> str | None:
    """Why the last word of an unpunctuated paragraph cannot end a sentence, or None."""
    from .. import words

    window = tail[-_TAIL_WINDOW:]
    tagged = words.tag(window)
    if not tagged:
        return None
    w, pos = tagged[-1]
    if pos in ("d", "ad") and w[0] in "最更较很太极挺":
        return None  # 进展最快: a degree adverb that is the predicate
    if pos in ("d", "ad") and len(tagged) > 1 and tagged[-2][0] in _DEGREE:
        return None  # 绝招够狠: after a degree word the "adverb" is the predicate adjective
    if w in _COMPLEMENTS:
        return None  # 请看过来, 站了起来: a directional complement ends a clause
    if len(w) == 1 and len(window) >= 2 and (words.freq(window[-2:]) or 0) > 0:
        return None  # 相当了得, 值得: the tagger split a word whose last character is 得/和…
    if w in _DANGLING_WORDS or (pos in _DANGLING_POS and _CJK.match(w)):
        return f"句末停在“{w}”上"
    return None


def starts_mid_sentence(block: Block) -> str | None:
    t = block.text.lstrip()
    if not t:
        return None
    if t[0] in _FORBIDDEN_START and not t.startswith("……"):
        return f"以“{t[0]}”开头"
    return None


# The tail half of a sentence whose head is lost shows in its first words, read by the
# segmenter (only for paragraphs that begin with one of these, so jieba stays unloaded
# for almost every document):
# - a structural particle: 的 never begins a sentence;
# - a noun suffix that jieba reads as a word of its own before a predicate (企业|数位列第一,
#   增长|率达到…): 数 率 量 额 值 need the noun they belong to;
# - a time word that needs its year or month (今年|年底完工, 3月|上旬启动) read right before
#   a verb, with no subject and no 的/前/后 that would make it a time phrase of its own;
# - 多 straight before a bare noun phrase (更|多专精特新企业，促进…): a numeral needs its
#   measure word (多家企业); a clause of nothing but that noun phrase is the object of a
#   verb that is not on the page.
_LEXICAL_CANDIDATE = re.compile(
    r"^(?:的|多(?![家名个位种项次年地国方人所座条只件批处天月日元万亿])|数(?![据字量十百千万亿年月日次学码])"
    r"|[率量额值]|年底|年初|年末|年中|月底|月初|月末|月中|上旬|中旬|下旬)"
)
_BOUND_SUFFIX = {"数", "率", "量", "额", "值"}
_BOUND_TIME = {
    "年底",
    "年初",
    "年末",
    "年中",
    "月底",
    "月初",
    "月末",
    "月中",
    "上旬",
    "中旬",
    "下旬",
}
_TIME_PHRASE = {"的", "之", "前", "后", "时", "起", "以来", "以后", "以前", "之前", "之后"}
_CLAUSE_END = set("，。；：、,;:！？!?")


def _first_clause(tagged: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], bool]:
    """The words before the first clause mark, and whether a clause mark was seen."""
    for i, (w, _) in enumerate(tagged):
        if w in _CLAUSE_END:
            return tagged[:i], True
    return tagged, False


def starts_mid_word(block: Block) -> str | None:
    """Why a paragraph's first words are the tail of a sentence whose head is lost, or None."""
    t = block.text.lstrip()
    if not _LEXICAL_CANDIDATE.match(t):
        return None
    from .. import words

    tagged = words.tag(t[:24])
    if len(tagged) < 2:
        return None
    (w0, p0), (w1, p1) = tagged[0], tagged[1]
    if w0 == "的" and p0 == "uj":
        return "以结构助词“的”开头"
    if w0 in _BOUND_SUFFIX and (p1.startswith("v") or w1 in ("同比", "环比")):
        return f"以“{w0}{w1}”开头，“{w0}”缺少所属的名词"
    clause, closed = _first_clause(tagged)
    if w0 in _BOUND_TIME and p1 == "v":
        if any(w in _TIME_PHRASE for w, _ in clause):
            return None
        return f"以“{w0}{w1}”开头，缺少年月和主语"
    if (w0, p0) == ("多", "m") and closed and len(clause) >= 2 and len(clause) < len(tagged):
        nouns = clause[1:]
        after = tagged[len(clause) + 1 : len(clause) + 2]
        if (
            all(p[:1] in "nj" for _, p in nouns)
            and sum(len(w) for w, _ in nouns) >= 4
            and after
            and after[0][1].startswith("v")
        ):
            return "以“多”加名词开头，缺少量词"
    return None


def _bigrams(s: str) -> set[str]:
    s = "".join(ch for ch in s if _CJK.match(ch))
    return {s[i : i + 2] for i in range(len(s) - 1)}


def _cohesion(a: Block, b: Block) -> float:
    x, y = _bigrams(a.text[-80:]), _bigrams(b.text[:80])
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def _number_cut(tail: str, head: str) -> tuple[float, str]:
    if not _DIGIT_END.search(tail):
        return 0.0, ""
    if re.search(r"(?:\d{4}|[０-９]{4})年[0-9０-９]{1,2}$", tail) and head.startswith("月"):
        return 9.0, "年月被拆开"
    if re.search(r"月[0-9０-９]{1,2}$", tail) and head[:1] in "日号":
        return 9.0, "月日被拆开"
    if _UNIT_START.match(head):
        return 6.0, "数字与单位被拆开"
    if re.match(r"^[0-9０-９.．%％]", head):
        return 5.0, "数字被拆开"
    return 0.0, ""


def _word_cut(tail: str, head: str) -> tuple[float, str]:
    from .. import words

    left = tail[-_TAIL_WINDOW:]
    right = head[:_HEAD_WINDOW]
    hit = words.crossing(left, right)
    if hit is None:
        return 0.0, ""
    w, k = hit
    if not _CJK.search(w):
        if re.fullmatch(r"[0-9０-９.．]+", w):
            return 5.0, "数字被拆开"
        return 0.0, ""
    f = words.freq(w)
    if f is not None and f < 3:
        return 0.0, ""
    why = f"“{w[:k]}|{w[k:]}”被拆开"
    if k == 1 and len(w) - k == 1:  # 率|先: two characters that are no words alone
        return 8.0, why
    if k == 1 or len(w) - k == 1:  # 知识|性: a word and a bound character
        return 5.0, why
    if len(w) >= 5:  # a long term or name read across the joint (国家知识|产权局)
        return 6.0, why
    # two words that happen to make a longer one (今年|年底): weak
    return 2.0 + min(3.0, math.log10((f or 10) + 1)), why


def _pair_score(
    a: Block, b: Block, blocks: list[Block], mid: dict[int, str], lex: dict[int, str]
) -> tuple[float, float, str]:
    """(score for ranking, evidence that the joint is a break, what the evidence is)."""
    tail = a.text.rstrip()
    head = b.text.lstrip()
    evidence = 0.0
    why = []
    s, r = _number_cut(tail, head)
    if s == 0.0:
        s, r = _word_cut(tail, head)
    if s:
        evidence += s
        why.append(r)
    if b.index in mid:
        evidence += 4.0
        why.append("下段" + mid[b.index])
    nxt = a.index + 1
    while (
        nxt < len(blocks)
        and blocks[nxt].kind in (CAPTION, LABEL, END_MARK)
        and blocks[nxt] is not b
    ):
        nxt += 1
    adjacent = nxt == b.index
    if not adjacent and evidence < 3.0:
        return 0.0, 0.0, ""
    if adjacent:
        if b.index in mid:
            evidence += 1.0  # an open end right before a paragraph that starts with ，
        elif b.index in lex:
            # an open end right before a paragraph whose first words are a phrase's tail;
            # only next to it: far apart, the tail alone does not say which break it ends
            evidence += 5.0
            why.append("下段" + lex[b.index].split("，")[0])
        if len(head) <= 8 and head[-1:] in "。！？!?":
            evidence += 3.0  # a lone sentence end such as 交付。
            why.append("下段只是半句")
        elif _BARE_FIGURE.match(head) and not _DIGIT_END.search(tail):
            evidence += 5.0  # 完成 | 70%，…: a sentence does not start with a bare figure
            why.append("下段以孤立的数字开头")
    score = evidence
    if adjacent:
        score += 4.0 if b.index == a.index + 1 else 3.0
    score += 2.0 * _cohesion(a, b)
    if b.index > a.index:
        score += 0.3
    return score, evidence, "，".join(why)


# how far apart, in characters, a break and its continuation may stand: a whole newspaper
# page (about 10,000 characters) fits; a long file of many articles stays linear
WINDOW = 30_000


def analyse(doc: Document) -> Analysis:
    cached = doc.cache.get("truncation")
    if cached is not None:
        return cached
    out = Analysis()
    blocks = doc.blocks
    breaks = [Break(b, r) for b in blocks for r in [open_end(b)] if r]
    mid = {b.index: r for b in blocks if b.kind == PARAGRAPH for r in [starts_mid_sentence(b)] if r}
    lex = {
        b.index: r
        for b in blocks
        if b.kind == PARAGRAPH and b.index not in mid
        for r in [starts_mid_word(b)]
        if r
    }
    if breaks:
        paras = [b for b in blocks if b.kind == PARAGRAPH]
        starts = [b.start for b in paras]
        for br in breaks:
            if br.reason == _COMMA and _verse(br.block, blocks):
                continue
            if br.reason == _NO_MARK:
                d = _dangling(br.block.text.rstrip())
                if d:
                    br.reason, br.strength = d, 5.0
            else:
                br.strength = 5.0
        scored = []
        for i, br in enumerate(breaks):
            lo = bisect.bisect_left(starts, br.block.start - WINDOW)
            hi = bisect.bisect_right(starts, br.block.start + WINDOW)
            for b in paras[lo:hi]:
                if b is br.block:
                    continue
                score, ev, why = _pair_score(br.block, b, blocks, mid, lex)
                if score > 0:
                    scored.append((score, -abs(b.index - br.block.index), i, b.index, ev, why))
        scored.sort(reverse=True)
        used: set[int] = set()
        by_index = {b.index: b for b in paras}
        for score, _, i, bi, ev, why in scored:
            br = breaks[i]
            if br.cont is not None or bi in used:
                continue
            br.cont, br.score, br.evidence = by_index[bi], score, why
            br.strength += ev
            used.add(bi)
        # report only what the evidence shows: a clause that merely lacks its full stop is
        # a punctuation slip, not a broken paragraph
        out.breaks = [br for br in breaks if br.strength >= 5.0]
        used = {br.cont.index for br in out.breaks if br.cont is not None}
        claimed = used
    else:
        claimed = set()
    out.fragments = [
        (blocks[i], r)
        for i, r in sorted({**mid, **lex}.items())
        if i not in claimed and not _lone_sentence_tail(doc, blocks[i])
    ]
    doc.cache["truncation"] = out
    return out


def _lone_sentence_tail(doc: Document, b: Block) -> bool:
    """A document of one sentence that starts with a closing mark (』…, 》一文…): the
    quotation or title it closes began in the sentence before, which is not there (text
    split into sentences at 。？！ leaves the closing mark at the start of the next one)."""
    return len(doc.blocks) == 1 and len(b.sentences) <= 1 and b.text.lstrip()[:1] in _CLOSERS


def _excerpt(text: str, n: int = 10) -> str:
    text = text.strip()
    return text if len(text) <= n else text[:n] + "…"


def check(doc: Document, rule: Rule) -> Iterator[Finding]:
    analysis = analyse(doc)
    if rule.state == "fragments":
        for b, why in analysis.fragments:
            sents = b.sentences
            end = sents[0].end if sents else b.end
            yield rule.finding(
                message=f"{rule.message}（段落{why}，前半句不在文中）",
                start=b.start,
                end=min(end, b.start + 30),
            )
        return
    for br in analysis.breaks:
        a = br.block
        sents = a.sentences
        start = sents[-1].start if sents else a.start
        start = max(start, a.end - 30)
        related = []
        if br.cont is not None:
            c = br.cont
            csents = c.sentences
            cend = csents[0].end if csents else c.end
            reasons = [r for r in (br.reason if br.reason != _NO_MARK else "", br.evidence) if r]
            why = f"（{'，'.join(reasons)}）" if reasons else ""
            msg = f"{rule.message}{why}，疑与「{_excerpt(c.text)}」相接"
            related.append(Related(c.start, min(cend, c.start + 40), "接续的下半句"))
        else:
            msg = f"{rule.message}（{br.reason}，未找到接续段落）"
        yield rule.finding(
            message=msg,
            start=start,
            end=a.end,
            related=related,
        )
