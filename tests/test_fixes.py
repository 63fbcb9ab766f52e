"""Fixes: safe and unsafe, --diff, protected text, and that fixing touches nothing else."""

from __future__ import annotations

import difflib
import random
import re

import pytest

from lint_news.document import Document
from lint_news.engine import lint_document
from lint_news.fixer import apply_edits, fixable, plan_edits, protected_spans
from lint_news.rules import load_rules

from .conftest import SEED, need, run_cli

RULES = load_rules(validate_builtin=True)
UNSAFE = {r.id for r in RULES if r.unsafe}
HALF_IN_CJK = re.compile(r"(?<=[\u4e00-\u9fff”’）》])[,;:?!]|[,;:?!](?=[\u4e00-\u9fff“‘（《])")


def _check(tmp_path, text: str, *args: str):
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    r = run_cli("check", str(p), "--no-color", *args)
    return r, p.read_text(encoding="utf-8")


def test_unsafe_fixes_apply_only_when_asked(tmp_path):
    text = "队员们再接再励，凯旋归来。\n"
    r, after = _check(tmp_path, text, "--fix")
    assert after == "队员们再接再励，凯旋。\n"  # the redundancy is safe, the idiom is not
    r, after = _check(tmp_path, text, "--fix", "--unsafe-fixes")
    assert after == "队员们再接再厉，凯旋。\n"


def test_unsafe_fixes_alone_is_a_usage_error(tmp_path):
    r, _ = _check(tmp_path, "队员们再接再励。\n", "--unsafe-fixes")
    assert r.returncode == 2 and b"--fix or --diff" in r.stderr


def test_diff_shows_the_change_and_writes_nothing(tmp_path):
    text = "截至目前,已有300人报名...\n\n队员们凯旋归来。\n"
    r, after = _check(tmp_path, text, "--diff")
    assert after == text
    assert r.returncode == 1
    out = r.stdout.decode()
    assert "-截至目前,已有300人报名...\n" in out
    assert "+截至目前，已有300人报名……\n" in out
    assert "+队员们凯旋。\n" in out
    # nothing to fix: no diff, exit 0
    r, _ = _check(tmp_path, "队员们凯旋。\n", "--diff")
    assert r.returncode == 0 and r.stdout == b""


def test_a_finding_without_a_fix_never_changes_the_text(tmp_path):
    text = "据统计，上半年，全市高新技术产业总产值的45.2%。活动定于2月30日举行。\n"
    r, after = _check(tmp_path, text, "--fix", "--unsafe-fixes")
    assert r.returncode == 1  # the findings are still reported
    assert after == text


def test_titles_quotes_and_names_are_left_alone(tmp_path):
    text = "他读过《再接再励》一书。老师说“按步就班”不对。九宵酒店开业，声震九宵。\n"
    r, after = _check(tmp_path, text, "--fix", "--unsafe-fixes")
    assert after == "他读过《再接再励》一书。老师说“按步就班”不对。九宵酒店开业，声震九霄。\n"


def test_protected_spans():
    t = "《甲,乙》和“丙,丁”以及“这是一句很长的引语,它有句号。”"
    spans = [t[s:e] for s, e in protected_spans(t)]
    assert spans == ["甲,乙", "丙,丁"]


def test_fix_on_a_copy_of_the_reference_page_converts_its_punctuation(tmp_path):
    page = need(SEED, "the reference page").read_text(encoding="utf-8")
    assert len(HALF_IN_CJK.findall(page)) > 100
    copy = tmp_path / "page.txt"
    copy.write_text(page, encoding="utf-8")
    r = run_cli("check", str(copy), "--diff")
    diff = r.stdout.decode()
    assert copy.read_text(encoding="utf-8") == page  # --diff writes nothing
    r = run_cli("check", str(copy), "--fix")
    fixed = copy.read_text(encoding="utf-8")
    assert HALF_IN_CJK.findall(fixed) == []
    # the diff showed exactly this change
    want = "".join(
        difflib.unified_diff(
            page.splitlines(True),
            fixed.splitlines(True),
            fromfile=str(copy),
            tofile=f"{copy} (fixed)",
        )
    )
    # (the CLI marks a last line without a newline, as patch(1) expects)
    want = want if want.endswith("\n") else want + "\n"
    assert diff.replace("\n\\ No newline at end of file\n", "\n") == want
    # besides punctuation, only a few characters went: the redundancy fixes (超…以上)
    punct = set(",;:?!()（）…. ，；：？！")
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(
        None, page, fixed, autojunk=False
    ).get_opcodes():
        if op != "equal" and not set(page[a1:a2]) <= punct:
            kept = "".join(c for c in page[a1:a2] if c not in punct)
            assert len(kept) <= 4 and kept not in fixed[b1:b2], (page[a1:a2], fixed[b1:b2])


# -- property: fixing never changes a character outside the fixed spans ------------------

FRAGMENTS = [
    r.flag[i % len(r.flag)] for r in RULES for i in range(2) if r.category != "arithmetic"
] + ["今年以来，全市新建学校12所。", "他说：“好。”", "《人民日报》报道", "（记者 张明）", "\n\n"]


@pytest.mark.parametrize("seed", range(40))
def test_fixing_changes_nothing_outside_the_fixed_spans(seed):
    rnd = random.Random(seed)
    text = "".join(rnd.choice(FRAGMENTS) for _ in range(rnd.randint(2, 8)))
    doc = Document(text, path="x.txt")
    findings = lint_document(doc, RULES)
    edits = plan_edits(doc, fixable(findings, UNSAFE, unsafe=True))
    # edits are sorted and never overlap
    assert all(a[1] <= b[0] for a, b in zip(edits, edits[1:], strict=False))
    out = apply_edits(text, edits)
    # rebuild: every character outside the spans is kept, in order
    pos, rebuilt = 0, []
    for s, e, r in edits:
        assert text[pos:s] == out[len("".join(rebuilt)) : len("".join(rebuilt)) + s - pos]
        rebuilt += [text[pos:s], r]
        pos = e
    rebuilt.append(text[pos:])
    assert "".join(rebuilt) == out
    # and a character-level diff finds changes only inside the edited spans
    spans = [(s, e) for s, e, _ in edits]
    for op, a1, a2, _, _ in difflib.SequenceMatcher(None, text, out, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        assert any(s <= a1 and a2 <= e for s, e in spans) or any(
            a1 == a2 and s <= a1 <= e for s, e in spans
        ), (text, out, op, text[a1:a2])


def test_safe_fixes_skip_rules_marked_unsafe():
    doc = Document("希望再接再励。截止目前，已有10人。", path="x.txt")
    findings = lint_document(doc, RULES)
    rules_with_fix = {f.rule for f in fixable(findings, UNSAFE, unsafe=False)}
    assert "idiom-typo" not in rules_with_fix and "jiezhi-before-date" not in rules_with_fix
    assert {"idiom-typo", "jiezhi-before-date"} <= {
        f.rule for f in fixable(findings, UNSAFE, unsafe=True)
    }


def test_fix_template_literal_or_with_groups() -> None:
    """A fix with no backslash is its own replacement (no template parse per match); one
    with group references or escapes is expanded as Match.expand does."""
    from types import SimpleNamespace

    from lint_news.checks.pattern import _replacement

    m = re.search(r"(约)(\d+)元左右", "投资约85元左右。")
    assert m is not None
    literal = SimpleNamespace(params={"fix": "左右"})
    groups = SimpleNamespace(params={"fix": r"\1\2元"})
    named = SimpleNamespace(params={"fix": r"\g<2>元\\"})
    assert _replacement(m, literal) == "左右"  # type: ignore[arg-type]
    assert _replacement(m, groups) == "约85元"  # type: ignore[arg-type]
    assert _replacement(m, named) == m.expand(r"\g<2>元\\") == "85元\\"  # type: ignore[arg-type]
