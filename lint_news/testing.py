"""Running the examples that every rule carries."""

from __future__ import annotations

from .document import Document
from .engine import lint_document
from .rules import Rule


def example_findings(rule: Rule, text: str) -> list:
    from .rules import kind_module

    hook = getattr(kind_module(rule.kind), "for_examples", None)
    if hook is not None:  # a kind whose examples need data of their own (facts.example_facts)
        rule = hook(rule)
    doc = Document(text, path="<example>")
    return [f for f in lint_document(doc, [rule]) if f.rule == rule.id]


def run_examples(rules: list[Rule]) -> tuple[list[tuple[Rule, str, str, str]], int]:
    """(failures, number of examples). A flag text must give a finding, a pass text none."""
    failures = []
    total = 0
    for rule in rules:
        for text in rule.flag:
            total += 1
            if not example_findings(rule, text):
                failures.append((rule, "flag", text, "no finding"))
        for text in rule.passes:
            total += 1
            found = example_findings(rule, text)
            if found:
                f = found[0]
                failures.append(
                    (
                        rule,
                        "pass",
                        text,
                        f"unexpected finding at {f.start}: {text[f.start : f.end]!r}",
                    )
                )
    return failures, total
