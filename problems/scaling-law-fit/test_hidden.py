import numpy as np
import pytest

from solution import compute_optimal, fit_power_law, fit_saturating_power_law, predict

TRUE = (3.0, 0.35, 1.8)


def noisy_data(seed):
    C = np.logspace(0, 4, 15)
    rng = np.random.default_rng(seed)
    return C, (TRUE[0] * C ** -TRUE[1] + TRUE[2]) * np.exp(rng.normal(0, 0.005, size=C.shape))


def test_noisy_fit_and_extrapolation():
    # Over 200 noise draws a log-space least-squares fit stays within a +-0.05, b +-0.013,
    # c +-0.027 and 1.1 % at C = 1e5; the bounds below are about 3 times that.
    C, L = noisy_data(seed=2024)
    a, b, c = fit_saturating_power_law(C, L)
    assert abs(a - 3.0) < 0.15 and abs(b - 0.35) < 0.04 and abs(c - 1.8) < 0.08, (
        f"fitted (a, b, c) = ({a:.3f}, {b:.3f}, {c:.3f}); truth is (3.0, 0.35, 1.8)")
    got, want = predict((a, b, c), 1e5), predict(TRUE, 1e5)
    assert abs(got / want - 1) < 0.03, f"prediction at 10x the largest run: {got:.4f} vs {want:.4f}"


def test_pure_power_law_misses_the_floor():
    C, L = noisy_data(seed=7)
    sat = predict(fit_saturating_power_law(C, L), 1e6)
    pure = predict(fit_power_law(C, L), 1e6)
    want = predict(TRUE, 1e6)
    assert abs(sat / want - 1) < 0.04, f"saturating fit predicts {sat:.3f} at 1e6, truth {want:.3f}"
    assert pure < 0.8 * want, "sanity: a pure power law undershoots badly once the floor matters"
    arr = predict(fit_saturating_power_law(C, L), np.array([1.0, 1e6]))
    assert np.shape(arr) == (2,), "predict must accept arrays"


def test_compute_optimal_is_the_constrained_minimum():
    A, B, alpha, beta = 406.4, 410.7, 0.34, 0.28
    for C in [1e18, 1e21, 1e24]:
        N, D = compute_optimal(C, A, B, alpha, beta)
        assert abs(6 * N * D / C - 1) < 1e-9, "the allocation must spend exactly C = 6 N D"
        logN = np.log(N) + np.linspace(-3, 3, 6001)
        Ns = np.exp(logN)
        loss = A * Ns ** -alpha + B * (C / (6 * Ns)) ** -beta
        best = Ns[np.argmin(loss)]
        assert abs(np.log(best / N)) < 2e-3, (
            f"at C={C:g} the loss is minimised near N={best:.4g}, you returned N={N:.4g}")
    N1, _ = compute_optimal(1e20, A, B, alpha, beta)
    N2, _ = compute_optimal(1e22, A, B, alpha, beta)
    np.testing.assert_allclose(np.log(N2 / N1) / np.log(100), beta / (alpha + beta), rtol=1e-9,
                               err_msg="N* must grow as C^(beta / (alpha + beta))")


def test_bad_input_raises():
    with pytest.raises(ValueError):
        fit_power_law([1.0], [2.0])
    with pytest.raises(ValueError):
        fit_saturating_power_law([1.0, 2.0], [2.0, 1.5])
    with pytest.raises(ValueError):
        fit_power_law([1.0, 2.0, 3.0], [1.0, -1.0, 0.5])
    with pytest.raises(ValueError):
        fit_saturating_power_law([1.0, 2.0, 3.0], [1.0, 0.9])


def _log_sse(params, C, L):
    a, b, c = params
    return float(np.sum((np.log(L) - np.log(a * C ** -b + c)) ** 2))


def _least_squares_from(start, C, L, iters=60):
    """Levenberg-Marquardt on (log a, b, c) for the log-space squared error, from `start`."""
    logC, logL = np.log(C), np.log(L)
    x = np.array([np.log(start[0]), start[1], start[2]], dtype=np.float64)

    def resid(x):
        return logL - np.log(np.exp(x[0] - x[1] * logC) + x[2])

    r, lam = resid(x), 1e-3
    for _ in range(iters):
        power = np.exp(x[0] - x[1] * logC)
        model = power + x[2]
        J = -np.stack([power / model, -logC * power / model, 1.0 / model], axis=1)
        H = J.T @ J
        trial = x + np.linalg.solve(H + lam * np.diag(np.diag(H)), -J.T @ r)
        if 0 <= trial[2] < L.min() and np.sum(resid(trial) ** 2) < np.sum(r**2):
            x, r, lam = trial, resid(trial), lam * 0.3
        else:
            lam *= 10
    return float(np.exp(x[0])), float(x[1]), float(x[2])


def test_fit_minimises_the_log_space_squared_error():
    for seed in (11, 12, 13):
        C, L = noisy_data(seed)
        got = fit_saturating_power_law(C, L)
        a, b, c = got
        assert a > 0 and b > 0 and 0 <= c < L.min(), f"need a > 0, b > 0, 0 <= c < min(L); got {got}"
        best = min(_log_sse(_least_squares_from(start, C, L), C, L) for start in (TRUE, got))
        mine = _log_sse(got, C, L)
        assert mine <= 1.10 * best, (
            f"noise seed {seed}: your fit has sum of squared log errors {mine:.3e}, but the least-squares "
            f"optimum reaches {best:.3e}: minimise sum (log L - log(a C^-b + c))^2 over all three parameters"
        )


def test_nan_and_inf_are_rejected():
    C = np.logspace(0, 3, 6)
    L = 2.0 * C ** -0.3 + 1.0
    for label, bad_C, bad_L in (
        ("NaN in L", C, np.where(np.arange(6) == 2, np.nan, L)),
        ("inf in L", C, np.where(np.arange(6) == 4, np.inf, L)),
        ("inf in C", np.where(np.arange(6) == 5, np.inf, C), L),
    ):
        for fit in (fit_power_law, fit_saturating_power_law):
            with pytest.raises(ValueError):
                got = fit(bad_C, bad_L)
                pytest.fail(f"{fit.__name__} with {label} returned {got}: values must be finite and positive")
