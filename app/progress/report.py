"""What `mockloop progress` and the progress page summarise: readiness per topic and what is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pandas as pd

from app.content.loader import Bank
from app.progress import charts, schedule
from app.progress.readiness import TopicReadiness, readiness, readiness_frame
from app.store.repository import Store


@dataclass(frozen=True)
class Summary:
    """Readiness per topic, every practised item's card, what is due today and what to do next."""

    topics: list[TopicReadiness]
    cards: dict[str, schedule.ItemCard]
    due: list[schedule.ItemCard]
    ranking: list[str]


def summarise(data: charts.ProgressData, bank: Bank, now: float) -> Summary:
    """Return the summary of a (possibly filtered) history at time `now`."""
    moment = datetime.fromtimestamp(now, tz=UTC)
    topics = readiness(data.rounds, pd.Timestamp(moment).tz_localize(None))
    cards = schedule.cards(data.rounds, moment)
    return Summary(topics, cards, schedule.due_today(cards, moment),
                   schedule.ranking(bank, cards, topics, moment))


def due_frame(due: list[schedule.ItemCard]) -> pd.DataFrame:
    """Return the due list as a table."""
    return pd.DataFrame([{"item": c.item_id, "kind": c.kind, "title": c.title, "reviews": c.reviews,
                          "last score": f"{c.last_percent:.0f}%", "last rating": c.last_rating.name,
                          "recall": f"{100 * c.retrievability:.0f}%", "due": c.due.strftime("%Y-%m-%d")}
                         for c in due], columns=["item", "kind", "title", "reviews", "last score",
                                                 "last rating", "recall", "due"])


def progress_text(store: Store, bank: Bank, now: float) -> str:
    """Return the readiness table and the due list as plain text for the terminal."""
    data = charts.load_from(store, bank, now)
    if data.rounds.empty:
        return "No rounds yet: finish a loop first (`mockloop serve`)."
    summary = summarise(data, bank, now)
    ready = readiness_frame(summary.topics).drop(columns=["score"])
    lines = ["Readiness by topic (recency-weighted; fewer than 3 attempts is not enough evidence):",
             ready.to_string(index=False), ""]
    if summary.due:
        lines += [f"Due today ({len(summary.due)}):", due_frame(summary.due).to_string(index=False)]
    else:
        lines.append("Nothing is due today.")
    return "\n".join(lines)
