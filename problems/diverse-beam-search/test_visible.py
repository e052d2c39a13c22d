import math

from _models import random_model, table_model
from solution import DiverseBeamSearch

FIRST = {(): [0.1, 0.4, 0.3, 0.2]}  # 0 = EOS, 1 = a, 2 = b, 3 = c


def test_example_from_prompt():
    step = table_model(FIRST, 4, default=[1.0, 0.0, 0.0, 0.0])
    groups = DiverseBeamSearch(step, 2, 1, 0.5, 0, 2).search()
    assert len(groups) == 2 and all(len(g) == 1 for g in groups), f"two groups of one hypothesis, got {groups}"
    assert tuple(groups[0][0][0]) == (1, 0), f"group 0 is never penalised: expected (1, 0), got {groups[0][0][0]}"
    assert tuple(groups[1][0][0]) == (2, 0), f"with penalty 0.5 group 1 avoids a and picks b: got {groups[1][0][0]}"
    assert math.isclose(groups[1][0][1], math.log(0.3), rel_tol=1e-9), (
        f"stored scores are true log-probs without the penalty: log(0.3), got {groups[1][0][1]}")
    groups = DiverseBeamSearch(table_model(FIRST, 4, default=[1.0, 0, 0, 0]), 2, 1, 0.2, 0, 2).search()
    assert tuple(groups[1][0][0]) == (1, 0), f"with penalty 0.2, a still wins for group 1: got {groups[1][0][0]}"


def test_large_penalty_makes_first_tokens_disjoint():
    step = random_model(10, seed=3)
    groups = DiverseBeamSearch(step, 3, 2, 100.0, 0, 1).search()  # one step: the first choices
    firsts = [t[0] for g in groups for t, _ in g]
    assert len(firsts) == 6, f"3 groups x 2 hypotheses, got {len(firsts)}"
    assert len(set(firsts)) == 6, f"a huge penalty forces every group to start differently, got first tokens {firsts}"


def test_scores_are_true_log_probabilities():
    step = random_model(6, seed=4)
    groups = DiverseBeamSearch(step, 3, 2, 1.5, 0, 5).search()
    for g, beam in enumerate(groups):
        scores = [s for _, s in beam]
        assert scores == sorted(scores, reverse=True), f"group {g} must be sorted best first, got {scores}"
        for tokens, score in beam:
            tokens = tuple(tokens)
            want = sum(step(tokens[:i])[tokens[i]] for i in range(len(tokens)))
            assert math.isclose(score, want, rel_tol=1e-9), (
                f"group {g}: {tokens} has log-prob {want}, got {score} (do not store the penalised key)")
