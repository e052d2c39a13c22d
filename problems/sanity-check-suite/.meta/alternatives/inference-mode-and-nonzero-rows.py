# Correct: inference_mode forwards, a dot-product projection and nonzero() rows for the leak check.
import math

import torch
import torch.nn.functional as F


def check_init_loss(model, x, y, num_classes, rel_tol=0.25):
    expected = math.log(num_classes)
    with torch.inference_mode():
        loss = float(F.cross_entropy(model(x), y))
    return {"ok": abs(loss - expected) <= rel_tol * expected, "loss": loss, "expected": expected}


def check_input_dependence(model, x, seed=0):
    other = torch.randn(x.shape, generator=torch.Generator().manual_seed(seed)).to(x.dtype)
    with torch.no_grad():
        max_change = float(torch.max(torch.abs(model(x) - model(other))))
    return {"ok": max_change > 1e-6, "max_change": max_change}


def check_batch_independence(model, x, i=0, seed=0):
    inp = x.detach().clone().requires_grad_()
    row = model(inp)[i]
    v = torch.randn(tuple(row.shape), generator=torch.Generator().manual_seed(seed)).to(row.dtype)
    grad = torch.autograd.grad(torch.dot(row.flatten(), v.flatten()), [inp])[0]
    touched = grad.flatten(1).ne(0).any(dim=1)
    leaking = sorted(int(j) for j in torch.nonzero(touched).flatten().tolist() if j != i)
    return {"ok": len(leaking) == 0, "leaking": leaking}


def check_overfit_batch(make_model, x, y, steps=200, lr=1e-2, target=0.05, seed=0):
    torch.manual_seed(seed)
    model = make_model()
    model.train()
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)

    def loss_now():
        return F.cross_entropy(model(x), y)

    with torch.no_grad():
        initial_loss = float(loss_now())
    for _ in range(steps):
        optimizer.zero_grad(set_to_none=True)
        loss_now().backward()
        optimizer.step()
    with torch.no_grad():
        final_loss = float(loss_now())
    return {"ok": final_loss < target, "initial_loss": initial_loss, "final_loss": final_loss}
