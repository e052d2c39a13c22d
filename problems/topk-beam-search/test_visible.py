import math

import numpy as np

from _models import log_softmax, random_logits, short_vs_long
from solution import TopKBeamSearch, distinct_n


def test_length_penalty_changes_the_winner():
    short = TopKBeamSearch(short_vs_long(), 3, 0, 6, length_penalty=0.0).search(2)
    assert tuple(short[0].tokens) == (0,), f"without normalisation the short answer wins, got {short[0].tokens}"
    assert math.isclose(short[0].score, -1.0, rel_tol=1e-9), f"its score is -1.0, got {short[0].score}"
    long = TopKBeamSearch(short_vs_long(), 3, 0, 6, length_penalty=1.0).search(2)
    top = long[0]
    assert tuple(top.tokens) == (1, 1, 1, 1, 0), f"with length_penalty=1 the long answer wins, got {top.tokens}"
    assert math.isclose(top.score, top.logprob / 5, rel_tol=1e-9), (
        f"score = logprob / 5 generated tokens (EOS counts): {top.logprob} / 5, got {top.score}")


def test_logprobs_are_sums_of_log_softmax_terms():
    step = random_logits(6, seed=1)
    hyps = TopKBeamSearch(step, 3, 0, 5).search(3)
    assert len(hyps) == 3, f"k=3 should return 3 hypotheses here, got {len(hyps)}"
    for h in hyps:
        toks = tuple(h.tokens)
        want = sum(log_softmax(step(toks[:i]))[toks[i]] for i in range(len(toks)))
        assert math.isclose(h.logprob, want, rel_tol=1e-9), f"logprob of {toks} should be {want}, got {h.logprob}"
    scores = [h.score for h in hyps]
    assert scores == sorted(scores, reverse=True), f"return hypotheses best score first, got {scores}"


def test_distinct_n_example():
    got = distinct_n([(1, 2, 3), (1, 2, 4)], 2)
    assert math.isclose(got, 0.75), f"3 distinct bigrams out of 4, expected 0.75, got {got}"
    assert distinct_n([(5, 5, 5, 5)], 1) == 0.25, "one distinct unigram out of 4 is 0.25"
    assert np.isclose(distinct_n([(1, 2), (3, 4)], 2), 1.0), "no repeated bigram gives 1.0"
