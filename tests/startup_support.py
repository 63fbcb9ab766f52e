"""Shared by the start-up tests that watch what one ``lint-news check`` does in a fresh
process (test_startup_dataclasses, test_startup_regex): the spy is installed before
lint_news is imported, the check runs, and the spy's report is the last line printed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

_CHECK = (
    "from lint_news.cli import main\n"
    "try:\n"
    "    main(['check', sys.argv[1]])\n"
    "except SystemExit:\n"
    "    pass\n"
)


def check_with_spy(
    spy: str,
    report: str,
    path: Path,
    cwd: Path,
    env: dict[str, str] | None = None,
    unset: tuple[str, ...] = (),
) -> str:
    """Run ``spy`` (Python source that imports sys), then ``lint-news check path`` in a
    child process whose working directory is ``cwd``, and return the last line printed by
    ``print(report)``. ``env`` adds to the child's environment, ``unset`` takes out."""
    child = {k: v for k, v in os.environ.items() if k not in unset}
    r = subprocess.run(
        [sys.executable, "-c", f"{spy}{_CHECK}print({report})\n", str(path)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**child, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    return r.stdout.splitlines()[-1]
