import numpy as np

from _geometry import segment_matches
from solution import class_weights, smote


def test_class_weights_balance_the_classes():
    y = np.array([0, 0, 0, 1])
    w = class_weights(y)
    np.testing.assert_allclose(w, [2 / 3, 2.0], err_msg="w_c = n / (K * n_c)")
    y = np.array([0] * 50 + [2] * 10)
    w = class_weights(y)
    assert w.shape == (3,) and w.dtype == np.float64, f"one float64 weight per class id, got {w}"
    assert w[1] == 0.0, "class 1 is absent and gets weight 0"
    np.testing.assert_allclose(w[[0, 2]] * [50, 10], [30.0, 30.0],
                               err_msg="each present class should carry total weight n / K_present")


def test_smote_points_lie_on_minority_segments():
    rng = np.random.default_rng(0)
    Xmin = rng.normal(size=(12, 2))
    Xmaj = rng.normal(size=(30, 2))
    X = np.vstack([Xmaj, Xmin])
    y = np.array([0] * 30 + [1] * 12)
    new = smote(X, y, minority=1, n_new=40, k=3, seed=1)
    assert new.shape == (40, 2) and new.dtype == np.float64, f"got {new.shape} {new.dtype}"
    for p, found in zip(new, segment_matches(new, Xmin, k=3)):
        assert found, (f"synthetic point {p} is not on a segment between a minority point and one "
                       "of its 3 nearest minority neighbours")
