import math

import torch

from _helpers import make_setup, scale_history_of_torch, true_grads_fp32
from solution import DynamicLossScaler, fp16_train_step


def test_nan_counts_as_overflow_and_matches_gradscaler():
    flags = ["ok", "nan", "ok", "ok", "ok", "ok", "nan", "ok"]
    want = scale_history_of_torch(flags, init_scale=64.0, growth_interval=2)
    scaler = DynamicLossScaler(init_scale=64.0, growth_interval=2)
    got = []
    for bad in flags:
        p = torch.nn.Parameter(torch.zeros(4))
        p.grad = torch.tensor([1.0, float("nan") if bad == "nan" else 2.0, 3.0, 4.0])
        scaler.update(scaler.unscale_([p]))
        got.append(scaler.scale)
    assert got == want, f"NaN gradients must back off like inf: want {want}, got {got}"


def test_unscale_divides_in_place_and_skips_missing_grads():
    scaler = DynamicLossScaler(init_scale=256.0)
    a = torch.nn.Parameter(torch.zeros(3))
    b = torch.nn.Parameter(torch.zeros(2))
    a.grad = torch.tensor([256.0, -512.0, 1.0])
    grad_obj = a.grad
    found = scaler.unscale_([a, b])
    assert found is False or found == 0, "finite gradients: unscale_ must return False"
    assert b.grad is None, "a parameter without a gradient must stay without one"
    torch.testing.assert_close(a.grad, torch.tensor([1.0, -2.0, 1.0 / 256]),
                               msg="unscale_ should divide the gradient by the scale")
    assert a.grad is grad_obj, "unscale_ works in place on the existing .grad tensor"
    assert isinstance(scaler.scale, float), "scale should be a Python float"


def test_recovers_after_overflow_and_then_trains():
    model, master, opt, x = make_setup(seed=3)
    scaler = DynamicLossScaler(init_scale=2.0 ** 22, growth_interval=1000)
    results = []
    for _ in range(12):
        results.append(fp16_train_step(model, master, opt, scaler, lambda m: m(x).float().sum()))
        if results[-1]:
            break
    assert results[-1] is True, f"the scale should eventually stop overflowing, got {results}"
    skipped = len(results) - 1
    assert skipped >= 1, "an initial scale of 2**22 must overflow fp16 at least once"
    assert scaler.scale == 2.0 ** (22 - skipped), (
        f"after {skipped} skipped steps the scale should be 2**{22 - skipped}, got {scaler.scale}"
    )
    assert all(torch.isfinite(m).all() for m in master), "master weights must stay finite"


def test_unused_parameter_and_repeated_steps_match_fp32_sgd():
    model, master, opt, x = make_setup(seed=5, lr=2.0 ** 16, extra_unused=True)
    scaler = DynamicLossScaler(init_scale=2.0 ** 10, growth_interval=2)
    for step in range(3):
        want = true_grads_fp32(model, x, 2.0 ** -20)
        before = [m.detach().clone() for m in master]
        ok = fp16_train_step(model, master, opt, scaler,
                             lambda m: m(x).float().sum() * 2.0 ** -20)
        assert ok, f"step {step} should succeed"
        for i in range(2):
            torch.testing.assert_close(master[i].detach() - before[i], -(2.0 ** 16) * want[i],
                                       rtol=2e-2, atol=1e-5,
                                       msg=lambda s: f"step {step}, master param {i}\n{s}")
        assert master[2].grad is None or torch.count_nonzero(master[2].grad) == 0
        assert torch.equal(master[2].detach(), before[2]), "an unused parameter must not move"
    assert math.isclose(scaler.scale, 2.0 ** 11), (
        f"after 3 good steps with growth_interval=2 the scale should be 2**11, got {scaler.scale}"
    )


def test_tiny_gradients_are_unscaled_in_float32():
    model, master, opt, x = make_setup(seed=7, lr=2.0 ** 24)
    factor = 2.0 ** -32               # true gradients around 1e-10: zero in fp16 once unscaled
    want = true_grads_fp32(model, x, factor)
    scaler = DynamicLossScaler(init_scale=2.0 ** 24)
    assert fp16_train_step(model, master, opt, scaler, lambda m: m(x).float().sum() * factor), "a finite step"
    for i, (m, g) in enumerate(zip(master, want)):
        torch.testing.assert_close(m.grad, g, rtol=2e-2, atol=0.0, msg=lambda s: (
            f"master param {i}: gradients of about 1e-10 must survive; copy the scaled fp16 gradient to "
            f"float32 first, then unscale the float32 copy (unscaling in fp16 flushes them to zero)\n{s}"))


def test_successful_step_copies_masters_back_into_the_fp16_model():
    model, master, opt, x = make_setup(seed=11)
    scaler = DynamicLossScaler(init_scale=2.0 ** 8)
    before = [p.detach().clone() for p in model.parameters()]
    assert fp16_train_step(model, master, opt, scaler, lambda m: m(x).float().sum()), "a finite step"
    moved = False
    for i, (p16, p32, b) in enumerate(zip(model.parameters(), master, before)):
        assert p16.dtype == torch.float16, f"model parameter {i} must stay float16"
        torch.testing.assert_close(p16.detach(), p32.detach().half(), rtol=0, atol=0, msg=(
            f"after a successful step fp16 parameter {i} must hold the updated master weights (cast to fp16)"))
        moved = moved or not torch.equal(p16.detach(), b)
    assert moved, "the step must change the fp16 model's weights"


def test_growth_and_backoff_factors_are_used():
    scaler = DynamicLossScaler(init_scale=64.0, growth_factor=3.0, backoff_factor=0.25, growth_interval=1)
    got = []
    for found_inf in (False, True, True, False):
        scaler.update(found_inf)
        got.append(scaler.scale)
    assert got == [192.0, 48.0, 12.0, 36.0], (
        f"growth_factor=3 and backoff_factor=0.25 from 64: expected [192, 48, 12, 36], got {got}")


def test_overflowing_step_never_calls_the_optimizer():
    model, master, opt, x = make_setup(seed=13)
    steps = []
    real_step = opt.step

    def counting_step(*args, **kwargs):
        steps.append(1)
        return real_step(*args, **kwargs)

    opt.step = counting_step
    before = [m.detach().clone() for m in master]
    scaler = DynamicLossScaler(init_scale=2.0 ** 40)
    ok = fp16_train_step(model, master, opt, scaler, lambda m: m(x).float().sum())
    assert ok is False, "a scale of 2**40 overflows fp16: the step must be skipped"
    assert steps == [], "when the gradients overflow, optimizer.step() must not be called at all"
    assert all(torch.equal(m.detach(), b) for m, b in zip(master, before)), "skipped step: masters unchanged"
