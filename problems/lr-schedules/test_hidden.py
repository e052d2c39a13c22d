import sys

import pytest

from solution import step_decay, triangular, warmup_cosine

# Produced by torch.optim.lr_scheduler.CosineAnnealingLR(T_max=8, eta_min=0.01) on lr=0.1, steps 0..8.
TORCH_COSINE = [0.1, 0.0965745789630079, 0.08681980515339463, 0.07222075445642905, 0.055,
                0.03777924554357096, 0.023180194846605363, 0.013425421036992097, 0.01]
# Produced by torch.optim.lr_scheduler.CyclicLR(base_lr=0.01, max_lr=0.1, step_size_up=4,
# mode="triangular", cycle_momentum=False), steps 0..16.
TORCH_CYCLIC = [0.01, 0.0325, 0.055, 0.0775, 0.1, 0.0775, 0.055, 0.0325, 0.01,
                0.0325, 0.055, 0.0775, 0.1, 0.0775, 0.055, 0.0325, 0.01]


def test_cosine_without_warmup_matches_torch():
    got = [warmup_cosine(t, 0.1, 0, 8, min_lr=0.01) for t in range(9)]
    assert got == pytest.approx(TORCH_COSINE, rel=1e-9), (
        f"with warmup_steps=0 this is CosineAnnealingLR: expected {TORCH_COSINE}, got {got}"
    )


def test_triangular_matches_torch_cyclic_lr():
    got = [triangular(t, 0.01, 0.1, 4) for t in range(17)]
    assert got == pytest.approx(TORCH_CYCLIC, rel=1e-9), f"expected {TORCH_CYCLIC}, got {got}"


def test_triangular_far_into_training():
    assert triangular(10**6, 0.001, 0.01, 250) == pytest.approx(0.001), "step 10**6 is the start of a cycle"
    assert triangular(10**6 + 250, 0.001, 0.01, 250) == pytest.approx(0.01), "and 250 steps later the peak"
    assert triangular(10**6 + 375, 0.001, 0.01, 250) == pytest.approx(0.0055), "half-way down from the peak"


def test_warmup_is_increasing_and_decay_is_decreasing():
    lrs = [warmup_cosine(t, 1.0, 10, 50, 0.1) for t in range(51)]
    assert all(a < b for a, b in zip(lrs[:10], lrs[1:11])), "the rate must rise strictly during warmup"
    assert all(a > b for a, b in zip(lrs[10:50], lrs[11:51])), "the rate must fall strictly during the cosine phase"
    assert max(lrs) == pytest.approx(1.0) and lrs.index(max(lrs)) == 10, "the peak is base_lr at step warmup_steps"


def test_step_decay_boundaries():
    assert step_decay(29, 1.0, 30) == 1.0, "no decay before step 30"
    assert step_decay(30, 1.0, 30) == pytest.approx(0.1), "the first decay (default gamma 0.1) applies at step 30"
    assert step_decay(95, 2.0, 30, gamma=0.5) == pytest.approx(0.25), "three decays by step 95"


@pytest.mark.parametrize("call", [
    lambda: warmup_cosine(-1, 1.0, 2, 10),
    lambda: warmup_cosine(0, 1.0, 10, 10),
    lambda: warmup_cosine(0, 1.0, -1, 10),
    lambda: step_decay(0, 1.0, 0),
    lambda: step_decay(-3, 1.0, 5),
    lambda: triangular(0, 0.1, 1.0, 0),
    lambda: triangular(-1, 0.1, 1.0, 3),
])
def test_invalid_arguments(call):
    with pytest.raises(ValueError):
        call()


def lines_run_in_solution(fn, *args):
    """Call fn(*args) and count the lines of solution.py it executes: a measure of work."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if not frame.f_code.co_filename.endswith("solution.py"):
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        fn(*args)
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize("name, call", [
    ("warmup_cosine", lambda t: warmup_cosine(t, 1.0, 10, 2 * t + 20, 0.1)),
    ("step_decay", lambda t: step_decay(t, 1.0, 3, 0.9)),
    ("triangular", lambda t: triangular(t, 0.1, 1.0, 7)),
])
def test_each_call_is_constant_time(name, call):
    small, large = lines_run_in_solution(call, 100), lines_run_in_solution(call, 100_000)
    assert large <= small + 5, (
        f"{name}: one call ran {small} lines of your code at step 100 but {large} at step 100,000; "
        "compute the rate with a formula in O(1), not by walking through the steps")


def test_cosine_stays_at_min_lr_after_total_steps():
    for warmup in (0, 3):
        after = [warmup_cosine(t, 0.5, warmup, 10, min_lr=0.02) for t in (10, 11, 15, 19, 20, 1000)]
        assert after == pytest.approx([0.02] * 6, rel=1e-12), (
            f"warmup_steps={warmup}: from total_steps on the rate stays at min_lr (0.02), got {after}")


def test_warmup_starts_from_zero_even_with_a_min_lr():
    got = [warmup_cosine(t, 0.8, 4, 20, min_lr=0.2) for t in range(5)]
    assert got == pytest.approx([0.0, 0.2, 0.4, 0.6, 0.8], abs=1e-12), (
        f"warmup is base_lr * step / warmup_steps, from 0 (not from min_lr): expected [0, 0.2, 0.4, 0.6, 0.8], got {got}")
