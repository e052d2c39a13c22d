# Correct alternative: backprop each micro-batch's summed loss, then divide the accumulated gradients by N.
import torch


def accumulate_step(model, loss_fn, optimizer, inputs, targets, micro_batch_size):
    n = inputs.shape[0]
    params = [p for p in model.parameters() if p.requires_grad]
    for p in params:
        p.grad = None
    loss_sum = 0.0
    for xb, yb in zip(torch.split(inputs, micro_batch_size), torch.split(targets, micro_batch_size)):
        part = loss_fn(model(xb), yb) * xb.shape[0]      # mean * rows = sum over these rows
        part.backward()
        loss_sum += part.item()
    with torch.no_grad():
        for p in params:
            if p.grad is not None:
                p.grad.div_(n)
    optimizer.step()
    return loss_sum / n
