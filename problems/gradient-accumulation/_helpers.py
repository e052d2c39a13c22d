import copy

import torch

# The first optimizer built in a process imports torch._dynamo, which is slow; pay for it at
# collection time instead of inside a test.
torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)


def make_model(seed=0):
    torch.manual_seed(seed)
    return torch.nn.Sequential(
        torch.nn.Linear(5, 8), torch.nn.Tanh(), torch.nn.Linear(8, 2)
    ).double()


def make_data(n, seed=1):
    g = torch.Generator().manual_seed(seed)
    return (torch.randn(n, 5, generator=g, dtype=torch.float64),
            torch.randn(n, 2, generator=g, dtype=torch.float64))


def full_batch_reference(model, x, y, lr=0.1, momentum=0.0, steps=1):
    """Parameters after `steps` plain full-batch SGD steps on a copy of `model`."""
    ref = copy.deepcopy(model)
    opt = torch.optim.SGD(ref.parameters(), lr=lr, momentum=momentum)
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        loss = torch.nn.functional.mse_loss(ref(x), y)
        losses.append(loss.item())
        loss.backward()
        opt.step()
    return ref, losses


def record_batch_sizes(model):
    sizes = []
    model.register_forward_pre_hook(lambda mod, args: sizes.append(args[0].shape[0]))
    return sizes


def assert_same_params(got_model, want_model, what):
    for (name, got), (_, want) in zip(got_model.named_parameters(), want_model.named_parameters()):
        torch.testing.assert_close(
            got, want, rtol=1e-10, atol=1e-12,
            msg=lambda m: f"{what}: parameter {name} differs from the full-batch step\n{m}",
        )
