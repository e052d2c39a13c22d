# Correct: lexsort + np.add.reduceat for the canonical form; bincount per output column for matmul.
import numpy as np


class SparseTensor:
    def __init__(self, rows, cols, values, shape):
        self.shape = (int(shape[0]), int(shape[1]))
        r = np.array(rows, dtype=np.int64).reshape(-1)
        c = np.array(cols, dtype=np.int64).reshape(-1)
        v = np.array(values, dtype=np.float64).reshape(-1)
        if r.size != c.size or c.size != v.size:
            raise ValueError("rows, cols and values differ in length")
        if r.size and (np.any(r < 0) or np.any(c < 0) or np.any(r >= self.shape[0]) or np.any(c >= self.shape[1])):
            raise ValueError("index out of bounds")
        if r.size:
            order = np.lexsort((c, r))
            r, c, v = r[order], c[order], v[order]
            starts = np.flatnonzero(np.r_[True, (r[1:] != r[:-1]) | (c[1:] != c[:-1])])
            r, c, v = r[starts], c[starts], np.add.reduceat(v, starts)
            nz = v != 0
            r, c, v = r[nz], c[nz], v[nz]
        self.rows, self.cols, self.values = r, c, v

    @classmethod
    def from_dense(cls, dense):
        dense = np.asarray(dense, dtype=np.float64)
        r, c = np.nonzero(dense)
        return cls(r, c, dense[r, c], dense.shape)

    def to_dense(self):
        out = np.zeros(self.shape)
        np.add.at(out, (self.rows, self.cols), self.values)
        return out

    @property
    def nnz(self):
        return int(self.values.size)

    def add(self, other):
        if tuple(other.shape) != self.shape:
            raise ValueError("shape mismatch")
        return SparseTensor(np.r_[self.rows, other.rows], np.r_[self.cols, other.cols],
                            np.r_[self.values, other.values], self.shape)

    def matmul(self, x):
        x = np.asarray(x, dtype=np.float64)
        if x.shape[:1] != (self.shape[1],) or x.ndim > 2:
            raise ValueError(f"x has shape {x.shape}, expected ({self.shape[1]},) or ({self.shape[1]}, p)")
        n = self.shape[0]
        if x.ndim == 1:
            return np.bincount(self.rows, weights=self.values * x[self.cols], minlength=n).astype(np.float64)
        cols = [np.bincount(self.rows, weights=self.values * x[self.cols, j], minlength=n) for j in range(x.shape[1])]
        return np.stack(cols, axis=1) if cols else np.zeros((n, 0))

    def memory_bytes(self):
        return self.rows.nbytes + self.cols.nbytes + self.values.nbytes
