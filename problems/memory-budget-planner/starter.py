def plan_memory(spec, budget_bytes):
    """Return the cheapest training plan that fits `budget_bytes`, or None.

    spec: dict with num_layers, params, act_bytes, batch_size, world_size, step_overhead,
    gather_cost. The result is a dict with zero_stage, micro_batch, accum_steps,
    checkpoint_segments, peak_bytes and cost (see the prompt for the exact model).
    """
    # TODO: enumerate zero stages, micro-batch sizes and checkpoint segment counts
    # TODO: compute peak memory and cost exactly as defined; keep the best feasible plan
    raise NotImplementedError
