# Mistake: tests `not grad_norm` for "no_grad", so an all-zero gradient (norm 0.0) is reported as no_grad instead of vanishing
import math

import torch


def _norm(t):
    return torch.linalg.vector_norm(t.detach().double()).item()


def snapshot(model):
    return {n: p.detach().clone() for n, p in model.named_parameters() if p.requires_grad}


def layer_report(model, before=None):
    report = {}
    for name, p in model.named_parameters():
        if not p.requires_grad:
            continue
        g = p.grad
        finite = bool(torch.isfinite(p.detach()).all()) and (g is None or bool(torch.isfinite(g).all()))
        ratio = None
        if before is not None:
            ratio = _norm(p.detach() - before[name]) / max(_norm(before[name]), 1e-12)
        report[name] = {"weight_norm": _norm(p), "grad_norm": None if g is None else _norm(g),
                        "finite": finite, "update_ratio": ratio}
    return report


def find_issues(report, vanish=1e-7, explode=1e3):
    issues = []
    for name, r in report.items():
        if not r["grad_norm"]:
            issues.append((name, "no_grad"))
        elif not r["finite"]:
            issues.append((name, "nonfinite"))
        elif r["grad_norm"] < vanish:
            issues.append((name, "vanishing"))
        elif r["grad_norm"] > explode:
            issues.append((name, "exploding"))
    return issues


def global_grad_norm(model):
    return math.sqrt(sum(_norm(p.grad) ** 2 for p in model.parameters() if p.grad is not None))
