"""Small deterministic language models for the beam-search tests."""

import math
import random


def table_model(table, vocab_size, default=None):
    """step_fn from {generated_tokens_tuple: [probabilities]}; records every call in .calls."""
    calls = []

    def step_fn(tokens):
        calls.append(tuple(tokens))
        probs = table.get(tuple(tokens), default or [1.0 / vocab_size] * vocab_size)
        return [math.log(p) if p > 0 else -math.inf for p in probs]

    step_fn.calls = calls
    return step_fn


def random_model(vocab_size, seed):
    """A fixed pseudo-random model: the distribution depends only on the tokens so far."""
    calls = []

    def step_fn(tokens):
        calls.append(tuple(tokens))
        rng = random.Random(f"{seed}:{tuple(tokens)}")
        weights = [rng.random() ** 3 + 1e-3 for _ in range(vocab_size)]
        total = sum(weights)
        return [math.log(w / total) for w in weights]

    step_fn.calls = calls
    return step_fn


def greedy(step_fn, eos_id, max_len, prefix=()):
    tokens, score = tuple(prefix), 0.0
    for _ in range(max_len):
        lps = step_fn(tokens)
        best = max(range(len(lps)), key=lambda t: (lps[t], -t))
        tokens, score = tokens + (best,), score + lps[best]
        if best == eos_id:
            break
    return tokens, score
