import warnings

import torch
import torch.nn.utils.prune as prune

warnings.filterwarnings("ignore")

# The first optimizer built in a process imports torch._dynamo, which is slow; pay for it at
# collection time instead of inside a test.
torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)


def make_model(seed=0):
    torch.manual_seed(seed)
    model = torch.nn.Sequential(torch.nn.Linear(6, 10), torch.nn.ReLU(), torch.nn.Linear(10, 4))
    with torch.no_grad():
        model[2].weight.mul_(4.0)  # different scales, so global and layer-wise scopes differ
    return model


def torch_layer_masks(model, amount):
    out = {}
    for idx in (0, 2):
        layer = torch.nn.Linear(1, 1)
        layer.weight = torch.nn.Parameter(model[idx].weight.detach().clone())
        prune.l1_unstructured(layer, "weight", amount=amount)
        out[f"{idx}.weight"] = layer.weight_mask.bool()
    return out


def torch_global_masks(model, amount):
    layers = []
    for idx in (0, 2):
        layer = torch.nn.Linear(1, 1)
        layer.weight = torch.nn.Parameter(model[idx].weight.detach().clone())
        layers.append(layer)
    prune.global_unstructured([(l, "weight") for l in layers], pruning_method=prune.L1Unstructured,
                              amount=amount)
    return {"0.weight": layers[0].weight_mask.bool(), "2.weight": layers[1].weight_mask.bool()}


def weights_of(model):
    return {"0.weight": model[0].weight.detach(), "2.weight": model[2].weight.detach()}


def check_masks(got, want, what):
    assert set(got) == set(want), f"{what}: expected masks for {sorted(want)}, got {sorted(got)}"
    for name in want:
        g = got[name]
        assert isinstance(g, torch.Tensor) and g.dtype == torch.bool, f"{what}: {name} must be a bool tensor"
        assert g.shape == want[name].shape, f"{what}: {name} mask shape {tuple(g.shape)}"
        assert torch.equal(g, want[name]), (
            f"{what}: mask for {name} differs from torch.nn.utils.prune "
            f"({int((~g).sum())} pruned, expected {int((~want[name]).sum())})"
        )
