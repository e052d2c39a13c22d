"""Code replay: a round's code at each saved moment (autosaves, Runs, the Submit) with its Run result."""

from __future__ import annotations

from dataclasses import dataclass

from app.store.records import AttemptRecord, RoundRecord
from app.store.repository import Store


@dataclass(frozen=True)
class ReplayFrame:
    """One moment of a round: the code then, and the Run (or Submit) made then or last before it."""

    at: float
    offset_s: float
    reason: str  # "autosave", "run", "submit"
    source: str
    attempt: AttemptRecord | None = None
    attempt_is_now: bool = False  # False when `attempt` is an earlier Run, shown for context

    @property
    def label(self) -> str:
        minutes, seconds = divmod(int(max(0.0, self.offset_s)), 60)
        return f"{minutes:02d}:{seconds:02d} {self.reason}"


def replay(store: Store, rnd: RoundRecord) -> list[ReplayFrame]:
    """Return the round's moments in time order (empty when nothing was saved)."""
    start = rnd.started_at or 0.0
    attempts = store.attempts(rnd.session_id, rnd.idx)
    moments: list[tuple[float, str, str, AttemptRecord | None]] = []
    unmatched = list(attempts)
    for snap in store.snapshots(rnd.session_id, rnd.idx):
        own = next((a for a in unmatched if a.kind == snap.reason and a.source == snap.source
                    and abs(a.at - snap.at) < 5.0), None)
        if own is not None:
            unmatched.remove(own)
        moments.append((snap.at, snap.reason, snap.source, own))
    moments += [(a.at, a.kind, a.source, a) for a in unmatched]  # attempts saved without a snapshot
    # A Run or Submit saves the code first, so an autosave of the same code at the same moment is
    # the same moment twice: keep the one that carries the grade.
    graded = [(m[0], m[2]) for m in moments if m[1] != "autosave"]
    moments = [m for m in moments if m[1] != "autosave"
               or not any(src == m[2] and 0 <= at - m[0] < 2.0 for at, src in graded)]
    moments.sort(key=lambda m: (m[0], m[1] != "autosave"))
    frames: list[ReplayFrame] = []
    last_run: AttemptRecord | None = None
    for at, reason, source, own in moments:
        if own is not None and own.kind == "run":
            last_run = own
        shown = own if own is not None else last_run
        frames.append(ReplayFrame(at, at - start, reason, source, shown, own is not None))
    return frames
