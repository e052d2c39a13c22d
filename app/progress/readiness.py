"""Readiness per topic: a recency-weighted score and how many attempts it rests on.

Each round counts for every topic it covers with weight 0.5 ** (age in days / HALF_LIFE_DAYS),
so last week's rounds count about twice as much as those of the week before. A topic with fewer
than MIN_ATTEMPTS rounds is reported as too little evidence, never as a score.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

HALF_LIFE_DAYS = 7.0
MIN_ATTEMPTS = 3


@dataclass(frozen=True)
class TopicReadiness:
    """One topic: its weighted score (None when there is too little evidence) and its evidence."""

    topic: str
    attempts: int
    score: float | None
    last: pd.Timestamp | None

    @property
    def enough(self) -> bool:
        return self.score is not None

    @property
    def label(self) -> str:
        if self.score is None:
            return f"not enough evidence ({self.attempts} of {MIN_ATTEMPTS} attempts)"
        return f"{self.score:.0f}%"


def readiness(rounds: pd.DataFrame, now: pd.Timestamp, half_life_days: float = HALF_LIFE_DAYS,
              min_attempts: int = MIN_ATTEMPTS) -> list[TopicReadiness]:
    """Return every topic's readiness, weakest scored topics first, then those lacking evidence."""
    if rounds.empty:
        return []
    exploded = rounds[["topics", "when", "percent"]].explode("topics").dropna(subset=["topics"])
    age_days = (now - exploded["when"]).dt.total_seconds().clip(lower=0) / 86400.0
    weights = 0.5 ** (age_days / half_life_days)
    weighted = exploded.assign(weight=weights, weighted=weights * exploded["percent"])
    per_topic = weighted.groupby("topics").agg(attempts=("percent", "size"), weight=("weight", "sum"),
                                               weighted=("weighted", "sum"), last=("when", "max"))
    found = []
    for topic, row in zip(per_topic.index, per_topic.itertuples(index=False), strict=True):
        enough = row.attempts >= min_attempts
        score = float(row.weighted / row.weight) if enough and row.weight > 0 else None
        found.append(TopicReadiness(str(topic), int(row.attempts), score, row.last))
    return sorted(found, key=lambda t: (t.score is None, t.score if t.score is not None else 0.0, t.topic))


def readiness_frame(items: list[TopicReadiness]) -> pd.DataFrame:
    """Return readiness as a table for the page and the terminal."""
    return pd.DataFrame([{"topic": t.topic, "readiness": t.label, "score": t.score, "attempts": t.attempts,
                          "last practised": t.last.date() if t.last is not None else None} for t in items],
                        columns=["topic", "readiness", "score", "attempts", "last practised"])
