"""What to practise next: one FSRS card per problem and per question, replayed from stored results.

Every ended round is one review of its item's card, at the time the round ended, with a rating
from `rating` (the mapping is documented in the README's Progress section). Cards are rebuilt
from the results each time (no scheduler state is stored), with the `fsrs` package's default
parameters, no learning steps (a round is a day's practice, not a flash card seen twice in ten
minutes) and no fuzzing, so the same history always gives the same due dates.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pandas as pd
from fsrs import Card, Rating, Scheduler

from app.content.assembly import assemble, item_minutes
from app.content.loader import Bank
from app.content.schema import LoopSpec, RoundSpec, Selection
from app.progress.readiness import TopicReadiness

# Below these shares of the round's points the rating is Again, Hard, Good; at or above the last, Easy.
AGAIN_BELOW, HARD_BELOW, GOOD_BELOW = 0.5, 0.75, 0.95
EASY_MAX_TIME = 0.6  # Easy needs the round done in at most this share of its budget, with no hint
WEAK_BELOW = 70.0  # a topic whose readiness is below this percent is weak
LOOP_ROUNDS = 3
MAX_ROUND_MINUTES = 120


def scheduler() -> Scheduler:
    """Return the scheduler every card is replayed with."""
    return Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


def performance(row: Mapping[str, Any]) -> float:
    """Return the round's share of its points: tests passed for code, the rubric for answers.

    A partner's score, where one exists, is averaged in for code and replaces the self score
    for answers (the interviewer's view of an answer is the better evidence).
    """
    partner = row.get("partner_percent")
    has_partner = _known(partner)
    if row["kind"] in ("coding", "ml_coding"):
        total = row.get("tests_total")
        tests = float(row["tests_passed"]) / float(total) if _known(total) and total > 0 else 0.0
        return (tests + float(partner) / 100.0) / 2 if has_partner else tests
    return float(partner) / 100.0 if has_partner else float(row["percent"]) / 100.0


def rating(row: Mapping[str, Any]) -> Rating:
    """Return the FSRS rating of one round from its points, its time against budget and its hints."""
    share = performance(row)
    time_share = float(row["used_min"]) / float(row["budget_min"]) if row["budget_min"] else 1.0
    hints = int(row.get("hints_used") or 0)
    if share < AGAIN_BELOW:
        grade = Rating.Again
    elif share < HARD_BELOW:
        grade = Rating.Hard
    elif share < GOOD_BELOW:
        grade = Rating.Good
    else:
        grade = Rating.Easy
    if grade == Rating.Easy and (hints > 0 or time_share > EASY_MAX_TIME):
        grade = Rating.Good
    if grade > Rating.Again and (time_share >= 1.0 or hints >= 2):
        grade = Rating(grade - 1)  # ran out the clock or leaned on the hint ladder
    return grade


@dataclass(frozen=True)
class ItemCard:
    """One item's card after replaying its rounds."""

    item_id: str
    kind: str
    title: str
    card: Card
    reviews: int
    last_rating: Rating
    last_percent: float
    retrievability: float

    @property
    def due(self) -> datetime:
        return self.card.due


def card_id(item_id: str) -> int:
    """Return a stable integer id for an item's card."""
    return int(hashlib.sha1(item_id.encode()).hexdigest()[:12], 16)


def cards(rounds: pd.DataFrame, now: datetime) -> dict[str, ItemCard]:
    """Replay every practised item's rounds in time order; return its card as of `now`."""
    sched = scheduler()
    found: dict[str, ItemCard] = {}
    if rounds.empty:
        return found
    columns = ["item_id", "kind", "title", "at", "tests_passed", "tests_total", "percent",
               "partner_percent", "used_min", "budget_min", "hints_used"]
    by_item: dict[str, list[dict]] = {}
    for row in rounds.sort_values("at")[columns].to_dict("records"):
        by_item.setdefault(str(row["item_id"]), []).append(row)
    for item_id, rows in by_item.items():
        card = Card(card_id=card_id(item_id))
        grade = Rating.Good
        for row in rows:
            grade = rating(row)
            card, _log = sched.review_card(card, grade, datetime.fromtimestamp(float(row["at"]), tz=UTC))
        last = rows[-1]
        found[item_id] = ItemCard(item_id, str(last["kind"]), str(last["title"]), card, len(rows), grade,
                                  float(last["percent"]), sched.get_card_retrievability(card, now))
    return found


def due_today(item_cards: dict[str, ItemCard], now: datetime) -> list[ItemCard]:
    """Return the cards due by the end of `now`'s day, least remembered first."""
    end = datetime(now.year, now.month, now.day, tzinfo=UTC) + timedelta(days=1)
    due = [c for c in item_cards.values() if c.due < end]
    return sorted(due, key=lambda c: (c.retrievability, c.due, c.item_id))


def ranking(bank: Bank, item_cards: dict[str, ItemCard], topics: list[TopicReadiness],
            now: datetime) -> list[str]:
    """Return item ids best first: due cards, then items of weak topics (untried first), then the
    rest of what was practised by how little of it is remembered."""
    order = [c.item_id for c in due_today(item_cards, now) if _in_bank(bank, c.item_id)]
    weak = [t.topic for t in topics if t.score is not None and t.score < WEAK_BELOW]
    by_topic: dict[str, list[str]] = {}
    for item_id, item_topics in _item_topics(bank):
        for topic in item_topics:
            by_topic.setdefault(topic, []).append(item_id)
    listed = set(order)
    for topic in weak:
        of_topic = [i for i in by_topic.get(topic, []) if i not in listed]
        listed.update(of_topic)
        order += sorted(of_topic, key=lambda i: (i in item_cards, item_cards[i].retrievability
                                                 if i in item_cards else 0.0, i))
    rest = sorted((c for c in item_cards.values() if c.item_id not in listed and _in_bank(bank, c.item_id)),
                  key=lambda c: (c.retrievability, c.item_id))
    return order + [c.item_id for c in rest]


def next_loop(bank: Bank, ranked: list[str], rounds: int = LOOP_ROUNDS) -> LoopSpec | None:
    """Return a loop of the best-ranked items (one round each), or None when nothing is ranked."""
    top: list[str] = []
    for item_id in ranked:
        minutes = item_minutes(bank, item_id) if _in_bank(bank, item_id) else MAX_ROUND_MINUTES + 1
        if minutes <= MAX_ROUND_MINUTES and sum(item_minutes(bank, i) for i in top) + minutes <= 240:
            top.append(item_id)
        if len(top) == rounds:
            break
    if not top:
        return None
    specs = [RoundSpec(kind=_kind(bank, i), minutes=item_minutes(bank, i), select=Selection()) for i in top]
    draft = LoopSpec(id="weak-and-due", title="Weak and due", minutes=min(240, sum(s.minutes for s in specs)),
                     rounds=specs)
    planned = assemble(bank, draft, ranking=ranked)
    fixed = [RoundSpec(kind=p.kind, minutes=p.minutes, ids=[p.item_id]) for p in planned]
    return LoopSpec(id="weak-and-due", title="My weak and due items",
                    description="Built from the items due for review and the weakest topics",
                    minutes=min(240, sum(r.minutes for r in fixed)), rounds=fixed)


def _known(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def _in_bank(bank: Bank, item_id: str) -> bool:
    return item_id in bank.problems or item_id in bank.questions


def _kind(bank: Bank, item_id: str) -> str:
    if item_id in bank.problems:
        return bank.problems[item_id].manifest.kind
    return bank.questions[item_id].kind


def _item_topics(bank: Bank):
    for p in bank.problems.values():
        yield p.id, p.manifest.topics
    for q in bank.questions.values():
        yield q.id, q.topics
