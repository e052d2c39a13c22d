# Mistake: only 'none' is special-cased, so reduction='sum' silently returns the mean.
import torch
import torch.nn.functional as F


def nt_xent_loss(z1, z2, temperature=0.5):
    n = z1.shape[0]
    z = F.normalize(torch.cat([z1, z2], dim=0), dim=1)
    sim = z @ z.T / temperature
    self_mask = torch.eye(2 * n, dtype=torch.bool, device=z.device)
    sim = sim.masked_fill(self_mask, float("-inf"))
    targets = (torch.arange(2 * n, device=z.device) + n) % (2 * n)
    return F.cross_entropy(sim, targets)


def triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2.0, eps=1e-6, reduction="mean"):
    d_ap = torch.norm(anchor - positive + eps, p=p, dim=1)
    d_an = torch.norm(anchor - negative + eps, p=p, dim=1)
    loss = torch.clamp_min(d_ap - d_an + margin, 0.0)
    if reduction == "none":
        return loss
    return loss.mean()
