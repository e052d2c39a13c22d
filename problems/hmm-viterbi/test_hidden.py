import math
import warnings

import numpy as np
import pytest

from _brute import all_paths, brute_likelihood, path_log_prob
from solution import HMMTagger


def test_ties_pick_the_smallest_states():
    uniform = HMMTagger([1 / 3] * 3, np.full((3, 3), 1 / 3), np.full((3, 2), 0.5))
    path, _ = uniform.viterbi([0, 1, 1, 0])
    assert list(path) == [0, 0, 0, 0], f"all paths tie in a uniform model: expected [0, 0, 0, 0], got {path}"
    pi = [0.2, 0.4, 0.4]
    A = [[0.2, 0.4, 0.4], [0.1, 0.45, 0.45], [0.1, 0.45, 0.45]]
    B = [[0.5, 0.5]] * 3
    path, lp = HMMTagger(pi, A, B).viterbi([0, 1, 0, 1])
    assert list(path) == [1, 1, 1, 1], (
        f"states 1 and 2 are interchangeable and tie at every step: the smallest index wins, "
        f"expected [1, 1, 1, 1], got {path}")
    best = max(p for _, p in all_paths(pi, A, B, [0, 1, 0, 1]))
    assert math.isclose(lp, best, rel_tol=1e-9), f"best log-prob {best}, got {lp}"


def test_zero_probabilities_without_warnings():
    pi = [1.0, 0.0, 0.0]
    A = [[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [0.5, 0.0, 0.5]]
    B = [[0.9, 0.1], [0.2, 0.8], [0.5, 0.5]]
    obs = [0, 1, 1, 0, 0]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tagger = HMMTagger(pi, A, B)
        path, lp = tagger.viterbi(obs)
        ll = tagger.log_likelihood(obs)
    best = max(p for _, p in all_paths(pi, A, B, obs))
    assert math.isclose(lp, best, rel_tol=1e-9), f"best log-prob is {best}, got {lp}"
    assert list(path) == [0, 1, 2, 2, 2] or math.isclose(
        path_log_prob(pi, A, B, [int(s) for s in path], obs), best, rel_tol=1e-9), f"path {path} is not optimal"
    assert math.isclose(ll, brute_likelihood(pi, A, B, obs), rel_tol=1e-9), "log_likelihood with zero probabilities"


def test_impossible_observations_give_minus_infinity():
    tagger = HMMTagger([1.0, 0.0], [[0.0, 1.0], [1.0, 0.0]], [[1.0, 0.0], [1.0, 0.0]])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        path, lp = tagger.viterbi([0, 1, 0])
        ll = tagger.log_likelihood([0, 1, 0])
    assert lp == -math.inf, f"no state emits observation 1, so the log-prob is -inf, got {lp}"
    assert len(path) == 3, f"the path must still have 3 states, got {path}"
    assert ll == -math.inf, f"log P(obs) is -inf when obs is impossible, got {ll}"


def test_forward_matches_brute_force():
    rng = np.random.default_rng(4)
    for trial in range(5):
        S, V, T = 3, 3, 5
        pi = rng.dirichlet(np.ones(S))
        A = rng.dirichlet(np.ones(S), size=S)
        B = rng.dirichlet(np.ones(V), size=S)
        obs = rng.integers(0, V, size=T).tolist()
        got = HMMTagger(pi, A, B).log_likelihood(obs)
        want = brute_likelihood(pi, A, B, obs)
        assert math.isclose(got, want, rel_tol=1e-9), f"trial {trial}: log P(obs) should be {want}, got {got}"


def test_long_sequences_stay_finite_in_log_space():
    rng = np.random.default_rng(8)
    S, V, T = 4, 5, 3000
    pi = rng.dirichlet(np.ones(S))
    A = rng.dirichlet(np.ones(S), size=S)
    B = rng.dirichlet(np.ones(V), size=S)
    obs = rng.integers(0, V, size=T).tolist()
    tagger = HMMTagger(pi, A, B)
    path, lp = tagger.viterbi(obs)
    ll = tagger.log_likelihood(obs)
    assert math.isfinite(lp) and math.isfinite(ll), (
        f"3000 steps underflow a product of probabilities: work with log-probabilities (got {lp}, {ll})")
    assert len(path) == T, f"path length must be {T}, got {len(path)}"
    assert math.isclose(path_log_prob(pi, A, B, [int(s) for s in path], obs), lp, rel_tol=1e-9), (
        "the returned log-prob must be the log-prob of the returned path")
    assert ll >= lp - 1e-6, "log P(obs) sums over all paths, so it cannot be below the best path's log-prob"


def test_inconsistent_shapes_raise():
    with pytest.raises(ValueError):
        HMMTagger([0.5, 0.5], [[1.0, 0.0, 0.0]] * 3, [[1.0], [1.0]])
    with pytest.raises(ValueError):
        HMMTagger([0.5, 0.5], [[0.5, 0.5], [0.5, 0.5]], [[1.0], [1.0], [1.0]])


def test_empty_sequence_for_both_methods():
    tagger = HMMTagger([0.6, 0.4], [[0.7, 0.3], [0.2, 0.8]], [[0.5, 0.5], [0.1, 0.9]])
    path, lp = tagger.viterbi([])
    assert list(path) == [] and lp == 0.0, f"viterbi([]) must give ([], 0.0), got ({path}, {lp})"
    ll = tagger.log_likelihood([])
    assert ll == 0.0, f"log_likelihood([]) is log 1 = 0.0 (the empty sequence is certain), got {ll}"
