"""Optimal one-to-one matching (the Hungarian algorithm): predicted incidents to
gold incidents, predicted names and figures to gold ones (summarizer.evaluation.metrics)."""

from __future__ import annotations


def assignment(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Maximum-weight assignment (Hungarian algorithm, O(n^2 m)): (row, column)
    pairs, each row and column used at most once, the total weight as large as
    possible. Pairs of weight <= 0 are left out of the answer."""
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if not rows or not cols:
        return []
    flip = rows > cols
    w = [list(c) for c in zip(*weights)] if flip else [list(r) for r in weights]
    n, m = len(w), len(w[0])
    top = max(max(r) for r in w)
    cost = [[top - x for x in r] for r in w]  # minimise cost == maximise weight
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)  # owner[j]: row assigned to column j
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]
    if flip:
        pairs = [(c, r) for r, c in pairs]
    return sorted((r, c) for r, c in pairs if weights[r][c] > 0)
