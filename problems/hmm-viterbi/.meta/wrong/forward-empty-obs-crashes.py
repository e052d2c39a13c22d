# log_likelihood does not special-case empty obs (indexes obs[0])
import numpy as np


class HMMTagger:
    def __init__(self, start_probs, trans_probs, emit_probs):
        pi = np.asarray(start_probs, dtype=float)
        A = np.asarray(trans_probs, dtype=float)
        B = np.asarray(emit_probs, dtype=float)
        S = pi.shape[0] if pi.ndim == 1 else -1
        if pi.ndim != 1 or A.shape != (S, S) or B.ndim != 2 or B.shape[0] != S:
            raise ValueError("inconsistent HMM shapes")
        with np.errstate(divide="ignore"):
            self.log_pi, self.log_A, self.log_B = np.log(pi), np.log(A), np.log(B)

    def viterbi(self, obs):
        obs = list(obs)
        if not obs:
            return [], 0.0
        delta = self.log_pi + self.log_B[:, obs[0]]
        back = []
        for o in obs[1:]:
            scores = delta[:, None] + self.log_A
            ptr = np.argmax(scores, axis=0)
            delta = scores[ptr, np.arange(len(ptr))] + self.log_B[:, o]
            back.append(ptr)
        state = int(np.argmax(delta))
        best = float(delta[state])
        path = [state]
        for ptr in reversed(back):
            state = int(ptr[state])
            path.append(state)
        return path[::-1], best

    def log_likelihood(self, obs):
        obs = list(obs)
        alpha = self.log_pi + self.log_B[:, obs[0]]
        for o in obs[1:]:
            alpha = _logsumexp(alpha[:, None] + self.log_A, axis=0) + self.log_B[:, o]
        return float(_logsumexp(alpha, axis=0))


def _logsumexp(x, axis):
    m = np.max(x, axis=axis, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    with np.errstate(divide="ignore"):
        return np.squeeze(m, axis=axis) + np.log(np.sum(np.exp(x - m), axis=axis))
