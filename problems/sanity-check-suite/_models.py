import torch
from torch import nn

torch.set_num_threads(1)  # tiny models: extra threads only add overhead


def mlp():
    return nn.Sequential(nn.Linear(6, 16), nn.ReLU(), nn.Linear(16, 3))


class IgnoresInput(nn.Module):
    """Returns learnable logits that do not depend on x."""

    def __init__(self):
        super().__init__()
        self.logits = nn.Parameter(torch.zeros(3))
        self.unused = nn.Linear(6, 3)

    def forward(self, x):
        return self.logits.expand(x.shape[0], -1) + 0.0 * self.unused(x)


class CentersOverBatch(nn.Module):
    """A classic bug: normalising over the batch dimension instead of the feature dimension."""

    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(6, 3)

    def forward(self, x):
        return self.lin(x - x.mean(dim=0, keepdim=True))


def data(seed=0):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(8, 6, generator=g), torch.tensor([0, 1, 2, 0, 1, 2, 0, 1])
