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


def test_vectorised_work_does_not_grow_with_the_input():
    from _tracing import lines_executed

    rng = np.random.default_rng(2)
    small, big = rng.normal(size=2_000), rng.normal(size=8_000)
    cases = [
        ("axpy_vec", axpy_vec, (2.0, small, small), (2.0, big, big)),
        ("clipped_relu_vec", clipped_relu_vec, (small, 0.5), (big, 0.5)),
        ("softmax_vec", softmax_vec, (small,), (big,)),
        ("row_norms_vec (tall)", row_norms_vec, (rng.normal(size=(2_000, 3)),), (rng.normal(size=(8_000, 3)),)),
        ("row_norms_vec (wide)", row_norms_vec, (rng.normal(size=(3, 2_000)),), (rng.normal(size=(3, 8_000)),)),
    ]
    for name, fn, args_small, args_big in cases:
        _, at_n = lines_executed(fn, *args_small)
        _, at_4n = lines_executed(fn, *args_big)
        assert at_n < 300 and at_4n <= at_n + 10, (
            f"{name} ran {at_n} Python lines at size n and {at_4n} at 4n: the Python work must not grow with "
            "the input (no loop over rows, columns or elements)")


def test_float32_inputs_give_float64_outputs():
    x = np.array([-1.5, 0.25, 3.0], dtype=np.float32)
    X = np.array([[3.0, 4.0], [1.0, 0.0]], dtype=np.float32)
    for name, got in (("axpy_vec", axpy_vec(2.0, x, x)), ("clipped_relu_vec", clipped_relu_vec(x, 1.0)),
                      ("row_norms_vec", row_norms_vec(X)), ("softmax_vec", softmax_vec(x))):
        assert isinstance(got, np.ndarray) and got.dtype == np.float64, (
            f"{name} on float32 input must return float64 (the prompt asks for float64 whatever the input), "
            f"got {getattr(got, 'dtype', type(got).__name__)}")
    assert x.dtype == np.float32 and X.dtype == np.float32, "do not change the inputs' dtype"


def test_loop_versions_return_lists_of_floats_on_integer_input():
    cases = (
        ("axpy_loop", axpy_loop(2, [1, -2], [3, 4]), [5.0, 0.0]),
        ("clipped_relu_loop", clipped_relu_loop([5, -5, 1], 3), [3.0, 0.0, 1.0]),
        ("row_norms_loop", row_norms_loop([[3, 4], [1, 2, 2], [0]]), [5.0, 3.0, 0.0]),
        ("softmax_loop", softmax_loop([7, 7]), [0.5, 0.5]),
    )
    for name, got, want in cases:
        assert isinstance(got, list), f"{name} must return a list, got {type(got).__name__}"
        np.testing.assert_allclose(got, want, rtol=1e-12, err_msg=f"{name} on integer input")
        assert all(type(v) is float for v in got), (
            f"{name} must return Python floats, got {[type(v).__name__ for v in got]}")


def test_float_inputs_are_not_modified_or_returned():
    rng = np.random.default_rng(5)
    x, y = rng.normal(size=50), rng.normal(size=50)
    X = rng.normal(size=(6, 4))
    saved = (x.copy(), y.copy(), X.copy())
    results = (("axpy_vec", axpy_vec(3.0, x, y), (x, y)), ("softmax_vec", softmax_vec(x), (x,)),
               ("row_norms_vec", row_norms_vec(X), (X,)))
    for name, got, inputs in results:
        for arr in inputs:
            assert not np.shares_memory(got, arr), f"{name} must return a new array, not write into an input"
    np.testing.assert_allclose(results[0][1], 3.0 * saved[0] + saved[1], rtol=1e-12, err_msg="axpy_vec")
    for name, arr, before in (("x", x, saved[0]), ("y", y, saved[1]), ("X", X, saved[2])):
        np.testing.assert_array_equal(arr, before, err_msg=f"the float64 input {name} was modified")
