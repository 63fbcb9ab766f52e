"""Hostile input, small editions of benchmarks/hostile.py: answered with findings or one clear
error line, never a traceback. Not timed (the benchmark times the full sizes)."""

from __future__ import annotations

import sys

import pytest

from lint_news.engine import lint_text
from lint_news.source import InputError, decode

from .conftest import ROOT, run_cli

sys.path.insert(0, str(ROOT / "benchmarks"))
import hostile  # noqa: E402


def _valid(doc, findings) -> None:
    for f in findings:
        assert 0 <= f.start <= f.end <= len(doc.text)
        doc.position(f.start)


@pytest.mark.parametrize(
    "text",
    [
        "全年销售额达" + "7" * 5000 + "元。",
        "投资" + "近约超逾余多" * 500 + "100万元以上。",
        "他说：" + "“" * 3000 + "今年增长了两倍。",
        "他说：" + "“”" * 2000 + "‘" * 500 + "（" * 500 + "》" * 500,
        "\n\n".join(f"第{i}项投资约{i % 97}.{i % 10}亿元左右。" for i in range(1500)),
        "".join(chr(c) for c in range(1, 32)) * 50
        + "约100万元左右。\x0b\x0c\x1c\x1d\x85\u2028\u2029",
    ],
    ids=["digits", "hedges", "quotes", "marks", "paragraphs", "controls"],
)
def test_hostile_text_is_linted(text: str) -> None:
    doc, findings = lint_text(text)
    _valid(doc, findings)


def test_long_markdown_table() -> None:
    data = hostile.table().decode()
    rows = data.splitlines()[:800]
    doc, findings = lint_text("\n".join(rows) + "\n", path="t.md")
    _valid(doc, findings)
    assert any(f.rule == "over-and-above" for f in findings)  # 超…%以上 in the cells


def test_repeated_figures_in_one_long_line_are_not_slips() -> None:
    line = "据统计，全市新建住房约1.2万套，增长18.6%，投资近24亿元。" * 400
    doc, findings = lint_text(line)
    assert not [f for f in findings if f.category == "quantity"]


def test_nul_and_mixed_encodings_are_one_error() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode(hostile.controls(), "x.txt")
    with pytest.raises(InputError, match="not valid UTF-8.*--encoding gb18030"):
        decode(hostile.mixed_encodings(), "x.txt")


def test_hostile_through_the_cli(tmp_path) -> None:
    p = tmp_path / "nul.txt"
    p.write_bytes(hostile.controls())
    r = run_cli("check", str(p))
    assert r.returncode == 2 and len(r.stderr.decode().strip().splitlines()) == 1
    assert b"Traceback" not in r.stderr
    p = tmp_path / "quotes.txt"
    p.write_bytes(("他说：" + "“" * 20000 + "今年增长了两倍。\n").encode())
    r = run_cli("check", "--format", "json", str(p))
    assert r.returncode == 1, r.stderr
