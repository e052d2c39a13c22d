"""The names of every state the app stores or shows, in one place.

Each is a `StrEnum`, so a member compares equal to (and is stored as) its plain string value:
rows written before these enums existed read back unchanged.
"""

from __future__ import annotations

from enum import StrEnum


class Mode(StrEnum):
    """How a session runs: a timed interview loop or one untimed practice item."""

    INTERVIEW = "interview"
    PRACTICE = "practice"


class Role(StrEnum):
    """Who is acting in a session."""

    CANDIDATE = "candidate"
    INTERVIEWER = "interviewer"


class Phase(StrEnum):
    """Where a session stands as the interview page draws it."""

    WAITING = "waiting"  # a pair loop whose interviewer has not joined: no clock runs yet
    ANSWERING = "answering"  # the current round is running
    BETWEEN = "between"  # the current round has ended, the next has not started
    FINISHED = "finished"


class EndReason(StrEnum):
    """Why a round ended."""

    SUBMITTED = "submitted"
    LOCKED = "locked"
    TIMEOUT = "timeout"
    FINISHED = "finished"  # the candidate ended the whole loop early
    ENDED_BY_INTERVIEWER = "ended by interviewer"
    ABANDONED = "abandoned"
    NOT_REACHED = "not reached"


class RoundKind(StrEnum):
    """What a round asks."""

    CODING = "coding"
    ML_CODING = "ml_coding"
    CONCEPT = "concept"
    DESIGN = "design"

    @property
    def is_coding(self) -> bool:
        return self in (RoundKind.CODING, RoundKind.ML_CODING)


class AttemptKind(StrEnum):
    """A Run grades the visible tests; a Submit grades them all and ends the round."""

    RUN = "run"
    SUBMIT = "submit"


class AttemptStatus(StrEnum):
    """The life of a grade: written `queued` before any work, then `running`, then an end state."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"  # graded: the report says pass, fail or error
    ERROR = "error"  # the grader itself failed; the message says why
    CANCELLED = "cancelled"

    @property
    def pending(self) -> bool:
        return self in (AttemptStatus.QUEUED, AttemptStatus.RUNNING)


class Outcome(StrEnum):
    """How a finished session ended: only completed ones are scored."""

    COMPLETED = "completed"
    ABANDONED = "abandoned"
