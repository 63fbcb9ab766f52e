"""benchmarks/sign_counts.py: what row a text counts in (the sign's reason, the edge word's
tag or the word), that a text a sign covers is left out with --only-silent, and on a few
planted samples that the rows add up to the texts counted."""

from __future__ import annotations

import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import sign_counts  # noqa: E402

TAIL = "们都说，新校舍又宽敞又明亮。"
HEAD = "这次合作对我们来说是很重要的一"


def test_a_start_counts_by_its_sign_its_first_tag_or_its_first_word() -> None:
    assert sign_counts.key_of("start", "reason", TAIL, False) == "以“X”开头，是上一个词的后半"
    assert sign_counts.key_of("start", "pos", TAIL, False) == "k"
    assert sign_counts.key_of("start", "word", TAIL, False) == "们"
    assert sign_counts.key_of("start", "reason", "今年全区新建幼儿园6所。", False) == "(no sign)"


def test_an_end_counts_by_its_sign_or_its_last_word() -> None:
    assert sign_counts.key_of("end", "reason", HEAD, False) == "句末的数词“X”缺少量词或名词"
    assert sign_counts.key_of("end", "word", HEAD, False) == "一"


def test_only_silent_leaves_out_what_a_sign_covers() -> None:
    assert sign_counts.key_of("start", "pos", TAIL, True) is None
    assert sign_counts.key_of("end", "pos", HEAD, True) is None
    assert sign_counts.key_of("start", "pos", "今年全区新建幼儿园6所。", True) == "t"


def test_no_chinese_character_at_the_edge_is_not_counted() -> None:
    assert sign_counts.key_of("start", "reason", "2023年全区新建幼儿园6所。", False) is None
    assert sign_counts.key_of("end", "reason", "新建幼儿园6", False) is None


def test_rows_add_up_to_the_texts_counted(corpora, capsys) -> None:
    args = ["--side", "end", "--seeds", "5", "--samples", "40", "--top", "1000"]
    assert sign_counts.main([*args, "--corpora", str(corpora)]) == 0
    lines = capsys.readouterr().out.splitlines()
    real, planted = (
        int(part.split(":")[1].split()[0].replace(",", "")) for part in lines[0].split("   ")
    )
    rows = [line.split(" | ") for line in lines if line.startswith("| ") and "---" not in line][1:]
    assert 0 < planted <= 40 and real > 1000
    assert sum(int(r[1].split()[0]) for r in rows) == real
    assert sum(int(r[2].split()[0]) for r in rows) == planted


def test_no_corpora_is_one_line_and_exit_2(tmp_path, capsys) -> None:
    assert sign_counts.main(["--corpora", str(tmp_path / "none")]) == 2
    assert "no corpora" in capsys.readouterr().err
