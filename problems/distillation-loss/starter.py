import torch
import torch.nn.functional as F


def distillation_loss(student_logits, teacher_logits, labels, T, alpha):
    """alpha * T^2 * KL(softmax(t/T) || softmax(s/T)) + (1 - alpha) * CE(s, labels)."""
    # TODO
    raise NotImplementedError


def distill_step(student, teacher, optimizer, x, labels, T, alpha):
    """One student update against a frozen teacher; returns the loss as a float."""
    # TODO
    raise NotImplementedError
