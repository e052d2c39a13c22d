"""Pair mode in the store: participants and their tokens, hints given, notes, blind scores."""

from __future__ import annotations

import uuid

from sqlalchemy import Engine, text

from app.store import grouping
from app.store.records import NoteRecord, ParticipantRecord

PARTICIPANT_COLUMNS = "id, session_id, role, token, joined_at"
Gap = tuple[str | None, str | None, float | None]  # self level, partner level, partner minus self


class PairQueries:
    """The pair-mode methods of the Store (mixed into it; needs `self.engine`)."""

    engine: Engine

    def add_participant(self, session_id: str, role: str, token: str, at: float) -> ParticipantRecord:
        """Record someone joining a session in a role, with their secret token."""
        record = ParticipantRecord(uuid.uuid4().hex, session_id, role, token, at)
        with self.engine.begin() as conn:
            conn.execute(text(f"INSERT INTO participants ({PARTICIPANT_COLUMNS})"
                              " VALUES (:id, :session_id, :role, :token, :joined_at)"), vars(record))
        return record

    def participant_by_token(self, token: str) -> ParticipantRecord | None:
        """Return the participant holding this token, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(text(f"SELECT {PARTICIPANT_COLUMNS} FROM participants WHERE token = :t"),
                               {"t": token}).mappings().first()
        return ParticipantRecord(**row) if row else None

    def participants(self, session_id: str) -> list[ParticipantRecord]:
        """Return a session's participants in the order they joined."""
        with self.engine.connect() as conn:
            rows = conn.execute(text(f"SELECT {PARTICIPANT_COLUMNS} FROM participants"
                                     " WHERE session_id = :s ORDER BY joined_at, id"),
                                {"s": session_id}).mappings().all()
        return [ParticipantRecord(**r) for r in rows]

    def session_by_join_code(self, code: str) -> str | None:
        """Return the running pair session with this join code, or None."""
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT id FROM loop_sessions WHERE join_code = :c AND pair = 1"
                                     " AND finished_at IS NULL"), {"c": code}).scalar()

    def hint_givers(self, session_id: str) -> dict[int, list[str]]:
        """Return, per round, who revealed each hint, in ladder order."""
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT round_idx, given_by FROM hint_reveals WHERE session_id = :s"
                                     " ORDER BY round_idx, step"), {"s": session_id}).all()
        return grouping.listed(rows)

    def add_note(self, session_id: str, idx: int, author: str, at: float, body: str) -> None:
        """Keep an interviewer's private note."""
        with self.engine.begin() as conn:
            conn.execute(text("INSERT INTO interviewer_notes (id, session_id, round_idx, author, at, body)"
                              " VALUES (:id, :s, :i, :a, :at, :b)"),
                         {"id": uuid.uuid4().hex, "s": session_id, "i": idx, "a": author, "at": at,
                          "b": body})

    def notes(self, session_id: str) -> list[NoteRecord]:
        """Return a session's interviewer notes, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT id, session_id, round_idx, author, at, body"
                                     " FROM interviewer_notes WHERE session_id = :s ORDER BY at, id"),
                                {"s": session_id}).mappings().all()
        return [NoteRecord(**r) for r in rows]

    def submit_scores(self, session_id: str, idx: int, scorer: str, at: float) -> None:
        """Record that a scorer has handed in their scores for a round (blind until both have)."""
        with self.engine.begin() as conn:
            conn.execute(text("INSERT INTO score_submissions (session_id, round_idx, scorer, at)"
                              " VALUES (:s, :i, :scorer, :at)"
                              " ON CONFLICT (session_id, round_idx, scorer) DO NOTHING"),
                         {"s": session_id, "i": idx, "scorer": scorer, "at": at})

    def score_submissions(self, session_id: str) -> dict[int, set[str]]:
        """Return, per round, which scorers have handed in their scores."""
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT round_idx, scorer FROM score_submissions WHERE session_id = :s"),
                                {"s": session_id}).all()
        return grouping.collected(rows)

    def save_calibration(self, session_id: str, idx: int, gaps: dict[int, Gap], at: float) -> None:
        """Store, per criterion, the self and partner levels and the gap between them."""
        with self.engine.begin() as conn:
            for criterion, (self_level, partner_level, gap) in gaps.items():
                conn.execute(text(
                    "INSERT INTO calibration_gaps (session_id, round_idx, criterion, self_level,"
                    " partner_level, gap, at) VALUES (:s, :i, :c, :sl, :pl, :g, :at)"
                    " ON CONFLICT (session_id, round_idx, criterion) DO UPDATE SET"
                    " self_level = excluded.self_level, partner_level = excluded.partner_level,"
                    " gap = excluded.gap, at = excluded.at"),
                    {"s": session_id, "i": idx, "c": criterion, "sl": self_level, "pl": partner_level,
                     "g": gap, "at": at})

    def calibration(self, session_id: str) -> dict[int, dict[int, float | None]]:
        """Return, per round and criterion, the stored gap (partner minus self, in levels' fractions)."""
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT round_idx, criterion, gap FROM calibration_gaps"
                                     " WHERE session_id = :s"), {"s": session_id}).all()
        return grouping.keyed(rows)

    def unfinished_sessions(self, mode: str) -> list[str]:
        """Return the ids of sessions of this mode that have not finished, newest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT id FROM loop_sessions WHERE mode = :m AND finished_at IS NULL"
                                     " ORDER BY started_at DESC"), {"m": mode}).all()
        return [r[0] for r in rows]
