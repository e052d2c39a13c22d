import tracemalloc

import numpy as np

from solution import prefix_sum_inplace


def test_empty_and_single():
    assert prefix_sum_inplace([]) == [], "an empty list stays empty"
    assert prefix_sum_inplace([7]) == [7], "a single element is its own prefix sum"


def test_negative_and_float_values():
    a = [1.5, -2.0, 0.5, -1.0]
    prefix_sum_inplace(a)
    np.testing.assert_allclose(a, [1.5, -0.5, 0.0, -1.0], err_msg="negatives and floats")


def test_float_array_view_is_updated_through_the_base():
    base = np.arange(10, dtype=np.float64)
    view = base[2:6]
    prefix_sum_inplace(view)
    np.testing.assert_allclose(base[2:6], [2, 5, 9, 14], err_msg="write through the view")
    assert base[0] == 0 and base[6] == 6, "elements outside the view must be untouched"


def test_large_array_uses_constant_extra_memory():
    a = np.ones(200_000, dtype=np.int64)
    tracemalloc.start()
    prefix_sum_inplace(a)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert a[-1] == 200_000, "the last element should be the total"
    assert peak < a.nbytes // 4, (
        f"peak extra memory was {peak} bytes for a {a.nbytes}-byte array: "
        "do not build a second array"
    )


def test_large_list_uses_constant_extra_memory():
    # Running totals of +1/-1 stay 0 or 1 (cached ints), so an in-place pass allocates nothing.
    a = [1, -1] * 25_000
    tracemalloc.start()
    result = prefix_sum_inplace(a)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert result is a, "return the list you were given"
    assert a[-2:] == [1, 0], f"running totals of 1, -1, 1, -1, ... end in 1, 0, got {a[-2:]}"
    assert peak < 100_000, (
        f"peak extra memory was {peak} bytes for a 50,000-element list: "
        "write the totals back slot by slot instead of building a second list"
    )


class _Counted:
    """A number that counts the additions made with it."""

    additions = 0

    def __init__(self, value):
        self.value = value

    def __add__(self, other):
        _Counted.additions += 1
        other_value = other.value if isinstance(other, _Counted) else other
        return _Counted(self.value + other_value)

    __radd__ = __add__


def test_number_of_additions_is_linear():
    counts = {}
    for n in (100, 400):
        a = [_Counted(1) for _ in range(n)]
        _Counted.additions = 0
        prefix_sum_inplace(a)
        assert [x.value if isinstance(x, _Counted) else x for x in a[-2:]] == [n - 1, n], (
            "running totals of n ones end in n - 1, n"
        )
        counts[n] = _Counted.additions
    assert counts[400] <= 4 * counts[100] + 10 and counts[400] <= 2 * 400, (
        f"{counts[100]} additions for n=100 but {counts[400]} for n=400: "
        "reuse the previous total, one addition per element (O(n) time)"
    )
