# Mistake: weights every micro-batch by micro_batch_size / N, so the smaller last micro-batch gets too much weight.
import torch


def accumulate_step(model, loss_fn, optimizer, inputs, targets, micro_batch_size):
    """Take one optimizer step equivalent to a full-batch step, using micro-batches."""
    n = inputs.shape[0]
    optimizer.zero_grad(set_to_none=True)
    total = 0.0
    for start in range(0, n, micro_batch_size):
        xb = inputs[start:start + micro_batch_size]
        yb = targets[start:start + micro_batch_size]
        loss = loss_fn(model(xb), yb) * (micro_batch_size / n)
        loss.backward()
        total += loss.detach().item()
    optimizer.step()
    return float(total)
