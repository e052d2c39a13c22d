"""Test helper: seeded synthetic regression data."""
import torch

TRUE_W = torch.tensor([2.0, -3.0, 0.5], dtype=torch.float64)
TRUE_B = 1.0


def make_data(n=256, noise=0.1, seed=0):
    g = torch.Generator().manual_seed(seed)
    X = torch.randn(n, 3, generator=g, dtype=torch.float64)
    y = X @ TRUE_W + TRUE_B + noise * torch.randn(n, generator=g, dtype=torch.float64)
    return X, y
