# always builds the model in float64 instead of X's dtype
import torch
from torch import nn


class LinearRegression(nn.Module):
    def __init__(self, in_features):
        super().__init__()
        self.linear = nn.Linear(in_features, 1)
        nn.init.zeros_(self.linear.weight)
        nn.init.zeros_(self.linear.bias)

    def forward(self, x):
        return self.linear(x).squeeze(-1)            # (N, 1) -> (N,)


def iterate_minibatches(X, y, batch_size, shuffle=True, generator=None):
    n = X.shape[0]
    order = torch.randperm(n, generator=generator) if shuffle else torch.arange(n)
    for start in range(0, n, batch_size):
        idx = order[start:start + batch_size]
        yield X[idx], y[idx]


def fit_linear_regression(X, y, lr=0.1, epochs=50, batch_size=32, seed=0):
    gen = torch.Generator().manual_seed(seed)
    model = LinearRegression(X.shape[1]).double()
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    losses = []
    for _ in range(epochs):
        total, count = 0.0, 0
        for xb, yb in iterate_minibatches(X, y, batch_size, shuffle=True, generator=gen):
            opt.zero_grad()
            loss = ((model(xb) - yb) ** 2).mean()
            loss.backward()
            opt.step()
            total += loss.item() * len(yb)
            count += len(yb)
        losses.append(total / count)
    return model, losses


def least_squares(X, y):
    A = torch.cat([X, torch.ones(X.shape[0], 1, dtype=X.dtype)], dim=1)
    sol = torch.linalg.lstsq(A, y.unsqueeze(1)).solution.squeeze(1)
    return sol[:-1], sol[-1]
