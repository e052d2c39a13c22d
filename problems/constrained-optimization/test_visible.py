import numpy as np

from solution import augmented_lagrangian, project_box, project_simplex


def test_simplex_projection_example():
    v = np.array([1.0, 0.5, 0.0])
    got = project_simplex(v)
    np.testing.assert_allclose(got, [0.75, 0.25, 0.0], atol=1e-12,
                               err_msg="the projection subtracts one threshold (0.25) and clips at 0; "
                                       "clip-and-renormalise would give [2/3, 1/3, 0], which is not the closest point")
    np.testing.assert_array_equal(v, [1.0, 0.5, 0.0], err_msg="project_simplex must not modify its input")


def test_box_projection():
    got = project_box(np.array([-1.0, 0.5, 3.0]), 0.0, 1.0)
    np.testing.assert_allclose(got, [0.0, 0.5, 1.0], err_msg="clip each coordinate into [0, 1]")
    got = project_box(np.array([5.0, -5.0]), np.array([0.0, -1.0]), np.array([2.0, 1.0]))
    np.testing.assert_allclose(got, [2.0, -1.0], err_msg="per-coordinate bounds")


def test_augmented_lagrangian_example():
    x, lam = augmented_lagrangian(
        lambda x: x[0] ** 2 + 2 * x[1] ** 2,
        lambda x: np.array([2 * x[0], 4 * x[1]]),
        lambda x: np.array([x[0] + x[1] - 1.0]),
        lambda x: np.array([[1.0, 1.0]]),
        np.zeros(2),
    )
    np.testing.assert_allclose(x, [2 / 3, 1 / 3], atol=1e-6,
                               err_msg="min x^2 + 2y^2 s.t. x + y = 1 is at (2/3, 1/3)")
    np.testing.assert_allclose(np.atleast_1d(lam), [-4 / 3], atol=1e-5,
                               err_msg="grad f + lam * grad h = 0 gives lam = -4/3")
