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
