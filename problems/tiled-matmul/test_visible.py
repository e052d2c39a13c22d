import numpy as np

from solution import matmul_naive, matmul_tiled, tile_bounds


def test_tile_bounds_keep_the_short_last_tile():
    assert tile_bounds(7, 3) == [(0, 3), (3, 6), (6, 7)], (
        f"tile_bounds(7, 3) should end with the short tile (6, 7), got {tile_bounds(7, 3)}")
    assert tile_bounds(6, 3) == [(0, 3), (3, 6)], f"tile_bounds(6, 3) got {tile_bounds(6, 3)}"
    assert tile_bounds(2, 5) == [(0, 2)], f"a block larger than n gives one tile, got {tile_bounds(2, 5)}"
    assert tile_bounds(0, 4) == [], f"tile_bounds(0, 4) should be [], got {tile_bounds(0, 4)}"


def test_example_from_prompt():
    A = np.arange(6).reshape(2, 3)
    B = np.ones((3, 2), dtype=int)
    for name, got in (("matmul_tiled", matmul_tiled(A, B, block=2)), ("matmul_naive", matmul_naive(A, B))):
        np.testing.assert_array_equal(got, [[3, 3], [12, 12]], err_msg=f"{name} on the prompt's example")


def test_odd_shapes_and_blocks_that_do_not_divide():
    rng = np.random.default_rng(0)
    A = rng.normal(size=(7, 5))
    B = rng.normal(size=(5, 9))
    want = A @ B
    for block in (1, 2, 3, 4, 6, 100):
        got = matmul_tiled(A, B, block)
        assert got.shape == (7, 9), f"block={block}: result shape should be (7, 9), got {got.shape}"
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-12,
                                   err_msg=f"matmul_tiled with block={block} differs from A @ B")
    np.testing.assert_allclose(matmul_naive(A, B), want, rtol=1e-12, atol=1e-12,
                               err_msg="matmul_naive differs from A @ B")
