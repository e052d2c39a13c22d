import random

import pytest

from solution import merge_intervals


def test_touching_intervals_merge_but_gaps_do_not():
    got = merge_intervals([(3, 5), (1, 3), (6, 7)])
    assert got == [(1, 5), (6, 7)], (
        f"closed intervals (1, 3) and (3, 5) share the point 3 and merge; (6, 7) starts after a gap; got {got}"
    )


def test_nested_interval_does_not_shrink_the_block():
    got = merge_intervals([(1, 10), (2, 3), (4, 5)])
    assert got == [(1, 10)], f"intervals inside (1, 10) must not shorten it (use max of the ends), got {got}"


def test_input_list_is_not_modified():
    data = [(5, 6), (1, 2), (2, 3)]
    copy = list(data)
    merge_intervals(data)
    assert data == copy, "merge_intervals must not sort or change the caller's list"


def test_malformed_interval_raises():
    with pytest.raises(ValueError):
        merge_intervals([(1, 2), (5, 3)])


def test_matches_a_brute_force_cover_on_random_inputs():
    rng = random.Random(7)
    for _ in range(200):
        intervals = []
        for _ in range(rng.randint(1, 8)):
            a = rng.randint(-10, 10)
            intervals.append((a, a + rng.randint(0, 5)))
        got = merge_intervals(intervals)
        # brute force: union of closed integer points, split where a point is missing
        points = sorted({p for s, e in intervals for p in range(s, e + 1)})
        want = []
        for p in points:
            if want and p == want[-1][1] + 1 and any(s <= p - 1 and p <= e for s, e in intervals):
                want[-1] = (want[-1][0], p)
            else:
                want.append((p, p))
        assert got == want, f"for {intervals} expected {want}, got {got}"
