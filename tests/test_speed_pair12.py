"""The pair loop's shortcuts give the plain answers (issue 12): ``Scorer.echo`` (each
text's part once per document) against the module's ``echo``, on texts written here."""

from __future__ import annotations

from lint_news import words
from lint_news.checks.break_pairing import W_ECHO, Scorer, echo

ENDS = [
    "河东镇今年推广节水灌溉的面积",
    "他说，新建的图书馆将在年底前向市民开放。馆里的",
    "  去年全市新增就业岗位三万个，其中服务业",
    "这项工作已经完成。",
    "",
    "记者了解到，推广节水灌溉是镇里近年坚持的做法，而",
    "“我们要把好事办好，",
]
STARTS = [
    "推广节水灌溉是镇里多年坚持的做法，效果明显。",
    "达到两千亩，比去年多出三成。",
    "  图书馆的藏书超过十万册。",
    "新建的图书馆位于城南，",
    "服务业吸纳就业最多，",
    "",
    "坚持的做法",
    "好事要办好。”他说。",
    "就业岗位",
]


def test_scorer_echo_is_echo() -> None:
    with words.remembering():
        s = Scorer()
        got = [[s.echo(e, h) for h in STARTS] for e in ENDS]
        again = [[s.echo(e, h) for h in STARTS] for e in ENDS]  # (the kept parts read)
    plain = [[echo(e, h) for h in STARTS] for e in ENDS]
    assert got == plain == again
    flat = [v for row in plain for v in row]
    assert W_ECHO in flat and 0.0 in flat  # (both answers are asked)


def test_scorer_echo_flags_and_passes() -> None:
    s = Scorer()
    assert s.echo(ENDS[0], STARTS[0]) == W_ECHO  # 推广 … | 推广…: the topic named again
    assert s.echo(ENDS[0], STARTS[1]) == 0.0  # the rest of the sentence
    assert s.echo(ENDS[1], STARTS[1]) == 0.0
