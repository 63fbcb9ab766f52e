"""Baselines: old findings stay silent after edits elsewhere; only new ones are reported."""

from __future__ import annotations

import json

from .conftest import run_cli

P1 = "今年全市撤回率超90%以上，居全省前列。"
P2 = "全年财政收入约85亿元左右，比上年有所增长。"
P3 = "全市新建学校12所，改善了办学条件。"
NEW = "涉案金额近300余万元，案件已移送检察机关。"
FIXED_P2 = "全年财政收入约85亿元，比上年有所增长。"


def _article(*paras: str) -> str:
    return "全市教育工作会议召开\n\n" + "\n\n".join(paras) + "\n"


def _findings(*args: str) -> list[dict]:
    r = run_cli("check", *args, "--format", "json")
    assert r.returncode in (0, 1), r.stderr
    return json.loads(r.stdout)["findings"]


def test_baseline_keeps_old_findings_silent_after_edits(tmp_path):
    art = tmp_path / "a.txt"
    base = tmp_path / "baseline.json"
    art.write_text(_article(P1, P2, P3), encoding="utf-8")
    old = _findings(str(art))
    assert {f["rule"] for f in old} == {"over-and-above", "approx-and-about"}
    r = run_cli("check", str(art), "--write-baseline", str(base))
    assert r.returncode == 1  # writing a baseline still reports today's findings

    # a paragraph inserted at the top (with a new problem) and P2's problem fixed
    art.write_text(_article(NEW, P1, FIXED_P2, P3), encoding="utf-8")
    now = _findings(str(art))
    moved = [f for f in now if f["rule"] == "over-and-above"]
    assert moved and moved[0]["line"] == old[0]["line"] + 2  # the old finding is still there
    assert "approx-and-about" not in {f["rule"] for f in now}

    r = run_cli("check", str(art), "--baseline", str(base), "--format", "json")
    assert r.returncode == 1
    (only,) = json.loads(r.stdout)["findings"]
    assert only["rule"] == "near-and-more" and only["excerpt"].startswith("近300")

    # without the new paragraph nothing is new: exit 0
    art.write_text(_article(P1, FIXED_P2, P3), encoding="utf-8")
    r = run_cli("check", str(art), "--baseline", str(base), "--no-color")
    assert r.returncode == 0, r.stdout
    assert b"No problems found" in r.stdout


def test_baseline_file_is_sorted_stable_and_drops_fixed(tmp_path):
    art = tmp_path / "a.txt"
    base = tmp_path / "b.json"
    art.write_text(_article(P2, P1), encoding="utf-8")
    run_cli("check", str(art), "--write-baseline", str(base))
    first = base.read_bytes()
    run_cli("check", str(art), "--write-baseline", str(base))
    assert base.read_bytes() == first  # byte-identical re-runs
    data = json.loads(first)
    assert data["version"] == 1
    keys = [(e["path"], e["rule"], e["fingerprint"]) for e in data["findings"]]
    assert keys == sorted(keys) and len(keys) == 2
    assert {e["excerpt"] for e in data["findings"]} == {"超90%以上", "约85亿元左右"}
    assert "line" not in data["findings"][0]
    art.write_text(_article(FIXED_P2, P1), encoding="utf-8")
    run_cli("check", str(art), "--write-baseline", str(base))
    (entry,) = json.loads(base.read_text(encoding="utf-8"))["findings"]
    assert entry["rule"] == "over-and-above"


def test_baseline_counts_copies_and_rejects_changed_context(tmp_path):
    art = tmp_path / "a.txt"
    base = tmp_path / "b.json"
    art.write_text(_article(P1, P3), encoding="utf-8")
    run_cli("check", str(art), "--write-baseline", str(base))
    # the same sentence again elsewhere: the second copy is new (and so is the repeat)
    art.write_text(_article(P1, P3, P1), encoding="utf-8")
    new = _findings(str(art), "--baseline", str(base))
    assert [f["rule"] for f in new].count("over-and-above") == 1
    assert new[[f["rule"] for f in new].index("over-and-above")]["line"] == 7
    # the same wording inside a different sentence is a different finding
    art.write_text(_article("出口企业撤回率超90%以上，居全省前列。", P3), encoding="utf-8")
    assert [f["rule"] for f in _findings(str(art), "--baseline", str(base))] == ["over-and-above"]


def test_bad_baseline_is_one_line_exit_2(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(_article(P1), encoding="utf-8")
    for content in (None, "not json", '{"version": 99}', '{"version": 1, "findings": [{}]}'):
        base = tmp_path / "b.json"
        if content is None:
            base.unlink(missing_ok=True)
        else:
            base.write_text(content, encoding="utf-8")
        r = run_cli("check", str(art), "--baseline", str(base))
        assert r.returncode == 2, content
        err = r.stderr.decode()
        assert err.count("\n") == 1 and "baseline" in err and "Traceback" not in err
