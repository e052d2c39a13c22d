# warmup rises from min_lr instead of from 0
import math


def _check_step(step):
    if step < 0:
        raise ValueError("step must be non-negative")


def warmup_cosine(step: int, base_lr: float, warmup_steps: int, total_steps: int,
                  min_lr: float = 0.0) -> float:
    """Linear warmup from 0 to base_lr, then cosine decay to min_lr at total_steps."""
    _check_step(step)
    if warmup_steps < 0 or total_steps <= warmup_steps:
        raise ValueError("need 0 <= warmup_steps < total_steps")
    if step < warmup_steps:
        return min_lr + (base_lr - min_lr) * step / warmup_steps
    if step >= total_steps:
        return min_lr
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + 0.5 * (base_lr - min_lr) * (1.0 + math.cos(math.pi * progress))


def step_decay(step: int, base_lr: float, step_size: int, gamma: float = 0.1) -> float:
    """Multiply the rate by gamma every step_size steps."""
    _check_step(step)
    if step_size < 1:
        raise ValueError("step_size must be at least 1")
    return base_lr * gamma ** (step // step_size)


def triangular(step: int, base_lr: float, max_lr: float, step_size: int) -> float:
    """Cyclical rate: base_lr -> max_lr over step_size steps, then back, repeating."""
    _check_step(step)
    if step_size < 1:
        raise ValueError("step_size must be at least 1")
    position = step % (2 * step_size)
    distance = position if position <= step_size else 2 * step_size - position
    return base_lr + (max_lr - base_lr) * distance / step_size
