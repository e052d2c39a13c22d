"""Red flags: the pitfalls a scorer ticked as said in a concept answer."""

from __future__ import annotations

from sqlalchemy import Engine, text

from app.store import grouping


class FlagQueries:
    """The red-flag methods of the Store (mixed into it; needs `self.engine`)."""

    engine: Engine

    def set_red_flag(self, session_id: str, idx: int, pitfall: int, raised: bool, at: float,
                     scorer: str = "candidate") -> None:
        """Tick or untick one pitfall of a round for one scorer (ticking twice is the same as once)."""
        params = {"s": session_id, "i": idx, "p": pitfall, "at": at, "scorer": scorer}
        with self.engine.begin() as conn:
            if raised:
                conn.execute(text("INSERT INTO red_flags (session_id, round_idx, scorer, pitfall, at)"
                                  " VALUES (:s, :i, :scorer, :p, :at)"
                                  " ON CONFLICT (session_id, round_idx, scorer, pitfall) DO NOTHING"), params)
            else:
                conn.execute(text("DELETE FROM red_flags WHERE session_id = :s AND round_idx = :i"
                                  " AND scorer = :scorer AND pitfall = :p"), params)

    def red_flags(self, session_id: str, scorer: str = "candidate") -> dict[int, set[int]]:
        """Return, per round, the pitfalls one scorer (the candidate by default) ticked."""
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT round_idx, pitfall FROM red_flags WHERE session_id = :s"
                                     " AND scorer = :scorer"), {"s": session_id, "scorer": scorer}).all()
        return grouping.collected(rows)
