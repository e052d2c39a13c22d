"""Deadlines and remaining time, computed from stored start times and budgets only."""

from __future__ import annotations

from dataclasses import dataclass

from app.store.records import RoundRecord, SessionRecord

WARN_AT_S = (60.0, 300.0)


@dataclass(frozen=True)
class Clockface:
    """What the countdown shows: time left in the round and loop, or time spent in practice."""

    round_remaining_s: float | None
    loop_remaining_s: float | None
    elapsed_s: float
    paused: bool = False
    round_budget_s: float | None = None

    @property
    def warning(self) -> str | None:
        """Return '1 minute left' or '5 minutes left' when the nearest deadline is that close."""
        nearest = self.round_remaining_s
        if nearest is None:
            return None
        if nearest <= 0:
            return "Time is up"
        for limit in WARN_AT_S:
            # A 5-minute round does not start with "5 minutes left": warn only once time has passed.
            budget = self.round_budget_s
            if nearest <= limit and (budget is None or budget > limit + 1):
                return f"{int(limit // 60)} minute{'s' if limit > 60 else ''} left"
        return None


def paused_seconds(session: SessionRecord, now: float) -> float:
    """Return how long the session has been paused in total up to `now`."""
    running = (now - session.paused_at) if session.paused_at is not None else 0.0
    return session.paused_total_s + running


def round_used_s(rnd: RoundRecord, now: float) -> float:
    """Return how much of its budget a round has used (time between rounds is never counted)."""
    if rnd.started_at is None:
        return 0.0
    end = rnd.ended_at if rnd.ended_at is not None else now
    return min(max(0.0, end - rnd.started_at), rnd.budget_s)


def loop_deadline(session: SessionRecord) -> float | None:
    """Return the latest moment the loop could end, or None for an untimed practice session.

    The loop's clock runs only inside rounds, so this is a bound, not the moment it ends.
    """
    if session.budget_s is None:
        return None
    return session.started_at + session.budget_s


def round_deadline(session: SessionRecord, rnd: RoundRecord) -> float | None:
    """Return when a started round ends: its own full budget from the moment it started."""
    if session.budget_s is None or rnd.started_at is None:
        return None
    return rnd.started_at + rnd.budget_s


def clockface(session: SessionRecord, rnd: RoundRecord, now: float,
              rounds: list[RoundRecord] | None = None) -> Clockface:
    """Return the remaining (or, in practice, elapsed) time at `now`.

    The loop's time left is its round time left: the budgets of the rounds not yet ended minus
    what the running round has used, so reading results between rounds costs nothing.
    """
    end = session.finished_at if session.finished_at is not None else now
    if session.budget_s is None and rnd.ended_at is not None:
        end = min(end, rnd.ended_at)  # a practice clock stops when its one round is handed in
    elapsed = max(0.0, end - session.started_at - paused_seconds(session, end))
    if session.budget_s is None:
        return Clockface(None, None, elapsed, paused=session.paused_at is not None)
    rounds = rounds if rounds is not None else [rnd]
    if session.finished_at is not None:
        loop_left = 0.0
    else:
        loop_left = sum(r.budget_s - round_used_s(r, end) for r in rounds
                        if r.ended_at is None and r.end_reason is None)
    deadline = round_deadline(session, rnd)
    if deadline is None or rnd.ended_at is not None:
        return Clockface(None, max(0.0, loop_left), elapsed)
    return Clockface(max(0.0, deadline - end), max(0.0, loop_left), elapsed,
                     round_budget_s=rnd.budget_s)


def format_seconds(seconds: float) -> str:
    """Return mm:ss (or h:mm:ss) for a countdown, rounding up so 0:00 means really over."""
    whole = int(-(-max(seconds, 0.0) // 1))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
