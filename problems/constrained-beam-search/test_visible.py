from _models import random_model, table_model
from solution import BannedTokens, ConstrainedBeamSearch, MaxRepeats, RequiredTokens


def test_constraint_classes():
    banned = BannedTokens({2, 5})
    assert not banned.allows((1,), 2) and banned.allows((1,), 3), "BannedTokens.allows rejects only banned tokens"
    assert not banned.is_satisfied((1, 5)) and banned.is_satisfied((1, 3)), "BannedTokens.is_satisfied"
    rep = MaxRepeats(2)
    assert rep.allows((1, 1), 2) and rep.allows((1, 2, 1), 1), "MaxRepeats(2): a run of 2 or a new run is fine"
    assert not rep.allows((5, 1, 1), 1), "MaxRepeats(2) must reject a third 1 in a row"
    assert rep.is_satisfied((1, 1, 2, 2, 1)) and not rep.is_satisfied((3, 1, 1, 1, 2)), "MaxRepeats.is_satisfied"
    req = RequiredTokens({3, 4}, eos_id=0)
    assert not req.allows((3,), 0) and req.allows((3, 4), 0), "RequiredTokens blocks EOS until 3 and 4 occurred"
    assert req.allows((), 7), "RequiredTokens allows any non-EOS token"
    assert req.is_satisfied((4, 3, 0)) and not req.is_satisfied((3, 0)), "RequiredTokens.is_satisfied"


def test_banned_tokens_are_pruned_during_search():
    step = random_model(5, seed=1)
    beams, fallback = ConstrainedBeamSearch(step, 3, 0, 6, [BannedTokens({1, 3})]).search()
    assert not fallback and beams, "banning two tokens still leaves valid outputs"
    for tokens, _ in beams:
        assert not {1, 3} & set(tokens), f"output {tokens} contains a banned token"
    for call in step.calls:
        assert not {1, 3} & set(call), (
            f"step_fn was called on {call}: banned tokens must be pruned while expanding, not filtered at the end")


def test_required_token_delays_eos():
    # The model wants to stop at once; token 3 is unlikely but required.
    table = {(): [0.9, 0.05, 0.02, 0.03]}
    step = table_model(table, 4, default=[0.7, 0.1, 0.1, 0.1])
    beams, fallback = ConstrainedBeamSearch(step, 2, 0, 4, [RequiredTokens({3}, 0)]).search()
    assert not fallback, "a sequence containing 3 then EOS is reachable"
    best = tuple(beams[0][0])
    assert best == (3, 0), f"the best sequence that contains 3 before EOS is (3, 0), got {best}"
