from typing import NamedTuple

import numpy as np


class Hypothesis(NamedTuple):
    tokens: tuple
    logprob: float
    score: float


class TopKBeamSearch:
    """Beam search returning the k best finished hypotheses by length-normalised score."""

    def __init__(self, step_fn, beam_width, eos_id, max_len, length_penalty=0.0, temperature=1.0):
        # TODO: validate the arguments
        self.step_fn = step_fn
        self.beam_width = beam_width
        self.eos_id = eos_id
        self.max_len = max_len
        self.length_penalty = length_penalty
        self.temperature = temperature

    def search(self, k, prefix=()):
        """Return up to k Hypothesis objects, best score first."""
        # TODO: stable log_softmax(logits / temperature); expand, walk, finish, rank
        raise NotImplementedError


def distinct_n(sequences, n):
    """Distinct n-grams / total n-grams over all sequences (0.0 if there are none)."""
    # TODO
    raise NotImplementedError
