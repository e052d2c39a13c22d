# computes checkpointed activations with true division, so peak_bytes comes back as a float
def _divisors(n):
    return [d for d in range(1, n + 1) if n % d == 0]


def _ceil_div(a, b):
    return -(-a // b)


def plan_memory(spec, budget_bytes):
    """Pick the cheapest (zero_stage, micro_batch, checkpoint_segments) plan that fits the budget."""
    L, P, a = spec["num_layers"], spec["params"], spec["act_bytes"]
    B, W = spec["batch_size"], spec["world_size"]
    h, g = spec["step_overhead"], spec["gather_cost"]
    best = None
    for z in range(4):
        static = sum(_ceil_div(nbytes * P, W) if z >= stage else nbytes * P
                     for nbytes, stage in ((2, 3), (2, 2), (12, 1)))
        for m in _divisors(B):
            k = B // m
            for c in [0] + _divisors(L):
                act = m * a * (L if c == 0 else c + L / c)
                peak = static + act
                if peak > budget_bytes:
                    continue
                cost = 3 * L * B + (L * B if c else 0) + k * h + (k * L * g if z == 3 else 0)
                key = (cost, peak, z, -m, c)
                if best is None or key < best[0]:
                    best = (key, {"zero_stage": z, "micro_batch": m, "accum_steps": k,
                                  "checkpoint_segments": c, "peak_bytes": peak, "cost": cost})
    return None if best is None else best[1]
