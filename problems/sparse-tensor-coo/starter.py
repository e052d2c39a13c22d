import numpy as np


class SparseTensor:
    """A 2-D sparse matrix stored as sorted, duplicate-free, zero-free COO arrays."""

    def __init__(self, rows, cols, values, shape):
        """Store canonical int64 `rows`, `cols`, float64 `values` and the `shape` tuple."""
        # TODO: validate, sum duplicate coordinates, drop zeros, sort by (row, col)
        self.shape = tuple(shape)
        self.rows = np.asarray(rows, dtype=np.int64)
        self.cols = np.asarray(cols, dtype=np.int64)
        self.values = np.asarray(values, dtype=np.float64)

    @classmethod
    def from_dense(cls, dense):
        """Build a SparseTensor holding the non-zero entries of a 2-D array."""
        # TODO
        raise NotImplementedError

    def to_dense(self):
        """Return a new float64 array of self.shape."""
        # TODO
        raise NotImplementedError

    @property
    def nnz(self):
        """Number of stored (non-zero) entries."""
        return len(self.values)

    def add(self, other):
        """Elementwise sum with another SparseTensor of the same shape, as a new SparseTensor."""
        # TODO
        raise NotImplementedError

    def matmul(self, x):
        """Product with a dense vector (n_cols,) or matrix (n_cols, p), without densifying self."""
        # TODO
        raise NotImplementedError

    def memory_bytes(self):
        """Bytes used by the stored index and value arrays."""
        # TODO
        raise NotImplementedError
