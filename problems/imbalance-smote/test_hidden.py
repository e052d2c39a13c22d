import numpy as np
import pytest

from _geometry import segment_matches
from solution import balanced_sample, smote


def test_balanced_sampler_draws_classes_equally():
    y = np.array([0] * 900 + [1] * 90 + [2] * 10)
    idx = balanced_sample(y, 30_000, seed=0)
    assert idx.shape == (30_000,) and np.issubdtype(idx.dtype, np.integer), "int indices"
    assert idx.min() >= 0 and idx.max() < len(y), "indices must point into y"
    freq = np.bincount(y[idx], minlength=3) / 30_000
    # each frequency has sd ~0.0027; 0.02 is more than 7 sd
    np.testing.assert_allclose(freq, 1 / 3, atol=0.02,
                               err_msg=f"class frequencies should all be 1/3, got {freq}")
    assert set(idx[y[idx] == 2]) == set(range(990, 1000)), "every minority sample should be drawn"
    np.testing.assert_array_equal(idx, balanced_sample(y, 30_000, seed=0),
                                  err_msg="same seed, same indices")


def test_neighbours_come_from_the_minority_class_only():
    # Minority points on a big circle; majority points crowd each minority point, so a
    # neighbour search over all classes would pick majority points.
    ang = np.linspace(0, 2 * np.pi, 8, endpoint=False)
    Xmin = 10 * np.c_[np.cos(ang), np.sin(ang)]
    Xmaj = np.vstack([Xmin + [0.3, 0.0], Xmin + [0.0, -0.3]])
    X = np.vstack([Xmin, Xmaj])
    y = np.array([1] * 8 + [0] * 16)
    new = smote(X, y, minority=1, n_new=60, k=2, seed=3)
    matches = segment_matches(new, Xmin, k=2)
    bad = [p for p, f in zip(new, matches) if not f]
    assert not bad, (f"{len(bad)} synthetic points are not between two neighbouring minority "
                     f"points, e.g. {bad[0]}: search neighbours inside the minority class only")
    lengths = np.linalg.norm(new, axis=1)
    assert lengths.max() <= 10 + 1e-9, "points must stay inside the circle's chords"


def test_point_is_not_its_own_neighbour_and_k1_uses_the_nearest():
    rng = np.random.default_rng(4)
    Xm = rng.normal(size=(6, 3))
    new = smote(Xm, np.ones(6, dtype=int), minority=1, n_new=30, k=1, seed=0)
    d = np.linalg.norm(new[:, None] - Xm[None], axis=-1)
    assert d.min() > 1e-9, (
        "a synthetic point equals an original point: the point itself was used as its own "
        "neighbour (exclude i from its neighbour list)")
    for p, found in zip(new, segment_matches(new, Xm, k=1)):
        assert found, f"with k=1 each point must lie towards the single nearest neighbour, got {p}"


def test_determinism_errors_and_input_untouched():
    X = np.arange(20, dtype=np.float64).reshape(10, 2) ** 1.5
    before = X.copy()
    y = np.array([1] * 4 + [0] * 6)
    a = smote(X, y, minority=1, n_new=5, k=3, seed=9)
    b = smote(X, y, minority=1, n_new=5, k=3, seed=9)
    np.testing.assert_array_equal(a, b, err_msg="same seed, same synthetic points")
    np.testing.assert_array_equal(X, before, err_msg="X must not be modified")
    with pytest.raises(ValueError):
        smote(X, y, minority=1, n_new=5, k=4, seed=0)
    with pytest.raises(ValueError):
        smote(X, y, minority=1, n_new=5, k=0, seed=0)


def test_each_synthetic_point_draws_its_own_u():
    Xm = np.array([[0.0, 0.0], [1.0, 0.0]])
    new = smote(Xm, np.array([1, 1]), minority=1, n_new=200, k=1, seed=5)
    distinct = len(np.unique(np.round(new[:, 0], 12)))
    assert distinct > 150, (
        f"200 synthetic points between two minority points took only {distinct} distinct positions: "
        "draw a fresh u in [0, 1) for every new point")
    assert new[:, 0].min() >= 0.0 and new[:, 0].max() <= 1.0, "every point lies on the segment"
    assert abs(new[:, 0].mean() - 0.5) < 0.15, f"u is uniform, so the mean position is 0.5, got {new[:, 0].mean():.3f}"


def test_class_weights_with_an_absent_class():
    from solution import class_weights

    y = np.array([0] * 6 + [2] * 2 + [3] * 4)          # class 1 is absent, 3 classes present
    w = class_weights(y)
    assert w.shape == (4,) and w.dtype == np.float64, f"one float64 weight per label 0..3, got {w.shape} {w.dtype}"
    np.testing.assert_allclose(w, [12 / (3 * 6), 0.0, 12 / (3 * 2), 12 / (3 * 4)], rtol=1e-12, err_msg=(
        "w_c = n / (K_present * n_c) with K_present = 3 present classes (not 4 labels), and 0 for the absent class"))


def test_integer_features_give_float64_points():
    X = np.array([[0, 0], [10, 0], [0, 10], [10, 10], [50, 50]])
    y = np.array([1, 1, 1, 1, 0])
    before = X.copy()
    new = smote(X, y, minority=1, n_new=40, k=2, seed=1)
    assert new.dtype == np.float64, f"synthetic points are float64 even for an integer X, got {new.dtype}"
    frac = np.abs(new - np.round(new)).max()
    assert frac > 0.01, "points between integer minority samples fall between the grid points: do not round or truncate u"
    np.testing.assert_array_equal(X, before, err_msg="X must not be modified")
