# Mistake: sorts the candidates by log-prob only, so equal log-probs keep parent order instead of token-tuple order
from typing import NamedTuple

import numpy as np


class Hypothesis(NamedTuple):
    tokens: tuple
    logprob: float
    score: float


def _log_softmax(z):
    z = z - np.max(z)
    return z - np.log(np.sum(np.exp(z)))


class TopKBeamSearch:
    def __init__(self, step_fn, beam_width, eos_id, max_len, length_penalty=0.0, temperature=1.0):
        if beam_width < 1 or max_len < 0 or not temperature > 0:
            raise ValueError("invalid beam search arguments")
        self.step_fn = step_fn
        self.beam_width = beam_width
        self.eos_id = eos_id
        self.max_len = max_len
        self.length_penalty = length_penalty
        self.temperature = temperature

    def search(self, k, prefix=()):
        if k < 1:
            raise ValueError("k must be at least 1")
        prefix = tuple(prefix)
        live, finished = [(prefix, 0.0)], []
        for _ in range(self.max_len):
            if not live:
                break
            pool = []
            for tokens, lp in live:
                logits = np.asarray(self.step_fn(tokens), dtype=np.float64)
                logp = _log_softmax(logits / self.temperature)
                pool.extend((tokens + (v,), lp + float(x)) for v, x in enumerate(logp))
            pool.sort(key=lambda c: -c[1])
            live = []
            for tokens, lp in pool:
                if tokens[-1] == self.eos_id:
                    finished.append((tokens, lp))
                else:
                    live.append((tokens, lp))
                    if len(live) == self.beam_width:
                        break
        finished.extend(live)
        out = []
        for tokens, lp in finished:
            n = len(tokens) - len(prefix)
            score = lp / n ** self.length_penalty if n > 0 else lp
            out.append(Hypothesis(tokens, lp, score))
        out.sort(key=lambda h: (-h.score, h.tokens))
        return out[:k]


def distinct_n(sequences, n):
    grams = [tuple(s[i:i + n]) for s in sequences for i in range(len(s) - n + 1)]
    return len(set(grams)) / len(grams) if grams else 0.0
