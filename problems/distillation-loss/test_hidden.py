import copy

import torch

from _helpers import trusted_loss
from solution import distill_step, distillation_loss


def test_extreme_logits_stay_finite():
    s = torch.tensor([[1e4, -1e4, 0.0], [-1e4, 1e4, 5.0]], requires_grad=True)
    t = torch.tensor([[-1e4, 1e4, 0.0], [-1e4, 1e4, -5.0]])
    loss = distillation_loss(s, t, torch.tensor([1, 1]), T=0.5, alpha=0.9)
    assert torch.isfinite(loss), f"loss must be finite for +-1e4 logits, got {loss.item()}"
    loss.backward()
    assert torch.isfinite(s.grad).all(), f"gradients must be finite, got {s.grad.tolist()}"
    same = distillation_loss(t.clone(), t, torch.tensor([1, 1]), T=0.5, alpha=1.0)
    assert abs(same.item()) < 1e-6, f"a student equal to the teacher has zero soft loss, got {same.item()}"


def test_temperature_squared_and_kl_direction():
    g = torch.Generator().manual_seed(2)
    s, t = torch.randn(6, 4, generator=g) * 2, torch.randn(6, 4, generator=g) * 2
    y = torch.zeros(6, dtype=torch.long)
    got = distillation_loss(s, t, y, 5.0, 1.0)
    want = trusted_loss(s, t, y, 5.0, 1.0).float()
    reverse = trusted_loss(t, s, y, 5.0, 1.0).float()
    torch.testing.assert_close(got, want, rtol=1e-5, atol=1e-6,
                               msg=lambda m: f"at T=5 the soft term is T^2 * KL(teacher || student)\n{m}")
    assert abs(got.item() - reverse.item()) > 1e-3, "test self-check: the two KL directions differ here"


def test_distill_step_freezes_teacher_and_updates_student():
    torch.manual_seed(3)
    teacher = torch.nn.Sequential(torch.nn.Linear(4, 16), torch.nn.Dropout(0.5), torch.nn.Linear(16, 3))
    student = torch.nn.Linear(4, 3)
    teacher.train()
    modes, grad_on = [], []

    def record(module, args):
        modes.append(module.training)
        grad_on.append(torch.is_grad_enabled())

    teacher.register_forward_pre_hook(record)
    teacher_before = copy.deepcopy(teacher.state_dict())
    x, y = torch.randn(10, 4), torch.randint(0, 3, (10,))
    ref_student = copy.deepcopy(student)
    opt = torch.optim.SGD(student.parameters(), lr=0.5)
    loss = distill_step(student, teacher, opt, x, y, 2.0, 0.6)
    assert modes == [False], f"the teacher should run once, in eval mode; training flags seen: {modes}"
    assert grad_on == [False], "the teacher should run under torch.no_grad()"
    for k, v in teacher.state_dict().items():
        assert torch.equal(v, teacher_before[k]), f"teacher parameter {k} changed"
    assert all(p.grad is None for p in teacher.parameters()), "teacher parameters must get no gradients"
    teacher.eval()
    with torch.no_grad():
        t_logits = teacher(x)
    ref_opt = torch.optim.SGD(ref_student.parameters(), lr=0.5)
    want_loss = trusted_loss(ref_student(x), t_logits, y, 2.0, 0.6)
    want_loss.backward()
    ref_opt.step()
    assert isinstance(loss, float) and abs(loss - want_loss.item()) < 1e-5, (
        f"distill_step should return the loss before the step as a float ({want_loss.item():.5f}), got {loss}"
    )
    for (n, p), q in zip(student.named_parameters(), ref_student.parameters()):
        torch.testing.assert_close(p.detach(), q.detach(), rtol=1e-5, atol=1e-6,
                                   msg=lambda m: f"student parameter {n} after the step\n{m}")


def test_several_steps_match_a_fresh_gradient_each_time():
    torch.manual_seed(4)
    teacher = torch.nn.Linear(4, 3)
    student = torch.nn.Linear(4, 3)
    ref_student = copy.deepcopy(student)
    opt = torch.optim.SGD(student.parameters(), lr=0.3)
    ref_opt = torch.optim.SGD(ref_student.parameters(), lr=0.3)
    g = torch.Generator().manual_seed(5)
    for step in range(3):
        x, y = torch.randn(6, 4, generator=g), torch.randint(0, 3, (6,), generator=g)
        loss = distill_step(student, teacher, opt, x, y, 2.0, 0.5)
        with torch.no_grad():
            t_logits = teacher(x)
        ref_opt.zero_grad()
        want = trusted_loss(ref_student(x), t_logits, y, 2.0, 0.5)
        want.backward()
        ref_opt.step()
        assert abs(loss - want.item()) < 1e-5, f"step {step + 1}: loss {loss}, expected {want.item()}"
        for (n, p), q in zip(student.named_parameters(), ref_student.parameters()):
            torch.testing.assert_close(p.detach(), q.detach(), rtol=1e-5, atol=1e-6, msg=lambda m: (
                f"after step {step + 1} student parameter {n} differs: clear the gradients "
                f"(optimizer.zero_grad()) before each backward, or they accumulate across steps\n{m}"))


def test_teacher_logits_that_require_grad_get_none():
    g = torch.Generator().manual_seed(7)
    s = torch.randn(5, 4, generator=g).requires_grad_(True)
    t = torch.randn(5, 4, generator=g).requires_grad_(True)
    y = torch.randint(0, 4, (5,), generator=g)
    loss = distillation_loss(s, t, y, 3.0, 0.7)
    loss.backward()
    assert t.grad is None or torch.count_nonzero(t.grad) == 0, (
        "the teacher logits required grad and received a nonzero gradient: only the student "
        "may be trained by this loss")
    assert s.grad is not None and torch.count_nonzero(s.grad) > 0, "the student logits must get a gradient"
    torch.testing.assert_close(loss.detach(), trusted_loss(s.detach(), t.detach(), y, 3.0, 0.7).float(),
                               rtol=1e-5, atol=1e-6, msg=lambda m: f"loss value at T=3, alpha=0.7\n{m}")
