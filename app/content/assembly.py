"""Turn a loop spec into concrete rounds by picking items from the bank."""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from app.content.loader import Bank
from app.content.schema import LoopSpec, RoundSpec

PROBLEM_KINDS = ("coding", "ml_coding")


@dataclass(frozen=True)
class PlannedRound:
    """A round with the item it will ask: a problem id or a question id."""

    kind: str
    minutes: int
    item_id: str


class AssemblyError(ValueError):
    """A loop asks for something the bank cannot supply."""


def candidates(bank: Bank, spec: RoundSpec) -> list[str]:
    """Return the ids a round could ask, in a stable order: only items that fit its budget."""
    if spec.ids:
        return [i for i in spec.ids if _kind_of(bank, i) == spec.kind and fits(bank, spec, i)]
    assert spec.select is not None
    return [
        item_id
        for item_id, topics, difficulty in _items_of_kind(bank, spec.kind)
        if (not spec.select.topics or set(spec.select.topics) & set(topics))
        and (not spec.select.difficulty or difficulty in spec.select.difficulty)
        and fits(bank, spec, item_id)
    ]


def item_minutes(bank: Bank, item_id: str) -> int:
    """Return the item's own time estimate in minutes."""
    if item_id in bank.problems:
        return bank.problems[item_id].manifest.minutes
    return bank.questions[item_id].minutes


def fits(bank: Bank, spec: RoundSpec, item_id: str) -> bool:
    """Return whether the item can be done in the round's budget (or the round scales to it)."""
    return spec.scale_to_item or item_minutes(bank, item_id) <= spec.minutes


def assemble(
    bank: Bank,
    loop: LoopSpec,
    rng: random.Random | None = None,
    avoid: Collection[str] = (),
    ranking: Sequence[str] = (),
) -> list[PlannedRound]:
    """Pick one item per round, never repeating an item and preferring ones not in `avoid`.

    With a `ranking` (preferred item ids, best first) each round takes the best-ranked item it
    can ask, falling back to a random pick when none of the ranked items fits the round.
    """
    rng = rng or random.Random()
    rank = {item_id: i for i, item_id in enumerate(ranking)}
    chosen: list[PlannedRound] = []
    used: set[str] = set()
    for number, spec in enumerate(loop.rounds, start=1):
        pool = [i for i in candidates(bank, spec) if i not in used]
        if not pool:
            raise AssemblyError(f"round {number} ({spec.kind}, {spec.minutes} min): nothing in the bank "
                                f"matches and fits in {spec.minutes} minutes")
        fresh = [i for i in pool if i not in avoid]
        ranked = sorted((i for i in fresh or pool if i in rank), key=rank.__getitem__)
        pick = ranked[0] if ranked else rng.choice(fresh or pool)
        used.add(pick)
        minutes = max(spec.minutes, item_minutes(bank, pick)) if spec.scale_to_item else spec.minutes
        chosen.append(PlannedRound(kind=spec.kind, minutes=minutes, item_id=pick))
    return chosen


def check_loop(bank: Bank, loop: LoopSpec) -> list[str]:
    """Return readable reasons this loop cannot be assembled (empty when it can)."""
    problems: list[str] = []
    for number, spec in enumerate(loop.rounds, start=1):
        for item_id in spec.ids:
            kind = _kind_of(bank, item_id)
            if kind is None:
                problems.append(f"rounds[{number - 1}].ids: '{item_id}' is not in the bank")
            elif kind != spec.kind:
                problems.append(f"rounds[{number - 1}].ids: '{item_id}' is a {kind}, not {spec.kind}")
            elif not fits(bank, spec, item_id):
                problems.append(f"rounds[{number - 1}].ids: '{item_id}' needs {item_minutes(bank, item_id)} "
                                f"minutes, the round gives {spec.minutes}")
        if not problems and not candidates(bank, spec):
            problems.append(f"rounds[{number - 1}]: no {spec.kind} item matches the selection")
    if not problems:
        try:
            assemble(bank, loop, random.Random(0))
        except AssemblyError as exc:
            problems.append(str(exc))
    return problems


def _kind_of(bank: Bank, item_id: str) -> str | None:
    if item_id in bank.problems:
        return bank.problems[item_id].manifest.kind
    if item_id in bank.questions:
        return bank.questions[item_id].kind
    return None


def _items_of_kind(bank: Bank, kind: str):
    if kind in PROBLEM_KINDS:
        for p in bank.problems.values():
            if p.manifest.kind == kind:
                yield p.id, p.manifest.topics, p.manifest.difficulty
    else:
        for q in bank.questions.values():
            if q.kind == kind:
                yield q.id, q.topics, q.difficulty
