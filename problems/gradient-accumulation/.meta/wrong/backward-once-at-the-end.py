# Mistake: sums the weighted micro-batch losses and calls backward once, keeping every micro-batch's graph alive.
import torch


def accumulate_step(model, loss_fn, optimizer, inputs, targets, micro_batch_size):
    """Take one optimizer step equivalent to a full-batch step, using micro-batches."""
    n = inputs.shape[0]
    optimizer.zero_grad(set_to_none=True)
    total = 0.0
    pending = []
    for start in range(0, n, micro_batch_size):
        xb = inputs[start:start + micro_batch_size]
        yb = targets[start:start + micro_batch_size]
        loss = loss_fn(model(xb), yb) * (xb.shape[0] / n)
        pending.append(loss)
        total += loss.detach().item()
    torch.stack(pending).sum().backward()
    optimizer.step()
    return float(total)
