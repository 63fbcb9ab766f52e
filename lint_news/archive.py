"""``lint-news archive``: lint a collection too large for one process, on Dask.

Input is a directory of articles (recursed as ``lint-news check`` does), a JSON Lines file
or a Parquet file of records (``--id-field``, ``--text-field``, ``--markdown-field``).
Output is one row per finding, to ``.jsonl`` or ``.parquet`` by the output's suffix: the
article's ``id``, every field of the JSON schema (``report/json_format.finding_dict``) and
``error``. An article whose record is unusable or whose linting raises becomes an error row
(``id``, ``path`` and ``error`` set, every other field null) and the run goes on.

The work is a ``dask.bag`` over partitions of articles; each worker process loads the rules
once and keeps them (``run.rules_for``). Without ``--scheduler`` a local cluster of worker
processes is started and closed; with it the run goes to an existing Dask scheduler (whose
workers need lint-news installed and the input's paths readable). Rows are written by the
client in partition order as partitions finish, so its memory holds about one partition's
findings. Each article goes through the pipeline of ``lint-news check`` (``run.py``), so a
long one is linted window by window (``split.py``). Dask, distributed and pyarrow are the optional extra ``lint-news[archive]`` and
are imported only here, when the command runs.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click

from .config import Config, find_config, load_config_file
from .source import InputError

EXTRA_HINT = "pip install 'lint-news[archive]'"
FIELDS = (
    "id",
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "rule",
    "category",
    "severity",
    "message",
    "excerpt",
    "fix",
    "related",
    "error",
)
JSONL_BLOCKSIZE = 4 * 2**20  # bytes of JSON Lines per partition

# -- on the workers -------------------------------------------------------------------------


def error_row(article_id: Any, path: Any, message: str) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(FIELDS)
    row.update(id=None if article_id is None else str(article_id), path=path, error=message)
    return row


def _rows(article_id: str, path: str, build: Any, cfg: Config) -> list[dict[str, Any]]:
    """The rows of one article, linted as ``check`` lints a file (``run.py``'s pipeline):
    its findings, or one error row if building or linting its document raises."""
    from .report.json_format import finding_dict
    from .run import lint_document_filtered, rules_for

    try:
        doc = build()
        findings = lint_document_filtered(doc, cfg, rules_for(cfg))  # rules: once per process
        return [{"id": article_id, **finding_dict(doc, f), "error": None} for f in findings]
    except InputError as exc:
        return [error_row(article_id, path, str(exc))]
    except Exception as exc:  # one article never stops the run
        return [error_row(article_id, path, f"lint failed: {type(exc).__name__}: {exc}")]


def lint_article(
    article_id: str, path: str, text: str, markdown: bool, cfg: Config
) -> list[dict[str, Any]]:
    """The rows of one article given as text."""
    from .document import Document

    return _rows(article_id, path, lambda: Document(text, path=path, markdown=markdown), cfg)


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "md", "markdown")
    return bool(value)


def lint_record(record: Any, fields: tuple[str, str, str | None], cfg: Config) -> list[dict]:
    """Rows of one JSON Lines or Parquet record (a dict, or a line of JSON not yet parsed)."""
    id_field, text_field, md_field = fields
    bad_bytes = False
    if isinstance(record, str):  # a line of JSON Lines, decoded with errors="replace"
        bad_bytes = "\ufffd" in record
        try:
            record = json.loads(record)
        except ValueError as exc:
            return [error_row(None, None, f"line is not JSON ({exc}): {record.strip()[:60]}")]
    if not isinstance(record, dict):
        return [error_row(None, None, f"record is not an object: {str(record)[:60]}")]
    if record.get(id_field) is None:
        return [error_row(None, None, f"record has no field {id_field!r}")]
    article_id = str(record[id_field])
    if bad_bytes:
        return [error_row(article_id, article_id, "line is not valid UTF-8 (or holds U+FFFD)")]
    text = record.get(text_field)
    if not isinstance(text, str):
        what = "has no field" if text is None else f"has a {type(text).__name__} in field"
        return [error_row(article_id, article_id, f"record {what} {text_field!r}")]
    markdown = _truthy(record.get(md_field)) if md_field else False
    return lint_article(article_id, article_id, text, markdown, cfg)


def lint_file_record(record: tuple[str, str, str], encoding: str | None, cfg: Config) -> list:
    """Rows of one file of a directory: (id, path as shown, path to read)."""
    from .records import replace
    from .run import make_document
    from .source import read_file

    article_id, shown, real = record
    try:
        src = replace(read_file(real, encoding), path=shown)
    except InputError as exc:
        return [error_row(article_id, shown, str(exc).replace(real, shown))]
    return _rows(article_id, shown, lambda: make_document(src), cfg)


def _partition(records: Iterable[Any], kind: str, opts: tuple, cfg: Config) -> list:
    """One partition's result: [(articles, rows)], the form a bag partition returns."""
    rows: list[dict[str, Any]] = []
    n = 0
    if kind == "parquet":
        records = _read_row_groups(records, opts[0])
    for record in records:
        if kind == "jsonl" and not record.strip():
            continue
        n += 1
        if kind == "dir":
            rows.extend(lint_file_record(record, opts[0], cfg))
        else:
            rows.extend(lint_record(record, opts[0] if kind == "parquet" else opts, cfg))
    return [(n, rows)]


def _read_row_groups(tasks: Iterable[tuple[str, int]], fields: tuple) -> Iterator[dict]:
    import pyarrow.parquet as pq

    for path, group in tasks:
        pf = pq.ParquetFile(path)
        names = set(pf.schema_arrow.names)
        cols = [f for f in fields if f and f in names]
        yield from pf.read_row_group(group, columns=cols).to_pylist()


# -- on the client --------------------------------------------------------------------------


def _need_extra(parquet: bool) -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401

        if parquet:
            import pyarrow  # noqa: F401
    except ImportError as exc:
        raise InputError(
            f"the archive command needs the optional extra ({exc.name} is missing): {EXTRA_HINT}"
        ) from None


def _input_kind(path: Path) -> str:
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_dir():
        return "dir"
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    raise InputError(f"{path}: input must be a directory, a .jsonl or a .parquet file")


def _output_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".jsonl", ".parquet"):
        raise InputError(f"{path}: output must end in .jsonl or .parquet")
    if not path.parent.is_dir():
        raise InputError(f"{path.parent}: no such directory for the output")
    return suffix[1:]


def _bag(src: Path, kind: str, cfg: Config, partition_size: int, fields: tuple):
    import dask.bag as db

    from .source import expand_paths

    if kind == "dir":
        files = expand_paths([str(src)], cfg.exclude)
        records = [(Path(f).relative_to(src).as_posix(), f, str(Path(f).resolve())) for f in files]
        return db.from_sequence(records, partition_size=partition_size), len(records)
    if kind == "jsonl":
        path = str(src.resolve())
        return db.read_text(path, blocksize=JSONL_BLOCKSIZE, errors="replace"), None
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(src)
    except Exception as exc:
        raise InputError(f"{src}: not a readable Parquet file ({exc})") from None
    names = pf.schema_arrow.names
    for field in fields:
        if field and field not in names:
            raise InputError(f"{src}: no column {field!r} (columns: {', '.join(names)})")
    tasks = [(str(src.resolve()), g) for g in range(pf.num_row_groups)]
    n = pf.metadata.num_rows
    return db.from_sequence(tasks, npartitions=max(1, len(tasks))), n


def _parquet_schema():
    import pyarrow as pa

    i, s = pa.int64(), pa.string()
    place = [("line", i), ("column", i), ("end_line", i), ("end_column", i)]
    return pa.schema(
        [("id", s), ("path", s), *place]
        + [(k, s) for k in ("rule", "category", "severity", "message", "excerpt")]
        + [
            (
                "fix",
                pa.struct(
                    [
                        ("replacement", s),
                        ("edits", pa.list_(pa.struct([*place, ("replacement", s)]))),
                    ]
                ),
            ),
            ("related", pa.list_(pa.struct([*place, ("message", s)]))),
            ("error", s),
        ]
    )


class _Writer:
    def __init__(self, path: Path, kind: str) -> None:
        self.kind = kind
        self.tmp = path.with_name(f".{path.name}.part")
        self.path = path
        if kind == "jsonl":
            self.out = self.tmp.open("w", encoding="utf-8")
        else:
            import pyarrow.parquet as pq

            self.schema = _parquet_schema()
            self.out = pq.ParquetWriter(str(self.tmp), self.schema)

    def write(self, rows: list[dict[str, Any]]) -> None:
        if self.kind == "jsonl":
            for row in rows:
                self.out.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif rows:
            import pyarrow as pa

            self.out.write_table(pa.Table.from_pylist(rows, schema=self.schema))

    def close(self, ok: bool) -> None:
        self.out.close()
        if ok:
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)


class _Progress:
    def __init__(self, total_parts: int, total_articles: int | None) -> None:
        self.parts, self.total_parts, self.total = 0, total_parts, total_articles
        self.articles = self.findings = self.errors = 0
        self.tty = sys.stderr.isatty()
        self.last = 0.0
        self.start = time.monotonic()

    def update(self, articles: int, rows: list[dict[str, Any]]) -> None:
        self.parts += 1
        self.articles += articles
        self.errors += sum(r["error"] is not None for r in rows)
        self.findings += sum(r["error"] is None for r in rows)
        now = time.monotonic()
        if now - self.last >= 1.0 or self.parts == self.total_parts:
            self.last = now
            of = f"/{self.total}" if self.total is not None else ""
            line = (
                f"lint-news archive: {self.parts}/{self.total_parts} partitions, "
                f"{self.articles}{of} articles, {self.findings} findings, "
                f"{self.errors} error rows, {now - self.start:.0f} s"
            )
            end = "\n" if not self.tty or self.parts == self.total_parts else ""
            click.echo(("\r" if self.tty else "") + line, err=True, nl=False)
            click.echo(end, err=True, nl=False)


def _client(scheduler: str | None, workers: int):
    import logging

    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="15s"), None
        except (OSError, TimeoutError) as exc:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.CRITICAL,
    )
    return Client(cluster), cluster


def run_archive(
    input_path: str,
    output: str,
    *,
    id_field: str = "id",
    text_field: str = "text",
    markdown_field: str | None = None,
    scheduler: str | None = None,
    workers: int = 0,
    partition_size: int = 200,
    config_path: str | None = None,
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
    rule_dirs: tuple[str, ...] = (),
    encoding: str | None = None,
) -> dict[str, int]:
    """Lint INPUT on Dask and write the rows to OUTPUT; returns the counts shown at the end."""
    src, out = Path(input_path), Path(output)
    kind, out_kind = _input_kind(src), _output_kind(out)
    _need_extra(kind == "parquet" or out_kind == "parquet")
    base = load_config_file(config_path) if config_path else find_config(str(src.resolve()))
    cfg = base.merged(
        select=select, ignore=ignore, rules=tuple(str(Path(d).resolve()) for d in rule_dirs)
    )
    from .engine import select_rules
    from .rules import load_rules

    select_rules(load_rules(list(cfg.rules)), cfg)  # a bad pack: one line here, not per row
    if encoding:
        from .source import normalise_encoding

        normalise_encoding(encoding)
    bag, total = _bag(src, kind, cfg, partition_size, (id_field, text_field, markdown_field))
    opts: tuple = (
        (encoding,)
        if kind == "dir"
        else ((id_field, text_field, markdown_field),)
        if kind == "parquet"
        else (id_field, text_field, markdown_field)
    )
    parts = bag.map_partitions(_partition, kind, opts, cfg).to_delayed()
    progress = _Progress(len(parts), total)
    writer = _Writer(out, out_kind)
    ok = False
    client, cluster = _client(scheduler, workers or min(os.cpu_count() or 1, 4))
    try:
        from distributed import as_completed

        futures = client.compute(parts)
        index = {f.key: i for i, f in enumerate(futures)}
        done: dict[int, list] = {}
        next_part = 0
        for fut in as_completed(futures):
            i = index[fut.key]
            try:
                [(articles, rows)] = fut.result()
            except Exception as exc:  # a partition that cannot be read: one row, go on
                articles, rows = 0, [error_row(None, None, f"partition {i} failed: {exc!r}"[:300])]
            fut.release()
            progress.update(articles, rows)
            done[i] = rows
            while next_part in done:  # in partition order, whatever order they finish in
                writer.write(done.pop(next_part))
                next_part += 1
        ok = True
    finally:
        writer.close(ok)
        client.close()
        if cluster is not None:
            cluster.close()
    return {
        "articles": progress.articles,
        "findings": progress.findings,
        "errors": progress.errors,
    }


@click.command("archive")
@click.argument("input_path", metavar="INPUT")
@click.option("-o", "--output", required=True, help="Output file: .jsonl or .parquet.")
@click.option("--id-field", default="id", show_default=True, help="Field of a record's id.")
@click.option("--text-field", default="text", show_default=True, help="Field of its text.")
@click.option("--markdown-field", default=None, help="Field that says a text is Markdown.")
@click.option("--scheduler", default=None, help="Address of a Dask scheduler to run on.")
@click.option(
    "--workers", type=click.IntRange(min=0), default=0, help="Local worker processes [cores]."
)
@click.option(
    "--partition-size", type=click.IntRange(min=1), default=200, show_default=True,
    help="Files of a directory per partition.",
)  # fmt: skip
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None)
@click.option("--select", multiple=True, help="Only these rule ids or categories.")
@click.option("--ignore", multiple=True, help="Skip these rule ids or categories.")
@click.option("--rules", "rule_dirs", multiple=True, help="Extra directory of YAML rule packs.")
@click.option("--encoding", default=None, help="Encoding of a directory's files.")
def archive_command(input_path: str, output: str, **options: Any) -> None:
    """Lint a directory, JSON Lines or Parquet of articles on Dask; one row per finding."""

    def split(values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(v.strip() for item in values for v in item.split(",") if v.strip())

    options["select"], options["ignore"] = split(options["select"]), split(options["ignore"])
    counts = run_archive(input_path, output, **options)
    click.echo(
        f"lint-news archive: {counts['articles']} articles, {counts['findings']} findings, "
        f"{counts['errors']} error rows -> {output}",
        err=True,
    )
