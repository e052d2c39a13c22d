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
    pair: int = 0  # 1 when a partner can join as interviewer
    join_code: str | None = None
    outcome: str | None = None  # "completed" or "abandoned" once finished


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
    # Bumped on every save, so a tab that saves over code it never saw is told, not obeyed.
    code_version: int = 0
    answer_version: int = 0
    follow_ups_shown: int = 0  # solo concept rounds: probes shown after the answer was locked

    @property
    def is_coding(self) -> bool:
        return self.kind in ("coding", "ml_coding")

    @property
    def active(self) -> bool:
        return self.started_at is not None and self.ended_at is None


@dataclass(frozen=True)
class AttemptRecord:
    """A Run (visible tests) or Submit (all tests): the code it grades, its status and its report.

    The row exists from the moment the candidate asks (`queued`); `report` is None until the
    grade is `done`, and `error` says why when it ended `error` or `cancelled`.
    """

    id: str
    session_id: str
    round_idx: int
    kind: str
    at: float
    automatic: bool
    source: str
    passed: int | None
    total: int | None
    report: GradeReport | None
    status: str = "done"
    error: str | None = None
    started_at: float | None = None
    finished_at: float | None = None

    @property
    def pending(self) -> bool:
        """Return whether the attempt is still waiting for or being graded."""
        return self.status in ("queued", "running")

    @property
    def graded(self) -> bool:
        """Return whether a report is in."""
        return self.status == "done" and self.report is not None


@dataclass(frozen=True)
class SnapshotRecord:
    """A saved copy of the editor's code and why it was saved."""

    round_idx: int
    at: float
    reason: str
    source: str


@dataclass(frozen=True)
class ParticipantRecord:
    """Someone acting in a session: the candidate or an interviewer, with their secret token."""

    id: str
    session_id: str
    role: str
    token: str
    joined_at: float


@dataclass(frozen=True)
class NoteRecord:
    """A private, timestamped note an interviewer took during a round."""

    id: str
    session_id: str
    round_idx: int
    author: str
    at: float
    body: str
