#!/usr/bin/env python3
"""False findings per 100,000 characters of clean news text, per corpus and category.

usage: python benchmarks/corpus_eval.py [--corpora ../shared/corpora] [--category quantity ...]
                                        [--jobs N] [--show] [--markdown]

Every shipped rule that is enabled by default runs over the clean corpora in
``../shared/corpora`` through the Python API. Each finding is mapped back to its corpus
file and line, and gets a key: a short hash of its rule, its text and a few characters of
context on either side. Findings listed in the reviewed lists (``benchmarks/reviewed/*.tsv``
or ``*.yaml``: corpus file, line, rule, key, reason) are genuine errors of the corpus text
and are not counted as false. An entry excuses only the finding with its key on its line
(in THUCNews and Sogou a line is a whole article: a key by line and rule alone would excuse
every present and future finding of that rule in it); entries that match no finding are
listed as stale. In THUCNews the articles of ``known_repeated_content.tsv`` hold scraping
duplicates: their paragraph and sentence repeats are counted apart (``known``) and the
script reports the recall of those checks on them; every other finding there (a doubled
word, say) is counted like any other.

The corpora are for evaluation only: ``--show`` prints excerpts to the terminal and
nothing here writes corpus text anywhere.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:  # run from a fresh clone without installing
    sys.path.insert(0, str(ROOT))

DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
REVIEWED_DIR = HERE / "reviewed"
TARGET_PER_100K = 0.5  # false findings per 100,000 characters, per error category
# the categories that claim an error of fact or of editing; punctuation and style are
# conformance to a house style and carry no target
ERROR_CATEGORIES = ("quantity", "arithmetic", "repetition", "truncation", "redundancy", "wording")
# the rules whose findings in a known scraped-duplicate article are that duplicate
REPEAT_RULES = frozenset({"repeated-paragraph", "repeated-sentence"})
CONTEXT = 6  # characters of context on either side that go into a finding's key
THUC = "thucnews-cnews-val1000/articles.plain.txt"
THUC_KNOWN = "thucnews-cnews-val1000/known_repeated_content.tsv"
BLOCK_LINES = 40  # PKU/MSR: consecutive paragraphs per document (no article boundaries)
PD_LINES = 1  # People's Daily 1998: shuffled sentences, one per document


@dataclass(frozen=True)
class CorpusSpec:
    name: str  # short name in the tables
    file: str  # path relative to the corpora folder
    layout: str  # "lines" (N paragraphs per document), "article" (one per line), "title-tab"
    lines_per_doc: int = 1


CORPORA: tuple[CorpusSpec, ...] = (
    CorpusSpec("pku", "sighan2005-icwb2-pku-msr-test/pku_test.plain.txt", "lines", BLOCK_LINES),
    CorpusSpec("msr", "sighan2005-icwb2-pku-msr-test/msr_test.plain.txt", "lines", BLOCK_LINES),
    CorpusSpec("thucnews", THUC, "article"),
    CorpusSpec("sogou", "sogoucs-smarty-sample/articles.plain.txt", "title-tab"),
    CorpusSpec(
        "pd1998-dev", "peoples-daily-1998-ner-sents/pd1998_dev.plain.txt", "lines", PD_LINES
    ),
    CorpusSpec(
        "pd1998-test", "peoples-daily-1998-ner-sents/pd1998_test.plain.txt", "lines", PD_LINES
    ),
)


@dataclass
class Unit:
    """One document fed to the linter, with the corpus line of each of its lines."""

    corpus: str
    file: str
    text: str
    line_map: list[int]  # document line (1-based) -> corpus line: line_map[doc_line - 1]

    @property
    def chars(self) -> int:
        return len(self.text) - self.text.count("\n")


@dataclass(frozen=True)
class CorpusFinding:
    corpus: str
    file: str
    line: int  # corpus line (1-based)
    column: int  # column in the document line
    rule: str
    category: str
    message: str
    related: tuple[int, ...] = ()  # corpus lines of the related spans
    excerpt: str = field(default="", compare=False)  # for --show only; never written anywhere
    key: str = ""  # finding_key(): what a reviewed entry names
    # finding_key(..., context=0): the rule and the flagged text alone. planted.py matches its
    # control findings by this too, since it joins corpus lines into articles and the few
    # characters around a finding at a line's edge then differ from corpus_eval's documents
    core: str = field(default="", compare=False)

    @property
    def ident(self) -> tuple[str, int, str, str]:
        return (self.file, self.line, self.rule, self.key)


def finding_key(rule: str, text: str, start: int, end: int, context: int = CONTEXT) -> str:
    """A 12-hex-digit hash of the rule, the finding's text and ``context`` characters on
    either side, whitespace dropped: names one finding within its corpus line, survives
    changes elsewhere in the article, and writes no corpus text anywhere."""
    wide = 4 * context  # a window wide enough that dropping whitespace leaves ``context``
    before = "".join(text[max(0, start - wide) : start].split())[-context:]
    span = "".join(text[start:end].split())
    after = "".join(text[end : end + wide].split())[:context]
    raw = "\x1f".join((rule, before, span, after))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


ReviewKey = tuple[str, int, str, str]  # (file, line, rule, key)


@dataclass
class Reviewed:
    """Reviewed genuine findings: (file, line, rule, key) -> reason."""

    entries: dict[ReviewKey, str] = field(default_factory=dict)
    sources: dict[ReviewKey, str] = field(default_factory=dict)

    def is_genuine(self, f: CorpusFinding) -> bool:
        return f.ident in self.entries


# ---------------------------------------------------------------------------------------
# Loading the corpora


def units_from_lines(corpus: str, file: str, lines: list[str], spec: CorpusSpec) -> Iterator[Unit]:
    """Documents built from the lines of one corpus file, keeping the corpus line numbers."""
    if spec.layout == "lines":
        n = max(1, spec.lines_per_doc)
        for i in range(0, len(lines), n):
            chunk = lines[i : i + n]
            yield Unit(corpus, file, "\n".join(chunk), list(range(i + 1, i + 1 + len(chunk))))
    elif spec.layout == "article":
        for i, line in enumerate(lines):
            if line.strip():
                yield Unit(corpus, file, line, [i + 1])
    elif spec.layout == "title-tab":
        for i, line in enumerate(lines):
            title, _, content = line.partition("\t")
            if not content.strip():
                yield Unit(corpus, file, title, [i + 1])
            else:
                yield Unit(corpus, file, f"{title}\n\n{content}", [i + 1] * 3)
    else:  # pragma: no cover - a bad spec
        raise ValueError(f"unknown layout {spec.layout!r}")


def load_units(root: Path, specs: Iterable[CorpusSpec] = CORPORA) -> list[Unit]:
    units: list[Unit] = []
    for spec in specs:
        path = root / spec.file
        if not path.is_file():
            print(f"corpus_eval: {spec.file} not found, skipped", file=sys.stderr)
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        units.extend(units_from_lines(spec.name, spec.file, lines, spec))
    return units


def known_repeated(root: Path) -> set[int]:
    """Corpus lines (1-based) of the THUCNews articles listed as holding repeated content."""
    path = root / THUC_KNOWN
    if not path.is_file():
        return set()
    out = set()
    for row in path.read_text(encoding="utf-8").splitlines()[1:]:
        ident = row.split("\t", 1)[0].strip()
        if ident.startswith("cnews-val-"):
            out.add(int(ident.rsplit("-", 1)[1]) + 1)
    return out


def load_reviewed(directory: Path = REVIEWED_DIR) -> Reviewed:
    """Read every reviewed list: TSV (file, line, rule, key, reason) or YAML (a list of
    mappings with those fields). An entry without a key is an error: it would excuse every
    finding of its rule on its line."""
    rev = Reviewed()
    if not directory.is_dir():
        return rev
    for path in sorted(directory.iterdir()):
        rows: list[dict[str, object]] = []
        if path.suffix == ".tsv":
            for raw in path.read_text(encoding="utf-8").splitlines():
                if not raw.strip() or raw.startswith("#"):
                    continue
                cells = raw.split("\t")
                if cells[0] == "file":  # header
                    continue
                if len(cells) < 5:
                    raise ValueError(
                        f"{path}: need file<TAB>line<TAB>rule<TAB>key<TAB>reason: {raw!r}"
                    )
                rows.append(
                    {
                        "file": cells[0],
                        "line": cells[1],
                        "rule": cells[2],
                        "key": cells[3],
                        "reason": "\t".join(cells[4:]),
                    }
                )
        elif path.suffix in (".yaml", ".yml"):
            import yaml

            data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
            if isinstance(data, dict):
                data = data.get("genuine") or data.get("findings") or []
            rows = list(data)
        else:
            continue
        for row in rows:
            digest = str(row.get("key") or "").strip()
            if not re.fullmatch(r"[0-9a-f]{12}", digest):
                raise ValueError(
                    f"{path}: entry {row.get('file')}:{row.get('line')} {row.get('rule')} "
                    f"needs a 12-hex-digit key (corpus_eval.py --show prints it): {digest!r}"
                )
            key = (
                str(row["file"]).strip(),
                int(str(row["line"]).strip()),
                str(row["rule"]).strip(),
                digest,
            )
            rev.entries[key] = str(row.get("reason") or "")
            rev.sources[key] = path.name
    return rev


# ---------------------------------------------------------------------------------------
# Linting

_RULES: dict[tuple[tuple[str, ...], bool], list] = {}
FACTS: tuple[str, ...] = ()  # fact files (--facts): the facts and names rules check against them


def default_rules(categories: tuple[str, ...] = (), include_disabled: bool = False) -> list:
    """The shipped rules enabled by default (optionally only some categories)."""
    key = (tuple(categories), include_disabled)
    if key not in _RULES:
        from lint_news.config import Config
        from lint_news.engine import select_rules
        from lint_news.rules import load_rules

        rules = load_rules()
        if include_disabled:
            selected = list(rules)
        else:
            selected = select_rules(rules, Config(facts=FACTS))
        if categories:
            selected = [r for r in selected if r.category in categories]
        _RULES[key] = selected
    return _RULES[key]


def _excerpt(text: str, start: int, end: int, width: int = 40) -> str:
    pad = max(0, (width - (end - start)) // 2)
    s = max(0, start - pad)
    return text[s : s + max(width, end - start)].replace("\n", "⏎")


def lint_unit(unit: Unit, rules: list) -> list[CorpusFinding]:
    from lint_news.document import Document
    from lint_news.engine import lint_document

    doc = Document(unit.text, path=unit.file)
    out = []
    for f in lint_document(doc, rules):
        line, col = doc.position(f.start)
        related = tuple(unit.line_map[doc.position(r.start)[0] - 1] for r in f.related)
        out.append(
            CorpusFinding(
                unit.corpus,
                unit.file,
                unit.line_map[line - 1],
                col,
                f.rule,
                f.category,
                f.message,
                related,
                _excerpt(doc.text, f.start, f.end),
                finding_key(f.rule, doc.text, f.start, f.end),
                finding_key(f.rule, doc.text, f.start, f.end, context=0),
            )
        )
    return out


def _lint_batch(args: tuple[list[Unit], tuple[str, ...], bool]) -> list[CorpusFinding]:
    units, categories, include_disabled = args
    rules = default_rules(categories, include_disabled)
    return [f for u in units for f in lint_unit(u, rules)]


def lint_units(
    units: list[Unit],
    categories: tuple[str, ...] = (),
    jobs: int = 1,
    include_disabled: bool = False,
) -> list[CorpusFinding]:
    """Findings of the default rules on every unit, in corpus order."""
    if jobs <= 1 or len(units) < 2:
        return _lint_batch((units, categories, include_disabled))
    # batches of similar size in characters, several per worker so that the load balances
    target = max(1, sum(u.chars for u in units) // (jobs * 8))
    batches: list[list[Unit]] = [[]]
    size = 0
    for u in units:
        if size >= target:
            batches.append([])
            size = 0
        batches[-1].append(u)
        size += u.chars
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        parts = pool.map(_lint_batch, [(b, categories, include_disabled) for b in batches])
        return [f for part in parts for f in part]


# ---------------------------------------------------------------------------------------
# Counting


@dataclass
class Row:
    corpus: str
    category: str
    chars: int
    findings: int = 0
    genuine: int = 0
    known: int = 0
    false: int = 0

    @property
    def per_100k(self) -> float:
        return self.false * 100_000 / self.chars if self.chars else 0.0


@dataclass
class Evaluation:
    chars: dict[str, int]  # corpus -> characters
    categories: list[str]
    findings: list[CorpusFinding]
    reviewed: Reviewed
    known_lines: set[int]
    seconds: float = 0.0
    rule_ids: set[str] | None = None  # the rules that ran (None: all)

    def status(self, f: CorpusFinding) -> str:
        """genuine (reviewed), known (a repeat in a THUCNews scraping duplicate) or false."""
        if self.reviewed.is_genuine(f):
            return "genuine"
        if f.file == THUC and f.rule in REPEAT_RULES and f.line in self.known_lines:
            return "known"
        return "false"

    def rows(self) -> list[Row]:
        table: dict[tuple[str, str], Row] = {}
        for corpus, n in self.chars.items():
            for cat in self.categories:
                table[corpus, cat] = Row(corpus, cat, n)
        for f in self.findings:
            if f.category not in self.categories:
                continue
            row = table[f.corpus, f.category]
            row.findings += 1
            setattr(row, self.status(f), getattr(row, self.status(f)) + 1)
        total = sum(self.chars.values())
        out = list(table.values())
        for cat in self.categories:
            t = Row("all", cat, total)
            for r in out:
                if r.category == cat and r.corpus != "all":
                    t.findings += r.findings
                    t.genuine += r.genuine
                    t.known += r.known
                    t.false += r.false
            out.append(t)
        order = {c: i for i, c in enumerate(self.categories)}
        corpora = {c: i for i, c in enumerate(list(self.chars) + ["all"])}
        out.sort(key=lambda r: (order[r.category], corpora[r.corpus]))
        return out

    def totals(self) -> dict[str, Row]:
        return {r.category: r for r in self.rows() if r.corpus == "all"}

    def repetition_recall(self) -> tuple[int, int] | None:
        """(articles of known_repeated_content.tsv in which a paragraph or sentence repeat
        is found, articles listed)."""
        if not self.known_lines or THUC not in {f for f in self._files()}:
            return None
        found = {f.line for f in self.findings if f.file == THUC and f.rule in REPEAT_RULES}
        return len(found & self.known_lines), len(self.known_lines)

    def stale_reviewed(self) -> list[ReviewKey]:
        """Reviewed entries no current finding matches (the rule changed, or the entry is wrong)."""
        keys = {f.ident for f in self.findings}
        files = self._files()
        return [
            k
            for k in self.reviewed.entries
            if k not in keys and k[0] in files and (self.rule_ids is None or k[2] in self.rule_ids)
        ]

    def _files(self) -> set[str]:
        return {s.file for s in CORPORA if s.name in self.chars}


def evaluate(
    root: Path = DEFAULT_CORPORA,
    categories: Iterable[str] = (),
    jobs: int = 1,
    corpora: Iterable[str] = (),
    include_disabled: bool = False,
    units: list[Unit] | None = None,
) -> Evaluation:
    """Lint the clean corpora and classify every finding."""
    cats = tuple(categories)
    wanted = set(corpora)
    specs = [s for s in CORPORA if not wanted or s.name in wanted]
    t0 = time.perf_counter()
    if units is None:
        units = load_units(root, specs)
    findings = lint_units(units, cats, jobs, include_disabled)
    seconds = time.perf_counter() - t0
    chars: dict[str, int] = {}
    for u in units:
        chars[u.corpus] = chars.get(u.corpus, 0) + u.chars
    rules = default_rules(cats, include_disabled)
    rule_cats = sorted({r.category for r in rules}, key=_category_order)
    return Evaluation(
        chars,
        rule_cats,
        findings,
        load_reviewed(),
        known_repeated(root),
        seconds,
        {r.id for r in rules},
    )


def _category_order(cat: str) -> tuple[int, str]:
    from lint_news.findings import CATEGORIES

    return (CATEGORIES.index(cat) if cat in CATEGORIES else len(CATEGORIES), cat)


# ---------------------------------------------------------------------------------------
# Output


def format_table(ev: Evaluation, markdown: bool = False, per_corpus: bool = True) -> str:
    head = [
        "corpus",
        "category",
        "chars",
        "findings",
        "genuine",
        "known",
        "false",
        "false/100k",
        "target",
    ]
    body = []
    for r in ev.rows():
        if not per_corpus and r.corpus != "all":
            continue
        target = ""
        if r.corpus == "all" and r.category in ERROR_CATEGORIES:
            target = "ok" if r.per_100k <= TARGET_PER_100K else "OVER"
        body.append(
            [
                r.corpus,
                r.category,
                f"{r.chars:,}",
                str(r.findings),
                str(r.genuine),
                str(r.known),
                str(r.false),
                f"{r.per_100k:.2f}",
                target,
            ]
        )
    return render_table(head, body, markdown)


def render_table(head: list[str], body: list[list[str]], markdown: bool = False) -> str:
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in body]
        return "\n".join(lines)
    widths = [max(len(str(x)) for x in col) for col in zip(head, *body, strict=False)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join(fmt.format(*row).rstrip() for row in [head, ["-" * w for w in widths], *body])


def show(ev: Evaluation, categories: Iterable[str] = ()) -> None:
    cats = set(categories)
    for f in ev.findings:
        if cats and f.category not in cats:
            continue
        rel = f" (related line {', '.join(map(str, f.related))})" if f.related else ""
        print(
            f"{f.file}:{f.line}:{f.column}  {ev.status(f).upper():7} [{f.category}] {f.rule}: "
            f"{f.message}{rel}\n    key {f.key} | {f.excerpt}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--corpora", type=Path, default=DEFAULT_CORPORA, help="folder of the clean corpora"
    )
    ap.add_argument(
        "--category", action="append", default=[], help="only this category (repeatable)"
    )
    ap.add_argument(
        "--corpus",
        action="append",
        default=[],
        help="only this corpus: " + ", ".join(s.name for s in CORPORA),
    )
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, help="worker processes")
    ap.add_argument("--all-rules", action="store_true", help="include rules disabled by default")
    ap.add_argument(
        "--show",
        action="store_true",
        help="print every finding with a short excerpt (terminal only)",
    )
    ap.add_argument("--markdown", action="store_true", help="print the table in Markdown")
    ap.add_argument("--totals", action="store_true", help="only the per-category totals")
    ap.add_argument(
        "--facts",
        action="append",
        default=[],
        help="a fact file or directory to check the corpora against (repeatable)",
    )
    a = ap.parse_args(argv)
    global FACTS
    FACTS = tuple(str(Path(f).resolve()) for f in a.facts)
    if hasattr(signal, "SIGPIPE"):  # `--show | head` ends quietly
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if not a.corpora.is_dir():
        print(f"corpus_eval: no corpora folder at {a.corpora}; nothing measured (skipped)")
        return 0
    ev = evaluate(a.corpora, a.category, a.jobs, a.corpus, a.all_rules)
    if a.show:
        show(ev, a.category)
        print()
    if not ev.chars:
        print("corpus_eval: no corpus file found; nothing measured")
        return 0
    total = sum(ev.chars.values())
    print(
        f"{len(ev.findings)} findings on {total:,} characters of clean text "
        f"({len(ev.chars)} corpora, {ev.seconds:.1f} s, {a.jobs} job(s))\n"
    )
    print(format_table(ev, a.markdown, per_corpus=not a.totals))
    rec = ev.repetition_recall()
    if rec is not None and "repetition" in ev.categories:
        print(
            f"\nTHUCNews known_repeated_content.tsv: {rec[0]}/{rec[1]} articles found by the "
            f"paragraph and sentence repeat checks (recall {rec[0] / rec[1]:.0%}); those "
            f"findings there are counted as 'known', not false"
        )
    stale = ev.stale_reviewed()
    if stale:
        print(
            f"\n{len(stale)} reviewed entr{'y' if len(stale) == 1 else 'ies'} matched no finding:"
        )
        for k in stale:
            file, line, rule, digest = k
            print(f"  {file}:{line} {rule} key {digest} ({ev.reviewed.sources[k]})")
            # what that rule reports on that line now: review each one before keying it
            for f in ev.findings:
                if (f.file, f.line, f.rule) == (file, line, rule):
                    print(f"      now: key {f.key} col {f.column} {ev.status(f)}")
    over = [
        r.category
        for r in ev.totals().values()
        if r.category in ERROR_CATEGORIES and r.per_100k > TARGET_PER_100K
    ]
    print(
        f"\ntarget <= {TARGET_PER_100K:g} false finding per 100,000 chars in each error "
        f"category ({', '.join(ERROR_CATEGORIES)}): "
        + ("met" if not over else "NOT met by " + ", ".join(over))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
