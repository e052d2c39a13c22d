# Mistake: computes the logged loss with one extra forward over the whole batch (under no_grad), so the model sees all N rows at once.
import torch


def accumulate_step(model, loss_fn, optimizer, inputs, targets, micro_batch_size):
    """Take one optimizer step equivalent to a full-batch step, using micro-batches."""
    n = inputs.shape[0]
    with torch.no_grad():                 # logging only: no graph is kept
        full = loss_fn(model(inputs), targets).item()
    optimizer.zero_grad(set_to_none=True)
    total = 0.0
    for start in range(0, n, micro_batch_size):
        xb = inputs[start:start + micro_batch_size]
        yb = targets[start:start + micro_batch_size]
        loss = loss_fn(model(xb), yb) * (xb.shape[0] / n)
        loss.backward()
        total += loss.detach().item()
    optimizer.step()
    return float(full)
