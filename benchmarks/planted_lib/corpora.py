"""Articles built from the clean corpora (for planted.py).

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
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

from .model import CLOSERS, END, OPENERS, Article, split_sentences

THUC = "thucnews-cnews-val1000/articles.plain.txt"
SOGOU = "sogoucs-smarty-sample/articles.plain.txt"
PKU = "sighan2005-icwb2-pku-msr-test/pku_test.plain.txt"
MSR = "sighan2005-icwb2-pku-msr-test/msr_test.plain.txt"
PD_FILES = (
    "peoples-daily-1998-ner-sents/pd1998_dev.plain.txt",
    "peoples-daily-1998-ner-sents/pd1998_test.plain.txt",
)
FILES = {
    "thucnews": THUC,
    "sogou": SOGOU,
    "pku": PKU,
    "msr": MSR,
    "pd1998-dev": PD_FILES[0],
    "pd1998-test": PD_FILES[1],
}
MAX_LINES = 40  # PKU/MSR: longest article when no headline-like line comes

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


def build_articles(
    root: Path,
    seed: int = 0,
    skip: set[int] | None = None,
    files: dict[str, str] | None = None,
) -> list[Article]:
    """Every article of the corpora (THUCNews lines in ``skip`` left out). ``files`` maps
    corpus names (thucnews, sogou, pku, msr) to paths under ``root`` (planted.py passes
    corpus_eval's)."""
    skip = skip or set()
    files = {**FILES, **(files or {})}
    thuc, sogou = files["thucnews"], files["sogou"]
    arts: list[Article] = []
    path = root / thuc
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
                    Article("thucnews", f"thucnews:{i}", titles, paras, thuc, [i] * n, not head)
                )
    path = root / sogou
    if path.is_file():
        for i, line in enumerate(_read_lines(path), 1):
            title, _, content = line.partition("\t")
            rng = random.Random(f"build/{seed}/sogou/{i}")
            paras = paragraphs_of(content.strip(), rng)
            if paras:
                titles = [title.strip()] if title.strip() else []
                n = len(titles) + len(paras)
                arts.append(Article("sogou", f"sogou:{i}", titles, paras, sogou, [i] * n))
    for name in ("pku", "msr"):
        rel = files[name]
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


def pd_sentences(root: Path, files: dict[str, str] | None = None) -> list[tuple[str, str, str]]:
    """(ident, file, sentence) of People's Daily 1998 (shuffled single sentences)."""
    files = {**FILES, **(files or {})}
    out = []
    for tag in ("pd1998-dev", "pd1998-test"):
        rel = files[tag]
        path = root / rel
        if path.is_file():
            out.extend((f"{tag}:{i}", rel, s.strip()) for i, s in enumerate(_read_lines(path), 1))
    return out
