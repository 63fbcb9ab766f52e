from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_9646c9c426e300ee.txt"
CORPORA = SHARED / "corpora"


def run_cli(
    *args: str,
    input: bytes | None = None,
    cwd: str | os.PathLike[str] | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m lint_news`` as a user would; never raises on a non-zero exit."""
    e = dict(os.environ)
    e.pop("LINT_NEWS_DEBUG", None)
    e["PYTHONPATH"] = str(ROOT) + os.pathsep + e.get("PYTHONPATH", "")
    if env:
        e.update(env)
    return subprocess.run(
        [sys.executable, "-m", "lint_news", *args],
        input=input,
        capture_output=True,
        cwd=cwd,
        env=e,
        timeout=120,
    )


@pytest.fixture
def seed() -> Path:
    if not SEED.is_file():
        pytest.skip("reference page ../shared/seeds not present")
    return SEED
