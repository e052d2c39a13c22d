# Correct alternative: stable argsort ranks for the masks; attach_masks wraps optimizer.step instead of a hook.
import torch


def _prune_lowest(scores, k):
    flat = scores.reshape(-1)
    keep = torch.ones_like(flat, dtype=torch.bool)
    if k:
        order = torch.argsort(flat, stable=True)
        keep[order[:k]] = False
    return keep.reshape(scores.shape)


def magnitude_masks(weights, sparsity, scope="global"):
    if scope == "layer":
        out = {}
        for name, w in weights.items():
            out[name] = _prune_lowest(w.detach().abs(), int(round(sparsity * w.numel())))
        return out
    if scope == "global":
        items = list(weights.items())
        if not items:
            return {}
        flat = torch.cat([w.detach().abs().flatten() for _, w in items])
        keep = _prune_lowest(flat, int(round(sparsity * flat.numel())))
        out, start = {}, 0
        for name, w in items:
            out[name] = keep[start:start + w.numel()].reshape(w.shape)
            start += w.numel()
        return out
    raise ValueError(f"scope must be 'layer' or 'global', got {scope!r}")


def l1_channel_mask(weight, amount):
    scores = torch.linalg.vector_norm(weight.detach().flatten(1), ord=1, dim=1)
    return _prune_lowest(scores, int(round(amount * weight.shape[0])))


def attach_masks(model, optimizer, masks):
    named = dict(model.named_parameters())
    targets = [(named[n], m.to(device=named[n].device)) for n, m in masks.items()]

    def zero_pruned():
        with torch.no_grad():
            for p, m in targets:
                p.masked_fill_(~m, 0.0)

    zero_pruned()
    inner_step = optimizer.step

    def step(*args, **kwargs):
        result = inner_step(*args, **kwargs)
        zero_pruned()
        return result

    optimizer.step = step
