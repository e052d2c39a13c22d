# Mistake: checks the length of a vector x but not the row count of a matrix x, so a (5, p) matrix against 4 columns is silently accepted
import numpy as np


class SparseTensor:
    def __init__(self, rows, cols, values, shape):
        shape = tuple(int(s) for s in shape)
        if len(shape) != 2 or min(shape) < 0:
            raise ValueError(f"shape must be two non-negative sizes, got {shape}")
        rows = np.asarray(rows, dtype=np.int64).ravel()
        cols = np.asarray(cols, dtype=np.int64).ravel()
        values = np.asarray(values, dtype=np.float64).ravel()
        if not (len(rows) == len(cols) == len(values)):
            raise ValueError("rows, cols and values must have the same length")
        if len(rows) and (rows.min() < 0 or rows.max() >= shape[0]
                          or cols.min() < 0 or cols.max() >= shape[1]):
            raise ValueError(f"an index lies outside shape {shape}")
        keys = rows * shape[1] + cols
        unique, inverse = np.unique(keys, return_inverse=True)
        summed = np.bincount(inverse.ravel(), weights=values, minlength=len(unique))
        keep = summed != 0
        unique = unique[keep]
        self.shape = shape
        if shape[1]:
            self.rows, self.cols = unique // shape[1], unique % shape[1]
        else:
            self.rows, self.cols = unique.copy(), unique.copy()
        self.values = summed[keep].astype(np.float64)

    @classmethod
    def from_dense(cls, dense):
        dense = np.asarray(dense)
        if dense.ndim != 2:
            raise ValueError("from_dense needs a 2-D array")
        r, c = np.nonzero(dense)
        return cls(r, c, dense[r, c], dense.shape)

    def to_dense(self):
        out = np.zeros(self.shape, dtype=np.float64)
        out[self.rows, self.cols] = self.values
        return out

    @property
    def nnz(self):
        return len(self.values)

    def add(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shapes differ: {self.shape} and {other.shape}")
        return SparseTensor(np.concatenate([self.rows, other.rows]),
                            np.concatenate([self.cols, other.cols]),
                            np.concatenate([self.values, other.values]), self.shape)

    def matmul(self, x):
        x = np.asarray(x, dtype=np.float64)
        if x.ndim == 1 and x.shape[0] != self.shape[1]:
            raise ValueError(f"cannot multiply shape {self.shape} by {x.shape}")
        out = np.zeros((self.shape[0],) + x.shape[1:], dtype=np.float64)
        contrib = x[self.cols] * (self.values if x.ndim == 1 else self.values[:, None])
        np.add.at(out, self.rows, contrib)
        return out

    def memory_bytes(self):
        return int(self.rows.nbytes + self.cols.nbytes + self.values.nbytes)
