import numpy as np


class HMMTagger:
    """Hidden Markov model tagger: Viterbi decoding and forward log-likelihood, in log space."""

    def __init__(self, start_probs, trans_probs, emit_probs):
        # TODO: validate shapes; store log-probabilities (log 0 = -inf, without warnings)
        self.start_probs = np.asarray(start_probs, dtype=float)
        self.trans_probs = np.asarray(trans_probs, dtype=float)
        self.emit_probs = np.asarray(emit_probs, dtype=float)

    def viterbi(self, obs):
        """Return (most probable state path as a list of ints, its log joint probability)."""
        # TODO: delta recursion with back-pointers, then backtrack
        raise NotImplementedError

    def log_likelihood(self, obs):
        """Return log P(obs), summed over all state paths (forward algorithm)."""
        # TODO
        raise NotImplementedError
