"""Physical units with Chinese names, through pint, loaded lazily and once.

The unit definitions live in ``lint_news/data/zh_units.txt`` (Chinese names only; see the
comments there). Importing this module is cheap: pint itself is imported the first time a
conversion is asked for that the precomputed table does not hold, and the registry is built
at most once per process.

The table (``lint_news/data/unit_factors.tsv``) holds the conversion of every unit name that
:mod:`lint_news.numbers` can produce: each Chinese name and each compound of a physical unit
with a denominator (公里/小时). It was computed from pint with ``python -m lint_news.units``
and a test checks every row against pint's full registry, so linting never builds it.
Names outside the table (none that numbers.py writes) still go through pint.

Magnitude words (万, 亿, 千万 ...) are not units: :mod:`lint_news.numbers` applies them
before calling here.

Public functions:

- :func:`base_factor` -- ``(multiplier to the base unit, dimensionality string)``.
- :func:`base_offset` -- the additive part of the conversion (non-zero only for offset units
  such as 摄氏度).
- :func:`to_base` -- a value converted to base units, offset included.
- :func:`get_registry` -- the shared :class:`pint.UnitRegistry`.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path
from typing import Any

__all__ = [
    "DEFINITIONS_PATH",
    "TABLE_PATH",
    "DIMENSIONS",
    "base_factor",
    "base_offset",
    "dimension",
    "get_registry",
    "to_base",
]

_POWER = "[mass] * [length] ** 2 / [time] ** 3"
_ENERGY = "[mass] * [length] ** 2 / [time] ** 2"
# The dimension of every Chinese name in the definitions file, as pint states it (a test
# checks each against pint). Knowing what a figure measures (18公里 is a length) needs no
# pint; only converting between two units of one dimension (18公里 vs 18米) loads it.
DIMENSIONS: dict[str, str] = {
    **dict.fromkeys("米 公里 千米 厘米 毫米 微米 纳米 海里 市里".split(), "[length]"),
    **dict.fromkeys("平方米 平米 平方厘米 平方公里 平方千米 公顷 亩 市亩".split(), "[length] ** 2"),
    **dict.fromkeys("升 毫升 立方米 方 立方".split(), "[length] ** 3"),
    **dict.fromkeys("吨 公斤 千克 克 毫克 斤 市斤".split(), "[mass]"),
    **dict.fromkeys("瓦 千瓦 兆瓦 吉瓦 马力".split(), _POWER),
    **dict.fromkeys("千瓦时 度电".split(), _ENERGY),
    "摄氏度": "[temperature]",
    **dict.fromkeys("小时 分钟 秒".split(), "[time]"),
    "百分点": "[percentage_point]",
}


def dimension(unit: str) -> str:
    """The dimensionality of ``unit`` (from the table; pint only for other names and compounds)."""
    dim = DIMENSIONS.get(unit)
    return dim if dim is not None else base_factor(unit)[1]


DEFINITIONS_PATH = Path(__file__).parent / "data" / "zh_units.txt"

_lock = threading.Lock()
_registry: Any = None


def get_registry() -> Any:
    """Return the process-wide pint ``UnitRegistry`` with the Chinese unit names loaded."""
    global _registry
    if _registry is None:
        with _lock:
            if _registry is None:
                import pint  # lazy: ~0.15 s to import, ~0.15 s to build the registry

                registry = pint.UnitRegistry()
                registry.load_definitions(str(DEFINITIONS_PATH))
                _registry = registry
    return _registry


TABLE_PATH = Path(__file__).parent / "data" / "unit_factors.tsv"
_table: dict[str, tuple[float, float, str]] | None = None


def _load_table() -> dict[str, tuple[float, float, str]]:
    global _table
    if _table is None:
        rows: dict[str, tuple[float, float, str]] = {}
        for line in TABLE_PATH.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                unit, factor, offset, dim = line.split("\t")
                rows[unit] = (float(factor), float(offset), dim)
        _table = rows
    return _table


def table_units() -> list[str]:
    """Every unit name the table holds: the Chinese names of :data:`DIMENSIONS` and each
    physical unit that numbers.py writes over each denominator it converts (公里/小时)."""
    from .numbers_units import _PHYS_DEN, _UNIT_SPEC

    physical = sorted({canon for _w, canon, cat, _f, _x in _UNIT_SPEC if cat == "phys"})
    names = sorted(set(DIMENSIONS) | set(physical))
    return names + [f"{u}/{d}" for u in physical for d in sorted(_PHYS_DEN)]


def pint_conversion(unit: str) -> tuple[float, float, str]:
    """(multiplier, offset, dimensionality) of ``unit`` computed by pint (builds the registry)."""
    registry = get_registry()
    q0 = registry.Quantity(0.0, unit).to_base_units()
    q1 = registry.Quantity(1.0, unit).to_base_units()
    offset = float(q0.magnitude)
    # 12 significant digits: 274.15 - 273.15 must give 1.0, not 0.9999999999999773
    factor = float(f"{float(q1.magnitude) - offset:.12g}")
    return factor, offset, str(q1.dimensionality)


@cache
def _conversion(unit: str) -> tuple[float, float, str]:
    """(multiplier, offset, dimensionality) such that base = multiplier * value + offset."""
    row = _load_table().get(unit)
    return row if row is not None else pint_conversion(unit)


def write_table(path: Path = TABLE_PATH) -> int:
    """Compute the table from pint and write it; the number of rows."""
    lines = [
        "# unit<TAB>multiplier to base units<TAB>offset<TAB>pint dimensionality",
        "# generated from pint by `python -m lint_news.units`; tests/test_units.py checks it",
    ]
    for unit in table_units():
        factor, offset, dim = pint_conversion(unit)
        lines.append(f"{unit}\t{factor!r}\t{offset!r}\t{dim}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 2


if __name__ == "__main__":
    print(f"{write_table()} rows written to {TABLE_PATH}")


@cache
def base_factor(unit: str) -> tuple[float, str]:
    """Multiplier from ``unit`` to its base unit, and the pint dimensionality string.

    >>> base_factor("公里")
    (1000.0, '[length]')
    >>> base_factor("亩")[1]
    '[length] ** 2'

    Compound units written with ``/`` work too (``"公里/小时"``). For an offset unit
    (摄氏度) the multiplier is that of a temperature *difference*; use :func:`to_base`
    for values. Raises ``pint.UndefinedUnitError`` for an unknown name.
    """
    factor, _offset, dim = _conversion(unit)
    return factor, dim


def base_offset(unit: str) -> float:
    """Additive offset of the conversion to base units (273.15 for 摄氏度, else 0.0)."""
    return _conversion(unit)[1]


def to_base(value: float, unit: str) -> float:
    """``value`` in ``unit`` converted to the base unit (metres, kilograms, kelvin, ...)."""
    factor, offset, _dim = _conversion(unit)
    return value * factor + offset
