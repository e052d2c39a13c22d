def accumulate_step(model, loss_fn, optimizer, inputs, targets, micro_batch_size):
    """Take one optimizer step equivalent to a full-batch step, using micro-batches.

    Returns the mean loss over the whole batch as a Python float.
    """
    # TODO: clear stale gradients
    # TODO: for each micro-batch: forward, scale its loss correctly, backward
    # TODO: one optimizer.step(); return the full-batch loss as a float
    raise NotImplementedError
