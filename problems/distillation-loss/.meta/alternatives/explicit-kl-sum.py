# Correct alternative: the KL written out as sum p * (log p - log q) with log_softmax; xlogy-free because log p is finite.
import torch
import torch.nn.functional as F


def distillation_loss(student_logits, teacher_logits, labels, T, alpha):
    log_q = torch.log_softmax(student_logits / T, dim=1)
    with torch.no_grad():
        log_p = torch.log_softmax(teacher_logits / T, dim=1)
        p = log_p.exp()
    kl = (p * (log_p - log_q)).sum(dim=1).mean()
    ce = -torch.log_softmax(student_logits, dim=1).gather(1, labels[:, None]).mean()
    return alpha * T ** 2 * kl + (1 - alpha) * ce


def distill_step(student, teacher, optimizer, x, labels, T, alpha):
    was_training = teacher.training
    teacher.train(False)
    try:
        with torch.no_grad():
            target = teacher(x)
    finally:
        teacher.train(was_training)
    for p in student.parameters():
        p.grad = None
    loss = distillation_loss(student(x), target, labels, T, alpha)
    loss.backward()
    optimizer.step()
    return float(loss.detach())
