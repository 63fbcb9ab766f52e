"""What the broken-paragraph tests share: the shipped structure pack's rules, and the lines
a text's broken-paragraph findings stand on (with the line each names as its
continuation)."""

from __future__ import annotations

from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.rules import Rule, load_pack

from .conftest import ROOT

PACK = ROOT / "rules" / "structure.yaml"

# a body of four paragraphs with a short line deep in it ({line}), and one more line
# ({other}) between the first two paragraphs
BODY = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "{other}\n\n"
    "区教育局还为新园配备了专职保健医生，并开通了线上报名渠道。\n\n"
    "家长们对新园的评价普遍较高。\n\n"
    "{line}\n\n"
    "教师队伍也在不断壮大，去年新招聘教师180人。\n\n"
    "下一步，全区将继续推进学前教育普惠发展。"
)
LINE = 9  # the line of {line} in BODY


def structure_rules() -> dict[str, Rule]:
    """The structure pack's rules by id."""
    return {r.id: r for r in load_pack(PACK)}


def broken_paragraph_rule() -> Rule:
    return structure_rules()["broken-paragraph"]


def lines(rule: Rule, text: str) -> set[int]:
    """The lines of ``rule``'s findings in ``text``."""
    doc = Document(text)
    return {doc.position(f.start)[0] for f in lint_document(doc, [rule])}


def pairs(rules: dict[str, Rule], text: str) -> set[tuple[int, int | None]]:
    """(line of the break, line of its continuation or None) for every broken paragraph."""
    doc = Document(text)
    out = set()
    for f in lint_document(doc, [rules["broken-paragraph"]]):
        rel = doc.position(f.related[0].start)[0] if f.related else None
        out.add((doc.position(f.start)[0], rel))
    return out


# a lead paragraph, a line under it, two more paragraphs (a text with no other subhead)
UNDER_LEAD = (
    "今年全区新建幼儿园6所，新增学位2700个。\n\n"
    "{line}\n\n"
    "教师队伍也在不断壮大，去年新招聘教师180人。\n\n"
    "下一步，全区将继续推进学前教育普惠发展。"
)


def pair_scores(rules: dict[str, Rule], text: str, monkeypatch) -> dict[tuple[int, int], float]:
    """The (break, candidate block) -> score table the joint choice hands to the assignment
    (``break_assign.assign``) on ``text``, read by a spy for one lint."""
    from lint_news.checks import break_assign

    seen: list[dict] = []
    real = break_assign.assign

    def spy(scores, floor):
        seen.append(dict(scores))
        return real(scores, floor)

    with monkeypatch.context() as m:
        m.setattr(break_assign, "assign", spy)
        pairs(rules, text)
    return seen[-1]
