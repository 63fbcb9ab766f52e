"""Which open end takes which candidate: a maximum-weight matching over the scored pairs.

``assign`` pairs each head of a break with at most one tail and each tail with at most one
head, so that the total score above a floor is largest: heads that compete for no tail take
their best; each group of heads linked through shared candidates is solved exactly (the
Hungarian method) when small, else best first. The scores come from ``break_pairing``.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain


def assign(scores: dict[tuple[int, int], float], floor: float) -> dict[int, int]:
    """Pairs (head, tail) of maximum total score above ``floor``, each head and each tail in
    at most one pair. Heads that compete for no tail are paired directly; each group of
    heads linked through shared candidates is solved exactly (the Hungarian method) when
    small, else best first."""
    by_head: dict[int, dict[int, float]] = {}
    for (i, j), s in scores.items():
        if s > floor:
            by_head.setdefault(i, {})[j] = s - floor
    out: dict[int, int] = {}
    for group in _groups(by_head):
        cols = sorted({j for i in group for j in by_head[i]})
        if len(group) == 1:
            i = group[0]
            out[i] = max(by_head[i], key=lambda j: (by_head[i][j], -j))
        elif len(group) <= MAX_EXACT:
            out.update(_hungarian(group, cols, by_head))
        else:
            out.update(_best_first(group, by_head))
    return out


MAX_EXACT = 40


def _groups(by_head: dict[int, dict[int, float]]) -> list[list[int]]:
    """Heads linked through a candidate they share (connected components)."""
    parent = {i: i for i in by_head}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[int, int] = {}
    for i, cands in by_head.items():
        for j in cands:
            if j in owner:
                a, b = root(i), root(owner[j])
                if a != b:
                    parent[a] = b
            else:
                owner[j] = i
    groups: dict[int, list[int]] = {}
    for i in sorted(by_head):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def _best_first(group: Sequence[int], by_head: dict[int, dict[int, float]]) -> dict[int, int]:
    pairs = sorted(
        ((s, i, j) for i in group for j, s in by_head[i].items()),
        key=lambda p: (-p[0], p[1], p[2]),
    )
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in pairs:
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


def _hungarian(
    group: Sequence[int], cols: Sequence[int], by_head: dict[int, dict[int, float]]
) -> dict[int, int]:
    """Maximum-weight assignment of the heads of ``group`` to ``cols`` or to nothing (a
    dummy column per head, weight 0): the Hungarian method on the costs -weight, each row
    holding only the columns it can take (its candidates, then every dummy column)."""
    k = len(cols)
    index = {col: c for c, col in enumerate(cols, 1)}  # (1-based, as ``_solve`` counts)
    takes = [sorted((index[col], -x) for col, x in by_head[i].items()) for i in group]
    return {group[r]: cols[c] for r, c in _solve(takes, k) if c < k}


def _solve(takes: list[list[tuple[int, float]]], k: int) -> list[tuple[int, int]]:
    """Minimum-cost assignment of the n rows to distinct columns 1..k + n (shortest
    augmenting paths with potentials): row r may take the (column, cost) pairs of
    ``takes[r]`` (columns 1..k) and each of the n dummy columns k + 1..k + n at cost 0;
    returns (row, column) pairs, 0-based. It is the textbook method on the full matrix with
    a prohibitive cost where a row cannot take a column (as ``_hungarian`` had it, kept in
    tests/test_truncation_speed.py): such a column is never a search's cheapest step, as a
    row of the search can always still take a free dummy column at next to nothing
    (potentials stay within the sums of the costs). So a step reads only the columns its
    row can take and chooses among those the search has reached, with the same arithmetic
    on them, ties to the lowest column. Of the dummy columns that no row holds yet, a step
    reads only the lowest (``spare``): the others have the same cost, potential (0: a
    column's potential moves only while a row holds it) and so the same reduced cost at
    every step of a search, and the tie goes to the lowest, which ends the search."""
    n = len(takes)
    m = k + n
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)  # p[column] = row (1-based), 0 when free
    way = [0] * (m + 1)
    held: list[int] = []  # dummy columns that some row holds
    spare = k + 1  # the lowest dummy column that no row holds
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        free = [True] * (m + 1)  # not yet used in this search
        free[0] = False
        reached: list[int] = []  # free columns that some row of the search can take
        used = [0]
        # every row may take the held dummy columns and the spare one, at cost 0 (the spare
        # is never used in a search: reaching it, a free column, ends the search)
        dummies = [(j, 0.0) for j in held]
        dummies.append((spare, 0.0))
        while True:
            i0 = p[j0]
            ui = u[i0]
            for j, cost in chain(takes[i0 - 1], dummies):
                if free[j]:
                    cur = cost - ui - v[j]
                    mj = minv[j]
                    if cur < mj:
                        if mj == inf:
                            reached.append(j)
                        minv[j] = cur
                        way[j] = j0
            delta = inf
            j1 = 0
            for j in reached:
                mj = minv[j]
                if mj < delta or (mj == delta and j < j1):
                    delta = mj
                    j1 = j
            for j in used:  # (each a different row: the order of the updates is free)
                u[p[j]] += delta
                v[j] -= delta
            for j in reached:
                minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
            reached.remove(j0)
            free[j0] = False
            used.append(j0)
        if j0 == spare:
            held.append(spare)
            spare += 1
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    return [(p[j] - 1, j - 1) for j in range(1, m + 1) if p[j] != 0]
