import tracemalloc

import numpy as np
import pytest

from solution import SparseTensor


def test_matmul_with_repeated_rows_vectors_and_matrices():
    rows = [0, 0, 0, 2, 2]
    cols = [0, 1, 3, 3, 0]
    vals = [1.0, 2.0, 3.0, -1.0, 0.5]
    s = SparseTensor(rows, cols, vals, (3, 4))
    dense = s.to_dense()
    x = np.array([1.0, 10.0, 100.0, 1000.0])
    got = s.matmul(x)
    assert got.shape == (3,), f"a vector of length 4 gives shape (3,), got {got.shape}"
    np.testing.assert_allclose(got, dense @ x, err_msg="rows with several entries must add up all of them")
    X = np.arange(8.0).reshape(4, 2)
    got = s.matmul(X)
    assert got.shape == (3, 2), f"a (4, 2) matrix gives shape (3, 2), got {got.shape}"
    np.testing.assert_allclose(got, dense @ X, err_msg="sparse @ dense matrix")
    with pytest.raises(ValueError):
        s.matmul(np.ones(5))


def test_matmul_on_a_huge_shape_never_densifies():
    n = 200_000
    rng = np.random.default_rng(3)
    rows = rng.integers(0, n, size=40)
    cols = rng.integers(0, n, size=40)
    vals = rng.normal(size=40)
    s = SparseTensor(rows, cols, vals, (n, n))
    x = rng.normal(size=n)
    tracemalloc.start()
    got = s.matmul(x)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    want = np.zeros(n)
    np.add.at(want, rows, vals * x[cols])
    np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-12, err_msg="matmul on a 200,000 x 200,000 tensor")
    assert peak < 4 * x.nbytes, (
        f"matmul peaked at {peak} bytes for an output of {x.nbytes} bytes: the work must be "
        "O(nnz) plus the output, without building dense rows or the dense matrix")


def test_memory_is_proportional_to_nnz_not_shape():
    small = SparseTensor([0, 1, 2], [0, 1, 2], [1.0, 2.0, 3.0], (3, 3))
    huge = SparseTensor([0, 10**6, 5 * 10**6], [7, 0, 10**6], [1.0, 2.0, 3.0], (10**7, 10**7))
    assert small.memory_bytes() == huge.memory_bytes() == 72, (
        f"3 entries cost 72 bytes whatever the shape; got {small.memory_bytes()} for (3, 3) "
        f"and {huge.memory_bytes()} for (10**7, 10**7)")
    doubled = SparseTensor(list(range(6)), list(range(6)), [1.0] * 6, (10, 10))
    assert doubled.memory_bytes() == 2 * small.memory_bytes(), "twice the entries, twice the bytes"


def test_add_cancels_entries_and_leaves_operands_untouched():
    a = SparseTensor([0, 1, 2], [0, 1, 2], [1.0, 2.0, 3.0], (3, 3))
    b = SparseTensor([1, 2, 0], [1, 0, 2], [-2.0, 5.0, 1.0], (3, 3))
    a_vals, b_vals = a.values.copy(), b.values.copy()
    c = a.add(b)
    np.testing.assert_array_equal(c.to_dense(), a.to_dense() + b.to_dense(), err_msg="a + b")
    assert c.nnz == 4, f"(1, 1) cancels to zero and must be dropped: nnz should be 4, got {c.nnz}"
    rc = list(zip(c.rows.tolist(), c.cols.tolist()))
    assert rc == sorted(rc), f"the sum must be in canonical (sorted) order, got {rc}"
    np.testing.assert_array_equal(a.values, a_vals, err_msg="add must not modify self")
    np.testing.assert_array_equal(b.values, b_vals, err_msg="add must not modify other")
    with pytest.raises(ValueError):
        a.add(SparseTensor([], [], [], (3, 4)))


def test_empty_tensors_and_invalid_input():
    e = SparseTensor([], [], [], (4, 5))
    assert e.nnz == 0 and e.memory_bytes() == 0, "an empty tensor stores nothing"
    np.testing.assert_array_equal(e.to_dense(), np.zeros((4, 5)), err_msg="empty to_dense")
    np.testing.assert_array_equal(e.matmul(np.ones(5)), np.zeros(4), err_msg="empty @ x is zero")
    assert SparseTensor.from_dense(np.zeros((2, 2))).nnz == 0, "an all-zero matrix has nnz 0"
    with pytest.raises(ValueError):
        SparseTensor([0, 3], [0, 0], [1.0, 1.0], (3, 3))
    with pytest.raises(ValueError):
        SparseTensor([0, 1], [0, -1], [1.0, 1.0], (3, 3))
    with pytest.raises(ValueError):
        SparseTensor([0, 1], [0], [1.0, 1.0], (3, 3))


def test_constructor_does_not_modify_its_inputs():
    rows = np.array([2, 0, 2])
    cols = np.array([1, 0, 1])
    vals = np.array([1.0, 2.0, 3.0])
    SparseTensor(rows, cols, vals, (3, 3))
    np.testing.assert_array_equal(rows, [2, 0, 2], err_msg="the rows array you were given changed")
    np.testing.assert_array_equal(vals, [1.0, 2.0, 3.0], err_msg="the values array you were given changed")


def test_matmul_rejects_a_matrix_with_the_wrong_number_of_rows():
    s = SparseTensor([0, 1, 2], [0, 3, 1], [1.0, 2.0, 3.0], (3, 4))
    for shape in ((5, 2), (3, 2), (1, 4)):
        with pytest.raises(ValueError):
            got = s.matmul(np.ones(shape))
            pytest.fail(f"a (3, 4) tensor times a {shape} matrix returned shape {np.shape(got)}: "
                        "x needs exactly 4 rows, raise ValueError otherwise")
