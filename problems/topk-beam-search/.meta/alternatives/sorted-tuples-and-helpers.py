# Correct: candidates as (-logprob, tokens) tuples, one helper per phase, math.fsum-free plain floats.
import math
from typing import NamedTuple

import numpy as np


class Hypothesis(NamedTuple):
    tokens: tuple
    logprob: float
    score: float


def _log_probs(logits, temperature):
    z = np.asarray(logits, dtype=np.float64) / temperature
    top = z.max()
    return z - (top + math.log(np.exp(z - top).sum()))


class TopKBeamSearch:
    def __init__(self, step_fn, beam_width, eos_id, max_len, length_penalty=0.0, temperature=1.0):
        if beam_width < 1:
            raise ValueError("beam_width must be >= 1")
        if max_len < 0:
            raise ValueError("max_len must be >= 0")
        if temperature <= 0:
            raise ValueError("temperature must be > 0")
        self.step_fn, self.beam_width, self.eos_id = step_fn, beam_width, eos_id
        self.max_len, self.length_penalty, self.temperature = max_len, length_penalty, temperature

    def _expand(self, live):
        cands = []
        for tokens, lp in live:
            for tok, x in enumerate(_log_probs(self.step_fn(tokens), self.temperature)):
                cands.append((-(lp + float(x)), tokens + (tok,)))
        return sorted(cands)

    def _score(self, lp, n):
        return lp if n == 0 else lp / math.pow(n, self.length_penalty)

    def search(self, k, prefix=()):
        if k < 1:
            raise ValueError("k must be >= 1")
        start = tuple(prefix)
        live, done = [(start, 0.0)], []
        steps = 0
        while live and steps < self.max_len:
            steps += 1
            nxt = []
            for neg_lp, tokens in self._expand(live):
                if len(nxt) == self.beam_width:
                    break
                (done if tokens[-1] == self.eos_id else nxt).append((tokens, -neg_lp))
            live = nxt
        done += live
        hyps = [Hypothesis(t, lp, self._score(lp, len(t) - len(start))) for t, lp in done]
        return sorted(hyps, key=lambda h: (-h.score, h.tokens))[:k]


def distinct_n(sequences, n):
    seen, total = set(), 0
    for seq in sequences:
        seq = tuple(seq)
        for i in range(len(seq) - n + 1):
            seen.add(seq[i:i + n])
            total += 1
    return len(seen) / total if total else 0.0
