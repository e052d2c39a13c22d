import torch

from _helpers import make_setup, scale_history_of_torch, true_grads_fp32
from solution import DynamicLossScaler, fp16_train_step


def test_scale_updates_follow_torch_gradscaler():
    flags = ["ok", "ok", "ok", "inf", "ok", "ok", "ok", "ok", "ok", "ok", "inf", "inf", "ok"]
    want = scale_history_of_torch(flags, init_scale=1024.0, growth_interval=3)
    scaler = DynamicLossScaler(init_scale=1024.0, growth_interval=3)
    got = []
    for bad in flags:
        p = torch.nn.Parameter(torch.zeros(3))
        p.grad = torch.full((3,), float("inf") if bad == "inf" else 1.0)
        found = scaler.unscale_([p])
        assert found == (bad == "inf"), f"unscale_ should return {bad == 'inf'} for a {bad} gradient"
        scaler.update(found)
        got.append(scaler.scale)
    assert got == want, f"scale after each step should be {want} (as GradScaler), got {got}"


def test_small_gradients_survive_thanks_to_scaling():
    lr = 2.0 ** 20  # large so that the tiny update is visible next to the weights in fp32
    model, master, opt, x = make_setup(lr=lr)
    factor = 2.0 ** -26
    want = true_grads_fp32(model, x, factor)
    before = [m.detach().clone() for m in master]
    scaler = DynamicLossScaler(init_scale=2.0 ** 16)
    stepped = fp16_train_step(model, master, opt, scaler, lambda m: m(x).float().sum() * factor)
    assert stepped is True, "a finite step should return True"
    for i, (m, b, g) in enumerate(zip(master, before, want)):
        assert m.grad is not None and m.grad.dtype == torch.float32, (
            f"master param {i} should hold a float32 gradient after the step"
        )
        torch.testing.assert_close(m.grad, g, rtol=2e-2, atol=0.0,
                                   msg=lambda s: f"master param {i}: .grad should be the unscaled "
                                                 f"true gradient\n{s}")
        delta = m.detach() - b
        assert delta.abs().max() > 0, (
            f"master param {i} did not move: its fp16 gradient underflowed (was the loss scaled?)"
        )
        torch.testing.assert_close(delta, -lr * g, rtol=2e-2, atol=1e-6,
                                   msg=lambda s: f"master param {i} update should be -lr * grad\n{s}")
    for p16, p32 in zip(model.parameters(), master):
        assert p16.dtype == torch.float16, "the model must stay in float16"
        assert torch.equal(p16.detach(), p32.detach().half()), "copy the masters back into the model"


def test_overflow_skips_step_and_backs_off():
    model, master, opt, x = make_setup()
    before16 = [p.detach().clone() for p in model.parameters()]
    before32 = [m.detach().clone() for m in master]
    scaler = DynamicLossScaler(init_scale=2.0 ** 24)
    stepped = fp16_train_step(model, master, opt, scaler, lambda m: m(x).float().sum())
    assert stepped is False, "scaled fp16 gradients overflowed to inf: the step must be skipped"
    assert scaler.scale == 2.0 ** 23, f"the scale should halve to 2**23, got {scaler.scale}"
    for a, b in zip(model.parameters(), before16):
        assert torch.equal(a.detach(), b), "a skipped step must not change the fp16 weights"
    for a, b in zip(master, before32):
        assert torch.equal(a.detach(), b), "a skipped step must not change the master weights"
