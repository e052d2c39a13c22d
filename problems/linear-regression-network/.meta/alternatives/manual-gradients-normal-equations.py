# Correct alternative: hand-written MSE gradients (no autograd, no optimizer); least squares by lstsq on numpy.
import numpy as np
import torch
from torch import nn


class LinearRegression(nn.Module):
    def __init__(self, in_features):
        super().__init__()
        self.linear = nn.Linear(in_features, 1)
        with torch.no_grad():
            self.linear.weight.zero_()
            self.linear.bias.zero_()

    def forward(self, x):
        return self.linear(x)[:, 0]


def iterate_minibatches(X, y, batch_size, shuffle=True, generator=None):
    n = len(X)
    idx = torch.randperm(n, generator=generator) if shuffle else torch.arange(n)
    for chunk in torch.split(idx, batch_size):
        yield X[chunk], y[chunk]


def fit_linear_regression(X, y, lr=0.1, epochs=50, batch_size=32, seed=0):
    model = LinearRegression(X.shape[1]).to(dtype=X.dtype)
    W, B = model.linear.weight, model.linear.bias
    generator = torch.Generator().manual_seed(seed)
    history = []
    with torch.no_grad():
        for _ in range(epochs):
            sq_sum = 0.0
            for xb, yb in iterate_minibatches(X, y, batch_size, shuffle=True, generator=generator):
                r = model(xb) - yb
                sq_sum += float((r * r).sum())
                W -= lr * (2.0 / len(yb)) * (r @ xb).unsqueeze(0)
                B -= lr * (2.0 / len(yb)) * r.sum()
            history.append(sq_sum / len(y))
    return model, history


def least_squares(X, y):
    A = np.column_stack([X.numpy(), np.ones(len(X))])
    coef = np.linalg.lstsq(A, y.numpy(), rcond=None)[0]
    return coef[:-1], float(coef[-1])
