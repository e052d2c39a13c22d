import math

import numpy as np

from _brute import all_paths, path_log_prob
from solution import HMMTagger

PI = [0.8, 0.2]
A = [[0.3, 0.7], [0.9, 0.1]]
B = [[0.6, 0.4], [0.5, 0.5]]


def test_example_from_prompt():
    path, lp = HMMTagger(PI, A, B).viterbi([0, 1])
    assert list(path) == [0, 1], f"Noun, Verb is the best path for 'fish swim', got {path}"
    assert math.isclose(lp, math.log(0.168), rel_tol=1e-9), f"log(0.8*0.6*0.7*0.5) = log(0.168), got {lp}"


def test_matches_brute_force_on_random_models():
    rng = np.random.default_rng(0)
    for trial in range(6):
        S, V, T = 3, 4, 5
        pi = rng.dirichlet(np.ones(S))
        At = rng.dirichlet(np.ones(S), size=S)
        Bt = rng.dirichlet(np.ones(V), size=S)
        obs = rng.integers(0, V, size=T).tolist()
        path, lp = HMMTagger(pi, At, Bt).viterbi(obs)
        best = max(p for _, p in all_paths(pi, At, Bt, obs))
        assert len(path) == T, f"trial {trial}: the path needs {T} states, got {len(path)}"
        assert math.isclose(lp, best, rel_tol=1e-9), f"trial {trial}: best log-prob is {best}, got {lp}"
        actual = path_log_prob(pi, At, Bt, [int(s) for s in path], obs)
        assert math.isclose(actual, best, rel_tol=1e-9), (
            f"trial {trial}: your path {path} has log-prob {actual}, but the best is {best}: check the back-pointers")


def test_empty_observation_sequence():
    path, lp = HMMTagger(PI, A, B).viterbi([])
    assert list(path) == [] and lp == 0.0, f"empty input gives ([], 0.0), got ({path}, {lp})"
    assert HMMTagger(PI, A, B).log_likelihood([]) == 0.0, "log P(empty sequence) = 0.0"
