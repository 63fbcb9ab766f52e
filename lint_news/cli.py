"""The ``lint-news`` command line."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .config import Config, ConfigError, find_config, load_config_file
from .engine import select_rules
from .findings import Severity
from .rules import RuleError, load_rules
from .source import InputError, expand_paths

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> None:
    click.echo(f"lint-news: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for item in values for v in item.split(",") if v.strip())


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    import datetime as _dt

    try:
        return _dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date (YYYY-MM-DD)", param_hint="--date"
        ) from None


# commands whose module is imported only when they run (or --help lists them)
_LAZY_COMMANDS = {"archive": ("archive", "archive_command")}


class _Group(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in _LAZY_COMMANDS and cmd_name not in self.commands:
            from importlib import import_module

            module, attr = _LAZY_COMMANDS[cmd_name]
            self.add_command(getattr(import_module(f".{module}", __package__), attr), cmd_name)
        return super().get_command(ctx, cmd_name)

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
    type=click.Choice(["text", "json", "html", "sarif", "github", "gitlab", "junit"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--output",
    "-o",
    "output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write the report to FILE instead of standard output.",
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
    "--unsafe-fixes", is_flag=True, help="With --fix or --diff: also fixes marked unsafe."
)
@click.option("--diff", is_flag=True, help="Print a unified diff of the fixes; write nothing.")
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
    default=0,
    help="Lint files in N processes [default: 0, one per CPU core from 8 files on]; "
    "the output is the same for any N.",
)
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Report only findings not recorded in this baseline file.",
)
@click.option(
    "--write-baseline",
    "write_baseline_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Record today's findings in FILE (JSON) for --baseline.",
)
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule.")
@click.option(
    "--facts",
    "fact_paths",
    multiple=True,
    type=click.Path(),
    help="Fact file or directory of the desk's reference facts (repeatable).",
)
@click.option(
    "--date",
    "article_date",
    default=None,
    help="Date of the articles (YYYY-MM-DD) for the facts check [default: their dateline].",
)
def check(
    paths,
    fmt,
    output,
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
    fact_paths,
    article_date,
    baseline_path,
    write_baseline_path,
    statistics,
    unsafe_fixes=False,
    diff=False,
    verbose=False,
):
    """Lint articles: files, directories (recursed for .txt, .md, .html, .docx) or - for stdin."""
    from .run import Progress, lint_files

    if unsafe_fixes and not (fix or diff):
        raise click.UsageError("--unsafe-fixes needs --fix or --diff")
    if fix and diff:
        raise click.UsageError("give --fix (write) or --diff (show), not both")

    paths = list(paths) or ["."]
    cli = {
        "select": _split(select),
        "ignore": _split(ignore),
        "rules": tuple(str(Path(d).resolve()) for d in rule_dirs),
        "exclude": exclude,
        "facts": tuple(str(Path(f).resolve()) for f in fact_paths),
        "date": _check_date(article_date),
    }
    base_config = load_config_file(config_path) if config_path else None
    if encoding:
        from .source import normalise_encoding

        normalise_encoding(encoding)
    baseline = None
    if baseline_path:
        from .baseline import load_baseline

        baseline = load_baseline(baseline_path)

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

    if verbose:  # packs from outside the project are allowed, but said so
        from .rules import describe_rule_dirs

        for cfg in {config_for(p): None for p in files}:
            root = Path(cfg.path).parent if cfg.path else Path.cwd()
            for note in describe_rule_dirs(cfg.rules, root):
                click.echo(f"lint-news: {note}", err=True)
    for cfg in {config_for(p) for p in paths}:
        if cfg.facts:  # a bad fact file is one clear error before any article is linted
            from .facts import load_facts

            load_facts(cfg.facts)
    threshold = Severity.WARNING
    for path in files:
        cfg = config_for(path)
        if fail_on:
            threshold = Severity.parse(fail_on)
        elif cfg.fail_on:
            threshold = cfg.fail_on
    fixed_total = 0
    diffs: list[str] | None = [] if diff else None
    if fix or diff:
        results, fixed_total = _lint_and_fix(
            files, config_for, encoding, force_md, unsafe_fixes, diffs
        )
    else:
        results = lint_files(
            files,
            config_for,
            encoding=encoding,
            force_md=force_md,
            jobs=jobs,
            progress=Progress(len(files)),
        )
    if diffs is not None:  # the diff is the output; exit 1 when something would change
        sys.stdout.write("".join(diffs))
        sys.exit(EXIT_FINDINGS if any(diffs) else EXIT_OK)
    if write_baseline_path:
        from .baseline import write_baseline

        write_baseline(write_baseline_path, results)
    if baseline is not None:
        results = baseline.filter(results)

    if output:
        try:
            out_stream = open(output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        except OSError as exc:
            raise InputError(f"{output}: cannot write the report ({exc.strerror})") from None
    elif fix and files == ["-"]:
        out_stream = sys.stderr  # stdout carries the fixed text
    else:
        out_stream = sys.stdout
    from .report import render, statistics_table

    rules = None
    if fmt == "sarif":  # rule metadata for the report
        from .run import rules_for

        rules = {r.id: r for cfg in {config_for(p) for p in files} for r in rules_for(cfg)}
    try:
        color = (
            fmt == "text" and not no_color and out_stream.isatty() and "NO_COLOR" not in os.environ
        )
        if fmt == "json":  # a finding at a time: a long file's report is never one string
            from .report import json_format

            json_format.write(results, out_stream)
        else:
            out_stream.write(render(fmt, results, color=color, threshold=threshold, rules=rules))
        if fix and fmt == "text":
            click.echo(f"Fixed {fixed_total} problem(s).", file=out_stream)
        if statistics:
            table = statistics_table(results)
            stats_stream = out_stream if fmt == "text" else sys.stderr
            stats_stream.write(table)
    finally:
        if output:
            out_stream.close()
        else:
            out_stream.flush()
    worst = max((f.severity for _, fs in results for f in fs), default=None)
    sys.exit(EXIT_FINDINGS if worst is not None and worst >= threshold else EXIT_OK)


def _lint_and_fix(files, config_for, encoding, force_md, unsafe, diffs):
    """Lint each file and apply its fixes (text and Markdown only), one file at a time; with
    ``diffs`` (a list) collect unified diffs instead of writing anything."""
    from .fixer import fix_rounds, snapshot, unified_diff, write_atomic
    from .run import lint_document_filtered, make_document, read, rules_for
    from .source import encode

    results = []
    fixed_total = 0
    for path in files:
        cfg = config_for(path)
        # to refuse the write if the file changes while it is linted
        before = snapshot(path) if diffs is None and path != "-" else None
        src = read(path, encoding)
        rules = rules_for(cfg)
        doc = make_document(src, force_md)
        findings = lint_document_filtered(doc, cfg, rules)
        fixable = src.input_format not in ("docx", "html")
        if not fixable and any(f.fix is not None for f in findings):
            click.echo(f"lint-news: {path}: --fix rewrites only .txt and .md files", err=True)
        if fixable and any(f.fix is not None for f in findings):
            unsafe_ids = {r.id for r in rules if r.unsafe}

            def relint(d, cfg=cfg, rules=rules):
                return lint_document_filtered(d, cfg, rules)

            doc, findings, new_text, n = fix_rounds(doc, findings, relint, unsafe_ids, unsafe)
            if diffs is not None:
                diffs.append(unified_diff(path, src.text, new_text))
            elif path == "-":
                sys.stdout.buffer.write(encode(src, new_text))
                sys.stdout.flush()
            elif n:
                if src.newline == "mixed":
                    raise InputError(f"{path}: mixed line endings; --fix left the file unchanged")
                write_atomic(path, encode(src, new_text), expect=before)
            fixed_total += n
        elif path == "-" and diffs is None:
            sys.stdout.buffer.write(encode(src, src.text))
            sys.stdout.flush()
        results.append((doc, findings))
    return results, fixed_total


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8750, show_default=True, help="0: any free."
)
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False), help="Configuration file."
)
@_rules_option
@click.option("--select", multiple=True, help="Only these rule ids or categories.")
@click.option("--ignore", multiple=True, help="Skip these rule ids or categories.")
def serve(host, port, config_path, rule_dirs, select, ignore):
    """Serve the editor's page (needs the web extra: pip install 'lint-news[web]')."""
    from .web.cli import run_server

    run_server(host, port, config_path, rule_dirs, _split(select), _split(ignore))


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
