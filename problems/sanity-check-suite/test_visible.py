import math

import torch
from torch import nn

from _models import IgnoresInput, data, mlp
from solution import check_batch_independence, check_init_loss, check_input_dependence


def test_init_loss_near_log_c_and_a_bad_init():
    torch.manual_seed(0)
    x, y = data()
    model = mlp()
    rep = check_init_loss(model, x, y, 3)
    assert abs(rep["expected"] - math.log(3)) < 1e-12, "expected is log(num_classes)"
    assert rep["ok"], f"a default-initialised MLP should have loss near log 3, got {rep['loss']:.3f}"
    with torch.no_grad():
        model[2].weight.mul_(100.0)
    rep = check_init_loss(model, x, y, 3)
    assert not rep["ok"], f"logits scaled by 100 give loss {rep['loss']:.2f}, far from log 3: must fail"


def test_input_dependence():
    torch.manual_seed(1)
    x, _ = data(1)
    assert check_input_dependence(mlp(), x)["ok"], "an MLP's output depends on its input"
    rep = check_input_dependence(IgnoresInput(), x)
    assert not rep["ok"] and rep["max_change"] == 0.0, f"a model that ignores x must fail: {rep}"


def test_batchnorm_in_train_mode_leaks():
    torch.manual_seed(2)
    x, _ = data(2)
    model = nn.Sequential(nn.Linear(6, 16), nn.BatchNorm1d(16), nn.Linear(16, 3))
    rep = check_batch_independence(model, x, i=0)
    assert rep["leaking"] == [1, 2, 3, 4, 5, 6, 7] and not rep["ok"], f"train-mode BatchNorm mixes rows: {rep}"
    assert check_batch_independence(model.eval(), x, i=0)["ok"], "in eval mode BatchNorm is per-example"
