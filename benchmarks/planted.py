#!/usr/bin/env python3
"""Planted-defect benchmark: recall and pairing per defect class on real articles.

usage: python benchmarks/planted.py [--seed 1] [--samples N] [--classes break,repeat-]
                                    [--jobs N] [--corpora PATH] [--show-misses N]
                                    [--markdown] [--json FILE]

Articles are built from the clean corpora in ``../shared/corpora`` (see planted_lib/),
one defect is planted per sample (seeded), and each sample is linted with the default
rules of whatever ``lint_news`` is importable (so another worktree's venv python measures
that worktree's code). Every untouched article is linted too, as a control.

Per class: samples, recall (a finding of the class's category, that the untouched article
does not have, whose span or a related place is on the planted lines), pairing (for
breaks, repeats and restated figures: such a finding on one half whose ``related`` names
the other), and collateral findings (error category findings in the planted article, away
from the plant, that the untouched article does not have). Wrong partner (breaks only): of
the found samples, the share with a finding on the plant whose ``related`` (or own span) is
a paragraph off it; for break-lost every named partner is wrong, for break-next/-moved one
that names a third paragraph sends an editor to the wrong place, worse than naming none.
Controls: false findings per 100 articles and per 100,000 characters per
error category. Corpus text is printed only by ``--show-misses`` (terminal only); the
JSON holds numbers only.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

try:  # lint whatever lint_news the running python has (another worktree's venv)
    import lint_news
except ImportError:  # a fresh clone run without installing: this repository's copy
    sys.path.insert(0, str(ROOT))
    import lint_news

_path = list(sys.path)
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
import corpus_eval  # noqa: E402  (it puts ROOT first on sys.path: undone below)
import planted_lib as planting  # noqa: E402
from planted_lib import Article, PlantClass, Region, Sample  # noqa: E402

sys.path[:] = _path + ([str(HERE)] if str(HERE) not in _path else [])

DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
ERROR_CATEGORIES = ("quantity", "arithmetic", "repetition", "truncation", "redundancy", "wording")
DEFAULT_SAMPLES = 6000
BUILD_SEED = 0  # how article bodies are cut into paragraphs


# ---------------------------------------------------------------------------------------
# Linting (in worker processes): findings as line ranges and source spans


@dataclass(frozen=True)
class Hit:
    """One finding, reduced to what the scoring needs."""

    rule: str
    category: str
    start: int  # source offsets
    end: int
    related: tuple[tuple[int, int], ...]
    text: str  # the flagged text (for matching against the control; never written out)


def lint_text(text: str) -> list[Hit]:
    from lint_news.document import Document
    from lint_news.engine import lint_document

    doc = Document(text, path="planted.txt")
    out = []
    for f in lint_document(doc, corpus_eval.default_rules()):
        s, e = doc.source_offset(f.start), doc.source_offset(f.end)
        rel = tuple((doc.source_offset(r.start), doc.source_offset(r.end)) for r in f.related)
        out.append(Hit(f.rule, f.category, s, max(e, s + 1), rel, text[s:e]))
    return out


CRASH = "crash"  # the category of the one Hit that stands for an exception of the linter


def _lint_safe(text: str) -> list[Hit]:
    """The findings, or one CRASH hit naming the exception (work-in-progress code must not
    end the run; the crashes are counted and reported)."""
    try:
        return lint_text(text)
    except Exception as e:  # any failure of the linted code
        return [Hit(f"{type(e).__name__}: {e}"[:200], CRASH, 0, 1, (), "")]


def _lint_batch(texts: list[str]) -> list[list[Hit]]:
    return [_lint_safe(t) for t in texts]


def crashes(results: list[list[Hit]]) -> Counter:
    return Counter(h.rule for hs in results for h in hs if h.category == CRASH)


def lint_all(texts: list[str], jobs: int) -> list[list[Hit]]:
    if jobs <= 1 or len(texts) < 50:
        return _lint_batch(texts)
    n = max(1, len(texts) // (jobs * 8))
    batches = [texts[i : i + n] for i in range(0, len(texts), n)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return [h for part in pool.map(_lint_batch, batches) for h in part]


# ---------------------------------------------------------------------------------------
# Scoring


def block_spans(blocks: list[str]) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for b in blocks:
        out.append((pos, pos + len(b)))
        pos += len(b) + 2
    return out


def _abs(region: Region, spans: list[tuple[int, int]], whole: bool) -> tuple[int, int]:
    s = spans[region.block][0]
    if whole:
        return spans[region.block]
    return s + region.start, s + region.end


def _touches(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1] or (a[0] == a[1] and b[0] <= a[0] <= b[1])


@dataclass
class Score:
    hit: bool
    paired: bool
    collateral: int
    wrong: bool = False  # a break finding naming a partner off the plant (see the docstring)


def new_findings(hits: list[Hit], control: list[Hit]) -> list[Hit]:
    """The findings of a planted article that its untouched article does not have (same rule
    and flagged text; a finding both have is matched once, first occurrence first)."""
    before = Counter((h.rule, h.text) for h in control)
    out = []
    for h in hits:
        key = (h.rule, h.text)
        if before[key] > 0:
            before[key] -= 1
            continue
        out.append(h)
    return out


def score_sample(s: Sample, cls: PlantClass, hits: list[Hit], control: list[Hit]) -> Score:
    """Only findings the untouched article does not have count. Hit: one of the class's
    category whose span or related place lies on a planted block (for breaks and repeats,
    either half). Pairing: such a finding on one half with a related place on the other
    (spans, not blocks, when both halves share a block). Collateral: error-category
    findings touching no planted block."""
    hits = new_findings(hits, control)
    spans = block_spans(s.blocks)
    lines_of = [spans[r.block] for r in s.target]
    pair_lines = [spans[r.block] for r in s.pair]
    defect = lines_of + (pair_lines if cls.category in ("truncation", "repetition") else [])
    same_block = {r.block for r in s.target} & {r.block for r in s.pair}
    tgt = [_abs(r, spans, not same_block) for r in s.target]
    oth = [_abs(r, spans, not same_block) for r in s.pair]
    hit = paired = wrong = False
    for h in hits:
        if h.category != cls.category:
            continue
        places = [(h.start, h.end), *h.related]
        on = [any(_touches(p, d) for d in defect) for p in places]
        if any(on):
            hit = True
            # one place on the plant, another off it: a wrong partner (breaks only: their
            # defect holds both halves, and the other halves of figures are not defects)
            wrong = wrong or (cls.category == "truncation" and len(places) > 1 and not all(on))
        if oth:
            a = any(_touches((h.start, h.end), t) for t in tgt) and any(
                _touches(r, o) for r in h.related for o in oth
            )
            b = any(_touches((h.start, h.end), o) for o in oth) and any(
                _touches(r, t) for r in h.related for t in tgt
            )
            paired = paired or a or b
    planted = lines_of + pair_lines
    collateral = 0
    for h in hits:
        if h.category not in ERROR_CATEGORIES:
            continue
        places = [(h.start, h.end), *h.related]
        if not any(_touches(p, d) for p in places for d in planted):
            collateral += 1
    return Score(hit, paired and hit, collateral, wrong and hit)


@dataclass
class ClassResult:
    name: str
    category: str
    paired_measured: bool
    samples: int = 0
    hits: int = 0
    paired: int = 0
    collateral: int = 0
    wrong: int = 0  # found samples naming a wrong partner (truncation classes)
    misses: list[int] = field(default_factory=list)  # indexes into Run.order
    unpaired: list[int] = field(default_factory=list)  # found but not paired
    # variant -> [samples, hits, paired, wrong partner]
    variants: dict[str, list[int]] = field(default_factory=dict)

    def row(self) -> dict:
        n = self.samples or 1
        return {
            "class": self.name,
            "category": self.category,
            "samples": self.samples,
            "recall": self.hits / n,
            "pairing": (self.paired / n) if self.paired_measured else None,
            "collateral": self.collateral,
            "collateral_per_100": self.collateral * 100 / n,
            "wrong_partner": (self.wrong / max(1, self.hits))
            if self.category == "truncation"
            else None,
            "variants": {
                k: {
                    "samples": v[0],
                    "recall": v[1] / v[0],
                    **({"pairing": v[2] / v[0]} if self.paired_measured else {}),
                    **(
                        {"wrong_partner": v[3] / max(1, v[1])}
                        if self.category == "truncation"
                        else {}
                    ),
                }
                for k, v in sorted(self.variants.items())
            },
        }


_PRE_NAMES = {
    "约": "yue",
    "大约": "dayue",
    "大概": "dagai",
    "超过": "chaoguo",
    "超": "chao",
    "至少": "zhishao",
    "起码": "qima",
}


def variant_of(s: Sample) -> str:
    """The surface variant of a sample, for the per-variant recall: where a restated figure
    went, which way a tail moved, which grammar form an arithmetic sentence took."""
    d = s.detail
    if "position" in d:
        return d["position"] + ("/figure-only" if d.get("only_figure") else "/clause")
    if "cut" in d:  # breaks: where the cut falls (and which way a moved tail went)
        return (d["way"] + "/" if "way" in d else "") + d["cut"]
    if "form" in d:
        return ("ratio-" if d.get("ratio") else "") + f"form-{d['form']}"
    if "measure" in d:  # (an ASCII name of the measure word)
        return d["measure"]
    if "pre" in d:  # ASCII names: the JSON holds no corpus-language text
        return _PRE_NAMES.get(d["pre"], "other") + ("/gap" if d.get("gap") else "")
    if s.host.corpus == "pd1998":
        return "pd1998"
    return ""


@dataclass
class Controls:
    articles: int
    chars: int
    by_category: Counter  # false findings (not known genuine)
    genuine: Counter  # findings corpus_eval's reviewed lists call genuine (or known repeats)
    by_corpus: dict[str, tuple[int, int, Counter]]  # corpus -> (articles, chars, false)
    reviewed: bool = True  # were the reviewed lists applied


REVIEWED_FROM: list[str] = []  # where the reviewed lists applied to the controls came from


def measured_corpus_eval():
    """The corpus_eval module of the tree whose lint_news is measured (its reviewed lists
    and its counting), or this one's when that tree has none."""
    theirs = Path(lint_news.__file__).resolve().parent.parent / "benchmarks" / "corpus_eval.py"
    if not theirs.is_file() or theirs.resolve() == (HERE / "corpus_eval.py").resolve():
        return corpus_eval
    import importlib.util

    saved = list(sys.path)
    try:
        spec = importlib.util.spec_from_file_location("corpus_eval_measured", theirs)
        module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        sys.modules["corpus_eval_measured"] = module
        spec.loader.exec_module(module)  # type: ignore[union-attr]
        return module
    except Exception as e:  # an older or broken copy: ours
        print(f"planted: {theirs} not usable ({type(e).__name__}: {e})", file=sys.stderr)
        return corpus_eval
    finally:
        sys.path[:] = saved


@dataclass
class Genuine:
    """The findings corpus_eval does not count as false on the corpora as it reads them
    (reviewed genuine errors, known scraped repeats): by (file, line, rule, key) when
    corpus_eval keys findings (``finding_key``), else by (file, line, rule)."""

    keys: set[tuple]
    key_fn: Callable[..., str] | None = None
    # (file, line, rule, key of the flagged text alone): the same finding on the same corpus
    # line whose surrounding characters differ because planted.py joins lines into articles
    cores: set[tuple] = field(default_factory=set)

    def __contains__(self, item: tuple[Article, str, int, Hit]) -> bool:
        art, text, line, h = item
        if self.key_fn is None:
            return (art.file, line, h.rule) in self.keys
        if (art.file, line, h.rule, self.key_fn(h.rule, text, h.start, h.end)) in self.keys:
            return True
        core = self.key_fn(h.rule, text, h.start, h.end, context=0)
        return bool(self.cores) and (art.file, line, h.rule, core) in self.cores


def genuine_keys(root: Path, jobs: int) -> Genuine | None:
    """What corpus_eval calls genuine, with the reviewed lists of the measured tree."""
    try:
        ce = measured_corpus_eval()
        REVIEWED_FROM[:] = [str(Path(ce.__file__).resolve().parent / "reviewed")]
        names = ("thucnews", "sogou", "pku", "msr")
        ev = ce.evaluate(root, (), jobs, names)
        real = [f for f in ev.findings if ev.status(f) != "false"]
        key_fn = getattr(ce, "finding_key", None)
        if key_fn is not None and all(getattr(f, "key", "") for f in real):
            cores = {(f.file, f.line, f.rule, f.core) for f in real if getattr(f, "core", "")}
            return Genuine({(f.file, f.line, f.rule, f.key) for f in real}, key_fn, cores)
        return Genuine({(f.file, f.line, f.rule) for f in real})
    except Exception as e:  # corpus_eval changed under us: count every finding as false
        print(f"planted: reviewed lists not applied ({type(e).__name__}: {e})", file=sys.stderr)
        return None


def corpus_files() -> dict[str, str]:
    """corpus_eval's file list: corpus name -> file."""
    return {s.name: s.file for s in corpus_eval.CORPORA}


def articles(root: Path, known: set[int] | None = None) -> list[Article]:
    """The articles every run plants in (and keeps as controls): the corpora cut as
    ``BUILD_SEED`` says, the THUCNews articles with scraped repeats (``known``, read from
    the corpora when not given) left out."""
    if known is None:
        known = corpus_eval.known_repeated(root)
    return planting.build_articles(root, BUILD_SEED, skip=known, files=corpus_files())


def doc_block(doc, start: int, end: int) -> int | None:
    """The index of the linter's block (``doc``: a ``lint_news.document.Document`` of a
    sample's text) that starts within the source span ``start``..``end`` of a sample's
    block (``block_spans``), or None."""
    for b in doc.blocks:
        if start <= doc.source_offset(b.start) <= end:
            return b.index
    return None


def block_of(spans: list[tuple[int, int]], offset: int) -> int:
    for i, (s, e) in enumerate(spans):
        if offset <= e:
            return i if offset >= s else max(0, i - 1)
    return len(spans) - 1


def control_counts(
    arts: list[Article], results: list[list[Hit]], genuine: Genuine | None
) -> Controls:
    by_cat: Counter = Counter()
    real: Counter = Counter()
    by_corpus: dict[str, tuple[int, int, Counter]] = {}
    for a, hs in zip(arts, results, strict=True):
        n, c, cnt = by_corpus.get(a.corpus, (0, 0, Counter()))
        spans = block_spans(a.blocks)
        text = a.text
        for h in hs:
            line = a.lines[block_of(spans, h.start)] if a.lines else 0
            if genuine is not None and (a, text, line, h) in genuine:
                real[h.category] += 1
                continue
            by_cat[h.category] += 1
            cnt[h.category] += 1
        by_corpus[a.corpus] = (n + 1, c + a.chars, cnt)
    return Controls(
        len(arts), sum(a.chars for a in arts), by_cat, real, by_corpus, genuine is not None
    )


# ---------------------------------------------------------------------------------------
# Output


def results_table(rows: list[ClassResult], markdown: bool) -> str:
    head = ["class", "category", "samples", "recall", "pairing", "collateral/100", "wrong partner"]
    body = []
    for r in rows:
        d = r.row()
        body.append(
            [
                r.name,
                r.category,
                str(r.samples),
                f"{d['recall']:.1%}",
                f"{d['pairing']:.1%}" if d["pairing"] is not None else "-",
                f"{d['collateral_per_100']:.1f}",
                f"{d['wrong_partner']:.1%}" if d["wrong_partner"] is not None else "-",
            ]
        )
    return corpus_eval.render_table(head, body, markdown)


def variants_table(rows: list[ClassResult], markdown: bool) -> str:
    head = ["class", "variant", "samples", "recall", "pairing", "wrong partner"]
    body = [
        [
            r.name,
            k or "-",
            str(v[0]),
            f"{v[1] / v[0]:.1%}",
            f"{v[2] / v[0]:.1%}" if r.paired_measured else "-",
            f"{v[3] / max(1, v[1]):.1%}" if r.category == "truncation" else "-",
        ]
        for r in rows
        for k, v in sorted(r.variants.items())
    ]
    return corpus_eval.render_table(head, body, markdown)


def controls_table(c: Controls, markdown: bool) -> str:
    head = ["category", "genuine", "false", "per 100 articles", "per 100k chars"]
    body = []
    cats = [*ERROR_CATEGORIES, *sorted(set(c.by_category) - set(ERROR_CATEGORIES))]
    for cat in cats:
        n = c.by_category.get(cat, 0)
        label = cat if cat in ERROR_CATEGORIES else f"{cat} (not an error)"
        body.append(
            [
                label,
                str(c.genuine.get(cat, 0)),
                str(n),
                f"{n * 100 / max(1, c.articles):.2f}",
                f"{n * 100_000 / max(1, c.chars):.2f}",
            ]
        )
    total = sum(c.by_category.get(cat, 0) for cat in ERROR_CATEGORIES)
    body.append(
        [
            "all error categories",
            str(sum(c.genuine.get(cat, 0) for cat in ERROR_CATEGORIES)),
            str(total),
            f"{total * 100 / max(1, c.articles):.2f}",
            f"{total * 100_000 / max(1, c.chars):.2f}",
        ]
    )
    return corpus_eval.render_table(head, body, markdown)


def excerpt(s: Sample, width: int = 40) -> str:
    spans = block_spans(s.blocks)
    text = s.text
    parts = []
    for label, regs in (("plant", s.target), ("pair", s.pair)):
        for r in regs:
            a, b = spans[r.block][0] + r.start, spans[r.block][0] + r.end
            lo, hi = max(0, a - width), min(len(text), b + width)
            parts.append(f"    {label}: {text[lo:a]}[[{text[a:b]}]]{text[b:hi]}".replace("\n", "⏎"))
    return "\n".join(parts)


def lint_news_version() -> str:
    """Where the linted lint_news lives, and its git commit when it is a checkout."""
    where = Path(lint_news.__file__).resolve().parent.parent
    try:
        rev = subprocess.run(
            ["git", "-C", str(where), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(where), "status", "--porcelain", "--", "lint_news", "rules"],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        rev, dirty = "", ""
    return f"{where}" + (f" @ {rev}{' (modified)' if dirty else ''}" if rev else "")


# ---------------------------------------------------------------------------------------
# Running


def show_controls(r: Run, limit: int) -> None:
    shown: Counter = Counter()
    for art, hs in zip(r.articles, r.control_hits, strict=True):
        spans = block_spans(art.blocks)
        text = art.text
        for h in hs:
            line = art.lines[block_of(spans, h.start)] if art.lines else 0
            if (r.genuine is not None and (art, text, line, h) in r.genuine) or shown[
                h.category
            ] >= limit:
                continue
            shown[h.category] += 1
            lo, hi = max(0, h.start - 30), min(len(text), h.end + 30)
            ctx = f"{text[lo : h.start]}[[{text[h.start : h.end]}]]{text[h.end : hi]}".replace(
                "\n", "⏎"
            )
            print(f"CONTROL {h.category} {h.rule} {art.file}:{line}\n    {ctx}")


@dataclass
class Run:
    classes: list[ClassResult]
    controls: Controls
    order: list[Sample]  # every sample, class after class
    sample_hits: list[list[Hit]]  # their findings
    seconds: float
    hosts: int
    skipped_known: int
    articles: list[Article] = field(default_factory=list)
    control_hits: list[list[Hit]] = field(default_factory=list)
    genuine: Genuine | None = None
    natural: dict[str, int] = field(default_factory=dict)  # relations that compute, per kind
    crashes: int = 0  # documents the linter raised on


def run(
    root: Path,
    classes: list[PlantClass],
    samples: int = DEFAULT_SAMPLES,
    seed: int = 1,
    jobs: int = 1,
    max_articles: int = 0,
) -> Run:
    t0 = time.perf_counter()
    known = corpus_eval.known_repeated(root)
    # the articles (and so the controls) are the same for every --seed: it seeds the plants
    arts = articles(root, known)
    if max_articles:  # a quick run on the first articles of each corpus (no reviewed lists)
        seen: Counter = Counter()
        kept = []
        for art in arts:
            seen[art.corpus] += 1
            if seen[art.corpus] <= max_articles:
                kept.append(art)
        arts = kept
    pd = planting.pd_articles(root, corpus_files()) if any(c.pd_hosts for c in classes) else []
    if max_articles:
        pd = pd[:max_articles]
    per_class = max(1, -(-samples // max(1, len(classes))))
    planted: dict[str, list[Sample]] = {}
    for cls in classes:
        planted[cls.name] = planting.plant_samples(arts, cls, per_class, seed, pd)
    order = [s for cls in classes for s in planted[cls.name]]
    # hosts that are not controls (People's Daily sentences) are linted untouched too, for
    # the collateral count
    idents = {a.ident for a in arts}
    extra = list({s.host.ident: s.host for s in order if s.host.ident not in idents}.values())
    texts = [a.text for a in arts] + [a.text for a in extra] + [s.text for s in order]
    results = lint_all(texts, jobs)
    n_hosts = len(arts) + len(extra)
    control_hits = {a.ident: hs for a, hs in zip(arts + extra, results[:n_hosts], strict=True)}
    sample_hits = results[n_hosts:]
    by_class = {c.name: c for c in classes}
    out: dict[str, ClassResult] = {
        c.name: ClassResult(c.name, c.category, c.paired) for c in classes
    }
    for idx, (s, hs) in enumerate(zip(order, sample_hits, strict=True)):
        res = out[s.cls]
        sc = score_sample(s, by_class[s.cls], hs, control_hits.get(s.host.ident, []))
        res.samples += 1
        res.hits += sc.hit
        res.paired += sc.paired
        res.collateral += sc.collateral
        res.wrong += sc.wrong
        if not sc.hit:
            res.misses.append(idx)
        elif res.paired_measured and not sc.paired:
            res.unpaired.append(idx)
        v = res.variants.setdefault(variant_of(s), [0, 0, 0, 0])
        v[0] += 1
        v[1] += sc.hit
        v[2] += sc.paired
        v[3] += sc.wrong
    natural = planting.count_natural(arts) if any(c.pd_hosts for c in classes) else {}
    for k, v in (planting.count_natural(pd) if pd else {}).items():
        natural[k] = natural.get(k, 0) + v
    crashed = crashes(results)
    if crashed:
        n = sum(crashed.values())
        print(f"planted: the linter raised on {n} of {len(texts)} documents:", file=sys.stderr)
        for msg, k in crashed.most_common(5):
            print(f"  {k} x {msg}", file=sys.stderr)
    genuine = None if max_articles else genuine_keys(root, jobs)
    controls = control_counts(arts, results[: len(arts)], genuine)
    return Run(
        [out[c.name] for c in classes],
        controls,
        order,
        sample_hits,
        time.perf_counter() - t0,
        len(arts),
        len(known),
        arts,
        results[: len(arts)],
        genuine,
        natural,
        sum(crashed.values()),
    )


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA, help="corpora folder")
    ap.add_argument("--seed", type=int, default=1, help="planting seed (default 1)")
    ap.add_argument(
        "--samples",
        type=int,
        default=DEFAULT_SAMPLES,
        help=f"planted samples in all, spread evenly over the classes (default {DEFAULT_SAMPLES})",
    )
    ap.add_argument(
        "--classes",
        default="",
        help="comma list of classes (prefixes match): " + ", ".join(planting.class_names()),
    )
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, help="worker processes")
    ap.add_argument(
        "--show-misses",
        type=int,
        default=0,
        metavar="N",
        help="print up to N missed samples per class with an excerpt (terminal only)",
    )
    ap.add_argument(
        "--show-unpaired",
        type=int,
        default=0,
        metavar="N",
        help="print up to N found but unpaired samples per class with the findings' related "
        "places (terminal only)",
    )
    ap.add_argument(
        "--variants", action="store_true", help="also print the recall per surface variant"
    )
    ap.add_argument(
        "--show-controls",
        type=int,
        default=0,
        metavar="N",
        help="print up to N false control findings per category (terminal only)",
    )
    ap.add_argument(
        "--max-articles",
        type=int,
        default=0,
        metavar="N",
        help="only the first N articles of each corpus (a quick check; the "
        "reviewed lists are then not applied to the controls)",
    )
    ap.add_argument(
        "--break-anywhere",
        action="store_true",
        help="plant the breaks at any line-break point of any body line, also in lines with "
        "no sentence end (subheads, captions, credits) and after a paragraph's last full "
        "stop (the definition before 2026-12-02); by default a break falls inside a sentence",
    )
    ap.add_argument("--markdown", action="store_true", help="print the tables in Markdown")
    ap.add_argument("--json", type=Path, metavar="FILE", help="write the numbers (no text) to FILE")
    a = ap.parse_args(list(argv) if argv is not None else None)
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if not a.corpora.is_dir():
        print(f"planted: no corpora folder at {a.corpora}; nothing measured (skipped)")
        return 0
    planting.plants.BREAK_ANYWHERE = a.break_anywhere
    try:
        classes = planting.select_classes(a.classes)
    except ValueError as e:
        print(f"planted: {e}", file=sys.stderr)
        return 2
    r = run(a.corpora, classes, a.samples, a.seed, a.jobs, a.max_articles)
    order = r.order
    if a.show_misses:
        for res in r.classes:
            for idx in res.misses[: a.show_misses]:
                s = order[idx]
                print(f"MISS {res.name} {s.host.ident} {s.detail}")
                print(excerpt(s))
        print()
    if a.show_unpaired:
        for res in r.classes:
            for idx in res.unpaired[: a.show_unpaired]:
                s = order[idx]
                print(f"UNPAIRED {res.name} {s.host.ident} {s.detail}")
                print(excerpt(s))
                text = s.text
                for h in r.sample_hits[idx]:
                    if h.category != res.category:
                        continue
                    rel = "; ".join(
                        text[max(0, rs - 10) : re + 10].replace("\n", "⏎") for rs, re in h.related
                    )
                    print(f"    finding {h.rule}: {text[h.start : h.end][:30]!r} related: {rel}")
        print()
    if a.show_controls:
        show_controls(r, a.show_controls)
        print()
    total = sum(c.samples for c in r.classes)
    print(
        f"lint_news: {lint_news_version()}\n"
        f"{total} planted samples over {r.hosts} articles (seed {a.seed}; "
        f"{r.skipped_known} THUCNews articles with scraped repeats left out); "
        f"{r.controls.articles} controls, {r.controls.chars:,} chars; "
        f"{r.seconds:.1f} s, {a.jobs} job(s)\n"
    )
    if REVIEWED_FROM:
        print(f"controls: genuine findings by the reviewed lists in {REVIEWED_FROM[0]}\n")
    print(results_table(r.classes, a.markdown))
    if a.variants:
        print()
        print(variants_table(r.classes, a.markdown))
    if r.natural:
        print(
            "\nNatural relations that compute (articles and People's Daily 1998 sentences; "
            "each perturbed up to 3 ways): " + ", ".join(f"{k} {v}" for k, v in r.natural.items())
        )
    print("\nFalse findings on the untouched articles (controls):\n")
    print(controls_table(r.controls, a.markdown))
    if a.json:
        data = {
            "seed": a.seed,
            "samples": total,
            "articles": r.hosts,
            "seconds": round(r.seconds, 2),
            "lint_news": lint_news_version(),
            "classes": [c.row() for c in r.classes],
            "natural_relations": r.natural,
            "crashes": r.crashes,
            "controls": {
                "articles": r.controls.articles,
                "chars": r.controls.chars,
                "false_by_category": dict(r.controls.by_category),
                "genuine_by_category": dict(r.controls.genuine),
                "reviewed_lists_applied": r.controls.reviewed,
                "by_corpus": {
                    k: {"articles": n, "chars": c, "false_by_category": dict(cnt)}
                    for k, (n, c, cnt) in r.controls.by_corpus.items()
                },
            },
        }
        a.json.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
