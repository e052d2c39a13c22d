# Mistake: does not detach the teacher logits, so a teacher that requires grad receives gradients from the soft term.
import torch
import torch.nn.functional as F


def distillation_loss(student_logits, teacher_logits, labels, T, alpha):
    """alpha * T^2 * KL(softmax(t/T) || softmax(s/T)) + (1 - alpha) * CE(s, labels)."""
    log_q = F.log_softmax(student_logits / T, dim=-1)
    log_p = F.log_softmax(teacher_logits / T, dim=-1)
    soft = F.kl_div(log_q, log_p, log_target=True, reduction="batchmean") * (T * T)
    hard = F.cross_entropy(student_logits, labels)
    return alpha * soft + (1 - alpha) * hard


def distill_step(student, teacher, optimizer, x, labels, T, alpha):
    """One student update against a frozen teacher; returns the loss as a float."""
    teacher.eval()
    with torch.no_grad():
        teacher_logits = teacher(x)
    student.train()
    optimizer.zero_grad()
    loss = distillation_loss(student(x), teacher_logits, labels, T, alpha)
    loss.backward()
    optimizer.step()
    return loss.item()
