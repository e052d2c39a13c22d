import torch
import torch.nn.functional as F

from _helpers import assert_same_params, full_batch_reference, make_data, make_model
from solution import accumulate_step


class CountingSGD(torch.optim.SGD):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.steps = 0

    def step(self, closure=None):
        self.steps += 1
        return super().step(closure)


def test_single_partial_batch_of_one_row():
    model = make_model()
    x, y = make_data(7)
    want, _ = full_batch_reference(model, x, y)
    opt = CountingSGD(model.parameters(), lr=0.1)
    accumulate_step(model, F.mse_loss, opt, x, y, micro_batch_size=3)
    assert_same_params(model, want, "7 rows in micro-batches of 3, 3, 1")
    assert opt.steps == 1, f"optimizer.step() must run exactly once, it ran {opt.steps} times"


def test_micro_batch_larger_than_batch():
    model = make_model()
    x, y = make_data(5)
    want, _ = full_batch_reference(model, x, y)
    opt = CountingSGD(model.parameters(), lr=0.1)
    accumulate_step(model, F.mse_loss, opt, x, y, micro_batch_size=64)
    assert_same_params(model, want, "micro_batch_size larger than the batch (one micro-batch)")
    assert opt.steps == 1, f"optimizer.step() must run exactly once, it ran {opt.steps} times"


def test_stale_gradients_are_cleared_and_momentum_matches_over_steps():
    model = make_model()
    x, y = make_data(11)
    want, want_losses = full_batch_reference(model, x, y, momentum=0.9, steps=3)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    for p in model.parameters():
        p.grad = torch.full_like(p, 5.0)  # garbage from an earlier iteration
    losses = [accumulate_step(model, F.mse_loss, opt, x, y, micro_batch_size=4) for _ in range(3)]
    assert_same_params(model, want, "three accumulated steps with momentum and stale .grad at start")
    for got, exp in zip(losses, want_losses):
        assert abs(got - exp) < 1e-10, f"losses {losses} should track the full-batch losses {want_losses}"


def test_returned_loss_is_detached_float_for_partial_batches():
    model = make_model()
    x, y = make_data(9)
    with torch.no_grad():
        want = F.mse_loss(model(x), y).item()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = accumulate_step(model, F.mse_loss, opt, x, y, micro_batch_size=2)
    assert type(loss) is float, f"return a plain float (use .item()), got {type(loss).__name__}"
    assert abs(loss - want) < 1e-10, (
        f"the returned loss should be the mean over all 9 rows ({want}), got {loss}; "
        "averaging the micro-batch means gives the wrong value when the last one is smaller"
    )


def test_each_micro_batch_is_backpropagated_before_the_next_forward():
    model = make_model()
    events = []
    model.register_forward_pre_hook(
        lambda mod, args: events.append("forward") if torch.is_grad_enabled() else None)
    first = next(model.parameters())
    first.register_hook(lambda g: events.append("backward"))
    x, y = make_data(10)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    accumulate_step(model, F.mse_loss, opt, x, y, micro_batch_size=4)
    assert events == ["forward", "backward"] * 3, (
        f"events were {events}: run backward on each micro-batch before the next forward, so only "
        "one micro-batch of activations is alive at a time (summing the losses and calling "
        "backward once at the end keeps every micro-batch's graph in memory)")


def test_the_model_never_sees_more_than_one_micro_batch():
    model = make_model()
    sizes = []
    model.register_forward_pre_hook(lambda mod, args: sizes.append(args[0].shape[0]))
    x, y = make_data(8)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    accumulate_step(model, F.mse_loss, opt, x, y, micro_batch_size=3)
    assert sizes == [3, 3, 2], (
        f"the model was called on {sizes} rows; with 8 rows and micro_batch_size=3 it must be called "
        "exactly on 3, 3 and 2 rows (also for the logged loss: never on more than one micro-batch)")
