"""The ``serve`` command's body, kept out of ``lint_news.cli`` so the CLI stays light."""

from __future__ import annotations

import sys

import click


def run_server(
    host: str,
    port: int,
    config_path: str | None,
    rule_dirs: tuple[str, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> None:
    try:
        from .app import serve
    except ImportError as exc:
        click.echo(
            f"lint-news: error: serve needs the web extra ({exc.name} is missing): "
            "pip install 'lint-news[web]'",
            err=True,
        )
        sys.exit(2)
    from .service import Linter

    linter = Linter(config_path, rule_dirs, select, ignore)
    try:
        serve(linter, host, port, announce=lambda m: click.echo(m, err=True))
    except OSError as exc:
        click.echo(f"lint-news: error: cannot listen on {host}:{port}: {exc.strerror}", err=True)
        sys.exit(2)
