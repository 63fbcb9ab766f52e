"""Articles from the clean corpora, and the defects planted into them (for planted.py).

Nothing here imports lint_news: the planter is independent of the checks it measures.

Articles
--------
``build_articles`` turns the corpus files into multi-paragraph articles (a list of title
blocks and a list of body paragraphs; the text is the blocks joined by blank lines):

- THUCNews (one article per line, headline glued to the body, paragraph breaks removed):
  the headline is split off where the body opens with a dateline or source marker
  (新浪体育讯, 本报讯, 中新网…电, (记者 …) between the 4th and the 60th character; elsewhere
  the glued headline stays at the start of the first paragraph and the article has no
  title block. The body is cut into paragraphs of 2-5 sentences (seeded).
- Sogou (title<TAB>content, full-width digits kept): the title is the headline, the
  content is cut into paragraphs of 2-5 sentences.
- PKU / MSR (one paragraph per line, no article boundaries): consecutive lines are
  grouped into articles; a new article starts at a headline-like line (at most 30
  characters, no sentence-final or clause mark at its end) that follows a body line, or
  after 40 lines. Leading headline-like lines are the article's title blocks.

Sentences are cut after 。！？!? (and any closing quote or bracket) only where the quotes
are balanced, so no paragraph opens or closes inside a quotation.

Plants
------
Each plant function takes an article and a ``random.Random`` and returns a ``Sample`` (the
planted blocks and where the defect is) or None when the article offers no place for it.
See ``CLASSES`` for the classes and benchmarks/README.md for what each one does.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

END = "。！？!?"
CLOSERS = "”’」』）)》】"
OPENERS = "“‘「『（(《【"

THUC = "thucnews-cnews-val1000/articles.plain.txt"
SOGOU = "sogoucs-smarty-sample/articles.plain.txt"
PKU = "sighan2005-icwb2-pku-msr-test/pku_test.plain.txt"
MSR = "sighan2005-icwb2-pku-msr-test/msr_test.plain.txt"
PD_FILES = (
    "peoples-daily-1998-ner-sents/pd1998_dev.plain.txt",
    "peoples-daily-1998-ner-sents/pd1998_test.plain.txt",
)
MAX_LINES = 40  # PKU/MSR: longest article when no headline-like line comes


# ---------------------------------------------------------------------------------------
# Articles


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
_CONTINUES = set("，,、；;：:。.！？!?的地得了着过之”’）)》】")


def paragraphs_of(body: str, rng: random.Random) -> list[str]:
    """The body cut into paragraphs of 2-5 sentences, never before a sentence that reads
    as the continuation of the one before."""
    sents = split_sentences(body)
    paras: list[str] = []
    cur = ""
    want = rng.randint(2, 5)
    count = 0
    for i, s in enumerate(sents):
        cur += s
        count += 1
        nxt = sents[i + 1].lstrip() if i + 1 < len(sents) else ""
        if count >= want and (not nxt or nxt[0] not in _CONTINUES):
            if cur.strip():
                paras.append(cur.strip())
            cur, count, want = "", 0, rng.randint(2, 5)
    if cur.strip():
        paras.append(cur.strip())
    return paras


_THUC_MARK = re.compile(
    r"北京时间|新浪[^\s，。]{0,4}讯|本报讯|中新网[^，。]{0,14}电|新华网[^，。]{0,14}电|中广网[^，。]{0,14}消息"
    r"|中新社[^，。]{0,14}电|[（(]记者|据[^，。]{1,12}报道|[^\s，。]{2,6}网讯"
)


def thucnews_split(line: str) -> tuple[str, str]:
    """(headline, body) where a dateline marker shows the joint; ("", line) elsewhere."""
    m = _THUC_MARK.search(line, 0, 80)
    if m and 4 <= m.start() <= 60:
        at = m.start()
        while at > 0 and line[at - 1] in OPENERS:  # 【本报讯】
            at -= 1
        head = line[:at].strip()
        if head and head[-1] not in "，,、；;：:" and not _TERMINAL.search(head):
            return head, line[at:]
    return "", line


_TERMINAL = re.compile(r"[。！？!?]")
_HEADLINE_END = set(END + "；;，,、：:…—" + CLOSERS)


def headline_like(line: str) -> bool:
    t = line.strip()
    return 0 < len(t) <= 30 and t[-1] not in _HEADLINE_END


def _read_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def build_articles(root: Path, seed: int = 0, skip: set[int] | None = None) -> list[Article]:
    """Every article of the corpora (THUCNews lines in ``skip`` left out)."""
    skip = skip or set()
    arts: list[Article] = []
    path = root / THUC
    if path.is_file():
        for i, line in enumerate(_read_lines(path), 1):
            if not line.strip() or i in skip:
                continue
            rng = random.Random(f"build/{seed}/thucnews/{i}")
            head, body = thucnews_split(line.strip())
            paras = paragraphs_of(body, rng)
            if paras:
                titles = [head] if head else []
                n = len(titles) + len(paras)
                arts.append(
                    Article("thucnews", f"thucnews:{i}", titles, paras, THUC, [i] * n, not head)
                )
    path = root / SOGOU
    if path.is_file():
        for i, line in enumerate(_read_lines(path), 1):
            title, _, content = line.partition("\t")
            rng = random.Random(f"build/{seed}/sogou/{i}")
            paras = paragraphs_of(content.strip(), rng)
            if paras:
                titles = [title.strip()] if title.strip() else []
                n = len(titles) + len(paras)
                arts.append(Article("sogou", f"sogou:{i}", titles, paras, SOGOU, [i] * n))
    for name, rel in (("pku", PKU), ("msr", MSR)):
        path = root / rel
        if path.is_file():
            arts.extend(group_lines(name, _read_lines(path), rel))
    return arts


def group_lines(corpus: str, lines: list[str], file: str = "") -> Iterator[Article]:
    """Articles from one paragraph per line: a new one at a headline after body text."""
    titles: list[str] = []
    paras: list[str] = []
    nums: list[int] = []
    for i, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            continue
        if headline_like(line) and not paras and len(titles) < 3:
            titles.append(line)
            nums.append(i)
            continue
        if (headline_like(line) and paras) or len(paras) >= MAX_LINES:
            if paras:
                yield Article(corpus, f"{corpus}:{nums[0]}", titles, paras, file, nums)
            titles, paras, nums = [], [], []
            if headline_like(line):
                titles.append(line)
                nums.append(i)
                continue
        paras.append(line)
        nums.append(i)
    if paras:
        yield Article(corpus, f"{corpus}:{nums[0]}", titles, paras, file, nums)


def pd_sentences(root: Path) -> list[tuple[str, str]]:
    """(ident, sentence) of People's Daily 1998 (shuffled single sentences)."""
    out = []
    for rel in PD_FILES:
        path = root / rel
        if path.is_file():
            tag = "pd1998-" + ("dev" if "dev" in rel else "test")
            out.extend((f"{tag}:{i}", s.strip()) for i, s in enumerate(_read_lines(path), 1))
    return out


# ---------------------------------------------------------------------------------------
# Samples


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


def break_positions(text: str) -> list[int]:
    """Cut points p (head text[:p], tail text[p:]) not right after or before a sentence end
    (nor after a colon, where a paragraph may end)."""
    out = []
    for p in range(1, len(text)):
        head = text[:p].rstrip(CLOSERS)
        if not head or head[-1] in END + "：:…" or not text[:p].strip():
            continue
        tail = text[p:].lstrip(CLOSERS)
        if not tail or tail[0] in END + "…":
            continue
        out.append(p)
    return out


def _break(art: Article, rng: random.Random) -> tuple[list[str], int, str] | None:
    """(blocks with the head left in place and the tail removed, head index, tail)."""
    blocks = art.blocks
    cands = [i for i in _body_range(art) if len(blocks[i]) >= 12]
    if not cands:
        return None
    i = rng.choice(cands)
    text = blocks[i]
    pos = break_positions(text)
    if not pos:
        return None
    p = rng.choice(pos)
    head, tail = text[:p], text[p:]
    out = list(blocks)
    out[i] = head
    return out, i, tail


def plant_break_next(art: Article, rng: random.Random) -> Sample | None:
    r = _break(art, rng)
    if r is None:
        return None
    blocks, i, tail = r
    blocks.insert(i + 1, tail)
    return Sample(
        "", art, blocks, [_whole(blocks, i)], [_whole(blocks, i + 1)], {"tail": len(tail)}
    )


def plant_break_moved(art: Article, rng: random.Random) -> Sample | None:
    r = _break(art, rng)
    if r is None:
        return None
    blocks, i, tail = r
    first, last = len(art.titles), len(blocks)  # insertion points among body blocks
    m = rng.randint(1, 5)  # paragraphs between head and tail
    options = []
    if i + 1 + m <= last:
        options.append(("forward", i + 1 + m))
    if i - m >= first:
        options.append(("backward", i - m))
    if not options:
        return None
    way, q = rng.choice(options)
    blocks.insert(q, tail)
    h = i + 1 if way == "backward" else i
    return Sample(
        "", art, blocks, [_whole(blocks, h)], [_whole(blocks, q)], {"between": m, "way": way}
    )


def plant_break_lost(art: Article, rng: random.Random) -> Sample | None:
    r = _break(art, rng)
    if r is None:
        return None
    blocks, i, tail = r
    return Sample("", art, blocks, [_whole(blocks, i)], [], {"lost": len(tail)})


# -- repeats ------------------------------------------------------------------------------


def plant_repeat_paragraph(art: Article, rng: random.Random, far: bool) -> Sample | None:
    blocks = list(art.blocks)
    cands = [i for i in _body_range(art) if len(blocks[i]) >= 10 and _complete(blocks[i])]
    if not cands:
        return None
    i = rng.choice(cands)
    if not far:
        blocks.insert(i + 1, blocks[i])
        return Sample("", art, blocks, [_whole(blocks, i + 1)], [_whole(blocks, i)])
    first, last = len(art.titles), len(blocks)
    m = rng.randint(1, 5)
    options = []
    if i + 1 + m <= last:
        options.append(i + 1 + m)
    if i - m >= first:
        options.append(i - m)
    if not options:
        return None
    q = rng.choice(options)
    blocks.insert(q, blocks[i])
    orig = i + 1 if q <= i else i
    return Sample("", art, blocks, [_whole(blocks, q)], [_whole(blocks, orig)], {"between": m})


def _pick_sentence(art: Article, rng: random.Random) -> tuple[int, int, int] | None:
    """(block, start, end) of a complete body sentence of at least 8 characters."""
    cands = []
    for i in _body_range(art):
        text = art.blocks[i]
        for s, e in sentence_spans(text):
            if e - s >= 8 and _complete(text[s:e]):
                cands.append((i, s, e))
    return rng.choice(cands) if cands else None


def plant_repeat_sentence(art: Article, rng: random.Random, far: bool) -> Sample | None:
    pick = _pick_sentence(art, rng)
    if pick is None:
        return None
    i, s, e = pick
    blocks = list(art.blocks)
    sent = blocks[i][s:e]
    if not far:
        blocks[i] = blocks[i][:e] + sent + blocks[i][e:]
        return Sample(
            "", art, blocks, [Region(i, e, e + len(sent))], [Region(i, s, e)], {"len": len(sent)}
        )
    others = [j for j in _body_range(art) if j != i and abs(j - i) <= 6]
    if not others:
        return None
    j = rng.choice(others)
    bounds = [0] + [e2 for _, e2 in sentence_spans(blocks[j]) if _complete(blocks[j][:e2])]
    at = rng.choice(sorted(set(bounds)))
    blocks[j] = blocks[j][:at] + sent + blocks[j][at:]
    return Sample(
        "",
        art,
        blocks,
        [Region(j, at, at + len(sent))],
        [Region(i, s, e)],
        {"len": len(sent), "between": abs(j - i) - 1},
    )


# ---------------------------------------------------------------------------------------
# Figures with units (a loose reader of its own, independent of lint_news.numbers)

FW_DIGITS = "０１２３４５６７８９"
_TO_ASCII = str.maketrans({**{FW_DIGITS[i]: str(i) for i in range(10)}, "．": ".", "％": "%"})

# unit -> (dimension, factor to the dimension's base); multipliers 万/亿 are read apart
UNITS: dict[str, tuple[str, float]] = {
    "平方公里": ("area", 1e6),
    "平方千米": ("area", 1e6),
    "平方米": ("area", 1.0),
    "公顷": ("area", 1e4),
    "亩": ("area", 666.67),
    "公里": ("length", 1000.0),
    "千米": ("length", 1000.0),
    "厘米": ("length", 0.01),
    "毫米": ("length", 0.001),
    "米": ("length", 1.0),
    "千克": ("mass", 1.0),
    "公斤": ("mass", 1.0),
    "吨": ("mass", 1000.0),
    "克": ("mass", 0.001),
    "立方米": ("volume", 1.0),
    "千瓦时": ("energy", 1.0),
    "千瓦": ("power", 1.0),
    "兆瓦": ("power", 1000.0),
    "小时": ("time", 60.0),
    "分钟": ("time", 1.0),
    "美元": ("usd", 1.0),
    "港元": ("hkd", 1.0),
    "欧元": ("eur", 1.0),
    "元": ("cny", 1.0),
    "人次": ("visits", 1.0),
    "个百分点": ("points", 1.0),
    "%": ("percent", 1.0),
    "个月": ("months", 1.0),
}
COUNTERS = "人户家所个辆套台件项座名位只头部间张场条种份篇架艘株棵批次"
for _c in COUNTERS:
    UNITS.setdefault(_c, ("count:" + _c, 1.0))

# a unit slipped within its dimension (the number stays)
SLIPS: dict[str, tuple[str, ...]] = {
    "公里": ("米",),
    "千米": ("米",),
    "米": ("公里", "厘米"),
    "厘米": ("毫米", "米"),
    "毫米": ("厘米",),
    "平方公里": ("平方米",),
    "平方千米": ("平方米",),
    "平方米": ("平方公里", "亩"),
    "公顷": ("亩",),
    "亩": ("公顷",),
    "千克": ("克", "吨"),
    "公斤": ("克", "吨"),
    "吨": ("千克", "公斤"),
    "克": ("千克",),
    "千瓦": ("兆瓦",),
    "兆瓦": ("千瓦",),
    "小时": ("分钟",),
    "分钟": ("小时",),
}
# units that may carry 万/亿 (money, counts, mass, visits): a slip there is 万元 -> 元 etc.
MULT_UNITS = {
    "元",
    "美元",
    "港元",
    "欧元",
    "人",
    "户",
    "人次",
    "吨",
    "辆",
    "套",
    "台",
    "件",
    "个",
    "家",
    "千瓦",
    "千瓦时",
    "平方米",
    "亩",
    "公顷",
    "公里",
    "立方米",
    "名",
    "册",
}

_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
FIGURE_RE = re.compile(
    r"(?<![0-9０-９.．A-Za-zＡ-Ｚａ-ｚ\-－/第])"
    r"(?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?)"
    r"(?P<mult>万亿|万|亿)?"
    r"(?P<unit>" + _UNIT_ALT + r"|％)"
    r"(?![0-9０-９A-Za-z])"
)


@dataclass(frozen=True)
class Figure:
    start: int  # of the number
    end: int  # after the unit
    num: str
    mult: str
    unit: str

    @property
    def value(self) -> float:
        return to_value(self.num, self.mult)

    @property
    def text(self) -> str:
        return self.num + self.mult + self.unit


def to_value(num: str, mult: str) -> float:
    v = float(num.translate(_TO_ASCII))
    return v * {"": 1, "万": 1e4, "亿": 1e8, "万亿": 1e12}[mult]


def figures(text: str) -> list[Figure]:
    out = []
    for m in FIGURE_RE.finditer(text):
        num = m.group("num")
        if num.translate(_TO_ASCII).startswith("0") and "." not in num.translate(_TO_ASCII):
            continue
        unit = m.group("unit").translate(_TO_ASCII)
        # 个 before 月/小时 is a duration read by the longer unit; 3个 alone is a count
        out.append(Figure(m.start(), m.end(), num, m.group("mult") or "", m.group("unit")))
        _ = unit
    return out


def _fullwidth(num: str) -> bool:
    return any(c in FW_DIGITS for c in num)


def _digit(d: str, fw: bool) -> str:
    return FW_DIGITS[int(d)] if fw else d


def _is_count(unit: str) -> bool:
    dim = UNITS.get(unit.translate(_TO_ASCII), ("", 1.0))[0]
    return dim.startswith("count") or dim == "visits"


def can_stand_alone(f: Figure) -> bool:
    dim = UNITS.get(f.unit.translate(_TO_ASCII), ("", 1.0))[0]
    return bool(f.mult) or (dim in _ALONE_DIMS and f.value >= 10)


def magnitude_variants(f: Figure) -> list[tuple[str, str, int]]:
    """(new number, new multiplier, k): the value times 10^k, k != 0."""
    fw = _fullwidth(f.num)
    num = f.num.translate(_TO_ASCII)
    out: list[tuple[str, str, int]] = []
    unit = f.unit.translate(_TO_ASCII)
    if f.mult == "万":
        out += [(f.num, "", -4), (f.num, "亿", 4)]
    elif f.mult == "亿":
        out += [(f.num, "万", -4), (f.num, "", -8)]
    elif unit in MULT_UNITS:
        out.append((f.num, "万", 4))
    if "." in num:
        a, b = num.split(".")
        if len(b) >= 1:  # 3.6 -> 36, 12.5 -> 125
            new = (a + b[0]).lstrip("0") or "0"
            rest = b[1:]
            out.append((new + ("." + rest if rest else ""), f.mult, 1))
        if len(a) >= 2:  # 12.5 -> 1.25
            out.append((a[:-1] + "." + a[-1] + b, f.mult, -1))
        elif a != "0":  # 3.6 -> 0.36
            out.append(("0." + a + b, f.mult, -1))
    else:
        out.append((num + "0", f.mult, 1))  # a zero added
        if len(num) >= 2 and num.endswith("0"):
            out.append((num[:-1], f.mult, -1))  # a zero lost
        elif len(num) >= 2:
            out.append((num[:-1] + "." + num[-1], f.mult, -1))  # a decimal point added
    res = []
    for n, m, k in out:
        n2 = "".join(_digit(c, fw) if c.isdigit() else ("．" if fw and c == "." else c) for c in n)
        if abs(to_value(n2, m) - f.value * 10**k) <= 1e-9 * max(1.0, f.value * 10**k) and (
            to_value(n2, m) != f.value
        ):
            res.append((n2, m, k))
    return res


def transpose_variants(f: Figure) -> list[tuple[str, int]]:
    """(new number, index of the first swapped character): two neighbouring distinct digits."""
    s = f.num
    out = []
    for i in range(len(s) - 1):
        a, b = s[i], s[i + 1]
        if a.isdigit() and b.isdigit() and a != b:
            new = s[:i] + b + a + s[i + 2 :]
            ascii_new = new.translate(_TO_ASCII)
            if ascii_new.startswith("0") and not ascii_new.startswith("0."):
                continue
            out.append((new, i))
    return out


def slip_variants(f: Figure) -> list[tuple[str, str]]:
    """(new multiplier, new unit) of the same dimension, a different amount."""
    unit = f.unit.translate(_TO_ASCII)
    out = [(f.mult, u) for u in SLIPS.get(unit, ())]
    if unit in MULT_UNITS and unit in ("元", "美元", "港元", "人", "户", "人次", "吨"):
        if f.mult == "万":
            out += [("", unit), ("亿", unit)]
        elif f.mult == "亿":
            out += [("万", unit)]
        elif f.mult == "":
            out += [("万", unit)]
    return out


# -- clauses that state a figure --------------------------------------------------------

_CLAUSE_SEP = re.compile(r"[，。；！？：,;!?:]")
_LEADING = re.compile(r"^(?:而且|而|但是|但|并且|并|且|其中|同时|此外|另外|也)")
# a subhead of nothing but a figure: an amount that can stand alone (2715亿元, 3.6万户)
_ALONE_DIMS = {"area", "length", "mass", "volume", "energy", "power", "usd", "hkd", "eur", "cny"}
_HAN = re.compile(r"[\u4e00-\u9fff]")
_QUOTES = set("“”‘’「」『』\"'《》（）()【】")


def figure_clauses(text: str) -> list[tuple[int, int, Figure]]:
    """(clause start, clause end, figure) for clauses holding one figure with a unit and at
    least four Chinese characters besides it: what a subhead or a restatement can quote."""
    out = []
    bounds = [0] + [m.end() for m in _CLAUSE_SEP.finditer(text)] + [len(text)]
    figs = figures(text)
    for s, e in zip(bounds, bounds[1:], strict=False):
        while e > s and _CLAUSE_SEP.match(text[e - 1]):
            e -= 1
        clause = text[s:e]
        inside = [f for f in figs if s <= f.start and f.end <= e]
        if len(inside) != 1 or any(c in _QUOTES for c in clause):
            continue
        f = inside[0]
        rest = clause[: f.start - s] + clause[f.end - s :]
        if len(_HAN.findall(rest)) < 4:
            continue
        out.append((s, e, f))
    return out


def perturb(f: Figure, kind: str, rng: random.Random) -> tuple[str, dict] | None:
    """The figure's new text and what changed, or None when this kind does not apply."""
    if kind == "magnitude":
        vs = magnitude_variants(f)
        if not vs:
            return None
        n, m, k = rng.choice(vs)
        return n + m + f.unit, {"k": k, "old": f.value, "new": to_value(n, m)}
    if kind == "transpose":
        vs = transpose_variants(f)
        if not vs:
            return None
        n, i = rng.choice(vs)
        return n + f.mult + f.unit, {"at": i, "old_num": f.num, "new_num": n}
    if kind == "unit":
        vs = [
            (m, u)
            for m, u in slip_variants(f)
            # 1.4万人 -> 1.4人 is no count anyone writes
            if not (m == "" and "." in f.num.translate(_TO_ASCII) and _is_count(u))
        ]
        if not vs:
            return None
        m, u = rng.choice(vs)
        return f.num + m + u, {"old_unit": f.mult + f.unit, "new_unit": m + u}
    raise ValueError(kind)


CONNECTIVES = (
    "",
    "",
    "此外，",
    "据介绍，",
    "据了解，",
    "数据显示，",
    "同时，",
    "记者了解到，",
    "其中，",
)


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


def plant_quantity(art: Article, rng: random.Random, kind: str, where: str) -> Sample | None:
    """A restatement of a body clause with its figure perturbed: ``where`` is "headline"
    (a subhead between body paragraphs, or the headline of an article that has none) or
    "body" (the clause, perhaps prefixed, inserted into another paragraph)."""
    cands = []
    for i in _body_range(art):
        for s, e, f in figure_clauses(art.blocks[i]):
            cands.append((i, s, e, f))
    rng.shuffle(cands)
    for i, s, e, f in cands[:20]:
        got = perturb(f, kind, rng)
        if got is None:
            continue
        new_fig, detail = got
        text = art.blocks[i]
        clause = text[s:e]
        blocks = list(art.blocks)
        detail = {**detail, "kind": kind, "old_text": f.text, "new_text": new_fig}
        if where == "headline":
            only_figure = can_stand_alone(f) and rng.random() < 0.25
            if only_figure:
                sub = new_fig
            else:
                sub = clause[: f.start - s] + new_fig + clause[f.end - s :]
                sub = _LEADING.sub("", sub.strip("　 "))
                if len(sub) > 26 or len(sub) < 6:
                    continue
            first = len(art.titles)
            n_body = len(art.paras)
            tops = [first] if not art.titles else []
            mids = list(range(first + 1, first + n_body))
            spots = ([*tops, *mids]) if mids else tops
            if not spots:
                continue
            q = rng.choice(spots)
            blocks.insert(q, sub)
            src = i + 1 if q <= i else i
            detail.update(only_figure=only_figure, position="headline" if q in tops else "subhead")
            return Sample(
                "", art, blocks, [_whole(blocks, q)], [Region(src, f.start, f.end)], detail
            )
        # body: the sentence up to the figure's clause (when short), perhaps prefixed
        sent_start = max([ss for ss, _ in sentence_spans(text) if ss <= s] or [0])
        if e - sent_start <= 40:
            lead = text[sent_start:s]
        elif len(_HAN.findall(clause[: f.start - s])) >= 4:  # the clause names its subject
            lead = ""
        else:
            continue
        restated = lead + clause[: f.start - s] + new_fig + clause[f.end - s :]
        restated = restated.strip("　 ")
        if not restated or any(c in _QUOTES for c in restated):
            continue
        restated = rng.choice(CONNECTIVES) + restated + "。"
        others = [j for j in _body_range(art) if j != i]
        if not others:
            continue
        j = rng.choice(others)
        reg = _insert_sentence(blocks, j, restated, rng)
        return Sample("", art, blocks, [reg], [Region(i, f.start, f.end)], detail)
    return None


# -- redundancy ---------------------------------------------------------------------------

_HEDGE_BEFORE = re.compile(r"(?:约|近|超|逾|多|达|共|余|大约|将近|接近|上|过|至|到|-|－|~|～|—)$")
_HEDGE_AFTER = re.compile(r"^(?:多|余|左右|以上|以下|上下|之多|有余|至|到|-|－|~|～|—)")

REDUNDANT = {
    "approx": (("约", "左右"), ("大约", "左右"), ("约", "左右"), ("大概", "左右")),
    "over": (("超过", "以上"), ("超", "以上"), ("超过", "以上")),
}


def plant_redundancy(art: Article, rng: random.Random, kind: str) -> Sample | None:
    cands = []
    for i in _body_range(art):
        text = art.blocks[i]
        for f in figures(text):
            if _HEDGE_BEFORE.search(text[max(0, f.start - 2) : f.start]):
                continue
            if _HEDGE_AFTER.match(text[f.end : f.end + 2]):
                continue
            cands.append((i, f))
    if not cands:
        return None
    i, f = rng.choice(cands)
    pre, post = rng.choice(REDUNDANT[kind])
    blocks = list(art.blocks)
    text = blocks[i]
    blocks[i] = text[: f.start] + pre + text[f.start : f.end] + post + text[f.end :]
    reg = Region(i, f.start, f.end + len(pre) + len(post))
    return Sample("", art, blocks, [reg], [], {"pre": pre, "post": post})


# ---------------------------------------------------------------------------------------
# The classes

PlantFn = Callable[[Article, random.Random], "Sample | None"]


@dataclass(frozen=True)
class PlantClass:
    name: str
    category: str  # the lint_news category a finding must have to count
    plant: PlantFn
    paired: bool = False  # is pairing (related names the other half) measured
    summary: str = ""


def _q(kind: str, where: str) -> PlantFn:
    return lambda a, r: plant_quantity(a, r, kind, where)


CLASSES: list[PlantClass] = [
    PlantClass(
        "break-next",
        "truncation",
        plant_break_next,
        True,
        "a body paragraph broken at a random character; the tail is the next paragraph",
    ),
    PlantClass(
        "break-moved",
        "truncation",
        plant_break_moved,
        True,
        "the same, with 1-5 paragraphs between head and tail (either way)",
    ),
    PlantClass("break-lost", "truncation", plant_break_lost, False, "the same, the tail deleted"),
    PlantClass(
        "repeat-paragraph-next",
        "repetition",
        lambda a, r: plant_repeat_paragraph(a, r, False),
        True,
        "a body paragraph pasted twice in a row",
    ),
    PlantClass(
        "repeat-paragraph-far",
        "repetition",
        lambda a, r: plant_repeat_paragraph(a, r, True),
        True,
        "a body paragraph pasted again 1-5 paragraphs away",
    ),
    PlantClass(
        "repeat-sentence-next",
        "repetition",
        lambda a, r: plant_repeat_sentence(a, r, False),
        True,
        "a sentence pasted twice in a row inside its paragraph",
    ),
    PlantClass(
        "repeat-sentence-far",
        "repetition",
        lambda a, r: plant_repeat_sentence(a, r, True),
        True,
        "a sentence pasted into another paragraph (at a sentence boundary)",
    ),
    PlantClass(
        "headline-magnitude",
        "quantity",
        _q("magnitude", "headline"),
        True,
        "a subhead/headline restating a body clause, a power of ten lost or added",
    ),
    PlantClass(
        "headline-transpose",
        "quantity",
        _q("transpose", "headline"),
        True,
        "the same, two neighbouring distinct digits transposed",
    ),
    PlantClass(
        "headline-unit",
        "quantity",
        _q("unit", "headline"),
        True,
        "the same, the unit slipped within its dimension",
    ),
    PlantClass(
        "body-magnitude",
        "quantity",
        _q("magnitude", "body"),
        True,
        "a body clause restated in another paragraph, a power of ten lost or added",
    ),
    PlantClass(
        "body-transpose",
        "quantity",
        _q("transpose", "body"),
        True,
        "the same, two neighbouring distinct digits transposed",
    ),
    PlantClass(
        "body-unit",
        "quantity",
        _q("unit", "body"),
        True,
        "the same, the unit slipped within its dimension",
    ),
    PlantClass(
        "redundancy-approx",
        "redundancy",
        lambda a, r: plant_redundancy(a, r, "approx"),
        False,
        "约/大约/大概 … 左右 around a figure",
    ),
    PlantClass(
        "redundancy-over",
        "redundancy",
        lambda a, r: plant_redundancy(a, r, "over"),
        False,
        "超过/超 … 以上 around a figure",
    ),
]


def class_names() -> list[str]:
    return [c.name for c in CLASSES]


def select_classes(spec: str | None) -> list[PlantClass]:
    """Classes named in a comma list (prefixes match), all when ``spec`` is empty."""
    if not spec:
        return list(CLASSES)
    out: list[PlantClass] = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        hits = [c for c in CLASSES if c.name == part or c.name.startswith(part)]
        if not hits:
            raise ValueError(f"no class matches {part!r}; classes: {', '.join(class_names())}")
        out += [c for c in hits if c not in out]
    return out


def plant_samples(articles: list[Article], cls: PlantClass, n: int, seed: int) -> list[Sample]:
    """``n`` samples of one class over the host articles, reproducible for a seed."""
    hosts = list(articles)
    random.Random(f"hosts/{seed}/{cls.name}").shuffle(hosts)
    out: list[Sample] = []
    failures = 0
    k = 0
    while len(out) < n and hosts and failures < len(hosts):
        art = hosts[k % len(hosts)]
        rng = random.Random(f"plant/{seed}/{cls.name}/{k}/{art.ident}")
        k += 1
        s = cls.plant(art, rng)
        if s is None:
            failures += 1
            continue
        failures = 0
        s.cls = cls.name
        out.append(s)
    return out
