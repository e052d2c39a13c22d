import torch
import torch.nn.functional as F

# The first optimizer built in a process imports torch._dynamo (slow): do it at collection time.
torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)


def trusted_loss(s, t, y, T, alpha):
    """Plain-probability formula in float64, for moderate logits only."""
    s, t = s.double(), t.double()
    p = torch.softmax(t / T, dim=-1)
    q = torch.softmax(s / T, dim=-1)
    kl = (p * (p.log() - q.log())).sum(dim=-1).mean()
    return alpha * T * T * kl + (1 - alpha) * F.cross_entropy(s, y)
