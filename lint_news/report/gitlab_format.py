"""GitLab Code Quality report: a JSON array of issues for ``artifacts:reports:codequality``.

Fields as GitLab documents them (https://docs.gitlab.com/ci/testing/code_quality/
#code-quality-report-format): ``description``, ``check_name``, ``fingerprint`` (unique per
issue), ``severity`` (one of info, minor, major, critical, blocker), ``location.path`` and
``location.lines.begin``. The fingerprint is the baseline fingerprint with the occurrence
number, so the merge-request widget follows a finding when lines move above it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ..baseline import occurrences
from . import Result, span

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def render(results: list[Result]) -> str:
    issues: list[dict[str, Any]] = []
    for doc, findings in results:
        path = Path(doc.path).as_posix() if doc.path != "-" else "-"
        for f, (fp, n) in zip(findings, occurrences(doc, findings), strict=True):
            line, _, end_line, _ = span(doc, f.start, f.end)
            key = f"{path}\0{f.rule}\0{fp}\0{n}".encode()
            issues.append(
                {
                    "description": f.message,
                    "check_name": f.rule,
                    "fingerprint": hashlib.md5(key, usedforsecurity=False).hexdigest(),
                    "severity": SEVERITIES[f.severity.label],
                    "location": {"path": path, "lines": {"begin": line, "end": end_line}},
                }
            )
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
