import torch

from _helpers import check_masks, make_model, torch_global_masks, torch_layer_masks, weights_of
from solution import attach_masks, l1_channel_mask, magnitude_masks


def test_example_from_prompt():
    w = {"a": torch.tensor([0.5, -3.0, 0.1, 2.0]), "b": torch.tensor([-0.2, 0.05])}
    layer = magnitude_masks(w, 0.5, scope="layer")
    assert layer["a"].tolist() == [False, True, False, True] and layer["b"].tolist() == [True, False], (
        f"layer scope: got {({k: v.tolist() for k, v in layer.items()})}"
    )
    glob = magnitude_masks(w, 0.5, scope="global")
    assert glob["a"].tolist() == [True, True, False, True] and glob["b"].tolist() == [False, False], (
        f"global scope: got {({k: v.tolist() for k, v in glob.items()})}"
    )
    ch = l1_channel_mask(torch.tensor([[1.0, -1.0], [0.1, 0.2], [-5.0, 0.0]]), 1 / 3)
    assert ch.tolist() == [True, False, True], f"channel mask: got {ch.tolist()}"


def test_layer_and_global_scope_match_torch_prune():
    model = make_model()
    for sparsity in (0.3, 0.7):
        check_masks(magnitude_masks(weights_of(model), sparsity, scope="layer"),
                    torch_layer_masks(model, sparsity), f"layer scope, sparsity {sparsity}")
        check_masks(magnitude_masks(weights_of(model), sparsity, scope="global"),
                    torch_global_masks(model, sparsity), f"global scope, sparsity {sparsity}")


def test_masks_survive_adam_with_weight_decay():
    model = make_model(1)
    masks = magnitude_masks(weights_of(model), 0.6, scope="global")
    opt = torch.optim.AdamW(model.parameters(), lr=0.05, weight_decay=0.1)
    attach_masks(model, opt, masks)
    before = {n: p.detach().clone() for n, p in model.named_parameters()}
    x, y = torch.randn(16, 6), torch.randn(16, 4)
    for _ in range(3):
        opt.zero_grad()
        torch.nn.functional.mse_loss(model(x), y).backward()
        opt.step()
        for name, mask in masks.items():
            p = dict(model.named_parameters())[name]
            assert torch.all(p.detach()[~mask] == 0), f"pruned entries of {name} became non-zero after a step"
    for name, mask in masks.items():
        p = dict(model.named_parameters())[name].detach()
        assert not torch.equal(p[mask], before[name][mask]), f"kept weights of {name} should still train"
