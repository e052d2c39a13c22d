import numpy as np

from solution import RunningStandardizer


def test_prompt_example():
    s = RunningStandardizer()
    s.partial_fit(np.array([[1.0, 5.0], [3.0, 5.0]]))
    s.partial_fit(np.array([[5.0, 5.0]]))
    assert s.n_samples_seen_ == 3, f"3 rows seen, got n_samples_seen_={s.n_samples_seen_}"
    np.testing.assert_allclose(s.mean_, [3.0, 5.0], err_msg="mean_ over both batches")
    np.testing.assert_allclose(s.var_, [8 / 3, 0.0], atol=1e-12,
                               err_msg="var_ is the population variance (ddof=0)")
    np.testing.assert_allclose(s.scale_, [np.sqrt(8 / 3), 1.0],
                               err_msg="scale_ is sqrt(var_), and 1.0 for a constant feature")
    np.testing.assert_allclose(s.transform(np.array([[3.0, 5.0]])), [[0.0, 0.0]], atol=1e-12)


def test_fit_transform_has_zero_mean_unit_std_and_round_trips():
    rng = np.random.default_rng(0)
    X = rng.normal(4.0, 3.0, size=(200, 5))
    Z = RunningStandardizer().fit_transform(X)
    assert Z.shape == X.shape and Z.dtype == np.float64, "same shape, float64"
    np.testing.assert_allclose(Z.mean(axis=0), 0.0, atol=1e-12, err_msg="columns should have mean 0")
    np.testing.assert_allclose(Z.std(axis=0), 1.0, rtol=1e-12, err_msg="columns should have std 1")
    s = RunningStandardizer().fit(X)
    np.testing.assert_allclose(s.inverse_transform(s.transform(X)), X, rtol=1e-12,
                               err_msg="inverse_transform(transform(X)) must give X back")
