# Correct alternative: one bound method as the hook (functools.partial for the name), dead via amax.
import functools

import torch


class ActivationMonitor:
    def __init__(self, model, layer_types=(torch.nn.ReLU, torch.nn.Tanh), saturation=0.99):
        self.saturation = float(saturation)
        self.history = {}
        self._handles = {}
        for name, module in model.named_modules():
            if isinstance(module, tuple(layer_types)):
                self.history[name] = []
                self._handles[name] = module.register_forward_hook(functools.partial(self._record, name))

    @torch.no_grad()
    def _record(self, name, module, inputs, output):
        y = output.detach().to(torch.float64)
        per_unit_max = y.amax(dim=0)
        self.history[name].append({
            "mean": float(y.mean()),
            "std": float(((y - y.mean()) ** 2).mean().sqrt()),
            "dead_fraction": float((per_unit_max <= 0).double().mean()),
            "saturated_fraction": float((y.abs() > self.saturation).double().mean()),
        })

    def latest(self):
        out = {}
        for name, records in self.history.items():
            if records:
                out[name] = records[-1]
        return out

    def remove(self):
        while self._handles:
            _, handle = self._handles.popitem()
            handle.remove()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.remove()
        return False
