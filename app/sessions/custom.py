"""Build a loop spec from the candidate's own choices on the home page."""

from __future__ import annotations

from collections.abc import Sequence

from app.content.schema import Difficulty, LoopSpec, Realism, RoundKind, RoundSpec, Selection

MAX_ROUND_MINUTES = 120


def custom_loop(
    kinds: Sequence[RoundKind],
    topics: Sequence[str] = (),
    difficulty: Sequence[Difficulty] = (),
    minutes: int = 45,
    realism: Realism | None = None,
) -> LoopSpec:
    """Return a loop with one round per kind, sharing `minutes` evenly, selecting by topic and level."""
    if not kinds:
        raise ValueError("pick at least one round kind")
    share = max(1, min(MAX_ROUND_MINUTES, minutes // len(kinds)))
    select = Selection(topics=list(topics), difficulty=list(difficulty))
    rounds = [RoundSpec(kind=kind, minutes=share, select=select) for kind in kinds]
    return LoopSpec(
        id="custom",
        title="My own loop",
        description=f"{len(kinds)} round(s) built on the home page",
        minutes=max(minutes, share * len(kinds)),
        realism=realism or Realism(),
        rounds=rounds,
    )
