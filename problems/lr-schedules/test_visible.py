import pytest

from solution import step_decay, triangular, warmup_cosine

# Produced by torch.optim.lr_scheduler.StepLR(step_size=3, gamma=0.5) on lr=0.1, steps 0..9.
TORCH_STEP_LR = [0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025, 0.0125]


def test_examples_from_prompt():
    got = [warmup_cosine(t, 1.0, warmup_steps=2, total_steps=6) for t in range(8)]
    want = [0.0, 0.5, 1.0, 0.8535533905932737, 0.5, 0.14644660940672627, 0.0, 0.0]
    assert got == pytest.approx(want, abs=1e-12), f"warmup_cosine(base 1, warmup 2, total 6): want {want}, got {got}"
    got = [step_decay(t, 0.1, step_size=2, gamma=0.5) for t in range(5)]
    assert got == pytest.approx([0.1, 0.1, 0.05, 0.05, 0.025]), f"step_decay: got {got}"
    got = [triangular(t, 0.0, 1.0, step_size=2) for t in range(6)]
    assert got == pytest.approx([0.0, 0.5, 1.0, 0.5, 0.0, 0.5]), f"triangular: got {got}"


def test_step_decay_matches_torch_step_lr():
    got = [step_decay(t, 0.1, step_size=3, gamma=0.5) for t in range(10)]
    assert got == pytest.approx(TORCH_STEP_LR, rel=1e-12), (
        f"StepLR decays AT step 3, 6, 9: expected {TORCH_STEP_LR}, got {got}"
    )


def test_warmup_cosine_boundaries():
    kw = dict(base_lr=3e-4, warmup_steps=100, total_steps=1100, min_lr=3e-5)
    assert warmup_cosine(0, **kw) == 0.0, "warmup starts from 0 at step 0"
    assert warmup_cosine(50, **kw) == pytest.approx(1.5e-4), "half-way through warmup is half of base_lr"
    assert warmup_cosine(100, **kw) == pytest.approx(3e-4), "at step == warmup_steps the rate is exactly base_lr"
    assert warmup_cosine(600, **kw) == pytest.approx((3e-4 + 3e-5) / 2), "half-way through the decay: (base + min) / 2"
    assert warmup_cosine(1100, **kw) == pytest.approx(3e-5), "at total_steps the rate is min_lr"
    assert warmup_cosine(5000, **kw) == pytest.approx(3e-5), "after total_steps the rate stays at min_lr"
