# Mistake: matches layers with type(module) in layer_types, so subclasses of a requested type are not hooked.
import torch


class ActivationMonitor:
    """Records per-layer activation statistics through forward hooks."""

    def __init__(self, model, layer_types=(torch.nn.ReLU, torch.nn.Tanh), saturation=0.99):
        self.saturation = saturation
        self.history = {}
        self._handles = []
        for name, module in model.named_modules():
            if type(module) in tuple(layer_types):
                self.history[name] = []
                self._handles.append(module.register_forward_hook(self._make_hook(name)))

    def _make_hook(self, name):
        def hook(module, inputs, output):
            y = output.detach()
            flat = y.reshape(y.shape[0], -1)
            self.history[name].append({
                "mean": y.mean().item(),
                "std": y.std(unbiased=False).item(),
                "dead_fraction": (flat <= 0).all(dim=0).float().mean().item(),
                "saturated_fraction": (y.abs() > self.saturation).float().mean().item(),
            })
        return hook

    def latest(self):
        return {name: h[-1] for name, h in self.history.items() if h}

    def remove(self):
        for handle in self._handles:
            handle.remove()
        self._handles = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.remove()
        return False
