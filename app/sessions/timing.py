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

    @property
    def warning(self) -> str | None:
        """Return '1 minute left' or '5 minutes left' when the nearest deadline is that close."""
        left = [t for t in (self.round_remaining_s, self.loop_remaining_s) if t is not None]
        if not left:
            return None
        nearest = min(left)
        if nearest <= 0:
            return "Time is up"
        for limit in WARN_AT_S:
            if nearest <= limit:
                return f"{int(limit // 60)} minute{'s' if limit > 60 else ''} left"
        return None


def paused_seconds(session: SessionRecord, now: float) -> float:
    """Return how long the session has been paused in total up to `now`."""
    running = (now - session.paused_at) if session.paused_at is not None else 0.0
    return session.paused_total_s + running


def loop_deadline(session: SessionRecord) -> float | None:
    """Return when the whole loop ends, or None for an untimed practice session."""
    if session.budget_s is None:
        return None
    return session.started_at + session.budget_s


def round_deadline(session: SessionRecord, rnd: RoundRecord) -> float | None:
    """Return when a started round ends: its own budget, never past the loop's end."""
    whole = loop_deadline(session)
    if whole is None or rnd.started_at is None:
        return None
    return min(rnd.started_at + rnd.budget_s, whole)


def clockface(session: SessionRecord, rnd: RoundRecord, now: float) -> Clockface:
    """Return the remaining (or, in practice, elapsed) time at `now`."""
    end = session.finished_at if session.finished_at is not None else now
    elapsed = max(0.0, end - session.started_at - paused_seconds(session, end))
    whole = loop_deadline(session)
    if whole is None:
        return Clockface(None, None, elapsed, paused=session.paused_at is not None)
    loop_left = max(0.0, whole - end)
    deadline = round_deadline(session, rnd)
    if deadline is None or rnd.ended_at is not None:
        return Clockface(None, loop_left, elapsed)
    return Clockface(max(0.0, deadline - end), loop_left, elapsed)


def format_seconds(seconds: float) -> str:
    """Return mm:ss (or h:mm:ss) for a countdown, rounding up so 0:00 means really over."""
    whole = int(-(-max(seconds, 0.0) // 1))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
