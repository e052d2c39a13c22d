"""A synthetic practice history (fixed seed) for tests and the benchmark: sessions, rounds, results.

Each item follows its own line from `start` to `end` share of the points over the history, with
a little noise, so a test can make one topic improve and another stay stuck.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

from app.content.schema import LoopSpec, RoundSpec
from app.states import EndReason, Mode
from app.store.records import RoundRecord, SessionRecord
from app.store.repository import Store, new_id
from app.store.results import CANDIDATE, RoundResult

DAY = 86400.0
TESTS = 10


@dataclass(frozen=True)
class SyntheticItem:
    """One item of the synthetic history and how its scores move over time."""

    item_id: str
    kind: str
    topics: tuple[str, ...]
    start: float  # share of the points at the beginning of the history
    end: float  # share of the points at the end
    minutes: int = 20
    title: str = ""


def build_history(store: Store, items: list[SyntheticItem], sessions: int, first_day: float, days: float,
                  rounds_per_session: int = 2, seed: int = 7, noise: float = 0.05,
                  loop_id: str = "synthetic-loop") -> list[str]:
    """Write `sessions` finished loops spread over `days` from `first_day`; return their ids."""
    rng = random.Random(seed)
    ids = []
    for n in range(sessions):
        progress = n / max(1, sessions - 1)
        started = first_day + progress * days * DAY
        chosen = items if rounds_per_session >= len(items) else rng.sample(items, rounds_per_session)
        ids.append(_session(store, chosen, started, progress, rng, noise, loop_id))
    return ids


def _session(store: Store, items: list[SyntheticItem], started: float, progress: float, rng: random.Random,
             noise: float, loop_id: str) -> str:
    loop = LoopSpec(id=loop_id, title="Synthetic loop", minutes=sum(i.minutes for i in items),
                    rounds=[RoundSpec(kind=i.kind, minutes=i.minutes, ids=[i.item_id]) for i in items])
    session_id = new_id()
    at = started
    rounds, results = [], []
    for idx, item in enumerate(items):
        share = min(1.0, max(0.0, item.start + (item.end - item.start) * progress + rng.gauss(0, noise)))
        budget = item.minutes * 60.0
        used = budget * min(1.0, max(0.2, 1.1 - share * 0.6 + rng.gauss(0, 0.05)))
        hints = 0 if share > 0.8 else (1 if share > 0.5 else 2)
        rounds.append(RoundRecord(session_id=session_id, idx=idx, kind=item.kind, item_id=item.item_id,
                                  budget_s=budget, started_at=at, ended_at=at + used,
                                  end_reason=str(EndReason.SUBMITTED), code=None, code_saved_at=None,
                                  answer="an answer"))
        coding = item.kind in ("coding", "ml_coding")
        passed = round(share * TESTS)
        points, max_points = (float(passed), float(TESTS)) if coding else (round(share * 10, 2), 10.0)
        results.append(RoundResult(
            session_id=session_id, round_idx=idx, kind=item.kind, item_id=item.item_id, budget_s=budget,
            title=item.title or item.item_id, topics=item.topics, ended_at=at + used, used_s=used,
            hints_used=hints if coding else 0, hints_total=3 if coding else 0,
            runs=rng.randint(0, 4) if coding else 0, tests_passed=passed if coding else None,
            tests_total=TESTS if coding else None, first_submit_pass=(passed == TESTS) if coding else None,
            rubric=None if coding else {"criteria": [{"text": "the point", "points": 10}], "pitfalls": []},
            points=points, max_points=max_points, recorded_at=at + used,
            scores={CANDIDATE: (points, max_points)}))
        at += used + 30
    store.create_session(SessionRecord(
        id=session_id, mode=str(Mode.INTERVIEW), loop_id=loop_id, title=loop.title,
        spec_json=json.dumps(loop.model_dump()), started_at=started, budget_s=loop.minutes * 60.0,
        current_round=len(items) - 1, finished_at=at, paused_at=None, paused_total_s=0.0), rounds)
    for result in results:
        store.save_round_result(result)
    return session_id
