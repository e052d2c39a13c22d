# Mistake: divides each micro-batch loss by the number of micro-batches, which is wrong when the last one is smaller.
import torch


def accumulate_step(model, loss_fn, optimizer, inputs, targets, micro_batch_size):
    """Take one optimizer step equivalent to a full-batch step, using micro-batches."""
    n = inputs.shape[0]
    optimizer.zero_grad(set_to_none=True)
    total = 0.0
    for start in range(0, n, micro_batch_size):
        xb = inputs[start:start + micro_batch_size]
        yb = targets[start:start + micro_batch_size]
        loss = loss_fn(model(xb), yb) / -(-n // micro_batch_size)
        loss.backward()
        total += loss.detach().item()
    optimizer.step()
    return float(total)
