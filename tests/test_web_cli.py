"""``lint-news serve`` without the web extra: one clear line, exit 2; the CLI stays light."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

BLOCK = (
    "import sys\n"
    "for name in ('starlette', 'uvicorn'):\n"
    "    sys.modules[name] = None  # as if the web extra were not installed\n"
    "from lint_news.cli import main\n"
    "main(sys.argv[1:])\n"
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCK, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_serve_without_the_extra_says_how_to_install_it() -> None:
    proc = run("serve", "--port", "0")
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "pip install 'lint-news[web]'" in proc.stderr


def test_check_and_html_report_need_no_web_framework() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", BLOCK, "check", "-", "--format", "html"],
        input="超90%以上\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.startswith("<!DOCTYPE html>")
    assert '"rule": "over-and-above"' in proc.stdout


def test_cli_start_imports_no_web_module() -> None:
    code = "import sys, lint_news.cli; print(sorted(m for m in sys.modules if 'web' in m or m.startswith(('starlette', 'uvicorn'))))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert out.stdout.strip() == "[]"
