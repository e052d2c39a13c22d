import math


def warmup_cosine(step: int, base_lr: float, warmup_steps: int, total_steps: int,
                  min_lr: float = 0.0) -> float:
    """Linear warmup from 0 to base_lr, then half-cosine decay to min_lr at total_steps."""
    # TODO
    return base_lr


def step_decay(step: int, base_lr: float, step_size: int, gamma: float = 0.1) -> float:
    """base_lr times gamma for every completed block of step_size steps (like StepLR)."""
    # TODO
    return base_lr


def triangular(step: int, base_lr: float, max_lr: float, step_size: int) -> float:
    """base_lr -> max_lr over step_size steps, back over the next step_size, repeating."""
    # TODO
    return base_lr
