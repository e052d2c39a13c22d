"""Plain records read from the database; the session logic works on these, never on rows."""

from __future__ import annotations

from dataclasses import dataclass

from app.grading.report import GradeReport


@dataclass(frozen=True)
class SessionRecord:
    """One interview loop or practice session as stored."""

    id: str
    mode: str
    loop_id: str
    title: str
    spec_json: str
    started_at: float
    budget_s: float | None
    current_round: int
    finished_at: float | None
    paused_at: float | None
    paused_total_s: float


@dataclass(frozen=True)
class RoundRecord:
    """One round of a session: what it asks, its budget, when it ran and what was handed in."""

    session_id: str
    idx: int
    kind: str
    item_id: str
    budget_s: float
    started_at: float | None
    ended_at: float | None
    end_reason: str | None
    code: str | None
    code_saved_at: float | None
    answer: str | None

    @property
    def is_coding(self) -> bool:
        return self.kind in ("coding", "ml_coding")

    @property
    def active(self) -> bool:
        return self.started_at is not None and self.ended_at is None


@dataclass(frozen=True)
class AttemptRecord:
    """A Run (visible tests) or Submit (all tests) with the code it graded and the report."""

    id: str
    session_id: str
    round_idx: int
    kind: str
    at: float
    automatic: bool
    source: str
    passed: int
    total: int
    report: GradeReport


@dataclass(frozen=True)
class SnapshotRecord:
    """A saved copy of the editor's code and why it was saved."""

    round_idx: int
    at: float
    reason: str
    source: str
