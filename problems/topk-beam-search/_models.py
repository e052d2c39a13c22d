"""Deterministic logit models for the tests."""

import numpy as np


def random_logits(vocab_size, seed, scale=3.0):
    """Logits that depend only on the tokens so far; records calls in .calls."""
    calls = []

    def step_fn(tokens):
        calls.append(tuple(tokens))
        key = [seed, len(tokens), *[t + 1 for t in tokens]]
        return np.random.default_rng(key).normal(size=vocab_size) * scale

    step_fn.calls = calls
    return step_fn


def log_softmax(z):
    z = np.asarray(z, dtype=np.float64)
    z = z - z.max()
    return z - np.log(np.exp(z).sum())


def short_vs_long():
    """EOS now has log-prob -1.0; otherwise 4 tokens of -0.4 each then EOS at -0.4."""
    # vocab: 0 = EOS, 1 = continue, 2 = filler (almost impossible)
    def step_fn(tokens):
        n = len(tokens)
        if n == 0:
            p_eos = np.exp(-1.0)
            return np.log(np.array([p_eos, 1 - p_eos - 1e-9, 1e-9]))
        p_go = np.exp(-0.4)
        if n < 4:
            return np.log(np.array([1e-9, p_go, 1 - p_go - 1e-9]))
        return np.log(np.array([p_go, 1e-9, 1 - p_go - 1e-9]))

    return step_fn
