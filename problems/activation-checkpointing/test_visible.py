import torch

from _helpers import SavedCounter, check_matches_plain, make_layers
from solution import checkpointed_sequential


def test_output_and_gradients_match_plain_run():
    check_matches_plain(checkpointed_sequential, n_layers=6, segments=2)


def test_keeps_at_most_one_saved_tensor_per_segment():
    layers = make_layers(6)
    x = torch.randn(3, 6, dtype=torch.float64, requires_grad=True)
    with SavedCounter() as plain:
        y = x
        for layer in layers:
            y = layer(y)
    assert plain.count > 3, "test self-check: the plain run should save many tensors"
    with SavedCounter() as ckpt:
        out = checkpointed_sequential(layers, x, segments=3)
    assert ckpt.count <= 3, (
        f"with 3 segments autograd saved {ckpt.count} tensors during the forward pass "
        f"(the plain run saves {plain.count}); keep only each segment's input"
    )
    out.sum().backward()


def test_each_layer_runs_once_forward_and_at_most_once_more_in_backward():
    layers = make_layers(6)
    x = torch.randn(3, 6, dtype=torch.float64, requires_grad=True)
    out = checkpointed_sequential(layers, x, segments=2)
    calls = [layer.calls for layer in layers]
    assert calls == [1] * 6, f"during the forward pass each layer should run once, got {calls}"
    out.sum().backward()
    calls = [layer.calls for layer in layers]
    assert all(c <= 2 for c in calls), f"each layer may be recomputed at most once, got {calls}"
