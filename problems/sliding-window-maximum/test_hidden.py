import random

import pytest

from solution import sliding_window_max


class Num:
    """A number that counts every ordering comparison made with it."""

    comparisons = 0

    def __init__(self, v):
        self.v = v

    def _other(self, o):
        Num.comparisons += 1
        return o.v if isinstance(o, Num) else o

    def __lt__(self, o):
        return self.v < self._other(o)

    def __le__(self, o):
        return self.v <= self._other(o)

    def __gt__(self, o):
        return self.v > self._other(o)

    def __ge__(self, o):
        return self.v >= self._other(o)

    def __repr__(self):
        return f"Num({self.v})"


def test_invalid_window_sizes():
    for nums, k in (([1, 2], 0), ([1, 2], 3), ([], 1), ([5], -1)):
        with pytest.raises(ValueError):
            got = sliding_window_max(nums, k)
            pytest.fail(f"sliding_window_max({nums}, {k}) returned {got}: raise ValueError unless 1 <= k <= len(nums)")


def test_window_equal_to_length_and_duplicates():
    assert sliding_window_max([2, 9, 9, 1], 4) == [9], "k = len(nums): a single window"
    assert sliding_window_max([5, 5, 5, 5], 2) == [5, 5, 5], "equal values"
    assert sliding_window_max([3, 1, 2, 0, -1], 2) == [3, 2, 2, 0], "decreasing stretch: the old maximum must expire"


def test_random_against_slicing():
    rng = random.Random(67)
    for _ in range(200):
        nums = [rng.randint(-5, 5) for _ in range(rng.randint(1, 25))]
        k = rng.randint(1, len(nums))
        want = [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
        got = sliding_window_max(nums, k)
        assert got == want, f"nums={nums}, k={k}: expected {want}, got {got}"


def test_linear_number_of_comparisons():
    rng = random.Random(71)
    n = 4000
    for label, values, k in (
        ("random", [rng.randint(0, 10**6) for _ in range(n)], 1000),
        ("decreasing", list(range(n, 0, -1)), 1500),
        ("increasing", list(range(n)), 700),
    ):
        nums = [Num(v) for v in values]
        Num.comparisons = 0
        got = sliding_window_max(nums, k)
        used = Num.comparisons
        want = [max(values[i:i + k]) for i in range(0, n - k + 1, 97)]
        assert [g.v for g in got[::97]] == want, f"{label}: wrong maxima"
        assert used <= 3 * n + 10, (
            f"{label} input, n={n}, k={k}: {used} comparisons, more than 3n + 10 = {3 * n + 10}. "
            "Each element should be compared O(1) times on average (monotonic deque)"
        )
