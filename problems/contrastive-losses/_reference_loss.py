import math

import torch


def nt_xent_by_loops(z1, z2, temperature):
    """A slow, obviously-correct NT-Xent in float64."""
    z = torch.cat([z1, z2]).double()
    z = z / z.norm(dim=1, keepdim=True)
    m = z.shape[0]
    n = m // 2
    total = 0.0
    for a in range(m):
        logits = [float(z[a] @ z[b]) / temperature for b in range(m) if b != a]
        pos = float(z[a] @ z[(a + n) % m]) / temperature
        top = max(logits)
        total += -(pos - top - math.log(sum(math.exp(v - top) for v in logits)))
    return total / m
