import random
import sys

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


def test_integer_neighbours_that_do_not_share_a_point_stay_apart():
    got = merge_intervals([(4, 5), (1, 3), (7, 9), (10, 10)])
    assert got == [(1, 3), (4, 5), (7, 9), (10, 10)], (
        f"(1, 3) and (4, 5) share no point (3 < 4), nor do (7, 9) and (10, 10): keep them apart; got {got}")


def lines_run_in_solution(fn, *args):
    """Call fn(*args) and count the lines of solution.py it executes: a measure of work."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if not frame.f_code.co_filename.endswith("solution.py"):
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        fn(*args)
    finally:
        sys.settrace(None)
    return count


def test_work_grows_like_n_log_n():
    rng = random.Random(11)

    def intervals(n):
        out = [(3 * i, 3 * i + 1) for i in range(n)]          # disjoint blocks, shuffled
        rng.shuffle(out)
        return out

    small, large = lines_run_in_solution(merge_intervals, intervals(100)), lines_run_in_solution(merge_intervals, intervals(400))
    assert large <= 6 * small, (
        f"{small} lines of your code ran for 100 intervals but {large} for 400 (x{large / max(small, 1):.1f}): "
        "sort once and merge in one pass (O(n log n)); comparing every pair is O(n^2)")


def test_empty_and_single_interval():
    assert merge_intervals([]) == [], "no intervals merge into an empty list"
    assert merge_intervals([(2, 2)]) == [(2, 2)], "a single point interval is returned as it is"


def test_pairs_given_as_lists_come_back_as_tuples():
    data = [[5, 6], [1, 3], [2, 4]]
    got = merge_intervals(data)
    assert got == [(1, 4), (5, 6)] and all(type(iv) is tuple for iv in got), (
        f"the result is a list of (start, end) tuples even when the input pairs are lists; got {got}")
    assert data == [[5, 6], [1, 3], [2, 4]], "the input list and its pairs must not be changed"
