# Correct alternative: build every plan with itertools.product, filter, then one min() with a tie key.
import itertools
import math


def plan_memory(spec, budget_bytes):
    L, P = spec["num_layers"], spec["params"]
    a, B, W = spec["act_bytes"], spec["batch_size"], spec["world_size"]
    h, g = spec["step_overhead"], spec["gather_cost"]
    micro = [m for m in range(1, B + 1) if B % m == 0]
    segments = [0] + [c for c in range(1, L + 1) if L % c == 0]
    plans = []
    for z, m, c in itertools.product(range(4), micro, segments):
        weights = math.ceil(2 * P / W) if z == 3 else 2 * P
        grads = math.ceil(2 * P / W) if z >= 2 else 2 * P
        optim = math.ceil(12 * P / W) if z >= 1 else 12 * P
        acts = m * a * (c + L // c if c else L)
        peak = weights + grads + optim + acts
        if peak > budget_bytes:
            continue
        k = B // m
        cost = 3 * L * B + (L * B if c else 0) + k * h + (k * L * g if z == 3 else 0)
        plans.append({"zero_stage": z, "micro_batch": m, "accum_steps": k,
                      "checkpoint_segments": c, "peak_bytes": peak, "cost": cost})
    if not plans:
        return None
    return min(plans, key=lambda p: (p["cost"], p["peak_bytes"], p["zero_stage"],
                                     -p["micro_batch"], p["checkpoint_segments"]))
