# Correct alternative: triangular via CyclicLR's cycle/x formula, cosine via sin^2, step decay via math.pow.
import math


def _nonneg(step):
    if step < 0:
        raise ValueError(f"step must be >= 0, got {step}")


def warmup_cosine(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    _nonneg(step)
    if not 0 <= warmup_steps < total_steps:
        raise ValueError("warmup_steps must satisfy 0 <= warmup_steps < total_steps")
    if step < warmup_steps:
        return base_lr * (step / warmup_steps)
    p = min(1.0, (step - warmup_steps) / (total_steps - warmup_steps))
    # (1 + cos(pi p)) / 2 == cos(pi p / 2) ** 2
    return min_lr + (base_lr - min_lr) * math.cos(math.pi * p / 2) ** 2


def step_decay(step, base_lr, step_size, gamma=0.1):
    _nonneg(step)
    if step_size < 1:
        raise ValueError("step_size must be >= 1")
    return base_lr * math.pow(gamma, step // step_size)


def triangular(step, base_lr, max_lr, step_size):
    _nonneg(step)
    if step_size < 1:
        raise ValueError("step_size must be >= 1")
    cycle = math.floor(1 + step / (2 * step_size))
    x = abs(step / step_size - 2 * cycle + 1)
    return base_lr + (max_lr - base_lr) * max(0.0, 1 - x)
