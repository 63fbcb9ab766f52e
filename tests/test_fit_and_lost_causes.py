"""benchmarks/fit_pairing.py and benchmarks/lost_causes.py: the fit recovers a weight from
groups built with it, and the lost samples' groups add up to the misses, with the check
left as it was."""

from __future__ import annotations

import math
import random
import sys

import pytest

from lint_news.checks import break_assign
from lint_news.checks import break_pairing as bp
from lint_news.checks import truncation as trunc
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import fit_pairing  # noqa: E402
import lost_causes  # noqa: E402


def _groups(w_true: list[float], n: int, seed: int) -> list[fit_pairing.Group]:
    """Groups of four candidates whose answer is drawn from the softmax of ``w_true``."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        feats = [tuple(rng.gauss(0, 1) for _ in w_true) for _ in range(4)]
        z = [sum(a * b for a, b in zip(w_true, f, strict=True)) for f in feats]
        e = [math.exp(x) for x in z]
        r, acc, answer = rng.random() * sum(e), 0.0, 0
        for k, x in enumerate(e):
            acc += x
            if r <= acc:
                answer = k
                break
        out.append(fit_pairing.Group(feats, [0.0] * 4, answer))
    return out


def test_the_fit_recovers_the_weights_the_answers_were_drawn_with() -> None:
    truth = [2.0, -1.0, 0.0]
    train = _groups(truth, 1500, 1)
    w, _ = fit_pairing.fit(train, [0.0, 0.0, 0.0], l2=0.0, epochs=200, rate=0.05)
    assert abs(w[0] - 2.0) < 0.3 and abs(w[1] + 1.0) < 0.3 and abs(w[2]) < 0.3
    test = _groups(truth, 800, 2)
    # the fitted weights pick the answer about as often as the true ones, far above chance
    assert fit_pairing.top1(test, w) > fit_pairing.top1(test, [0.0, 0.0, 1.0]) + 0.2
    assert abs(fit_pairing.top1(test, w) - fit_pairing.top1(test, truth)) < 0.05


def test_today_s_weights_are_read_in_the_order_of_the_scorer_s_vector() -> None:
    w = fit_pairing.weights_now()
    assert len(w) == len(fit_pairing.NAMES) == len(bp._WEIGHED) + 1
    assert w[fit_pairing.NAMES.index("next")] == bp.W_NEXT
    assert w[-1] == bp.W_NOSIGN


@pytest.mark.pure  # (it spies on break_pairing.Scorer: no groups where that is compiled)
def test_fit_pairing_collects_groups_and_leaves_the_check_as_it_was(corpora) -> None:
    before = (bp.Scorer.score, break_assign.assign, trunc._pair_jointly)
    groups, missing = fit_pairing.collect(corpora, [5], 40, "break-next")
    assert (bp.Scorer.score, break_assign.assign, trunc._pair_jointly) == before
    assert groups and missing >= 0
    for g in groups:
        assert 0 <= g.answer < len(g.feats) == len(g.offsets)
        assert all(len(f) == len(fit_pairing.NAMES) for f in g.feats)


def test_lost_groups_add_up_to_the_misses(corpora, capsys) -> None:
    before = (trunc.Break.__init__, sys.gettrace())
    assert lost_causes.main(["--seed", "5", "--samples", "150", "--corpora", str(corpora)]) == 0
    assert (trunc.Break.__init__, sys.gettrace()) == before
    lines = capsys.readouterr().out.splitlines()
    head = lines[0].split()
    n, found, missed = int(head[3]), int(head[6].rstrip(",")), int(head[8])
    assert n == 150 and found + missed == n and missed > 0
    assert sum(int(line.split()[0]) for line in lines[1:]) == missed


def test_no_corpora_is_one_line_and_exit_2(tmp_path, capsys) -> None:
    assert lost_causes.main(["--corpora", str(tmp_path / "none")]) == 2
    assert fit_pairing.main(["--corpora", str(tmp_path / "none")]) == 2
    assert "no corpora" in capsys.readouterr().err
