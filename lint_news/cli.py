"""The ``lint-news`` command line."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .config import Config, ConfigError, find_config, load_config_file
from .engine import lint_document, select_rules
from .filters import suppress
from .findings import Severity
from .rules import Rule, RuleError, load_rules
from .source import InputError, Source, expand_paths, read_file, read_stdin

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> None:
    click.echo(f"lint-news: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for item in values for v in item.split(",") if v.strip())


class _Group(click.Group):
    def invoke(self, ctx: click.Context):  # one clear line, never a traceback
        try:
            return super().invoke(ctx)
        except (InputError, ConfigError, RuleError) as exc:
            _fail(str(exc))
        except KeyboardInterrupt:
            click.echo("lint-news: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:  # `lint-news … | head`: the reader has gone, so stop quietly
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(141)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:  # pragma: no cover - a bug; say so in one line
            if os.environ.get("LINT_NEWS_DEBUG"):
                raise
            _fail(
                f"internal error: {type(exc).__name__}: {exc} (set LINT_NEWS_DEBUG=1 for details)"
            )


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lint-news")
def main() -> None:
    """A fact-checking and consistency linter for Chinese news copy."""


SEVERITY = click.Choice(["error", "warning", "info"])
_rules_option = click.option(
    "--rules",
    "rule_dirs",
    multiple=True,
    type=click.Path(),
    help="Extra directory of YAML rule packs (repeatable).",
)


@main.command()
@click.argument("paths", nargs=-1, type=str)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--select",
    multiple=True,
    help="Only these rule ids or categories (comma-separated, repeatable).",
)
@click.option(
    "--ignore",
    multiple=True,
    help="Skip these rule ids or categories (comma-separated, repeatable).",
)
@click.option(
    "--fail-on",
    type=SEVERITY,
    default=None,
    help="Exit 1 when a finding is at least this severe [default: warning].",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Configuration file (default: nearest .lint-news.yaml or pyproject.toml).",
)
@_rules_option
@click.option("--exclude", multiple=True, help="Glob of paths not to lint (repeatable).")
@click.option(
    "--encoding",
    default=None,
    help="Encoding of the input files, e.g. gb18030 or gbk [default: utf-8].",
)
@click.option("--no-color", is_flag=True, help="Plain text output without colour.")
@click.option("--verbose", "-v", is_flag=True, help="Name the extra rule directories loaded.")
@click.option(
    "--fix", is_flag=True, help="Apply safe fixes in place (stdin: print the fixed text)."
)
@click.option(
    "--markdown/--plain",
    "force_md",
    default=None,
    help="Read input as Markdown or plain text (default: by suffix; stdin plain).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Lint files in N processes (0: one per CPU core); output order is unchanged.",
)
def check(
    paths,
    fmt,
    select,
    ignore,
    fail_on,
    config_path,
    rule_dirs,
    exclude,
    encoding,
    no_color,
    fix,
    force_md,
    jobs,
    verbose=False,
):
    """Lint articles: files, directories (recursed for .txt and .md) or - for stdin."""
    from .document import Document

    if fix:  # tempfile and friends only when a file may be rewritten
        from .fixer import apply_fixes, snapshot, write_atomic
        from .source import encode

    paths = list(paths) or ["."]
    cli = {
        "select": _split(select),
        "ignore": _split(ignore),
        "rules": tuple(str(Path(d).resolve()) for d in rule_dirs),
        "exclude": exclude,
    }
    base_config = load_config_file(config_path) if config_path else None
    if encoding:
        from .source import normalise_encoding

        normalise_encoding(encoding)

    def config_for(path: str) -> Config:
        if base_config is not None:
            return base_config.merged(**cli)
        start = (
            os.getcwd()
            if path == "-"
            else str(Path(path).resolve().parent)
            if Path(path).is_file()
            else str(Path(path).resolve())
        )
        return find_config(start).merged(**cli)

    # expand directories with the exclusions of the configuration found for each path
    files: list[str] = []
    for p in paths:
        files.extend(expand_paths([p], config_for(p).exclude))
    if not files:
        raise InputError("nothing to lint: every path given is excluded")

    rule_cache: dict[Config, list[Rule]] = {}

    def rules_for(cfg: Config) -> list[Rule]:
        if cfg not in rule_cache:
            if verbose:  # packs from outside the project are allowed, but said so
                from .rules import describe_rule_dirs

                root = Path(cfg.path).parent if cfg.path else Path.cwd()
                for note in describe_rule_dirs(cfg.rules, root):
                    click.echo(f"lint-news: {note}", err=True)
            rule_cache[cfg] = select_rules(load_rules(list(cfg.rules)), cfg)
        return rule_cache[cfg]

    results = []
    threshold = Severity.WARNING
    fixed_total = 0
    jobs = jobs or os.cpu_count() or 1
    parallel = None
    if jobs > 1 and not fix and len(files) > 1 and "-" not in files:
        parallel = _lint_parallel([(p, config_for(p), encoding, force_md) for p in files], jobs)
    for path in files:
        cfg = config_for(path)
        if fail_on:
            threshold = Severity.parse(fail_on)
        elif cfg.fail_on:
            threshold = cfg.fail_on
        if parallel is not None:
            if verbose:
                rules_for(cfg)  # (says which rule directories load, as without --jobs)
            results.append(next(parallel))
            continue
        before = snapshot(path) if fix and path != "-" else None  # to refuse if it changes
        src: Source = read_stdin(encoding) if path == "-" else read_file(path, encoding)
        markdown = src.markdown if force_md is None else force_md
        rules = rules_for(cfg)
        doc = Document(src.text, path=src.path, markdown=markdown)
        findings = suppress(doc, lint_document(doc, rules), cfg.allow)
        if fix and any(f.fix is not None for f in findings):
            new_text, n = doc.source, 0
            for _ in range(5):  # re-lint after each round so overlapping fixes never collide
                new_text, applied = apply_fixes(doc, findings)
                if not applied:
                    break
                n += applied
                doc = Document(new_text, path=src.path, markdown=markdown)
                findings = suppress(doc, lint_document(doc, rules), cfg.allow)
            if path == "-":
                sys.stdout.buffer.write(encode(src, new_text))
                sys.stdout.flush()
            elif n:
                if src.newline == "mixed":
                    raise InputError(f"{path}: mixed line endings; --fix left the file unchanged")
                write_atomic(path, encode(src, new_text), expect=before)
            fixed_total += n
        results.append((doc, findings))

    if fix and files == ["-"]:
        out_stream = sys.stderr  # stdout carries the fixed text
    else:
        out_stream = sys.stdout
    if fmt == "json":
        from .report import json_format

        out_stream.write(json_format.render(results))
    else:
        color = not no_color and out_stream.isatty() and "NO_COLOR" not in os.environ
        from .report import text_format

        out_stream.write(text_format.render(results, color=color))
        if fix:
            click.echo(f"Fixed {fixed_total} problem(s).", file=out_stream)
    out_stream.flush()
    worst = max((f.severity for _, fs in results for f in fs), default=None)
    sys.exit(EXIT_FINDINGS if worst is not None and worst >= threshold else EXIT_OK)


_WORKER_RULES: dict[Config, list[Rule]] = {}


def _lint_one(
    task: tuple[str, Config, str | None, bool | None],
) -> tuple[object, list[object]] | str:
    """Lint one file in a worker process; an input error comes back as its message."""
    from .document import Document

    path, cfg, encoding, force_md = task
    try:
        if cfg not in _WORKER_RULES:
            _WORKER_RULES[cfg] = select_rules(load_rules(list(cfg.rules)), cfg)
        src = read_file(path, encoding)
        doc = Document(
            src.text, path=src.path, markdown=src.markdown if force_md is None else force_md
        )
        findings = suppress(doc, lint_document(doc, _WORKER_RULES[cfg]), cfg.allow)
    except (InputError, RuleError) as exc:
        return str(exc)
    doc.cache.clear()  # shared analysis is not needed for the report; keep the transfer small
    doc.__dict__.pop("quantities", None)
    return doc, findings


def _lint_parallel(tasks: list[tuple[str, Config, str | None, bool | None]], jobs: int):
    """(doc, findings) of each task, in the order of ``tasks``, linted across ``jobs`` processes."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(jobs, len(tasks))) as pool:
        for result in pool.map(_lint_one, tasks, chunksize=max(1, len(tasks) // (jobs * 8))):
            if isinstance(result, str):
                raise InputError(result)
            yield result


@main.command("rules")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None)
@_rules_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def rules_cmd(config_path, rule_dirs, fmt):
    """List every rule: id, category, severity and what it catches."""
    cfg = load_config_file(config_path) if config_path else find_config(os.getcwd())
    rules = load_rules(list(cfg.rules) + [str(Path(d).resolve()) for d in rule_dirs])
    enabled = {r.id for r in select_rules(rules, cfg)}
    if fmt == "json":
        import json

        data = [
            {
                "id": r.id,
                "kind": r.kind,
                "category": r.category,
                "severity": r.severity.label,
                "enabled": r.id in enabled,
                "summary": r.summary,
            }
            for r in rules
        ]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    w = max((len(r.id) for r in rules), default=10)
    for r in sorted(rules, key=lambda r: (r.category, r.id)):
        mark = "" if r.id in enabled else "  (disabled)"
        click.echo(f"{r.id:<{w}}  {r.category:<11} {r.severity.label:<7}  {r.summary}{mark}")


@main.command()
@click.argument("rule_id")
@_rules_option
def explain(rule_id, rule_dirs):
    """Explain one rule: what it catches, why, and its examples."""
    rules = load_rules([str(Path(d).resolve()) for d in rule_dirs])
    by_id = {r.id: r for r in rules}
    if rule_id not in by_id:
        close = [r for r in by_id if rule_id in r or r in rule_id]
        hint = f" (did you mean {', '.join(close)}?)" if close else " (see `lint-news rules`)"
        raise click.UsageError(f"no rule {rule_id!r}{hint}")
    r = by_id[rule_id]
    click.echo(f"{r.id}  [{r.category}, {r.severity.label}, kind {r.kind}]")
    click.echo("")
    click.echo("What it catches")
    click.echo(f"  {r.description.strip() or r.message}")
    click.echo("")
    click.echo("Message")
    click.echo(f"  {r.message}")
    if r.why:
        click.echo("")
        click.echo("Why")
        click.echo("  " + r.why.strip().replace("\n", "\n  "))
    click.echo("")
    click.echo("Reported (examples it flags)")
    for t in r.flag:
        click.echo("  ✗ " + t.replace("\n", "\n    "))
    click.echo("")
    click.echo("Left alone (examples it passes)")
    for t in r.passes:
        click.echo("  ✓ " + t.replace("\n", "\n    "))
    click.echo("")
    click.echo(f"Defined in {r.file}:{r.line}")


@main.command("test-rules")
@click.argument("dirs", nargs=-1, type=click.Path())
@click.option("--verbose", "-v", is_flag=True, help="List every example.")
def test_rules(dirs, verbose):
    """Run the examples of the shipped rule packs, or of the packs in DIRS."""
    from .testing import run_examples

    rules = load_rules(
        [str(Path(d).resolve()) for d in dirs], include_builtin=not dirs, validate_builtin=True
    )
    failures, total = run_examples(rules)
    if verbose:
        click.echo(f"{len(rules)} rules, {total} examples")
    for rule, kind, text, problem in failures:
        click.echo(f"FAIL {rule.file}:{rule.line}: {rule.id}: {kind} example {text!r}: {problem}")
    click.echo(
        f"{len(rules)} rules, {total - len(failures)} examples passed, {len(failures)} failed"
    )
    sys.exit(EXIT_FINDINGS if failures else EXIT_OK)
