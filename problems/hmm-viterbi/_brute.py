"""Brute-force reference: enumerate every state path (small cases only)."""

import itertools
import math


def _log(p):
    return math.log(p) if p > 0 else -math.inf


def path_log_prob(pi, A, B, path, obs):
    total = _log(pi[path[0]]) + _log(B[path[0]][obs[0]])
    for t in range(1, len(obs)):
        total += _log(A[path[t - 1]][path[t]]) + _log(B[path[t]][obs[t]])
    return total


def all_paths(pi, A, B, obs):
    S = len(pi)
    return [(list(p), path_log_prob(pi, A, B, p, obs)) for p in itertools.product(range(S), repeat=len(obs))]


def brute_likelihood(pi, A, B, obs):
    vals = [lp for _, lp in all_paths(pi, A, B, obs) if lp > -math.inf]
    if not vals:
        return -math.inf
    m = max(vals)
    return m + math.log(sum(math.exp(v - m) for v in vals))
