import numpy as np
import pytest

from _recording import recording
from solution import matmul_naive, matmul_tiled, tile_bounds


def _check_reads(arr, block, name):
    assert arr.reads, (
        f"no slices of {name} were read: read tiles by slicing the input directly "
        "(np.asarray/np.array/.copy() hide your reads from the tests)")
    covered = np.zeros(arr.shape, dtype=bool)
    for key in arr.reads:
        part = covered[key]
        assert np.ndim(part) == 2 and part.shape[0] <= block and part.shape[1] <= block, (
            f"read {name}[{key}] of shape {np.shape(part)}: every read must be a 2-D tile of at "
            f"most {block} x {block}")
        covered[key] = True
    assert covered.all(), f"some elements of {name} were never read through a tile"


def test_tiled_reads_only_small_tiles_that_cover_the_inputs():
    rng = np.random.default_rng(1)
    for (n, k, m), block in (((9, 7, 5), 4), ((10, 10, 10), 3), ((1, 6, 4), 5)):
        base_a = rng.integers(-5, 5, size=(n, k))
        base_b = rng.integers(-5, 5, size=(k, m))
        A, B = recording(base_a), recording(base_b)
        got = np.asarray(matmul_tiled(A, B, block))
        np.testing.assert_array_equal(got, base_a @ base_b,
                                      err_msg=f"shapes {(n, k)} @ {(k, m)} with block {block}")
        _check_reads(A, block, "A")
        _check_reads(B, block, "B")


def test_integer_inputs_stay_exact_and_mixed_dtypes_promote():
    A = np.array([[2**40, 1], [3, -7]], dtype=np.int64)
    B = np.array([[3, 0], [5, 2**20]], dtype=np.int64)
    want = A @ B
    for name, got in (("matmul_tiled", matmul_tiled(A, B, 1)), ("matmul_naive", matmul_naive(A, B))):
        assert got.dtype == np.int64, f"{name}: int64 inputs should give int64, got {got.dtype}"
        np.testing.assert_array_equal(got, want, err_msg=f"{name}: exact integer product")
    got = matmul_tiled(np.eye(3, dtype=np.int32), np.full((3, 2), 0.5), 2)
    assert got.dtype == np.float64, f"int32 @ float64 should give float64, got {got.dtype}"
    np.testing.assert_array_equal(got, np.full((3, 2), 0.5), err_msg="identity times B")


def test_empty_inner_dimension_and_vectors():
    A = np.zeros((3, 0))
    B = np.zeros((0, 4))
    for name, got in (("matmul_tiled", matmul_tiled(A, B, 2)), ("matmul_naive", matmul_naive(A, B))):
        assert got.shape == (3, 4), f"{name}: (3, 0) @ (0, 4) has shape (3, 4), got {got.shape}"
        np.testing.assert_array_equal(got, 0.0, err_msg=f"{name}: an empty sum is 0")
    row = np.arange(5.0).reshape(1, 5)
    col = np.arange(5.0).reshape(5, 1)
    np.testing.assert_array_equal(matmul_tiled(row, col, 2), [[30.0]], err_msg="(1,5) @ (5,1)")
    np.testing.assert_array_equal(matmul_tiled(col, row, 2), col @ row, err_msg="(5,1) @ (1,5)")


def test_invalid_arguments_raise_value_error():
    with pytest.raises(ValueError):
        matmul_tiled(np.ones((2, 3)), np.ones((2, 3)), 2)
    with pytest.raises(ValueError):
        matmul_naive(np.ones((2, 3)), np.ones((4, 2)))
    with pytest.raises(ValueError):
        tile_bounds(5, 0)
    with pytest.raises(ValueError):
        matmul_tiled(np.ones((2, 2)), np.ones((2, 2)), 0)


def test_inputs_are_not_modified():
    A = np.arange(12.0).reshape(3, 4)
    B = np.arange(8.0).reshape(4, 2)
    a0, b0 = A.copy(), B.copy()
    matmul_tiled(A, B, 3)
    np.testing.assert_array_equal(A, a0, err_msg="matmul_tiled must not modify A")
    np.testing.assert_array_equal(B, b0, err_msg="matmul_tiled must not modify B")


def test_tiled_checks_the_inner_dimension_itself():
    # k = 3 for A but 4 for B: tiles over A's k never touch B's last row, so numpy cannot notice.
    with pytest.raises(ValueError):
        got = matmul_tiled(np.ones((2, 3)), np.ones((4, 2)), 2)
        pytest.fail(f"(2, 3) @ (4, 2) returned {got.tolist()}: raise ValueError when the inner dimensions differ")


def test_naive_is_a_loop_over_elements():
    rng = np.random.default_rng(2)
    base_a, base_b = rng.integers(-3, 3, size=(3, 4)), rng.integers(-3, 3, size=(4, 2))
    A, B = recording(base_a), recording(base_b)
    got = np.asarray(matmul_naive(A, B))
    np.testing.assert_array_equal(got, base_a @ base_b, err_msg="matmul_naive on (3, 4) @ (4, 2)")
    for arr, name in ((A, "A"), (B, "B")):
        assert arr.reads, (
            f"matmul_naive never indexed {name}: write the i, j, k loops yourself "
            "(no @, np.dot or np.matmul on the whole matrices)")
        for key in arr.reads:
            assert np.ndim(np.zeros(arr.shape)[key]) <= 1, (
                f"matmul_naive read {name}[{key}], a whole block: read single elements (or one row/column)")


def test_int64_products_beyond_float_precision_stay_exact():
    # 2**31 * 2**31 + 1 = 2**62 + 1 needs 63 bits: a float64 (53-bit mantissa) drops the + 1.
    A = np.array([[2**31, 1], [1, 3]], dtype=np.int64)
    B = np.array([[2**31, 5], [1, 7]], dtype=np.int64)
    want = np.array([[2**62 + 1, 5 * 2**31 + 7], [2**31 + 3, 26]], dtype=np.int64)
    results = [("matmul_naive", matmul_naive(A, B))]
    results += [(f"matmul_tiled(block={b})", matmul_tiled(A, B, b)) for b in (1, 2)]
    for name, got in results:
        assert got.dtype == np.int64, f"{name}: int64 inputs give int64, got {got.dtype}"
        assert got[0, 0] == 2**62 + 1, (
            f"{name}: entry [0, 0] should be 2**62 + 1 exactly, got {int(got[0, 0])}: "
            "integer inputs must be multiplied and summed as integers, never through float64")
        np.testing.assert_array_equal(got, want, err_msg=f"{name}: exact int64 product")
