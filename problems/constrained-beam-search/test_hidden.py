import math

import pytest

from _models import random_model, table_model
from solution import (BannedTokens, Constraint, ConstrainedBeamSearch, MaxRepeats,
                      RequiredTokens)


def _plain(step_fn, width, eos, max_len):
    beam = [((), 0.0)]
    done = lambda t: bool(t) and t[-1] == eos  # noqa: E731
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


class MustContain(Constraint):
    """Checked only at the end (allows everything)."""

    def __init__(self, token):
        self.token = token

    def is_satisfied(self, tokens):
        return self.token in tokens


def test_without_constraints_it_is_plain_beam_search():
    for seed in range(4):
        got, fallback = ConstrainedBeamSearch(random_model(5, seed), 3, 0, 5).search()
        want = _plain(random_model(5, seed), 3, 0, 5)
        assert not fallback, "no constraints can never need the fallback"
        assert [tuple(t) for t, _ in got] == [t for t, _ in want], (
            f"seed {seed}: with no constraints expected {[t for t, _ in want]}, got {[tuple(t) for t, _ in got]}")
        for (_, a), (_, b) in zip(got, want):
            assert math.isclose(a, b, rel_tol=1e-9), f"scores differ: {a} vs {b}"


def test_max_repeats_breaks_up_a_stutter():
    step = table_model({}, 4, default=[0.01, 0.01, 0.9, 0.08])
    beams, fallback = ConstrainedBeamSearch(step, 2, 0, 6, [MaxRepeats(2)]).search()
    best = tuple(beams[0][0])
    assert len(best) == 6 and set(best) <= {2, 3}, f"expected six tokens from {{2, 3}}, got {best}"
    assert MaxRepeats(2).is_satisfied(best), f"{best} has a run of more than two equal tokens"
    assert best.count(2) == 4, (
        f"the model loves token 2; the best output with MaxRepeats(2) uses it 4 times out of 6, got {best}")
    assert not fallback, "a valid output exists"


def test_fallback_when_nothing_satisfies():
    step = random_model(6, seed=5)
    cons = [RequiredTokens({3, 4, 5}, 0)]
    beams, fallback = ConstrainedBeamSearch(step, 3, 0, 2, cons).search()
    assert fallback, "three required tokens cannot fit in 2 steps: the fallback flag must be True"
    assert len(beams) == 3, f"the fallback returns the whole final beam (3 hypotheses), got {len(beams)}"
    for tokens, _ in beams:
        assert 0 not in tokens, f"{tokens}: EOS must still be pruned before the required tokens occur"


def test_fallback_orders_by_violations_then_score():
    # Custom end-only constraints; the final beam by score is (2,3) .25, (1,3) .15, (2,2) .15.
    table = {(): [0.0, 0.3, 0.5, 0.2]}
    step = table_model(table, 4, default=[0.0, 0.2, 0.3, 0.5])
    cons = [MustContain(1), MustContain(9)]  # 9 is never generated: nobody satisfies both
    beams, fallback = ConstrainedBeamSearch(step, 3, 0, 2, cons).search()
    assert fallback, "token 9 never appears, so the fallback must be used"
    got = [tuple(t) for t, _ in beams]
    # (1, 3) violates one constraint, the others two, so it comes first despite its lower score.
    assert got == [(1, 3), (2, 3), (2, 2)], (
        f"fallback order is (violations, -score, tokens): expected [(1, 3), (2, 3), (2, 2)], got {got}")


def test_stops_when_every_candidate_is_pruned():
    step = random_model(3, seed=0)
    beams, fallback = ConstrainedBeamSearch(step, 2, 0, 4, [BannedTokens({0, 1, 2})]).search()
    assert beams == [((), 0.0)] and not fallback, (
        f"when every token is banned the search stops with the starting beam [((), 0.0)], got {beams}, {fallback}")


def test_invalid_arguments():
    with pytest.raises(ValueError):
        ConstrainedBeamSearch(random_model(3, 0), 0, 0, 3)
    with pytest.raises(ValueError):
        ConstrainedBeamSearch(random_model(3, 0), 2, 0, -2)
