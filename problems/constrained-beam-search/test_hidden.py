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


def test_step_fn_is_never_called_on_a_finished_hypothesis():
    for seed in range(3):
        step = random_model(4, seed=seed + 10)
        ConstrainedBeamSearch(step, 3, 0, 6, [MaxRepeats(3)]).search()
        for call in step.calls:
            assert not (call and call[-1] == 0), (
                f"seed {seed}: step_fn was called on {call}, which already ended with EOS; finished "
                "hypotheses go into the pool unchanged and are never passed to the model")
        assert len(step.calls) <= 3 * 6, f"at most beam_width * max_len = 18 calls, got {len(step.calls)}"


class NoTwos:
    """A duck-typed constraint: not a Constraint subclass, just the two methods."""

    def __init__(self):
        self.allows_calls = 0

    def allows(self, tokens, next_token):
        self.allows_calls += 1
        return next_token != 2

    def is_satisfied(self, tokens):
        return 2 not in tokens


def test_any_object_with_the_two_methods_is_a_constraint():
    step = table_model({}, 4, default=[0.1, 0.1, 0.7, 0.1])
    con = NoTwos()
    beams, fallback = ConstrainedBeamSearch(step, 2, 0, 3, [con]).search()
    assert con.allows_calls > 0, (
        "a constraint object that does not subclass Constraint was ignored; any object with "
        "allows and is_satisfied must be used")
    for tokens, _ in beams:
        assert 2 not in tokens, f"{tokens} contains 2, which the duck-typed constraint forbids"
    assert not fallback, "outputs without token 2 exist"
    expanded = len(step.calls)
    assert con.allows_calls <= 4 * expanded, (
        f"each candidate costs one allows call per constraint: {expanded} expansions x 4 tokens "
        f"= at most {4 * expanded} calls, got {con.allows_calls}")


def _scripted(table, vocab_size):
    calls = []

    def step_fn(tokens):
        calls.append(tuple(tokens))
        return table.get(tuple(tokens), [-math.inf] * vocab_size)

    step_fn.calls = calls
    return step_fn


def test_score_ties_are_broken_by_token_tuple():
    inf = -math.inf
    # (2,) beats (1,), but all four children tie at -4: the smaller tuples (1, *) must win
    table = {(): [inf, -2.0, -1.0], (2,): [inf, -3.0, -3.0], (1,): [inf, -2.0, -2.0]}
    beams, fallback = ConstrainedBeamSearch(_scripted(table, 3), 2, 0, 2, [Constraint()]).search()
    got = [tuple(t) for t, _ in beams]
    assert got == [(1, 1), (1, 2)], (
        f"all four length-2 candidates score -4; ties go to the smaller token tuple, so the beam is "
        f"[(1, 1), (1, 2)], got {got} (sorting by score alone keeps generation order)")
    assert not fallback, "the base Constraint is always satisfied"


def test_is_satisfied_looks_at_the_whole_output():
    rep = MaxRepeats(2)
    for tokens in ((4, 4, 4, 1, 2), (1, 7, 7, 7, 2, 2), (0, 0, 0)):
        assert not rep.is_satisfied(tokens), (
            f"MaxRepeats(2).is_satisfied({tokens}) must be False: a run longer than 2 anywhere "
            "in the output breaks the constraint, not only at the end")
    assert rep.is_satisfied(()) and rep.is_satisfied((3, 3, 1, 3, 3)), (
        "MaxRepeats(2) is satisfied by an empty output and by separate runs of length 2")
    assert MaxRepeats(1).is_satisfied((1, 2, 1)) and not MaxRepeats(1).is_satisfied((2, 1, 1, 2)), (
        "MaxRepeats(1) forbids any two equal tokens in a row")
    banned = BannedTokens({6})
    assert not banned.is_satisfied((6, 1, 2, 0)), "a banned token at the start breaks BannedTokens too"
    req = RequiredTokens({2, 5}, eos_id=0)
    assert not req.is_satisfied((2, 2, 0)) and req.is_satisfied((5, 1, 2, 0)), (
        "RequiredTokens({2, 5}) needs every required token somewhere in the output")
