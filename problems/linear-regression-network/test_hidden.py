import numpy as np
import torch

from _data import make_data
from solution import fit_linear_regression, iterate_minibatches, least_squares


def test_least_squares_matches_numpy():
    X, y = make_data(n=100, noise=0.5, seed=3)
    w, b = least_squares(X, y)
    A = np.hstack([X.numpy(), np.ones((100, 1))])
    sol = np.linalg.lstsq(A, y.numpy(), rcond=None)[0]
    np.testing.assert_allclose(np.asarray(w, dtype=np.float64).reshape(-1), sol[:3], rtol=1e-8, atol=1e-10,
                               err_msg="least-squares weights (fit an intercept column too)")
    assert abs(float(b) - sol[3]) < 1e-8, f"least-squares intercept {float(b)}, want {sol[3]}"


def test_sgd_solution_matches_closed_form_and_loss_curve():
    X, y = make_data(n=300, noise=0.3, seed=5)
    model, losses = fit_linear_regression(X, y, lr=0.05, epochs=60, batch_size=32, seed=1)
    w_ls, b_ls = least_squares(X, y)
    w = model.linear.weight.detach().reshape(-1)
    assert torch.allclose(w, torch.as_tensor(w_ls, dtype=w.dtype), atol=0.06), \
        f"SGD weights {w.tolist()} should be close to the least-squares {list(map(float, w_ls))}"
    assert abs(float(model.linear.bias.detach()) - float(b_ls)) < 0.06, "SGD bias should be close to least squares"
    assert len(losses) == 60 and all(isinstance(v, float) for v in losses), "one float loss per epoch"
    assert losses[0] > 2.0, f"the first epoch starts from zero weights, so its mean loss is large (got {losses[0]:.3f})"
    assert 0.05 < losses[-1] < 0.2, f"final mean squared error should approach the noise variance 0.09, got {losses[-1]:.4f}"


def test_training_is_seeded_and_uses_the_seed():
    X, y = make_data(n=64, seed=7)
    m1, l1 = fit_linear_regression(X, y, epochs=3, batch_size=8, seed=11)
    m2, l2 = fit_linear_regression(X, y, epochs=3, batch_size=8, seed=11)
    m3, l3 = fit_linear_regression(X, y, epochs=3, batch_size=8, seed=12)
    assert l1 == l2 and torch.equal(m1.linear.weight, m2.linear.weight), "same seed, same run"
    assert l1 != l3, "a different seed should shuffle the batches differently"


def test_minibatch_edge_cases():
    X = torch.arange(10.0).reshape(5, 2)
    y = torch.arange(5.0)
    whole = list(iterate_minibatches(X, y, 64, shuffle=False))
    assert len(whole) == 1 and torch.equal(whole[0][0], X) and torch.equal(whole[0][1], y), \
        "batch_size larger than n gives one batch; shuffle=False keeps the order"
    ones = list(iterate_minibatches(X, y, 1, shuffle=False))
    assert [float(b[1]) for b in ones] == [0.0, 1.0, 2.0, 3.0, 4.0], "batch_size=1 in order"
    a = [b[1].tolist() for b in iterate_minibatches(X, y, 2, generator=torch.Generator().manual_seed(4))]
    c = [b[1].tolist() for b in iterate_minibatches(X, y, 2, generator=torch.Generator().manual_seed(4))]
    assert a == c, "the same generator seed must give the same shuffle"


def _spec_run(X, y, lr, epochs, batch_size, seed):
    """The procedure the prompt describes, step by step: zero init, one generator, MSE, SGD."""
    w = torch.zeros(X.shape[1], dtype=X.dtype)
    b = torch.zeros((), dtype=X.dtype)
    gen = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        order = torch.randperm(X.shape[0], generator=gen)
        for start in range(0, X.shape[0], batch_size):
            idx = order[start:start + batch_size]
            r = X[idx] @ w + b - y[idx]
            w = w - lr * (2.0 / len(idx)) * (X[idx].T @ r)
            b = b - lr * (2.0 / len(idx)) * r.sum()
    return w, b


def test_training_follows_the_specified_procedure():
    X, y = make_data(n=50, seed=9)
    model, _ = fit_linear_regression(X, y, lr=0.05, epochs=3, batch_size=16, seed=4)
    w_want, b_want = _spec_run(X, y, 0.05, 3, 16, 4)
    torch.testing.assert_close(model.linear.weight.detach().reshape(-1), w_want, rtol=0, atol=1e-9, msg=(
        "after 3 epochs the weights differ from the specified run: zero init, ONE generator "
        "torch.Generator().manual_seed(seed) made before the first epoch, batches in "
        "torch.randperm(n, generator=generator) order, SGD on each batch's mean squared error, "
        "gradients zeroed before every step"))
    assert abs(float(model.linear.bias.detach()) - float(b_want)) < 1e-9, "bias differs from the specified run"


def test_epoch_loss_weights_batches_by_size():
    X, y = make_data(n=100, seed=2)
    _, losses = fit_linear_regression(X, y, lr=1e-12, epochs=1, batch_size=32, seed=0)
    want = float((y ** 2).mean())          # the zero model's mean squared error over all 100 rows
    assert abs(losses[0] - want) < 1e-6 * want, (
        f"with an (almost) frozen zero model the epoch loss is mean(y^2) = {want:.6f}, got {losses[0]:.6f}: "
        "weight each batch's loss by its size (the last batch has only 4 rows)")


def test_epoch_loss_is_the_average_of_the_batch_losses_seen_while_training():
    X, y = make_data(n=50, seed=9)
    lr, epochs, bs, seed = 0.05, 2, 16, 4
    _, losses = fit_linear_regression(X, y, lr=lr, epochs=epochs, batch_size=bs, seed=seed)
    w = torch.zeros(X.shape[1], dtype=X.dtype)
    b = torch.zeros((), dtype=X.dtype)
    gen = torch.Generator().manual_seed(seed)
    want = []
    for _ in range(epochs):
        order, total = torch.randperm(X.shape[0], generator=gen), 0.0
        for start in range(0, X.shape[0], bs):
            idx = order[start:start + bs]
            r = X[idx] @ w + b - y[idx]
            total += float((r ** 2).sum())          # batch mean loss times batch size, before the step
            w = w - lr * (2.0 / len(idx)) * (X[idx].T @ r)
            b = b - lr * (2.0 / len(idx)) * r.sum()
        want.append(total / X.shape[0])
    assert len(losses) == epochs and all(abs(g - h) < 1e-9 * h for g, h in zip(losses, want)), (
        f"epoch losses should be {want}, got {losses}: each epoch reports the mean of the batch losses "
        "computed during that epoch's SGD steps (weighted by batch size), not a loss evaluated afterwards")


def test_float32_data_trains_a_float32_model():
    X, y = make_data(n=64, seed=6)
    X, y = X.float(), y.float()
    model, losses = fit_linear_regression(X, y, lr=0.05, epochs=2, batch_size=16, seed=0)
    assert all(p.dtype == torch.float32 for p in model.parameters()), (
        f"the model is built in X's dtype: float32 data needs float32 parameters, got "
        f"{[p.dtype for p in model.parameters()]}")
    assert len(losses) == 2 and all(isinstance(v, float) for v in losses), "one Python float loss per epoch"
