import torch


class ActivationMonitor:
    """Records per-layer activation statistics through forward hooks."""

    def __init__(self, model, layer_types=(torch.nn.ReLU, torch.nn.Tanh), saturation=0.99):
        self.history = {}
        # TODO: register a forward hook on every matching submodule and keep the handles

    def latest(self):
        # TODO
        return {}

    def remove(self):
        # TODO: remove every hook handle
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.remove()
        return False
