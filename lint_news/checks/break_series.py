"""A series cut in its last item (issue 9, break-lost).

Items of a series set off by the enumeration comma 、 are alike: names, places, bodies of
two characters or more each (华北、黄淮平原、山东、河南). When every item before the last has
two characters or more and the last has one, the last is half an item whose rest is lost
(…湖北、河 | 南; 发起人崔永元、刘 | 某某; 纳入核算的有：省委、省 | 政府). A series of single
characters (红、黄、蓝; 党、政、军) is read as it is.
"""

from __future__ import annotations

from ..patterns import lazy

# a clause that is a series: items of two characters or more after the clause's start, then
# an enumeration comma and one Chinese character at the very end
_SERIES_STUB = lazy(
    r"(?:^|[，。；：,;:！？!?])[^，。；：、,;:！？!?]{2,}(?:、[^，。；：、,;:！？!?]{2,})*"
    r"、[\u4e00-\u9fff]$"
)
SERIES_STUB = "顿号列举的最后一项只剩一个字"


def series_stub(text: str) -> bool:
    """Does the text end on a series whose last item is one character after items of two
    or more (…四川盆地、湖北、河)?"""
    t = text.rstrip()
    if t[-2:-1] != "、":
        return False  # (most texts: no search from every position)
    return _SERIES_STUB.search(t) is not None
