import torch

# The first optimizer built in a process imports torch._dynamo, which is slow; pay for it at
# collection time instead of inside a test.
torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)


def make_setup(seed=0, lr=0.5, extra_unused=False):
    torch.manual_seed(seed)
    model = torch.nn.Linear(4, 3)
    if extra_unused:
        model.unused = torch.nn.Parameter(torch.randn(2))
    model = model.half()
    master = [torch.nn.Parameter(p.detach().float().clone()) for p in model.parameters()]
    opt = torch.optim.SGD(master, lr=lr)
    x = torch.randn(5, 4).half()
    return model, master, opt, x


def true_grads_fp32(model, x, factor):
    """float32 gradients of `model(x).sum() * factor`, from fp32 copies of the fp16 weights."""
    m32 = torch.nn.Linear(4, 3)
    with torch.no_grad():
        m32.weight.copy_(model.weight.float())
        m32.bias.copy_(model.bias.float())
    (m32(x.float()).sum() * factor).backward()
    return [m32.weight.grad, m32.bias.grad]


def scale_history_of_torch(flags, init_scale, growth_interval):
    """Scales reported by torch.amp.GradScaler after each step with the given inf flags."""
    p = torch.nn.Parameter(torch.zeros(3))
    opt = torch.optim.SGD([p], lr=0.0)
    scaler = torch.amp.GradScaler("cpu", init_scale=init_scale, growth_interval=growth_interval)
    out = []
    for bad in flags:
        scaler.scale(torch.tensor(1.0))
        p.grad = torch.full((3,), float("inf") if bad == "inf" else
                            float("nan") if bad == "nan" else 1.0)
        scaler.step(opt)
        scaler.update()
        out.append(float(scaler.get_scale()))
    return out
