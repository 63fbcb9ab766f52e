"""Output formats for CI: SARIF (against the 2.1.0 schema), GitHub, GitLab, JUnit; -o."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import ROOT, run_cli

jsonschema = pytest.importorskip("jsonschema")

# the OASIS schema (errata 01), unchanged from github.com/oasis-tcs/sarif-spec,
# sarif-2.1/schema/sarif-schema-2.1.0.json at commit e058381
SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
EXAMPLES = ROOT / "examples"
ARTICLE = "全市新建学校\n\n今年全市撤回率超90%以上，新建学校12所。\n"


def _sarif_validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def _json(*args: str) -> dict:
    r = run_cli("check", *args, "--format", "json")
    assert r.returncode in (0, 1), r.stderr
    return json.loads(r.stdout)


def _check_sarif_against_json(sarif: dict, findings: list[dict]) -> None:
    (run,) = sarif["runs"]
    results = run["results"]
    assert len(results) == len(findings)
    rules = run["tool"]["driver"]["rules"]
    for res, f in zip(results, findings, strict=True):
        assert res["ruleId"] == f["rule"] == rules[res["ruleIndex"]]["id"]
        assert (
            res["level"] == {"error": "error", "warning": "warning", "info": "note"}[f["severity"]]
        )
        region = res["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (f["line"], f["column"])
        assert (region["endLine"], region["endColumn"]) == (f["end_line"], f["end_column"])
        assert region["snippet"]["text"] == f["excerpt"]
        assert len(res.get("relatedLocations", [])) == len(f["related"])
        if f["fix"] is not None:
            (rep, *more) = res["fixes"][0]["artifactChanges"][0]["replacements"]
            assert rep["insertedContent"]["text"] == f["fix"]["replacement"]
            assert len(more) == len(f["fix"].get("edits", []))
        else:
            assert "fixes" not in res
    for rule in rules:  # rule metadata: category, level and the explain text as help
        assert rule["properties"]["category"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
        assert rule["help"]["text"] and rule["shortDescription"]["text"]


def test_sarif_of_reference_page_is_valid(seed):
    r = run_cli("check", str(seed), "--format", "sarif")
    assert r.returncode == 1, r.stderr
    sarif = json.loads(r.stdout)
    errors = sorted(_sarif_validator().iter_errors(sarif), key=str)
    assert not errors, errors[0]
    _check_sarif_against_json(sarif, _json(str(seed))["findings"])
    assert any("relatedLocations" in res for res in sarif["runs"][0]["results"])


def test_sarif_of_examples_is_valid_with_fixes():
    r = run_cli("check", str(EXAMPLES), "--format", "sarif")
    sarif = json.loads(r.stdout)
    errors = list(_sarif_validator().iter_errors(sarif))
    assert not errors, errors[0]
    _check_sarif_against_json(sarif, _json(str(EXAMPLES))["findings"])
    results = sarif["runs"][0]["results"]
    assert any("fixes" in res for res in results)
    # the schema itself rejects what is wrong: a bad level does not validate
    broken = json.loads(r.stdout)
    broken["runs"][0]["results"][0]["level"] = "fatal"
    assert list(_sarif_validator().iter_errors(broken))


def test_sarif_help_is_the_explain_text():
    r = run_cli("check", str(EXAMPLES / "wording.txt"), "--format", "sarif")
    rules = {d["id"]: d for d in json.loads(r.stdout)["runs"][0]["tool"]["driver"]["rules"]}
    explain = run_cli("explain", "over-and-above").stdout.decode()
    help_text = rules["over-and-above"]["help"]["text"]
    why = explain.split("Why\n", 1)[1].split("\n\n", 1)[0].strip()
    assert why.splitlines()[0].strip() in help_text


GITHUB = re.compile(
    r"^::(error|warning|notice) file=(?P<file>[^,:]+),line=(\d+),col=(\d+),"
    r"endLine=(\d+),endColumn=(\d+),title=(?P<title>[^,:]+)::(?P<msg>.+)$"
)


def test_github_workflow_commands():
    findings = _json(str(EXAMPLES))["findings"]
    r = run_cli("check", str(EXAMPLES), "--format", "github")
    assert r.returncode == 1
    lines = r.stdout.decode().splitlines()
    assert len(lines) == len(findings)
    for line, f in zip(lines, findings, strict=True):
        m = GITHUB.match(line)
        assert m, line
        cmd, _, ln, col, eln, ecol = m.groups()[:6]
        assert cmd == {"error": "error", "warning": "warning", "info": "notice"}[f["severity"]]
        assert m["file"] == f["path"]
        assert (int(ln), int(col), int(eln), int(ecol)) == (
            f["line"],
            f["column"],
            f["end_line"],
            f["end_column"],
        )
        assert f["rule"] in m["title"]
        assert "\n" not in m["msg"] and "%" not in m["msg"].replace("%25", "").replace(
            "%0A", ""
        ).replace("%0D", "")


def test_github_escapes_properties(tmp_path):
    from lint_news.report.github_format import escape_data, escape_property

    assert escape_data("50%\nx") == "50%25%0Ax"
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"
    d = tmp_path / "a,b"
    d.mkdir()
    (d / "x.txt").write_text(ARTICLE, encoding="utf-8")
    r = run_cli("check", str(d / "x.txt"), "--format", "github")
    (line,) = r.stdout.decode().splitlines()
    assert "a%2Cb" in line and GITHUB.match(line)


def test_gitlab_code_quality_fields():
    findings = _json(str(EXAMPLES))["findings"]
    r = run_cli("check", str(EXAMPLES), "--format", "gitlab")
    issues = json.loads(r.stdout)
    assert isinstance(issues, list) and len(issues) == len(findings)
    for issue, f in zip(issues, findings, strict=True):
        assert isinstance(issue["description"], str) and issue["description"] == f["message"]
        assert issue["check_name"] == f["rule"]
        assert re.fullmatch(r"[0-9a-f]{32}", issue["fingerprint"])
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert issue["location"]["path"] == f["path"]
        assert issue["location"]["lines"]["begin"] == f["line"]
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_gitlab_fingerprint_survives_lines_inserted_above(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    before = json.loads(run_cli("check", str(p), "--format", "gitlab").stdout)
    p.write_text("新的导语段落。\n\n" + ARTICLE, encoding="utf-8")
    after = json.loads(run_cli("check", str(p), "--format", "gitlab").stdout)
    assert [i["fingerprint"] for i in before] == [i["fingerprint"] for i in after]
    assert before[0]["location"]["lines"]["begin"] + 2 == after[0]["location"]["lines"]["begin"]


def test_junit_one_case_per_file(tmp_path):
    (tmp_path / "bad.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "good.txt").write_text("今年全市新建学校12所。\n", encoding="utf-8")
    r = run_cli("check", str(tmp_path), "--format", "junit")
    assert r.returncode == 1
    root = ET.fromstring(r.stdout)
    assert root.tag == "testsuites"
    (suite,) = root
    cases = {Path(c.get("name")).name: c for c in suite.iter("testcase")}
    assert set(cases) == {"bad.txt", "good.txt"}
    assert suite.get("tests") == "2" and suite.get("failures") == "1"
    (failure,) = cases["bad.txt"].iter("failure")
    assert "over-and-above" in failure.text
    assert not list(cases["good.txt"])


def test_output_option_writes_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "report.sarif"
    r = run_cli("check", str(p), "--format", "sarif", "-o", str(out))
    assert r.returncode == 1 and r.stdout == b""
    sarif = json.loads(out.read_text(encoding="utf-8"))
    assert sarif["runs"][0]["results"][0]["ruleId"] == "over-and-above"
    r = run_cli("check", str(p), "--output", str(out), "--no-color")
    assert "[redundancy/over-and-above]" in out.read_text(encoding="utf-8")
    r = run_cli("check", str(p), "-o", str(tmp_path / "missing" / "r.json"))
    assert r.returncode == 2 and b"Traceback" not in r.stderr


def test_statistics(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE + "\n出口额超过5000万元以上。\n", encoding="utf-8")
    r = run_cli("check", str(p), "--statistics", "--no-color")
    out = r.stdout.decode()
    assert re.search(r"^2\s+over-and-above\s+redundancy\s+warning$", out, re.M), out
    r = run_cli("check", str(p), "--statistics", "--format", "json")
    json.loads(r.stdout)  # the JSON stays valid: the table goes to stderr
    assert re.search(r"^2\s+over-and-above", r.stderr.decode(), re.M)
