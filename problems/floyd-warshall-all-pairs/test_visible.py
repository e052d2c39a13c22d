import pytest

from solution import NegativeCycleError, floyd_warshall


def test_example_from_prompt():
    got = floyd_warshall(3, [(0, 1, 4), (1, 2, -2), (0, 2, 3), (2, 0, 1)])
    want = [[0, 4, 2], [-1, 0, -2], [1, 5, 0]]
    assert got == want, f"expected {want}, got {got}"


def test_negative_cycle_is_reported_with_its_nodes():
    with pytest.raises(NegativeCycleError) as info:
        floyd_warshall(3, [(0, 1, 1), (1, 0, -2), (1, 2, 5)])
    assert info.value.nodes == [0, 1], f"0 -> 1 -> 0 weighs -1; expected nodes [0, 1], got {info.value.nodes}"
