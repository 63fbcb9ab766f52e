"""Start-up discipline and the pre-commit hook, end to end."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT, run_cli

SHORT = (
    "市民服务中心启用\n\n"
    "本报讯（记者 张明）市民服务中心今天正式启用。\n\n"
    "中心设有办事窗口40个，可办理事项300余项，市民可在一处办完多项业务。\n\n"
    "（完）\n"
)


def test_short_article_imports_neither_jieba_nor_pint(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(SHORT, encoding="utf-8")
    r = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "lint_news", "check", str(p)],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert r.returncode == 0, r.stdout.decode() + r.stderr.decode()
    imported = {
        line.split("|")[-1].strip().split(".")[0]
        for line in r.stderr.decode().splitlines()
        if line.startswith("import time:")
    }
    assert "click" in imported and "yaml" in imported  # the measurement works
    assert "jieba" not in imported
    assert "pint" not in imported


def test_version():
    r = run_cli("--version")
    assert r.returncode == 0 and b"lint-news" in r.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_pre_commit_hook_runs_on_a_temporary_repository(tmp_path):
    pre_commit = shutil.which("pre-commit") or os.path.join(
        os.path.dirname(sys.executable), "pre-commit"
    )
    if not os.path.exists(pre_commit):
        pytest.skip("pre-commit not installed (pip install '.[test]')")
    repo = tmp_path / "newsroom"
    repo.mkdir()
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.com",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com",
    }

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=env)

    git("init", "-q")
    (repo / "draft.txt").write_text("标题\n\n撤回率超90%以上。\n", encoding="utf-8")
    (repo / "clean.md").write_text("# 标题\n\n今年新建学校12所。\n", encoding="utf-8")
    (repo / "notes.py").write_text("x = '超90%以上'\n", encoding="utf-8")
    git("add", ".")
    # try-repo installs the hook from this checkout exactly as a newsroom's config would
    r = subprocess.run(
        [pre_commit, "try-repo", str(ROOT), "lint-news", "--all-files", "--verbose"],
        cwd=repo,
        capture_output=True,
        env=env,
        timeout=600,
    )
    out = r.stdout.decode() + r.stderr.decode()
    assert r.returncode == 1, out
    assert "draft.txt:3:4: warning [redundancy/over-and-above]" in out
    assert "notes.py" not in out
    (repo / "draft.txt").write_text("标题\n\n撤回率超90%。\n", encoding="utf-8")
    git("add", ".")
    r = subprocess.run(
        [pre_commit, "try-repo", str(ROOT), "lint-news", "--all-files"],
        cwd=repo,
        capture_output=True,
        env=env,
        timeout=600,
    )
    assert r.returncode == 0, r.stdout.decode() + r.stderr.decode()
