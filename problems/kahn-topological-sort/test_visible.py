import pytest

from solution import CycleError, topological_sort


def test_examples_from_prompt():
    got = topological_sort(4, [(0, 3), (1, 2)])
    assert got == [0, 1, 2, 3], f"always place the smallest ready node: expected [0, 1, 2, 3], got {got}"
    got = topological_sort(3, [(2, 0)])
    assert got == [1, 2, 0], f"expected [1, 2, 0], got {got}"


def test_cycle_raises():
    with pytest.raises(CycleError) as info:
        topological_sort(3, [(0, 1), (1, 2), (2, 1)])
    assert info.value.nodes == [1, 2], f"nodes 1 and 2 can never be placed, got {info.value.nodes}"
