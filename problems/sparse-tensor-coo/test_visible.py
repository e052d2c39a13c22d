import numpy as np

from solution import SparseTensor


def test_example_from_prompt():
    s = SparseTensor([1, 0, 1], [2, 1, 2], [5.0, 3.0, -1.0], shape=(2, 3))
    np.testing.assert_array_equal(s.rows, [0, 1], err_msg="rows should be sorted, duplicates merged")
    np.testing.assert_array_equal(s.cols, [1, 2], err_msg="cols of the canonical form")
    np.testing.assert_array_equal(s.values, [3.0, 4.0], err_msg="(1, 2) appears twice: 5 + (-1) = 4")
    np.testing.assert_array_equal(s.to_dense(), [[0, 3, 0], [0, 0, 4]], err_msg="to_dense")
    np.testing.assert_allclose(s.matmul(np.array([1.0, 2.0, 3.0])), [6.0, 12.0], err_msg="matmul")
    assert s.nnz == 2, f"nnz should be 2, got {s.nnz}"
    assert s.memory_bytes() == 48, f"2 entries x (8 + 8 + 8) bytes = 48, got {s.memory_bytes()}"


def test_dense_round_trip_and_dtypes():
    rng = np.random.default_rng(0)
    dense = rng.normal(size=(6, 9)) * (rng.random((6, 9)) < 0.3)
    s = SparseTensor.from_dense(dense)
    assert s.nnz == np.count_nonzero(dense), f"nnz should be {np.count_nonzero(dense)}, got {s.nnz}"
    assert s.shape == (6, 9), f"shape should be (6, 9), got {s.shape}"
    assert s.rows.dtype == np.int64 and s.cols.dtype == np.int64, "rows and cols must be int64"
    assert s.values.dtype == np.float64, f"values must be float64, got {s.values.dtype}"
    back = s.to_dense()
    assert back.dtype == np.float64 and back.shape == (6, 9), "to_dense: float64 array of shape (6, 9)"
    np.testing.assert_array_equal(back, dense, err_msg="from_dense then to_dense must give the input back")


def test_canonical_form_sorts_merges_and_drops_zeros():
    s = SparseTensor([2, 0, 2, 0, 1, 1], [0, 3, 0, 1, 1, 1], [1.0, 2.0, 1.0, 0.0, 4.0, -4.0], (3, 4))
    got = list(zip(s.rows.tolist(), s.cols.tolist(), s.values.tolist()))
    assert got == [(0, 3, 2.0), (2, 0, 2.0)], (
        "entries must be sorted by (row, col), duplicates summed, explicit zeros and "
        f"cancelled entries dropped; got {got}")
