"""benchmarks/pairing_causes.py on a few planted samples: every found but unpaired sample
falls in exactly one group, and the pairing it watches is left as it was."""

from __future__ import annotations

import sys

from lint_news.checks import break_assign
from lint_news.checks import truncation as trunc
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import pairing_causes  # noqa: E402


def test_groups_add_up_to_the_unpaired_samples(corpora, capsys) -> None:
    before = (break_assign.assign, trunc._pair_jointly)
    args = ["--seed", "5", "--classes", "break-moved", "--samples", "60"]
    assert pairing_causes.main([*args, "--corpora", str(corpora)]) == 0
    assert (break_assign.assign, trunc._pair_jointly) == before
    lines = capsys.readouterr().out.splitlines()
    head = lines[0].split()
    n, found, paired = int(head[3]), int(head[6].rstrip(",")), int(head[8])
    assert n == 60 and 0 < paired <= found <= n
    at = next(k for k, line in enumerate(lines) if line.lstrip().startswith("by where the cut"))
    groups = {line.split()[1]: int(line.split()[0]) for line in lines[1:at]}
    assert sum(groups.values()) == found - paired
    # each group again, split by where the cut falls: the same counts
    rows = {line.split()[0]: [int(x) for x in line.split()[1:]] for line in lines[at + 1 :]}
    assert rows.keys() == groups.keys()
    assert all(sum(rows[g]) == groups[g] for g in groups)


def test_no_corpora_is_one_line_and_exit_2(tmp_path, capsys) -> None:
    assert pairing_causes.main(["--corpora", str(tmp_path / "none")]) == 2
    assert "no corpora" in capsys.readouterr().err
