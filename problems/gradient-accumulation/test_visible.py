import torch
import torch.nn.functional as F

from _helpers import assert_same_params, record_batch_sizes, full_batch_reference, make_data, make_model
from solution import accumulate_step


def test_equal_micro_batches_match_one_big_batch():
    model = make_model()
    x, y = make_data(8)
    want, want_losses = full_batch_reference(model, x, y)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = accumulate_step(model, F.mse_loss, opt, x, y, micro_batch_size=2)
    assert_same_params(model, want, "8 rows in micro-batches of 2")
    assert isinstance(loss, float), f"return a Python float, got {type(loss).__name__}"
    assert abs(loss - want_losses[0]) < 1e-10, (
        f"returned loss {loss} should be the full-batch mean loss {want_losses[0]}"
    )


def test_example_from_prompt_with_partial_last_batch():
    model = make_model()
    x, y = make_data(10)
    want, _ = full_batch_reference(model, x, y)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    accumulate_step(model, F.mse_loss, opt, x, y, micro_batch_size=4)
    assert_same_params(model, want, "10 rows in micro-batches of 4, 4, 2 (weight each by its size)")


def test_model_only_sees_micro_batches():
    model = make_model()
    sizes = record_batch_sizes(model)
    x, y = make_data(10)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    accumulate_step(model, F.mse_loss, opt, x, y, micro_batch_size=4)
    assert sizes == [4, 4, 2], f"expected forward calls on 4, 4 and 2 rows, got {sizes}"
