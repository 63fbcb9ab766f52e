"""The precomputed unit table against pint's full registry, and linting without pint."""

from __future__ import annotations

import subprocess
import sys

import pytest

from lint_news import units
from lint_news.numbers import interval_in, parse_quantity

from .conftest import ROOT


def test_every_table_row_is_what_pint_computes() -> None:
    pytest.importorskip("pint")
    table = units._load_table()
    assert sorted(table) == sorted(units.table_units())  # no row missing, none left over
    for unit, row in table.items():
        factor, offset, dim = units.pint_conversion(unit)  # builds the full registry
        assert row == (factor, offset, dim), unit
    # and the static dimensions agree with pint too
    for unit, dim in units.DIMENSIONS.items():
        assert units.pint_conversion(unit)[2] == dim, unit


def test_table_covers_every_physical_figure_numbers_writes() -> None:
    from lint_news.numbers_units import _PHYS_DEN, _UNIT_SPEC

    table = units._load_table()
    for _w, canon, cat, _f, _x in _UNIT_SPEC:
        if cat == "phys":
            assert canon in table
            for den in _PHYS_DEN:
                assert f"{canon}/{den}" in table


def test_conversions_from_the_table() -> None:
    assert units.base_factor("公里") == (1000.0, "[length]")
    assert units.to_base(0.0, "摄氏度") == 273.15
    assert units.base_factor("亩")[0] == pytest.approx(10000 / 15)
    assert units.base_factor("公里/小时") == (pytest.approx(1 / 3.6), "[length] / [time]")
    a, b = parse_quantity("18公里"), parse_quantity("18000米")
    assert a is not None and b is not None
    lo, hi = interval_in(b, a)
    assert (lo, hi) == (pytest.approx(17.9995), pytest.approx(18.0005))


def test_a_name_outside_the_table_still_goes_through_pint() -> None:
    pytest.importorskip("pint")
    assert "千米/秒" not in units._load_table()
    assert units.base_factor("千米/秒") == (1000.0, "[length] / [time]")


# figures in several units of one dimension: the checks compare them across units
_ARTICLE = """城区新修道路通车

本报讯 城区新修的环城路全长18公里，日均车流量约2万辆。

据介绍，这条全长18000米的道路设计时速60公里/小时，沿线绿地1.5公顷，
种植树木300吨。气温零下5℃时路面仍可通行，年用电约120万千瓦时。
"""


def test_linting_never_imports_pint(tmp_path) -> None:
    f = tmp_path / "article.txt"
    f.write_text(_ARTICLE, encoding="utf-8")
    files = [str(f), str(ROOT / "examples" / "figures.txt")]
    code = (
        "import sys\n"
        "from lint_news.cli import main\n"
        "try:\n"
        f"    main({['check', *files]!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "from lint_news.numbers import parse_quantities\n"
        "qs = [q for q in parse_quantities(open(sys.argv[1], encoding='utf-8').read())"
        " if q.dim.startswith('[')]\n"
        "assert len(qs) >= 5, qs\n"
        "assert all(q.base_lo <= q.base_hi for q in qs)\n"
        "print('pint' in sys.modules)\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code, str(f)], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "False"
