import math

import numpy as np
import pytest

from _models import log_softmax, random_logits
from solution import TopKBeamSearch, distinct_n


def _reference(step_fn, width, eos, max_len, alpha, temp, k, prefix=()):
    live, finished = [(tuple(prefix), 0.0)], []
    for _ in range(max_len):
        if not live:
            break
        pool = []
        for t, lp in live:
            logp = log_softmax(np.asarray(step_fn(t)) / temp)
            pool.extend((t + (v,), lp + float(x)) for v, x in enumerate(logp))
        pool.sort(key=lambda c: (-c[1], c[0]))
        live = []
        for t, lp in pool:
            if t[-1] == eos:
                finished.append((t, lp))
            else:
                live.append((t, lp))
                if len(live) == width:
                    break
    finished.extend(live)
    out = []
    for t, lp in finished:
        n = len(t) - len(prefix)
        out.append((t, lp, lp / n**alpha if n else lp))
    out.sort(key=lambda h: (-h[2], h[0]))
    return out[:k]


def test_matches_the_specified_algorithm():
    settings = [(2, 0.0, 1.0), (3, 0.7, 1.0), (4, 1.0, 0.5), (3, 1.0, 2.5), (1, 0.0, 1.0)]
    for seed in range(4):
        for width, alpha, temp in settings:
            got = TopKBeamSearch(random_logits(5, seed), width, 0, 6, alpha, temp).search(4, prefix=(3,))
            want = _reference(random_logits(5, seed), width, 0, 6, alpha, temp, 4, prefix=(3,))
            label = f"seed {seed}, width {width}, length_penalty {alpha}, temperature {temp}"
            assert [tuple(h.tokens) for h in got] == [w[0] for w in want], (
                f"{label}: expected {[w[0] for w in want]}, got {[tuple(h.tokens) for h in got]}")
            for h, w in zip(got, want):
                assert math.isclose(h.logprob, w[1], rel_tol=1e-9), f"{label}: logprob {h.logprob} vs {w[1]}"
                assert math.isclose(h.score, w[2], rel_tol=1e-9), f"{label}: score {h.score} vs {w[2]}"


def test_temperature_rescales_the_log_probabilities():
    step = random_logits(4, seed=7)
    for temp in (0.25, 4.0):
        h = TopKBeamSearch(step, 1, 0, 1, temperature=temp).search(1)[0]
        want = log_softmax(step(())/temp)
        best = int(np.argmax(want))
        assert tuple(h.tokens) == (best,), f"temperature {temp}: width 1, one step picks the argmax {best}"
        assert math.isclose(h.logprob, want[best], rel_tol=1e-9), (
            f"temperature {temp}: logprob must be log_softmax(logits / T)[{best}] = {want[best]}, got {h.logprob}")


def test_huge_logits_stay_finite():
    def step_fn(tokens):
        return np.array([2000.0, 1999.0, 1000.0]) if len(tokens) < 2 else np.array([3000.0, 0.0, 0.0])

    hyps = TopKBeamSearch(step_fn, 2, 0, 3).search(2, prefix=(1,))
    assert hyps, "expected hypotheses"
    for h in hyps:
        assert math.isfinite(h.logprob) and math.isfinite(h.score), (
            f"logits near 2000 overflow exp(): use a stable log-softmax; got {h}")
    want = log_softmax([2000.0, 1999.0, 1000.0])[0]
    assert tuple(hyps[0].tokens) == (1, 0) and math.isclose(hyps[0].logprob, want, rel_tol=1e-9), (
        f"the best hypothesis is (1, 0) with logprob log_softmax([2000, 1999, 1000])[0] = {want}, got {hyps[0]}")


def test_k_larger_than_available_and_eos_not_expanded():
    step = random_logits(3, seed=2)
    hyps = TopKBeamSearch(step, 2, 0, 2).search(50)
    assert 1 <= len(hyps) <= 2 + 2 * 2, f"at most the finished plus live hypotheses can be returned, got {len(hyps)}"
    for call in step.calls:
        assert 0 not in call, f"step_fn was called on {call}, which already ended with EOS"
    assert len(step.calls) <= 1 + 2, f"width 2 for 2 steps allows 3 calls at most, got {len(step.calls)}"


def test_invalid_arguments():
    step = random_logits(3, seed=0)
    for kwargs in ({"beam_width": 0}, {"max_len": -1}, {"temperature": 0.0}, {"temperature": -1.0}):
        args = {"beam_width": 2, "max_len": 3, "temperature": 1.0, **kwargs}
        with pytest.raises(ValueError):
            TopKBeamSearch(step, args["beam_width"], 0, args["max_len"], temperature=args["temperature"]).search(1)
    with pytest.raises(ValueError):
        TopKBeamSearch(step, 2, 0, 3).search(0)


def test_distinct_n_edge_cases():
    assert distinct_n([], 2) == 0.0, "no sequences: 0.0"
    assert distinct_n([(1,), (2,)], 2) == 0.0, "sequences shorter than n have no n-grams: 0.0"
    got = distinct_n([(1, 2, 1, 2), (2, 1)], 2)
    assert math.isclose(got, 2 / 4), f"bigrams (1,2),(2,1),(1,2),(2,1): 2 distinct of 4, got {got}"


def test_max_len_zero_returns_the_prefix_with_any_length_penalty():
    for alpha in (0.0, 1.0, 0.6):
        step = random_logits(4, seed=1)
        hyps = TopKBeamSearch(step, 2, 0, 0, length_penalty=alpha).search(3, prefix=(2, 1))
        assert [tuple(h.tokens) for h in hyps] == [(2, 1)], (
            f"max_len=0, length_penalty={alpha}: the only hypothesis is the prefix itself, got {hyps}")
        assert hyps[0].logprob == 0.0 and hyps[0].score == 0.0, (
            f"nothing was generated (n = 0): logprob 0.0 and score = logprob = 0.0, got {hyps[0]}")
        assert step.calls == [], "with max_len=0 the model must not be called"


def test_equal_log_probs_are_ordered_by_token_tuple():
    # Every step sees the logits [0, 1, 2], so (2, 1) and (1, 2) get exactly the same log-prob;
    # only the token-tuple tie-break decides which one takes the last beam slot.
    def step_fn(tokens):
        return np.array([0.0, 1.0, 2.0])

    got = [tuple(h.tokens) for h in TopKBeamSearch(step_fn, 2, 0, 2).search(5)]
    want = [w[0] for w in _reference(step_fn, 2, 0, 2, 0.0, 1.0, 5)]
    assert want == [(2, 2), (1, 2)], "sanity check of the test's own reference"
    assert got == want, (
        f"expected {want}, got {got}: (1, 2) and (2, 1) have equal log-probs, and equal candidates are "
        "ordered by token tuple ascending, whatever order their parents were in")
