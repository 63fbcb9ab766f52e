"""The sentence rule looks no further when the only sentences said twice stand in repeated
paragraphs (reported whole by the paragraph rule): a sentence repeated elsewhere on the same
page must still be found, whichever rule runs first."""

from __future__ import annotations

from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.rules import load_rules

_PARA = "全市今年新建社区养老服务站四十二个，覆盖老年人口约十六万人，服务时间延长到晚上八点。"
_SENT = "项目总投资三点二亿元，计划明年年底前全部建成投用。"


def _rules(*ids: str):
    return [r for r in load_rules([]) if r.id in ids]


def _found(text: str, *ids: str) -> list[tuple[str, int, int]]:
    return [(f.rule, f.start, f.end) for f in lint_document(Document(text), _rules(*ids))]


def test_a_repeated_paragraph_alone_gives_no_sentence_finding():
    text = f"{_PARA}\n\n区里还将增设助餐点。\n\n{_PARA}"
    for ids in (("repeated-sentence",), ("repeated-paragraph", "repeated-sentence")):
        assert [r for r, _, _ in _found(text, *ids)] == (
            ["repeated-paragraph"] if "repeated-paragraph" in ids else []
        )


def test_a_sentence_repeated_beside_a_repeated_paragraph_is_still_found():
    text = f"{_PARA}\n\n{_SENT}区里还将增设助餐点。\n\n{_PARA}\n\n居民可以就近报名。{_SENT}"
    for ids in (("repeated-sentence",), ("repeated-paragraph", "repeated-sentence")):
        rules = [r for r, _, _ in _found(text, *ids)]
        assert "repeated-sentence" in rules, ids
