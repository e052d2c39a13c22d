import math

import pytest

from _models import random_model, table_model
from solution import DiverseBeamSearch


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
    return sorted(beam, key=lambda h: (-h[1], h[0]))


def _same(got, want, label):
    assert [tuple(t) for t, _ in got] == [t for t, _ in want], (
        f"{label}: expected {[t for t, _ in want]}, got {[tuple(t) for t, _ in got]}")
    for (_, a), (_, b) in zip(got, want):
        assert math.isclose(a, b, rel_tol=1e-9), f"{label}: score {a} vs {b}"


def test_zero_penalty_is_plain_beam_search_in_every_group():
    for seed in range(3):
        groups = DiverseBeamSearch(random_model(5, seed), 3, 2, 0.0, 0, 5).search()
        want = _plain(random_model(5, seed), 2, 0, 5)
        for g, beam in enumerate(groups):
            _same(beam, want, f"seed {seed}, group {g}, penalty 0")


def test_group_zero_ignores_the_penalty_and_groups_differ():
    for seed in range(3):
        groups = DiverseBeamSearch(random_model(6, seed), 3, 2, 2.0, 0, 5).search()
        _same(groups[0], _plain(random_model(6, seed), 2, 0, 5), f"seed {seed}, group 0")
        outputs = [frozenset(tuple(t) for t, _ in beam) for beam in groups]
        assert len(set(outputs)) == 3, f"seed {seed}: with penalty 2.0 the three groups should differ, got {outputs}"


def test_penalty_counts_each_earlier_choice():
    first = {(): [0.1, 0.4, 0.3, 0.2]}
    # penalty 0.15: group 1 pays 0.15 for a (still best); group 2 pays 0.30 for a, so b wins.
    groups = DiverseBeamSearch(table_model(first, 4, default=[1.0, 0, 0, 0]), 3, 1, 0.15, 0, 2).search()
    got = [tuple(beam[0][0]) for beam in groups]
    assert got == [(1, 0), (1, 0), (2, 0)], (
        f"a token chosen by two earlier groups costs twice the penalty: expected [(1, 0), (1, 0), (2, 0)], got {got}")


def test_finished_hypotheses_are_not_expanded_and_calls_are_bounded():
    step = random_model(4, seed=9)
    DiverseBeamSearch(step, 2, 2, 1.0, 0, 6).search()
    for call in step.calls:
        assert 0 not in call, f"step_fn was called on {call}, which already ended with EOS"
    assert len(step.calls) <= 2 * 2 * 6, f"at most groups x width x max_len = 24 calls, got {len(step.calls)}"


def test_edge_cases_and_invalid_arguments():
    step = random_model(3, seed=1)
    assert DiverseBeamSearch(step, 2, 2, 1.0, 0, 0).search() == [[((), 0.0)], [((), 0.0)]], (
        "max_len=0 leaves every group at [((), 0.0)]")
    for args in ((0, 2, 1.0, 3), (2, 0, 1.0, 3), (2, 2, -0.5, 3), (2, 2, 1.0, -1)):
        with pytest.raises(ValueError):
            DiverseBeamSearch(step, args[0], args[1], args[2], 0, args[3])


def _spec(step_fn, groups_n, width, penalty, eos, max_len):
    """The prompt's algorithm, written out plainly."""
    done = lambda t: bool(t) and t[-1] == eos  # noqa: E731
    groups = [[((), 0.0)] for _ in range(groups_n)]
    for _ in range(max_len):
        if all(done(t) for beam in groups for t, _ in beam):
            break
        used = {}
        for g in range(groups_n):
            if all(done(t) for t, _ in groups[g]):
                continue
            pool = []
            for t, s in groups[g]:
                if done(t):
                    pool.append((s, t, s, False))
                else:
                    for v, lp in enumerate(step_fn(t)):
                        pool.append((s + lp - penalty * used.get(v, 0), t + (v,), s + lp, True))
            pool.sort(key=lambda c: (-c[0], c[1]))
            pool = pool[:width]
            for _, t, _, ext in pool:
                if ext:
                    used[t[-1]] = used.get(t[-1], 0) + 1
            groups[g] = [(t, s) for _, t, s, _ in pool]
    return [sorted(beam, key=lambda h: (-h[1], h[0])) for beam in groups]


def _eos_heavy(seed):
    """A random model whose EOS (token 0) is likely, so groups mix finished and open hypotheses."""
    base = random_model(4, seed)

    def step_fn(tokens):
        lps = base(tokens)
        return [lps[0] + 1.0] + lps[1:]

    step_fn.calls = base.calls
    return step_fn


def test_matches_the_specified_algorithm_with_finished_hypotheses_in_the_beam():
    for seed in range(8):
        for groups_n, width, penalty in ((2, 2, 0.7), (3, 2, 1.3), (2, 3, 0.4)):
            got = DiverseBeamSearch(_eos_heavy(seed), groups_n, width, penalty, 0, 4).search()
            want = _spec(_eos_heavy(seed), groups_n, width, penalty, 0, 4)
            for g in range(groups_n):
                _same(got[g], want[g], (
                    f"seed {seed}, {groups_n} groups of {width}, penalty {penalty}, group {g} "
                    "(finished hypotheses are carried with key = their score and do not add to used)"))


def test_ties_in_the_selection_key_go_to_the_smaller_token_tuple():
    inf = -math.inf
    table = {(): [inf, -2.0, -1.0], (2,): [inf, -3.0, -3.0], (1,): [inf, -2.0, -2.0]}

    def step_fn(tokens):
        return table.get(tuple(tokens), [inf] * 3)

    groups = DiverseBeamSearch(step_fn, 1, 2, 0.0, 0, 2).search()
    got = [tuple(t) for t, _ in groups[0]]
    assert got == [(1, 1), (1, 2)], (
        f"all four length-2 candidates have key -4; ties go to the smaller token tuple, so the group "
        f"keeps [(1, 1), (1, 2)], got {got}")
