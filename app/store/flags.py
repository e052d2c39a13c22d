"""Red flags: the pitfalls a scorer ticked as said in a concept answer."""

from __future__ import annotations

from sqlalchemy import Engine, text


class FlagQueries:
    """The red-flag methods of the Store (mixed into it; needs `self.engine`)."""

    engine: Engine

    def set_red_flag(self, session_id: str, idx: int, pitfall: int, raised: bool, at: float) -> None:
        """Tick or untick one pitfall of a round (ticking twice is the same as once)."""
        with self.engine.begin() as conn:
            if raised:
                conn.execute(text("INSERT INTO red_flags (session_id, round_idx, pitfall, at)"
                                  " VALUES (:s, :i, :p, :at) ON CONFLICT (session_id, round_idx, pitfall)"
                                  " DO NOTHING"), {"s": session_id, "i": idx, "p": pitfall, "at": at})
            else:
                conn.execute(text("DELETE FROM red_flags WHERE session_id = :s AND round_idx = :i"
                                  " AND pitfall = :p"), {"s": session_id, "i": idx, "p": pitfall})

    def red_flags(self, session_id: str) -> dict[int, set[int]]:
        """Return, per round, the pitfalls ticked."""
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT round_idx, pitfall FROM red_flags WHERE session_id = :s"),
                                {"s": session_id}).all()
        found: dict[int, set[int]] = {}
        for round_idx, pitfall in rows:
            found.setdefault(round_idx, set()).add(pitfall)
        return found
