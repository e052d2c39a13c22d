import numpy as np

from solution import check_gradient, numerical_gradient, relative_error


def test_central_differences_are_accurate():
    x = np.array([[1.0, -2.0, 0.5], [3.0, 0.25, -1.5]])
    g = numerical_gradient(lambda w: float(np.sum(w ** 3)), x)
    assert g.shape == x.shape, f"gradient shape must be {x.shape}, got {g.shape}"
    np.testing.assert_allclose(g, 3 * x ** 2, rtol=1e-7, err_msg=(
        "not accurate enough for central differences (a one-sided difference has O(eps) error)"))


def test_relative_error_formula_and_zeros():
    err = relative_error(np.array([1.0, 0.0, -2.0]), np.array([3.0, 0.0, -2.0]))
    np.testing.assert_allclose(err, [0.5, 0.0, 0.0], err_msg="|a - b| / max(|a| + |b|, floor); 0 vs 0 is 0")


def test_report_for_a_correct_gradient():
    x = np.array([[1.0, 2.0], [0.5, -1.0]])
    rep = check_gradient(lambda w: float(np.sum(w ** 3)), lambda w: 3 * w ** 2, x)
    assert rep["ok"], "a correct gradient must pass"
    assert rep["max_rel_error"] < 1e-8, f"max_rel_error too large: {rep['max_rel_error']}"
    assert isinstance(rep["worst_index"], tuple) and len(rep["worst_index"]) == 2, "index tuple into x"
