import math

import pytest

from solution import NegativeCycleError, bellman_ford


def test_negative_edge_without_cycle():
    got = bellman_ford(4, [(0, 1, 4), (0, 2, 5), (2, 1, -3), (1, 3, 2)], 0)
    assert got == [0, 2, 5, 4], f"0 -> 2 -> 1 costs 2, cheaper than the direct 4; got {got}"


def test_reachable_negative_cycle_raises():
    with pytest.raises(NegativeCycleError):
        bellman_ford(3, [(0, 1, 1), (1, 2, -2), (2, 1, 1)], 0)


def test_unreachable_negative_loop_is_ignored():
    got = bellman_ford(3, [(0, 1, 1), (2, 2, -1)], 0)
    assert got == [0, 1, math.inf], f"node 2's negative loop cannot be reached from 0; got {got}"
