"""A round only draws items that fit its budget, and validate flags a loop that could not."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.content.assembly import AssemblyError, assemble, check_loop, item_minutes
from app.content.loader import load_bank
from app.content.schema import LoopSpec, RoundSpec, Selection

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bank():
    return load_bank(ROOT)


@pytest.mark.parametrize("seed", range(20))
def test_every_loop_in_the_bank_draws_only_items_that_fit(bank, seed):
    for loop in bank.loops.values():
        for planned, spec in zip(assemble(bank, loop, random.Random(seed)), loop.rounds, strict=True):
            assert item_minutes(bank, planned.item_id) <= planned.minutes, (loop.id, planned)
            assert planned.minutes >= spec.minutes


def test_a_fixed_item_longer_than_its_round_is_flagged(bank):
    long_one = max(bank.problems.values(), key=lambda p: p.manifest.minutes)
    loop = LoopSpec(id="too-short", title="Too short", minutes=10,
                    rounds=[RoundSpec(kind=long_one.manifest.kind, minutes=10, ids=[long_one.id])])
    reasons = check_loop(bank, loop)
    assert any(f"'{long_one.id}' needs {long_one.manifest.minutes} minutes" in r for r in reasons)
    with pytest.raises(AssemblyError, match="fits in 10 minutes"):
        assemble(bank, loop)


def test_a_round_that_scales_to_its_item_gets_the_items_estimate(bank):
    spec = RoundSpec(kind="coding", minutes=10, select=Selection(difficulty=["hard"]), scale_to_item=True)
    [planned] = assemble(bank, LoopSpec(id="scaled", title="Scaled", minutes=10, rounds=[spec]))
    assert planned.minutes == item_minutes(bank, planned.item_id) > 10
