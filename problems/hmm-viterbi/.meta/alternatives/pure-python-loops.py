# Correct alternative: plain Python loops over states with math.log, explicit tie handling.
import math


def _log(p):
    return math.log(p) if p > 0 else -math.inf


def _lse(values):
    m = max(values)
    if m == -math.inf:
        return -math.inf
    return m + math.log(sum(math.exp(v - m) for v in values))


class HMMTagger:
    def __init__(self, start_probs, trans_probs, emit_probs):
        pi = [float(p) for p in start_probs]
        A = [[float(p) for p in row] for row in trans_probs]
        B = [[float(p) for p in row] for row in emit_probs]
        S = len(pi)
        if len(A) != S or any(len(r) != S for r in A) or len(B) != S or len({len(r) for r in B}) > 1:
            raise ValueError("start, transition and emission shapes disagree")
        self.S = S
        self.lpi = [_log(p) for p in pi]
        self.lA = [[_log(p) for p in r] for r in A]
        self.lB = [[_log(p) for p in r] for r in B]

    def viterbi(self, obs):
        obs = list(obs)
        if not obs:
            return [], 0.0
        S = self.S
        delta = [self.lpi[j] + self.lB[j][obs[0]] for j in range(S)]
        back = []
        for o in obs[1:]:
            new, ptr = [], []
            for j in range(S):
                best_i, best_v = 0, delta[0] + self.lA[0][j]
                for i in range(1, S):
                    v = delta[i] + self.lA[i][j]
                    if v > best_v:
                        best_i, best_v = i, v
                ptr.append(best_i)
                new.append(best_v + self.lB[j][o])
            delta = new
            back.append(ptr)
        last = 0
        for j in range(1, S):
            if delta[j] > delta[last]:
                last = j
        path = [last]
        for ptr in reversed(back):
            path.append(ptr[path[-1]])
        path.reverse()
        return path, delta[last]

    def log_likelihood(self, obs):
        obs = list(obs)
        if not obs:
            return 0.0
        S = self.S
        alpha = [self.lpi[j] + self.lB[j][obs[0]] for j in range(S)]
        for o in obs[1:]:
            alpha = [_lse([alpha[i] + self.lA[i][j] for i in range(S)]) + self.lB[j][o] for j in range(S)]
        return _lse(alpha)
