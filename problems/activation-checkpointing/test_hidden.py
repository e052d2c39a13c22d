import torch

from _helpers import SavedCounter, check_matches_plain, make_layers
from solution import checkpointed_sequential


def test_parameters_get_gradients_when_input_does_not_require_grad():
    check_matches_plain(checkpointed_sequential, n_layers=5, segments=2, x_requires_grad=False)


def test_uneven_split_and_too_many_segments():
    check_matches_plain(checkpointed_sequential, n_layers=7, segments=3)
    check_matches_plain(checkpointed_sequential, n_layers=3, segments=10)
    check_matches_plain(checkpointed_sequential, n_layers=4, segments=1)


def test_segments_are_contiguous_chunks_not_single_layers():
    layers = make_layers(8)
    x = torch.randn(2, 6, dtype=torch.float64, requires_grad=True)
    with SavedCounter() as ckpt:
        out = checkpointed_sequential(layers, x, segments=2)
    assert ckpt.count <= 2, (
        f"8 layers in 2 segments should keep at most 2 saved tensors, got {ckpt.count}; "
        "checkpoint whole chunks, not each layer separately"
    )
    out.sum().backward()
    assert all(layer.calls == 2 for layer in layers), (
        f"every layer should be recomputed exactly once here, got {[l.calls for l in layers]}"
    )


def test_empty_layer_list_returns_input():
    x = torch.randn(2, 6, dtype=torch.float64)
    out = checkpointed_sequential([], x, segments=3)
    assert out is x or torch.equal(out, x), "with no layers the output is the input"


def test_chunk_sizes_put_the_larger_chunks_first():
    layers = make_layers(7)
    log = []
    for i, layer in enumerate(layers):
        layer.register_forward_pre_hook(lambda mod, args, i=i: log.append(i))
    x = torch.randn(2, 6, dtype=torch.float64, requires_grad=True)
    out = checkpointed_sequential(layers, x, segments=3)
    log.clear()
    out.sum().backward()
    assert log == [5, 6, 3, 4, 0, 1, 2], (
        "7 layers in 3 segments should be chunked as [0,1,2], [3,4], [5,6], so backward "
        f"recomputes layers in the order [5, 6, 3, 4, 0, 1, 2]; got {log}"
    )
