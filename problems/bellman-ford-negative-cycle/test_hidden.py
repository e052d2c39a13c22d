import math
import random

import pytest

from solution import NegativeCycleError, bellman_ford


def test_reverse_ordered_chain_needs_all_n_minus_1_rounds():
    n = 30
    edges = [(i, i + 1, -1) for i in reversed(range(n - 1))]  # worst order: one hop per round
    got = bellman_ford(n, edges, 0)
    assert got == [-i for i in range(n)], (
        "a chain listed backwards settles one node per round; after n-1 rounds it is exact and "
        "must NOT be reported as a negative cycle"
    )


def test_negative_cycle_far_from_source_is_found():
    n = 12
    edges = [(i, i + 1, 2) for i in reversed(range(n - 3))]
    edges += [(n - 3, n - 2, 1), (n - 2, n - 1, -3), (n - 1, n - 3, 1)]
    with pytest.raises(NegativeCycleError):
        bellman_ford(n, edges, 0)


def test_error_type_and_negative_self_loop():
    with pytest.raises(ValueError):
        bellman_ford(2, [(0, 1, 1), (1, 1, -0.5)], 0)
    assert issubclass(NegativeCycleError, ValueError), "NegativeCycleError must subclass ValueError"


def test_zero_weight_cycle_is_not_negative():
    got = bellman_ford(3, [(0, 1, 2), (1, 2, -1), (2, 1, 1)], 0)
    assert got == [0, 2, 1], f"the cycle 1 -> 2 -> 1 has weight 0, which is allowed; got {got}"


def test_random_graphs_without_negative_cycles():
    rng = random.Random(29)
    for _ in range(60):
        n = rng.randint(1, 9)
        potential = [rng.randint(-10, 10) for _ in range(n)]
        edges = []
        for _ in range(rng.randint(0, 25)):
            u, v = rng.randrange(n), rng.randrange(n)
            # reduced costs >= 0 guarantee no negative cycle, while raw weights can be negative
            edges.append((u, v, rng.randint(0, 6) + potential[v] - potential[u]))
        s = rng.randrange(n)
        want = [math.inf] * n
        want[s] = 0
        for _ in range(n + 1):
            for u, v, w in edges:
                if want[u] + w < want[v]:
                    want[v] = want[u] + w
        got = bellman_ford(n, edges, s)
        assert got == want, f"n={n}, source={s}, edges={edges}: expected {want}, got {got}"
