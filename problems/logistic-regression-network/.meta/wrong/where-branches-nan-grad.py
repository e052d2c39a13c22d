# picks the stable branch with torch.where, but the unused branch overflows and its NaN gradient leaks through
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


class LogisticRegression(nn.Module):
    def __init__(self, in_features):
        super().__init__()
        self.linear = nn.Linear(in_features, 1)
        nn.init.zeros_(self.linear.weight)
        nn.init.zeros_(self.linear.bias)

    def forward(self, x):
        return self.linear(x).squeeze(-1)


def bce_with_logits(logits, targets):
    # -[y log s(z) + (1 - y) log(1 - s(z))], with 1 - s(z) = s(-z). logsigmoid is stable for any
    # z and smooth at z = 0 (max(z, 0) + log1p(exp(-|z|)) has the right value but autograd
    # gives the wrong gradient exactly at 0, where a zero-initialised model starts).
    y = targets.to(logits.dtype)
    z = logits
    pos = z - z * y + torch.log1p(torch.exp(-z))
    neg = -z * y + torch.log1p(torch.exp(z))
    return torch.where(z >= 0, pos, neg).mean()


@torch.no_grad()
def predict_proba(model, X):
    return torch.sigmoid(model(X))


def fit_logistic_regression(X, y, lr=0.5, epochs=100, batch_size=32, seed=0):
    gen = torch.Generator().manual_seed(seed)
    loader = DataLoader(TensorDataset(X, y.to(X.dtype)), batch_size=batch_size, shuffle=True,
                        generator=gen)
    model = LogisticRegression(X.shape[1]).to(X.dtype)
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    losses = []
    for _ in range(epochs):
        total = 0.0
        for xb, yb in loader:
            opt.zero_grad()
            loss = bce_with_logits(model(xb), yb)
            loss.backward()
            opt.step()
            total += loss.item() * len(yb)
        losses.append(total / len(y))
    return model, losses
