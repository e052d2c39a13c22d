import torch

# x is a torch tensor (float32 or float64, any shape). Return new tensors of the same shape and
# dtype. Do not call torch.nn.functional.gelu / silu or autograd: write the formulas yourself.


def gelu(x: torch.Tensor, approximate: str = "none") -> torch.Tensor:
    """GELU(x) = x * Phi(x). approximate='tanh' uses the tanh approximation of Phi."""
    # TODO: 'none' -> erf form; 'tanh' -> 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))
    # TODO: ValueError for any other `approximate`
    raise NotImplementedError


def gelu_grad(x: torch.Tensor, approximate: str = "none") -> torch.Tensor:
    """Elementwise d gelu(x) / dx for the same `approximate` setting."""
    # TODO
    raise NotImplementedError


def silu(x: torch.Tensor) -> torch.Tensor:
    """SiLU / Swish (beta = 1): x * sigmoid(x)."""
    # TODO
    raise NotImplementedError


def silu_grad(x: torch.Tensor) -> torch.Tensor:
    # TODO
    raise NotImplementedError
