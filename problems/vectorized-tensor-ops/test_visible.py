import numpy as np

from solution import (axpy_loop, axpy_vec, clipped_relu_loop, clipped_relu_vec, row_norms_loop,
                      row_norms_vec, softmax_loop, softmax_vec)


def test_examples_from_prompt():
    got = axpy_loop(2.0, [1, 2, 3], [10, 10, 10])
    assert isinstance(got, list), f"axpy_loop must return a list, got {type(got).__name__}"
    np.testing.assert_allclose(got, [12.0, 14.0, 16.0], err_msg="axpy_loop(2, [1,2,3], [10,10,10])")
    got = clipped_relu_vec(np.array([-1.0, 0.5, 9.0]), 6.0)
    np.testing.assert_allclose(got, [0.0, 0.5, 6.0], err_msg="clipped_relu_vec with cap 6")
    got = row_norms_vec(np.array([[3.0, 4.0], [0.0, 0.0]]))
    np.testing.assert_allclose(got, [5.0, 0.0], err_msg="row norms of [[3, 4], [0, 0]]")
    np.testing.assert_allclose(softmax_loop([1000.0, 1000.0]), [0.5, 0.5],
                               err_msg="softmax of two equal large values must be [0.5, 0.5]")


def test_loop_and_vectorised_versions_agree_on_random_data():
    rng = np.random.default_rng(0)
    x = rng.normal(size=50)
    y = rng.normal(size=50)
    X = rng.normal(size=(7, 5))
    np.testing.assert_allclose(axpy_loop(-1.5, list(x), list(y)), axpy_vec(-1.5, x, y), rtol=1e-12,
                               err_msg="axpy: loop and vectorised versions disagree")
    np.testing.assert_allclose(axpy_vec(-1.5, x, y), -1.5 * x + y, rtol=1e-12, err_msg="axpy_vec")
    np.testing.assert_allclose(clipped_relu_loop(list(x), 0.7), np.clip(x, 0, 0.7), rtol=1e-12,
                               err_msg="clipped_relu_loop")
    np.testing.assert_allclose(clipped_relu_vec(x, 0.7), np.clip(x, 0, 0.7), rtol=1e-12,
                               err_msg="clipped_relu_vec")
    np.testing.assert_allclose(row_norms_loop(X.tolist()), np.linalg.norm(X, axis=1), rtol=1e-12,
                               err_msg="row_norms_loop")
    np.testing.assert_allclose(row_norms_vec(X), np.linalg.norm(X, axis=1), rtol=1e-12,
                               err_msg="row_norms_vec")
    want = np.exp(x) / np.exp(x).sum()
    np.testing.assert_allclose(softmax_loop(list(x)), want, rtol=1e-12, err_msg="softmax_loop")
    np.testing.assert_allclose(softmax_vec(x), want, rtol=1e-12, err_msg="softmax_vec")


def test_vectorised_versions_do_no_per_element_python_work():
    from _tracing import lines_executed

    rng = np.random.default_rng(1)
    x = rng.normal(size=20_000)
    y = rng.normal(size=20_000)
    X = rng.normal(size=(10_000, 2))
    calls = {
        "axpy_vec": (axpy_vec, (3.0, x, y)),
        "clipped_relu_vec": (clipped_relu_vec, (x, 1.0)),
        "row_norms_vec": (row_norms_vec, (X,)),
        "softmax_vec": (softmax_vec, (x,)),
    }
    for name, (fn, args) in calls.items():
        _, lines = lines_executed(fn, *args)
        assert lines < 1000, (
            f"{name} executed {lines} Python lines on a 20,000-element input: that is a Python "
            "loop over elements. Use whole-array numpy operations."
        )
