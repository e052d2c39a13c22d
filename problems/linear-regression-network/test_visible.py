import torch

from _data import TRUE_B, TRUE_W, make_data
from solution import LinearRegression, fit_linear_regression, iterate_minibatches


def test_model_shape_and_zero_init():
    model = LinearRegression(3)
    assert isinstance(model, torch.nn.Module), "LinearRegression must be an nn.Module"
    out = model(torch.randn(5, 3))
    assert out.shape == (5,), f"forward must return shape (N,), got {tuple(out.shape)}; squeeze the last dim"
    assert all(float(p.detach().abs().sum()) == 0.0 for p in model.parameters()), "weights and bias start at 0"
    assert sum(p.numel() for p in model.parameters()) == 4, "3 weights + 1 bias"


def test_minibatches_cover_every_row_once():
    X = torch.arange(100.0).unsqueeze(1)
    y = torch.arange(100.0)
    batches = list(iterate_minibatches(X, y, 32, shuffle=True, generator=torch.Generator().manual_seed(0)))
    assert [len(b[1]) for b in batches] == [32, 32, 32, 4], \
        f"batch sizes {[len(b[1]) for b in batches]}: keep the last, smaller batch"
    seen = torch.cat([b[1] for b in batches])
    assert sorted(seen.tolist()) == list(range(100)), "every row exactly once per epoch"
    assert seen.tolist() != list(range(100)), "shuffle=True must change the order"
    for xb, yb in batches:
        assert torch.equal(xb[:, 0], yb), "X rows and y values must stay paired"


def test_training_recovers_the_true_weights():
    X, y = make_data()
    model, losses = fit_linear_regression(X, y)
    w = model.linear.weight.detach().reshape(-1)
    b = float(model.linear.bias.detach())
    assert torch.allclose(w, TRUE_W, atol=0.05), f"learned w {w.tolist()}, true w {TRUE_W.tolist()}"
    assert abs(b - TRUE_B) < 0.05, f"learned b {b:.4f}, true b {TRUE_B}"
