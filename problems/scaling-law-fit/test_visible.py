import numpy as np

from solution import compute_optimal, fit_power_law, fit_saturating_power_law, predict


def test_pure_power_law_is_recovered():
    C = np.logspace(0, 4, 9)
    a, b = fit_power_law(C, 2.0 * C ** -0.3)
    assert isinstance(a, float) and isinstance(b, float), "return Python floats"
    assert abs(a - 2.0) < 1e-8 and abs(b - 0.3) < 1e-8, f"expected (2.0, 0.3), got ({a}, {b})"
    np.testing.assert_allclose(predict((a, b), np.array([1e5, 1e6])), 2.0 * np.array([1e5, 1e6]) ** -0.3,
                               rtol=1e-8, err_msg="predict with a 2-tuple is a * C^-b")


def test_noise_free_saturating_law_is_recovered():
    C = np.logspace(0, 4, 15)
    for a0, b0, c0 in [(3.0, 0.35, 1.8), (10.0, 0.5, 0.5), (1.0, 0.2, 2.5)]:
        a, b, c = fit_saturating_power_law(C, a0 * C ** -b0 + c0)
        np.testing.assert_allclose([a, b, c], [a0, b0, c0], rtol=1e-4,
                                   err_msg="noise-free data must give back the true (a, b, c)")


def test_compute_optimal_prompt_example():
    N, D = compute_optimal(6e20, A=400.0, B=400.0, alpha=0.34, beta=0.34)
    np.testing.assert_allclose([N, D], [1e10, 1e10], rtol=1e-9,
                               err_msg="with A = B and alpha = beta, N = D = sqrt(C / 6)")
