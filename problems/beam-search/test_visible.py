import math

from _models import greedy, random_model, table_model
from solution import BeamSearch

TRAP = {(): [0.0, 0.6, 0.4], (1,): [0.4, 0.3, 0.3], (2,): [0.9, 0.05, 0.05]}


def test_beam_escapes_the_greedy_trap():
    step = table_model(TRAP, 3)
    beam = BeamSearch(step, beam_width=2, eos_id=0, max_len=2).search()
    tokens, score = beam[0]
    assert tuple(tokens) == (2, 0), f"the best sequence is b, EOS (probability 0.36), got {tokens}"
    assert math.isclose(score, math.log(0.36), rel_tol=1e-9), f"its score is log(0.36), got {score}"
    g_tokens, _ = greedy(table_model(TRAP, 3), 0, 2)
    assert g_tokens == (1, 0), "sanity: greedy picks a, EOS"


def test_width_one_is_greedy():
    for seed in range(5):
        step = random_model(6, seed)
        got = BeamSearch(step, beam_width=1, eos_id=0, max_len=7).search()
        want_tokens, want_score = greedy(random_model(6, seed), 0, 7)
        assert len(got) == 1, f"beam_width=1 returns one hypothesis, got {len(got)}"
        assert tuple(got[0][0]) == want_tokens, f"seed {seed}: width 1 must equal greedy {want_tokens}, got {got[0][0]}"
        assert math.isclose(got[0][1], want_score, rel_tol=1e-9), f"seed {seed}: score {got[0][1]} != {want_score}"


def test_beam_is_sorted_and_has_at_most_width_entries():
    step = random_model(5, 11)
    beam = BeamSearch(step, beam_width=4, eos_id=0, max_len=5).search()
    assert len(beam) == 4, f"beam_width=4 over 5 tokens and 5 steps returns 4 hypotheses, got {len(beam)}"
    scores = [s for _, s in beam]
    assert scores == sorted(scores, reverse=True), f"return the beam best first, got scores {scores}"
