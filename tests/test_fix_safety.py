"""--fix never loses a character: a file changed meanwhile, a read-only file, a full disk, a
symlink. The original stays intact, the error is one line, the exit code 2."""

from __future__ import annotations

import errno
import os
import sys

import pytest
from click.testing import CliRunner

from lint_news import cli, fixer, run

ORIGINAL = "今年撤回率超90%以上，全市接待游客逾300万人次以上。\n其余内容不变。\n".encode()
FIXED = "今年撤回率超90%，全市接待游客逾300万人次。\n其余内容不变。\n".encode()


def _run(*args: str):
    return CliRunner().invoke(cli.main, ["check", "--no-color", *args])


def _one_error_line(result, *words: str) -> None:
    assert result.exit_code == 2, result.output
    lines = [ln for ln in result.output.splitlines() if ln.startswith("lint-news: error:")]
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output
    for w in words:
        assert w in lines[0], lines[0]


def _no_temp_files(directory) -> None:
    assert not [p.name for p in directory.iterdir() if p.name.endswith(".lint-news-tmp")]


def test_fix_works_in_process(tmp_path):  # the control: the same run without interference
    p = tmp_path / "a.txt"
    p.write_bytes(ORIGINAL)
    r = _run(str(p), "--fix")
    assert r.exit_code == 0, r.output
    assert p.read_bytes() == FIXED


def test_file_changed_while_linting(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_bytes(ORIGINAL)
    edited = ORIGINAL + "编辑此时加了一段。\n".encode()
    real = run.lint_document_filtered

    def lint_and_edit(doc, cfg, rules):  # another program saves the file mid-run
        p.write_bytes(edited)
        return real(doc, cfg, rules)

    monkeypatch.setattr(run, "lint_document_filtered", lint_and_edit)
    r = _run(str(p), "--fix")
    _one_error_line(r, str(p), "changed while it was being linted")
    assert p.read_bytes() == edited  # the other program's save is kept, nothing of ours
    _no_temp_files(tmp_path)


def test_same_size_change_is_caught_by_content(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_bytes(ORIGINAL)
    st = os.stat(p)
    edited = ORIGINAL.replace("其余".encode(), "其它".encode())
    assert len(edited) == len(ORIGINAL)
    real = run.lint_document_filtered

    def lint_and_edit(doc, cfg, rules):  # same size, same mtime: only the hash tells
        p.write_bytes(edited)
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
        return real(doc, cfg, rules)

    monkeypatch.setattr(run, "lint_document_filtered", lint_and_edit)
    r = _run(str(p), "--fix")
    _one_error_line(r, "changed while it was being linted")
    assert p.read_bytes() == edited


@pytest.mark.skipif(sys.platform == "win32", reason="modes")
def test_read_only_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(ORIGINAL)
    p.chmod(0o444)
    try:
        r = _run(str(p), "--fix")
        _one_error_line(r, str(p), "read-only")
        assert p.read_bytes() == ORIGINAL
        assert (p.stat().st_mode & 0o777) == 0o444
        _no_temp_files(tmp_path)
    finally:
        p.chmod(0o644)


def test_read_only_file_even_for_root(tmp_path, monkeypatch):
    # the same refusal when the permission check says no (root passes chmod 444 otherwise)
    p = tmp_path / "a.txt"
    p.write_bytes(ORIGINAL)
    real = os.access
    monkeypatch.setattr(
        fixer.os, "access", lambda f, m: False if m == os.W_OK else real(f, m), raising=True
    )
    r = _run(str(p), "--fix")
    _one_error_line(r, "read-only")
    assert p.read_bytes() == ORIGINAL


@pytest.mark.parametrize("where", ["write", "fsync", "replace"])
def test_full_disk(tmp_path, monkeypatch, where):
    p = tmp_path / "a.txt"
    p.write_bytes(ORIGINAL)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(fixer.os, where, full)
    r = _run(str(p), "--fix")
    _one_error_line(r, str(p), "no space left")
    assert p.read_bytes() == ORIGINAL
    _no_temp_files(tmp_path)


def test_full_disk_after_a_partial_write(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_bytes(ORIGINAL)
    real = os.write
    calls = []

    def half(fd, data):  # the first call writes a few bytes, the next finds the disk full
        calls.append(1)
        if len(calls) == 1:
            return real(fd, bytes(data[:5]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(fixer.os, "write", half)
    r = _run(str(p), "--fix")
    _one_error_line(r, "no space left")
    assert p.read_bytes() == ORIGINAL
    _no_temp_files(tmp_path)


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks")
def test_symlink_is_written_through(tmp_path):
    real_dir = tmp_path / "store"
    real_dir.mkdir()
    target = real_dir / "article.txt"
    target.write_bytes(ORIGINAL)
    target.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    r = _run(str(link), "--fix")
    assert r.exit_code == 0, r.output
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes() == FIXED
    assert (target.stat().st_mode & 0o777) == 0o640
    _no_temp_files(tmp_path)
    _no_temp_files(real_dir)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores modes")
def test_read_only_directory(tmp_path):
    d = tmp_path / "locked"
    d.mkdir()
    p = d / "a.txt"
    p.write_bytes(ORIGINAL)
    d.chmod(0o555)
    try:
        r = _run(str(p), "--fix")
        _one_error_line(r, str(p), "permission denied")
        assert p.read_bytes() == ORIGINAL
    finally:
        d.chmod(0o755)


def test_write_atomic_unit(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"old")
    before = fixer.snapshot(p)
    fixer.write_atomic(p, b"new", expect=before)
    assert p.read_bytes() == b"new"
    with pytest.raises(fixer.FixError, match="changed"):
        fixer.write_atomic(p, b"newer", expect=before)  # the file is no longer what was read
    assert p.read_bytes() == b"new"
