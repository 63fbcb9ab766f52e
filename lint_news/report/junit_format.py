"""JUnit XML: one test case per file, failed when it has a finding at or above ``--fail-on``.

CI systems that show test reports (GitLab ``artifacts:reports:junit``, Jenkins, Azure)
list every article as a test; a failing one carries its findings, one per line, as text
output prints them; findings below the threshold go to the case's ``system-out``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..findings import Severity
from . import Result, span


def _line(doc, f) -> str:
    line, col, _, _ = span(doc, f.start, f.end)
    return f"{doc.path}:{line}:{col}: {f.severity.label} [{f.category}/{f.rule}] {f.message}"


def render(results: list[Result], threshold: Severity = Severity.WARNING) -> str:
    suites = ET.Element("testsuites", name="lint-news")
    suite = ET.SubElement(suites, "testsuite", name="lint-news")
    failures = 0
    for doc, findings in results:
        case = ET.SubElement(suite, "testcase", classname="lint-news", name=doc.path, file=doc.path)
        failing = [f for f in findings if f.severity >= threshold]
        below = [f for f in findings if f.severity < threshold]
        if failing:
            failures += 1
            worst = max(f.severity for f in failing).label
            failure = ET.SubElement(
                case, "failure", type=worst, message=f"{len(failing)} problem(s) in {doc.path}"
            )
            failure.text = "\n".join(_line(doc, f) for f in failing)
        if below:
            ET.SubElement(case, "system-out").text = "\n".join(_line(doc, f) for f in below)
    for el in (suites, suite):
        el.set("tests", str(len(results)))
        el.set("failures", str(failures))
        el.set("errors", "0")
    suite.set("skipped", "0")
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
