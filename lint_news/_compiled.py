"""What a build compiled with mypyc reads of the source, and nothing when run as Python.

``mypyc_attr(native_class=False)`` keeps a class an ordinary Python class in a compiled
module (one whose ``__getattr__`` fills its slots when first read: a native class never
calls it). Without ``mypy_extensions`` (it comes with mypy, which only a compiled build
needs) the mark does nothing.
"""

from __future__ import annotations

from typing import Any

try:
    from mypy_extensions import mypyc_attr
except ImportError:  # pragma: no cover - pure Python needs no mark

    def mypyc_attr(*attrs: Any, **kwattrs: Any) -> Any:  # type: ignore[misc]
        return lambda cls: cls


__all__ = ["mypyc_attr"]
