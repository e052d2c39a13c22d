import math

import pytest

from _models import random_model, table_model
from solution import BeamSearch


def _reference(step_fn, width, eos, max_len, prefix=()):
    n0 = len(prefix)
    beam = [(tuple(prefix), 0.0)]
    done = lambda t: len(t) > n0 and t[-1] == eos  # noqa: E731
    for _ in range(max_len):
        if all(done(t) for t, _ in beam):
            break
        pool = []
        for t, s in beam:
            if done(t):
                pool.append((t, s))
            else:
                pool.extend((t + (v,), s + lp) for v, lp in enumerate(step_fn(t)))
        pool.sort(key=lambda c: (-c[1], c[0]))
        beam = pool[:width]
    return beam


def test_matches_the_specified_algorithm_on_random_models():
    for seed in range(6):
        for width in (2, 3, 5):
            got = BeamSearch(random_model(5, seed), width, 0, 6).search()
            want = _reference(random_model(5, seed), width, 0, 6)
            assert [tuple(t) for t, _ in got] == [t for t, _ in want], (
                f"seed {seed}, width {width}: expected beam {[t for t, _ in want]}, got {[t for t, _ in got]}")
            for (_, s1), (_, s2) in zip(got, want):
                assert math.isclose(s1, s2, rel_tol=1e-9), f"scores differ: {s1} vs {s2}"


def test_finished_hypotheses_are_never_expanded_and_calls_are_bounded():
    step = random_model(4, 3)
    BeamSearch(step, 3, 0, 8).search()
    for call in step.calls:
        assert 0 not in call, f"step_fn was called on {call}, which already ended with EOS"
    assert len(step.calls) <= 3 * 8, f"at most beam_width * max_len = 24 calls, got {len(step.calls)}"


def test_finished_hypotheses_compete_with_longer_ones():
    table = {(): [0.5, 0.3, 0.2], (1,): [0.1, 0.1, 0.8], (2,): [0.1, 0.1, 0.8],
             (1, 2): [0.05, 0.05, 0.9], (2, 2): [0.05, 0.05, 0.9]}
    beam = BeamSearch(table_model(table, 3), 2, 0, 3).search()
    assert tuple(beam[0][0]) == (0,), (
        f"EOS at step 1 (probability 0.5) must stay in the beam and win, got {beam[0][0]}")
    assert math.isclose(beam[0][1], math.log(0.5), rel_tol=1e-9), f"its score stays log(0.5), got {beam[0][1]}"


def test_prefix_max_len_zero_ties_and_bad_arguments():
    step = table_model({}, 3)  # uniform: every candidate ties
    beam = BeamSearch(step, 2, 0, 2).search(prefix=(2, 1))
    assert [tuple(t) for t, _ in beam] == [(2, 1, 0), (2, 1, 1, 0)], (
        "with a uniform model every score ties at each length: break ties by the token tuple and "
        f"keep the prefix in the returned tokens; got {[t for t, _ in beam]}")
    assert BeamSearch(step, 3, 0, 0).search(prefix=(1,)) == [((1,), 0.0)], "max_len=0 returns [(prefix, 0.0)]"
    with pytest.raises(ValueError):
        BeamSearch(step, 0, 0, 3)
    with pytest.raises(ValueError):
        BeamSearch(step, 2, 0, -1)


def test_width_larger_than_vocabulary():
    step = table_model({(): [0.2, 0.5, 0.3]}, 3, default=[1.0, 0.0, 0.0])
    beam = BeamSearch(step, 10, 0, 3).search()
    got = [tuple(t) for t, _ in beam]
    assert len(got) == 10, f"beam_width=10 keeps 10 hypotheses when that many exist, got {len(got)}"
    assert got[:3] == [(1, 0), (2, 0), (0,)], (
        f"the three finite-score paths must survive a beam wider than the vocabulary, best first; got {got[:3]}")


def _scripted(table, vocab_size):
    """step_fn returning the given log-scores (exact binary fractions, so ties are exact)."""
    calls = []

    def step_fn(tokens):
        calls.append(tuple(tokens))
        return table.get(tuple(tokens), [-math.inf] * vocab_size)

    step_fn.calls = calls
    return step_fn


def test_ties_are_broken_by_token_tuple_not_by_generation_order():
    inf = -math.inf
    # (2,) beats (1,), but all four children tie at -4: the tuple order puts (1, *) first
    table = {(): [inf, -2.0, -1.0], (2,): [inf, -3.0, -3.0], (1,): [inf, -2.0, -2.0]}
    beam = BeamSearch(_scripted(table, 3), 2, 0, 2).search()
    got = [tuple(t) for t, _ in beam]
    assert got == [(1, 1), (1, 2)], (
        f"all four length-2 candidates score -4; ties go to the smaller token tuple, so the beam is "
        f"[(1, 1), (1, 2)], got {got} (sorting by score alone keeps generation order)")


def test_a_prefix_ending_in_eos_is_not_finished():
    step = table_model({(0,): [0.1, 0.9, 0.0], (0, 1): [1.0, 0.0, 0.0]}, 3)
    beam = BeamSearch(step, 1, 0, 3).search(prefix=(0,))
    assert tuple(beam[0][0]) == (0, 1, 0), (
        f"a hypothesis is finished when its last *generated* token is EOS; a prefix ending in EOS "
        f"still gets extended: expected (0, 1, 0), got {beam[0][0]}")
    assert math.isclose(beam[0][1], math.log(0.9), rel_tol=1e-9), "the prefix itself scores 0"
