"""The Store: every read and write the app makes, as small typed methods over one engine."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from app.store import grouping
from app.store.attempts import AttemptQueries
from app.store.drafts import DraftQueries
from app.store.engine import make_engine
from app.store.errors import StoreError, store_error
from app.store.flags import FlagQueries
from app.store.migrations import migrate
from app.store.pairs import PairQueries
from app.store.records import RoundRecord, SessionRecord, SnapshotRecord
from app.store.results import ResultQueries

SESSION_FIELDS = set(SessionRecord.__dataclass_fields__) - {"id"}
ROUND_FIELDS = set(RoundRecord.__dataclass_fields__) - {"session_id", "idx"}
# Reads name their columns, so a column added by a later migration cannot break a record.
SESSION_COLUMNS = ", ".join(SessionRecord.__dataclass_fields__)
ROUND_COLUMNS = ", ".join(RoundRecord.__dataclass_fields__)


def open_store(url: str) -> Store:
    """Connect to `url`, bring its schema up to date and return a Store on it.

    Raise StoreError, with one line saying what is wrong and what to do, when it cannot be used.
    """
    engine = None
    try:
        engine = make_engine(url)
        migrate(engine)
        with engine.connect() as conn:
            # Reading a row proves the tables are usable, not merely listed.
            conn.execute(text(f"SELECT {SESSION_COLUMNS} FROM loop_sessions LIMIT 1")).all()
            conn.execute(text(f"SELECT {ROUND_COLUMNS} FROM rounds LIMIT 1")).all()
    except Exception as exc:
        if engine is not None:
            engine.dispose()
        if isinstance(exc, StoreError):
            raise
        if isinstance(exc, SQLAlchemyError | OSError | ImportError | ValueError):
            raise store_error(url, exc) from exc
        raise
    return Store(engine)


def new_id() -> str:
    """Return a fresh random id (text ids keep the schema portable across databases)."""
    return uuid.uuid4().hex


class Store(AttemptQueries, DraftQueries, FlagQueries, PairQueries, ResultQueries):
    """Repository over the session tables; each method is one short transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def create_session(self, record: SessionRecord, rounds: Iterable[RoundRecord]) -> None:
        """Insert a session and all its rounds together."""
        with self.engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO loop_sessions (id, mode, loop_id, title, spec_json, started_at, budget_s,"
                " current_round, finished_at, paused_at, paused_total_s, pair, join_code, outcome)"
                " VALUES (:id, :mode, :loop_id, :title, :spec_json, :started_at, :budget_s,"
                " :current_round, :finished_at, :paused_at, :paused_total_s, :pair, :join_code,"
                " :outcome)"), vars(record))
            for r in rounds:
                conn.execute(text(
                    "INSERT INTO rounds (session_id, idx, kind, item_id, budget_s, started_at, ended_at,"
                    " end_reason, code, code_saved_at, answer) VALUES (:session_id, :idx, :kind, :item_id,"
                    " :budget_s, :started_at, :ended_at, :end_reason, :code, :code_saved_at, :answer)"),
                    vars(r))

    def session(self, session_id: str) -> SessionRecord | None:
        """Return the session with this id, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(text(f"SELECT {SESSION_COLUMNS} FROM loop_sessions WHERE id = :id"),
                               {"id": session_id}).mappings().first()
        return SessionRecord(**row) if row else None

    def sessions(self, limit: int = 200) -> list[SessionRecord]:
        """Return the most recent sessions first."""
        with self.engine.connect() as conn:
            rows = conn.execute(text(f"SELECT {SESSION_COLUMNS} FROM loop_sessions"
                                     " ORDER BY started_at DESC LIMIT :n"), {"n": limit}).mappings().all()
        return [SessionRecord(**row) for row in rows]

    def update_session(self, session_id: str, **values: Any) -> None:
        """Set the given columns of one session."""
        _check_fields(values, SESSION_FIELDS)
        sets = ", ".join(f"{k} = :{k}" for k in values)
        with self.engine.begin() as conn:
            conn.execute(text(f"UPDATE loop_sessions SET {sets} WHERE id = :id"),
                         {**values, "id": session_id})

    def rounds(self, session_id: str) -> list[RoundRecord]:
        """Return the rounds of a session in order."""
        with self.engine.connect() as conn:
            rows = conn.execute(text(f"SELECT {ROUND_COLUMNS} FROM rounds WHERE session_id = :s"
                                     " ORDER BY idx"), {"s": session_id}).mappings().all()
        return [RoundRecord(**row) for row in rows]

    def update_round(self, session_id: str, idx: int, only_if_open: bool = False, **values: Any) -> bool:
        """Set columns of one round; with `only_if_open`, only while it has not ended. Return success."""
        _check_fields(values, ROUND_FIELDS)
        sets = ", ".join(f"{k} = :{k}" for k in values)
        guard = " AND ended_at IS NULL" if only_if_open else ""
        with self.engine.begin() as conn:
            result = conn.execute(
                text(f"UPDATE rounds SET {sets} WHERE session_id = :s AND idx = :i{guard}"),
                {**values, "s": session_id, "i": idx})
        return result.rowcount == 1

    def add_snapshot(self, session_id: str, idx: int, at: float, reason: str, source: str) -> None:
        """Keep a copy of the code as it was at `at`."""
        with self.engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO code_snapshots (id, session_id, round_idx, at, reason, source)"
                " VALUES (:id, :s, :i, :at, :reason, :source)"),
                {"id": new_id(), "s": session_id, "i": idx, "at": at, "reason": reason, "source": source})

    def snapshots(self, session_id: str, idx: int | None = None) -> list[SnapshotRecord]:
        """Return the code snapshots of a session (optionally one round's) oldest first."""
        where, params = _round_filter(session_id, idx)
        with self.engine.connect() as conn:
            rows = conn.execute(text(
                f"SELECT round_idx, at, reason, source FROM code_snapshots WHERE {where} ORDER BY at"),
                params).mappings().all()
        return [SnapshotRecord(**row) for row in rows]

    def last_snapshot_at(self, session_id: str, idx: int) -> float | None:
        """Return when the round's code was last snapshotted, or None."""
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT MAX(at) FROM code_snapshots WHERE session_id = :s"
                                     " AND round_idx = :i"), {"s": session_id, "i": idx}).scalar()

    def add_hint(self, session_id: str, idx: int, step: int, at: float, given_by: str = "candidate") -> None:
        """Record that hint `step` of a round was revealed (a second reveal of it changes nothing)."""
        with self.engine.begin() as conn:
            conn.execute(text("INSERT INTO hint_reveals (session_id, round_idx, step, at, given_by)"
                              " VALUES (:s, :i, :step, :at, :by)"
                              " ON CONFLICT (session_id, round_idx, step) DO NOTHING"),
                         {"s": session_id, "i": idx, "step": step, "at": at, "by": given_by})

    def hints(self, session_id: str) -> dict[int, list[float]]:
        """Return, per round, the reveal times of its hints in ladder order."""
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT round_idx, at FROM hint_reveals WHERE session_id = :s"
                                     " ORDER BY round_idx, step"), {"s": session_id}).all()
        return grouping.listed(rows)

    def set_rubric_score(self, session_id: str, idx: int, criterion: int, level: str, at: float,
                         scorer: str = "candidate") -> None:
        """Store (or replace) the level one scorer gave one rubric criterion; the last click wins."""
        with self.engine.begin() as conn:
            conn.execute(text("INSERT INTO rubric_scores (session_id, round_idx, scorer, criterion, level,"
                              " at) VALUES (:s, :i, :scorer, :c, :level, :at)"
                              " ON CONFLICT (session_id, round_idx, scorer, criterion)"
                              " DO UPDATE SET level = excluded.level, at = excluded.at"),
                         {"s": session_id, "i": idx, "c": criterion, "level": level, "at": at,
                          "scorer": scorer})

    def rubric_scores(self, session_id: str, scorer: str = "candidate") -> dict[int, dict[int, str]]:
        """Return, per round, the level one scorer (the candidate by default) gave each criterion."""
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT round_idx, criterion, level FROM rubric_scores"
                                     " WHERE session_id = :s AND scorer = :scorer"),
                                {"s": session_id, "scorer": scorer}).all()
        return grouping.keyed(rows)


def _round_filter(session_id: str, idx: int | None) -> tuple[str, dict[str, Any]]:
    if idx is None:
        return "session_id = :s", {"s": session_id}
    return "session_id = :s AND round_idx = :i", {"s": session_id, "i": idx}


def _check_fields(values: dict[str, Any], allowed: set[str]) -> None:
    # Column names are interpolated into SQL, so only known ones may pass.
    unknown = set(values) - allowed
    if unknown or not values:
        raise ValueError(f"cannot update columns {sorted(unknown) or '(none)'}")
