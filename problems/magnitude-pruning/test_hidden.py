import torch
import torch.nn.utils.prune as prune

from _helpers import make_model, weights_of
from solution import attach_masks, l1_channel_mask, magnitude_masks


def test_exact_counts_with_tied_magnitudes():
    w = {"a": torch.tensor([1.0, -1.0, 1.0, -1.0, 1.0, 1.0, -1.0, 1.0, 1.0, 1.0])}
    for scope in ("layer", "global"):
        m = magnitude_masks(w, 0.3, scope=scope)["a"]
        assert int((~m).sum()) == 3, (
            f"{scope} scope: 10 tied weights at sparsity 0.3 must lose exactly 3, lost {int((~m).sum())}; "
            "a '<= threshold' rule prunes all ties"
        )


def test_extreme_sparsities_shapes_and_no_mutation():
    model = make_model(2)
    weights = weights_of(model)
    copies = {k: v.clone() for k, v in weights.items()}
    for scope in ("layer", "global"):
        none = magnitude_masks(weights, 0.0, scope=scope)
        assert all(m.all() for m in none.values()), f"{scope}: sparsity 0 keeps everything"
        full = magnitude_masks(weights, 1.0, scope=scope)
        assert not any(m.any() for m in full.values()), f"{scope}: sparsity 1 prunes everything"
        assert all(full[k].shape == weights[k].shape for k in weights), f"{scope}: masks keep shapes"
    assert all(torch.equal(weights[k], copies[k]) for k in weights), "computing masks must not change weights"


def test_global_scope_prunes_layers_unevenly_and_keeps_the_largest():
    model = make_model(3)
    masks = magnitude_masks(weights_of(model), 0.5, scope="global")
    pruned_small = 1 - masks["0.weight"].float().mean()
    pruned_big = 1 - masks["2.weight"].float().mean()
    assert pruned_small > pruned_big, (
        "the layer with 4x smaller weights should lose more of them under a global ranking"
    )
    all_w = torch.cat([w.abs().reshape(-1) for w in weights_of(model).values()])
    kept = torch.cat([w.abs().reshape(-1)[masks[n].reshape(-1)] for n, w in weights_of(model).items()])
    dropped = torch.cat([w.abs().reshape(-1)[~masks[n].reshape(-1)] for n, w in weights_of(model).items()])
    assert kept.min() >= dropped.max(), "every kept |w| must be at least every pruned |w|"
    assert len(dropped) == round(0.5 * len(all_w)), "exactly half of all weights are pruned"


def test_channel_mask_matches_ln_structured_for_linear_and_conv():
    torch.manual_seed(4)
    conv = torch.nn.Conv2d(3, 8, 3)
    with torch.no_grad():
        conv.weight[2] = -conv.weight[2].abs() * 3   # large negative channel: L1 must use |w|
    lin = torch.nn.Linear(5, 7)
    for layer, amount in ((conv, 0.5), (lin, 0.3)):
        got = l1_channel_mask(layer.weight.detach(), amount)
        prune.ln_structured(layer, "weight", amount=amount, n=1, dim=0)
        want = layer.weight_mask.reshape(layer.weight_mask.shape[0], -1).all(dim=1)
        assert got.dtype == torch.bool and got.shape == want.shape, "one bool per output channel"
        assert torch.equal(got, want), f"channel mask {got.tolist()} should be {want.tolist()}"


def test_masks_survive_sgd_momentum():
    model = make_model(5)
    masks = magnitude_masks(weights_of(model), 0.4, scope="layer")
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, weight_decay=0.01)
    attach_masks(model, opt, masks)
    for name, mask in masks.items():
        p = dict(model.named_parameters())[name]
        assert torch.all(p.detach()[~mask] == 0), "attach_masks must zero the pruned weights at once"
    x, y = torch.randn(8, 6), torch.randn(8, 4)
    for _ in range(4):
        opt.zero_grad()
        torch.nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    for name, mask in masks.items():
        p = dict(model.named_parameters())[name]
        assert isinstance(p, torch.nn.Parameter), f"{name} must stay a parameter"
        assert int((p.detach() == 0).sum()) >= int((~mask).sum()), f"{name} lost sparsity during training"
        assert torch.all(p.detach()[~mask] == 0), f"pruned entries of {name} revived under momentum"


class DriftingSGD(torch.optim.SGD):
    """SGD that also nudges every weight, as some regularisers or EMA updates do."""

    @torch.no_grad()
    def step(self, closure=None):
        loss = super().step(closure)
        for group in self.param_groups:
            for p in group["params"]:
                p.add_(1e-3)
        return loss


def test_masks_reapplied_after_steps_that_do_not_come_from_gradients():
    model = make_model(6)
    masks = magnitude_masks(weights_of(model), 0.5, scope="global")
    opt = DriftingSGD(model.parameters(), lr=0.05)
    attach_masks(model, opt, masks)
    x, y = torch.randn(8, 6), torch.randn(8, 4)
    for _ in range(2):
        opt.zero_grad()
        torch.nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    for name, mask in masks.items():
        p = dict(model.named_parameters())[name]
        assert torch.all(p.detach()[~mask] == 0), (
            f"pruned entries of {name} moved: masking gradients is not enough, re-apply the mask "
            "after every optimizer step"
        )


def test_counts_use_round_not_truncation():
    w = {"a": torch.arange(1.0, 11.0), "b": torch.arange(-7.0, 0.0)}    # distinct magnitudes
    layer = magnitude_masks(w, 0.75, scope="layer")
    lost = {k: int((~m).sum()) for k, m in layer.items()}
    assert lost == {"a": round(7.5), "b": round(5.25)}, (
        f"layer scope at sparsity 0.75: round(0.75 * 10) = 8 and round(0.75 * 7) = 5 entries go, lost {lost}")
    glob = magnitude_masks({"a": torch.arange(1.0, 8.0)}, 0.5, scope="global")["a"]
    assert int((~glob).sum()) == 4, f"global scope: round(0.5 * 7) = 4 entries go, lost {int((~glob).sum())}"
    weight = torch.arange(1.0, 11.0).reshape(5, 2)
    keep = l1_channel_mask(weight, 0.7)
    assert keep.tolist() == [False, False, False, False, True], (
        f"round(0.7 * 5) = 4 channels with the lowest L1 norms go, got keep mask {keep.tolist()}")


def test_kept_weights_still_train_under_plain_sgd():
    model = make_model(8)
    masks = magnitude_masks(weights_of(model), 0.5, scope="layer")
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    attach_masks(model, opt, masks)
    params = dict(model.named_parameters())
    after_attach = {name: params[name].detach().clone() for name in masks}
    x, y = torch.randn(8, 6), torch.randn(8, 4)
    for _ in range(2):
        opt.zero_grad()
        torch.nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    for name, mask in masks.items():
        p = params[name].detach()
        assert torch.all(p[~mask] == 0), f"pruned entries of {name} must stay zero"
        assert not torch.equal(p[mask], after_attach[name][mask]), (
            f"the kept weights of {name} did not change after two SGD steps: the mask must only zero the pruned "
            "entries, the others keep training")
