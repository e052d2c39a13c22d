import torch
import torch.nn.functional as F

from solution import focal_loss


def test_gamma_zero_is_cross_entropy():
    torch.manual_seed(0)
    logits = torch.randn(12, 5, dtype=torch.float64) * 3
    targets = torch.randint(0, 5, (12,))
    for red in ["mean", "sum", "none"]:
        got = focal_loss(logits, targets, gamma=0.0, reduction=red)
        want = F.cross_entropy(logits, targets, reduction=red)
        torch.testing.assert_close(got, want, msg=f"gamma=0 must equal cross-entropy ({red})")


def test_prompt_example():
    logits = torch.tensor([[3.0, 0.0], [0.0, 3.0]])
    got = focal_loss(logits, torch.tensor([0, 0]), gamma=2.0, reduction="none")
    assert got.shape == (2,) and got.dtype == torch.float32, f"got {got.shape} {got.dtype}"
    p = torch.sigmoid(torch.tensor(3.0))
    want = torch.stack([-(1 - p) ** 2 * torch.log(p), -p ** 2 * torch.log(1 - p)])
    torch.testing.assert_close(got, want, rtol=1e-5, atol=1e-7,
                               msg="row loss is -(1 - p_t)^gamma * log p_t")
