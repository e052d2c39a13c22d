import numpy as np

from solution import (axpy_loop, axpy_vec, clipped_relu_loop, clipped_relu_vec, row_norms_loop,
                      row_norms_vec, softmax_loop, softmax_vec)


def test_softmax_is_stable_for_large_and_very_negative_inputs():
    for x in ([1000.0, 1001.0, 999.0], [-1000.0, -1001.0], [710.0] * 4):
        want = np.exp(np.array(x) - max(x))
        want /= want.sum()
        got_loop = np.array(softmax_loop(list(x)))
        got_vec = softmax_vec(np.array(x))
        for name, got in (("softmax_loop", got_loop), ("softmax_vec", got_vec)):
            assert np.all(np.isfinite(got)), f"{name}({x}) gave non-finite values {got}: subtract the max first"
            np.testing.assert_allclose(got, want, rtol=1e-12, err_msg=f"{name}({x})")


def test_empty_inputs_and_zero_width_rows():
    assert axpy_loop(2.0, [], []) == [], "axpy_loop of empty lists is []"
    assert clipped_relu_loop([], 1.0) == [], "clipped_relu_loop([]) is []"
    assert softmax_loop([]) == [], "softmax_loop([]) is []"
    assert softmax_vec(np.zeros(0)).shape == (0,), "softmax_vec of an empty array has shape (0,)"
    assert row_norms_loop([[], []]) == [0.0, 0.0], "a row with no entries has norm 0.0"
    got = row_norms_vec(np.zeros((3, 0)))
    assert got.shape == (3,), f"row_norms_vec of a (3, 0) array has shape (3,), got {got.shape}"
    np.testing.assert_array_equal(got, 0.0, err_msg="rows with no entries have norm 0.0")


def test_integer_inputs_give_float64_and_inputs_are_untouched():
    x = np.array([-3, 0, 2, 8])
    y = np.array([1, 1, 1, 1])
    before_x, before_y = x.copy(), y.copy()
    for name, got, want in (
        ("axpy_vec", axpy_vec(0.5, x, y), [-0.5, 1.0, 2.0, 5.0]),
        ("clipped_relu_vec", clipped_relu_vec(x, 5), [0.0, 0.0, 2.0, 5.0]),
        ("softmax_vec", softmax_vec(x), np.exp(x - 8.0) / np.exp(x - 8.0).sum()),
    ):
        assert isinstance(got, np.ndarray) and got.dtype == np.float64, (
            f"{name} must return a float64 array, got {type(got).__name__} "
            f"{getattr(got, 'dtype', '')}")
        np.testing.assert_allclose(got, want, rtol=1e-12, err_msg=f"{name} on integer input")
    got = row_norms_vec(np.array([[1, 2, 2], [0, 3, 4]]))
    assert got.dtype == np.float64, f"row_norms_vec must return float64, got {got.dtype}"
    np.testing.assert_allclose(got, [3.0, 5.0], err_msg="row norms of integer rows")
    np.testing.assert_array_equal(x, before_x, err_msg="do not modify the input x")
    np.testing.assert_array_equal(y, before_y, err_msg="do not modify the input y")
    lst = [-2.0, 7.0]
    clipped_relu_loop(lst, 1.0)
    assert lst == [-2.0, 7.0], "clipped_relu_loop must return a new list, not modify its input"


def test_clip_bounds_are_inclusive_and_results_are_new_objects():
    x = np.array([0.0, 2.0, 2.0000001, -0.0])
    got = clipped_relu_vec(x, 2.0)
    np.testing.assert_array_equal(got, [0.0, 2.0, 2.0, 0.0], err_msg="clip to [0, 2] inclusive")
    assert not np.shares_memory(got, x), "clipped_relu_vec must return a new array, not a view of x"
    assert clipped_relu_loop([5.0, -5.0, 1.0], 3.0) == [3.0, 0.0, 1.0], "clipped_relu_loop with cap 3"
