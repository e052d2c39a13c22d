import torch


class DynamicLossScaler:
    """Loss scaler with the growth/backoff rules of torch.amp.GradScaler."""

    def __init__(self, init_scale=2.0**16, growth_factor=2.0, backoff_factor=0.5,
                 growth_interval=2000):
        self.scale = float(init_scale)
        # TODO: remember the factors and count good steps

    def scale_loss(self, loss):
        # TODO
        raise NotImplementedError

    def unscale_(self, params):
        """Divide every existing p.grad by the scale in place; return True if any is inf/NaN."""
        # TODO
        raise NotImplementedError

    def update(self, found_inf):
        # TODO: back off on inf/NaN, grow after `growth_interval` good steps in a row
        raise NotImplementedError


def fp16_train_step(model, master_params, optimizer, scaler, compute_loss):
    """One mixed-precision step with fp32 master weights; return True if the optimizer stepped."""
    # TODO
    raise NotImplementedError
