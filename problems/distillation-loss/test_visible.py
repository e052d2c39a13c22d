import torch

from _helpers import trusted_loss
from solution import distillation_loss


def test_example_from_prompt():
    s = torch.tensor([[2.0, 0.0, -1.0]])
    t = torch.tensor([[1.0, 1.0, -3.0]])
    got = distillation_loss(s, t, torch.tensor([0]), T=2.0, alpha=0.5)
    assert isinstance(got, torch.Tensor) and got.dim() == 0, "return a 0-dim tensor"
    assert abs(got.item() - 0.3697) < 1e-3, f"expected about 0.3697, got {got.item():.4f}"


def test_matches_formula_for_several_temperatures_and_weights():
    g = torch.Generator().manual_seed(0)
    s, t = torch.randn(8, 5, generator=g) * 3, torch.randn(8, 5, generator=g) * 3
    y = torch.randint(0, 5, (8,), generator=g)
    for T in (1.0, 2.0, 4.0):
        for alpha in (0.0, 0.3, 1.0):
            got = distillation_loss(s, t, y, T, alpha)
            want = trusted_loss(s, t, y, T, alpha).float()
            torch.testing.assert_close(got, want, rtol=1e-5, atol=1e-6,
                                       msg=lambda m: f"T={T}, alpha={alpha}: loss differs\n{m}")


def test_gradient_reaches_student_only():
    g = torch.Generator().manual_seed(1)
    s = (torch.randn(4, 3, generator=g)).requires_grad_(True)
    t = (torch.randn(4, 3, generator=g)).requires_grad_(True)
    y = torch.tensor([0, 2, 1, 1])
    distillation_loss(s, t, y, 3.0, 0.7).backward()
    s2 = s.detach().double().requires_grad_(True)
    trusted_loss(s2, t.detach(), y, 3.0, 0.7).backward()
    torch.testing.assert_close(s.grad, s2.grad.float(), rtol=1e-5, atol=1e-6,
                               msg=lambda m: f"student gradient differs from autograd of the formula\n{m}")
    assert t.grad is None or torch.count_nonzero(t.grad) == 0, "the teacher logits must get no gradient"
