# Mistake: check_init_loss compares |loss - log C| with rel_tol itself, an absolute tolerance, instead of rel_tol * log C
import math

import torch
import torch.nn.functional as F


def check_init_loss(model, x, y, num_classes, rel_tol=0.25):
    with torch.no_grad():
        loss = F.cross_entropy(model(x), y).item()
    expected = math.log(num_classes)
    return {"ok": abs(loss - expected) <= rel_tol, "loss": loss, "expected": expected}


def check_input_dependence(model, x, seed=0):
    g = torch.Generator().manual_seed(seed)
    x2 = torch.randn(x.shape, generator=g, dtype=x.dtype)
    with torch.no_grad():
        change = (model(x) - model(x2)).abs().max().item()
    return {"ok": change > 1e-6, "max_change": change}


def check_batch_independence(model, x, i=0, seed=0):
    xg = x.detach().clone().requires_grad_(True)
    out = model(xg)
    g = torch.Generator().manual_seed(seed)
    v = torch.randn(out[i].shape, generator=g, dtype=out.dtype)
    (grad,) = torch.autograd.grad((out[i] * v).sum(), xg)
    rows = grad.reshape(grad.shape[0], -1).abs().amax(dim=1)
    leaking = [j for j in range(len(rows)) if j != i and rows[j].item() > 0]
    return {"ok": not leaking, "leaking": leaking}


def check_overfit_batch(make_model, x, y, steps=200, lr=1e-2, target=0.05, seed=0):
    torch.manual_seed(seed)
    model = make_model()
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    with torch.no_grad():
        initial = F.cross_entropy(model(x), y).item()
    for _ in range(steps):
        opt.zero_grad()
        loss = F.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
    with torch.no_grad():
        final = F.cross_entropy(model(x), y).item()
    return {"ok": final < target, "initial_loss": initial, "final_loss": final}
