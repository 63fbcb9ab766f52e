"""report.json_format.dumps writes what json.dumps(..., ensure_ascii=False, indent=2) writes."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from lint_news.report.json_format import dumps

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
_VALUES = st.recursive(
    _SCALARS,
    lambda kids: (
        st.lists(kids, max_size=4)
        | st.dictionaries(st.text(max_size=6) | st.integers(), kids, max_size=4)
    ),
    max_leaves=20,
)


@given(_VALUES)
@settings(max_examples=300, deadline=None)
def test_dumps_is_the_librarys_indented_text(value):
    assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)


@given(_VALUES, st.sampled_from(["  ", "    ", " " * 10]))
@settings(max_examples=100, deadline=None)
def test_an_indented_value_is_the_librarys_text_shifted(value, indent):
    want = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)
    assert dumps(value, indent) == want


def test_what_a_finding_holds():
    finding = {
        "path": 'C:\\稿件\\"一版".txt',
        "line": 3,
        "column": 12,
        "rule": "over-and-above",
        "message": "“超…以上”语义重复\n（第2行）\t",
        "fix": {"replacement": "超过500人", "edits": []},
        "related": [{"line": 1, "column": 1, "message": "\x00\u2028"}],
        "ok": True,
        "none": None,
        "empty": {},
    }
    assert dumps(finding, "    ") == json.dumps(finding, ensure_ascii=False, indent=2).replace(
        "\n", "\n    "
    )
