import copy

import torch


class Block(torch.nn.Module):
    """Linear + tanh that counts how often its forward runs."""

    def __init__(self, width):
        super().__init__()
        self.linear = torch.nn.Linear(width, width)
        self.calls = 0

    def forward(self, x):
        self.calls += 1
        return torch.tanh(self.linear(x)) * 1.5


def make_layers(n, width=6, seed=0):
    torch.manual_seed(seed)
    return [Block(width).double() for _ in range(n)]


def plain_run(layers, x):
    """Output, input grad and parameter grads of the ordinary sequential run on copies."""
    layers = copy.deepcopy(layers)
    x = x.detach().clone().requires_grad_(x.requires_grad)
    out = x
    for layer in layers:
        out = layer(out)
    (out * torch.linspace(-1, 1, out.numel(), dtype=out.dtype).view_as(out)).sum().backward()
    grads = [p.grad for layer in layers for p in layer.parameters()]
    return out.detach(), x.grad, grads


def weighted_sum(out):
    return (out * torch.linspace(-1, 1, out.numel(), dtype=out.dtype).view_as(out)).sum()


class SavedCounter:
    """Counts tensors autograd saves for backward while the context is active."""

    def __init__(self):
        self.count = 0
        self._ctx = torch.autograd.graph.saved_tensors_hooks(self._pack, lambda t: t)

    def _pack(self, t):
        self.count += 1
        return t

    def __enter__(self):
        self._ctx.__enter__()
        return self

    def __exit__(self, *exc):
        return self._ctx.__exit__(*exc)


def check_matches_plain(checkpointed_sequential, n_layers, segments, x_requires_grad=True):
    layers = make_layers(n_layers)
    torch.manual_seed(1)
    x = torch.randn(3, 6, dtype=torch.float64, requires_grad=x_requires_grad)
    want_out, want_xgrad, want_grads = plain_run(layers, x)
    out = checkpointed_sequential(layers, x, segments)
    torch.testing.assert_close(out.detach(), want_out, rtol=1e-10, atol=1e-12,
                               msg=lambda m: f"output differs from the plain run\n{m}")
    assert out.requires_grad, (
        "the output does not require grad although the layers have parameters; with the "
        "reentrant checkpoint (or a Function that only takes x) an input without requires_grad "
        "cuts the parameters out of the graph"
    )
    weighted_sum(out).backward()
    if x_requires_grad:
        assert x.grad is not None, "the input requires grad but got no gradient"
        torch.testing.assert_close(x.grad, want_xgrad, rtol=1e-10, atol=1e-12,
                                   msg=lambda m: f"input gradient differs from the plain run\n{m}")
    got = [p.grad for layer in layers for p in layer.parameters()]
    for i, (g, w) in enumerate(zip(got, want_grads)):
        assert g is not None, (
            f"parameter {i} got no gradient (x.requires_grad={x_requires_grad}); parameters must "
            "receive gradients even when the input does not require grad"
        )
        torch.testing.assert_close(g, w, rtol=1e-10, atol=1e-12,
                                   msg=lambda m: f"gradient of parameter {i} differs\n{m}")
    return layers
