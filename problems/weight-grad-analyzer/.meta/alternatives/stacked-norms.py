# Alternative: one helper yields (name, param) for trainable parameters; norms of per-tensor norms
# via torch.stack; issues picked by a table of (issue, predicate) checked in order.
import torch


def _trainable(model):
    return ((n, p) for n, p in model.named_parameters() if p.requires_grad)


def _l2(t):
    return float(torch.linalg.vector_norm(t.detach().to(torch.float64)))


def snapshot(model):
    return {n: torch.clone(p.detach()) for n, p in _trainable(model)}


def layer_report(model, before=None):
    out = {}
    for name, p in _trainable(model):
        tensors = [p.detach()] + ([] if p.grad is None else [p.grad])
        out[name] = {
            "weight_norm": _l2(p),
            "grad_norm": None if p.grad is None else _l2(p.grad),
            "finite": all(bool(torch.isfinite(t).all()) for t in tensors),
            "update_ratio": None if before is None
            else _l2(p.detach() - before[name]) / max(_l2(before[name]), 1e-12),
        }
    return out


def find_issues(report, vanish=1e-7, explode=1e3):
    checks = [
        ("no_grad", lambda r: r["grad_norm"] is None),
        ("nonfinite", lambda r: not r["finite"]),
        ("vanishing", lambda r: r["grad_norm"] < vanish),
        ("exploding", lambda r: r["grad_norm"] > explode),
    ]
    found = []
    for name, r in report.items():
        issue = next((label for label, hit in checks if hit(r)), None)
        if issue is not None:
            found.append((name, issue))
    return found


def global_grad_norm(model):
    norms = [torch.linalg.vector_norm(p.grad.detach().to(torch.float64)) for p in model.parameters()
             if p.grad is not None]
    if not norms:
        return 0.0
    return float(torch.linalg.vector_norm(torch.stack(norms)))
