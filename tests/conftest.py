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
PROBES = SHARED / "probes"
SCORE_TOOL = SHARED / "tools" / "score_findings.py"
# CI (.ci/run) has ../shared beside the clone: there a test that needs it must fail, not skip
REQUIRE_DATA = os.environ.get("LINT_NEWS_REQUIRE_DATA", "") not in ("", "0")


# the optional compiled build (pyproject.toml, hooks.mypyc): a module compiled with mypyc
# calls its own functions natively, so a test that spies on them through the module
# (monkeypatch, a profiler) sees nothing; such tests are marked ``pure`` and skip there
def _compiled() -> list[str]:
    import importlib

    names = ("break_pairing", "truncation_joint", "break_assign", "break_topic")
    modules = [importlib.import_module(f"lint_news.checks.{n}") for n in names]
    return [n for n, m in zip(names, modules, strict=True) if not m.__file__.endswith(".py")]


COMPILED = _compiled()


def pytest_collection_modifyitems(config, items) -> None:
    if not COMPILED:
        return
    skip = pytest.mark.skip(reason=f"spies on Python code; compiled here: {', '.join(COMPILED)}")
    for item in items:
        if item.get_closest_marker("pure") is not None:
            item.add_marker(skip)


# scores that tests report (the probes): printed in the summary at the end of the run
REPORTED_SCORES: dict[str, str] = {}


def pytest_terminal_summary(terminalreporter) -> None:
    if REPORTED_SCORES:
        terminalreporter.section(
            "scores of the probes in ../shared/probes (examples, not the measure)"
        )
        for name, line in sorted(REPORTED_SCORES.items()):
            terminalreporter.write_line(f"{name}: {line}")


def need(path: Path, what: str) -> Path:
    """``path`` if it exists; else skip the test, or fail it when LINT_NEWS_REQUIRE_DATA=1."""
    if path.exists():
        return path
    message = f"{what} not present at {path}"
    if REQUIRE_DATA:
        pytest.fail(f"{message}, and LINT_NEWS_REQUIRE_DATA=1 requires it")
    pytest.skip(message)


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
    return need(SEED, "the reference page ../shared/seeds")


@pytest.fixture
def corpora() -> Path:
    return need(CORPORA, "the research corpora ../shared/corpora")


@pytest.fixture
def probes() -> Path:
    return need(PROBES, "the probe articles ../shared/probes")
