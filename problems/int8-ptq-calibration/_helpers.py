import warnings

import torch

warnings.filterwarnings("ignore")
from torch.ao.quantization import MinMaxObserver, PerChannelMinMaxObserver  # noqa: E402


def torch_qparams(batches, symmetric, axis=None):
    if axis is None:
        scheme = torch.per_tensor_symmetric if symmetric else torch.per_tensor_affine
        obs = MinMaxObserver(dtype=torch.qint8, qscheme=scheme)
    else:
        scheme = torch.per_channel_symmetric if symmetric else torch.per_channel_affine
        obs = PerChannelMinMaxObserver(ch_axis=axis, dtype=torch.qint8, qscheme=scheme)
    for b in batches:
        obs(b)
    scale, zp = obs.calculate_qparams()
    if axis is None:
        return scale.reshape(()), zp.reshape(()).long()
    return scale, zp.long()


def check_qparams(got, want, what):
    scale, zp = got
    wscale, wzp = want
    assert isinstance(scale, torch.Tensor) and scale.dtype == torch.float32, (
        f"{what}: scale should be a float32 tensor, got {getattr(scale, 'dtype', type(scale))}"
    )
    assert isinstance(zp, torch.Tensor) and zp.dtype == torch.int64, (
        f"{what}: zero_point should be an int64 tensor, got {getattr(zp, 'dtype', type(zp))}"
    )
    assert scale.shape == wscale.shape and zp.shape == wzp.shape, (
        f"{what}: expected shapes {tuple(wscale.shape)}, got scale {tuple(scale.shape)} and "
        f"zero_point {tuple(zp.shape)}"
    )
    torch.testing.assert_close(scale, wscale, rtol=1e-6, atol=0.0,
                               msg=lambda m: f"{what}: scale differs from MinMaxObserver\n{m}")
    assert torch.equal(zp, wzp), f"{what}: zero_point {zp.tolist()} should be {wzp.tolist()}"


def assert_mostly_equal_ints(got, want, what):
    diff = (got.long() - want.long()).abs()
    assert diff.max() <= 1 and (diff > 0).float().mean() < 0.05, (
        f"{what}: int8 values differ from torch's quantizer in {(diff > 0).sum().item()} places "
        f"(max difference {diff.max().item()})"
    )
