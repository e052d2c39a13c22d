"""How rounds and loops are scored: tests passed for code, rubric levels for concept answers."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from app.content.schema import Question
from app.store.records import AttemptRecord

# A criterion ticked as met counts fully ("strong"); partial credit for the weaker levels.
LEVELS: dict[str, float] = {"missed": 0.0, "weak": 1 / 3, "good": 2 / 3, "strong": 1.0}
# Each pitfall ticked as said (a red flag) costs this share of the question's points.
RED_FLAG_PENALTY = 0.25
SCORING_RULE = ("Each criterion: missed 0, weak ⅓, good ⅔, strong full points (weak means partly right). "
                "Each red flag ticked takes off a quarter of the question's points, down to 0. "
                "An empty answer scores 0.")


@dataclass(frozen=True)
class RoundScore:
    """Points earned out of points possible for one round."""

    points: float
    max_points: float

    @property
    def fraction(self) -> float:
        return self.points / self.max_points if self.max_points else 0.0


def final_submission(attempts: Sequence[AttemptRecord]) -> AttemptRecord | None:
    """Return the last Submit (manual or automatic) among a round's attempts, graded or not."""
    submits = [a for a in attempts if a.kind == "submit"]
    return submits[-1] if submits else None


def coding_score(attempts: Sequence[AttemptRecord]) -> RoundScore:
    """Score a coding round by the tests its final submission passed (hidden ones included)."""
    final = final_submission(attempts)
    if final is None or not final.graded or not final.total:
        return RoundScore(0.0, 1.0)
    return RoundScore(float(final.passed), float(final.total))


def concept_score(question: Question, levels: Mapping[int, str], answer: str | None = None,
                  red_flags: Collection[int] = ()) -> RoundScore:
    """Sum the rubric points at the levels given, less the red flags; an empty answer scores 0."""
    total = float(question.total_points)
    if answer is not None and not answer.strip():
        return RoundScore(0.0, total)
    points = sum(c.points * LEVELS.get(levels.get(i, "missed"), 0.0) for i, c in enumerate(question.criteria))
    flagged = sum(1 for p in set(red_flags) if 0 <= p < len(question.pitfalls))
    points -= RED_FLAG_PENALTY * total * flagged
    return RoundScore(round(max(points, 0.0), 2), total)


def unscored(question: Question, levels: Mapping[int, str]) -> list[int]:
    """Return the criteria no level was given to (shown as unscored, never as missed)."""
    return [i for i in range(len(question.criteria)) if i not in levels]


def loop_percent(scores: Sequence[RoundScore]) -> float:
    """Return the loop's score in percent: the mean of its rounds' fractions."""
    if not scores:
        return 0.0
    return 100.0 * sum(s.fraction for s in scores) / len(scores)
