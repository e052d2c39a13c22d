"""Saving the candidate's code and answers as they type, with a version to catch stale tabs."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text

DRAFT_COLUMNS = {"code": ("code", "code_version", "code_saved_at"),
                 "answer": ("answer", "answer_version", None)}


@dataclass(frozen=True)
class DraftSave:
    """What a save did: stored (with the new version), refused as stale, or refused as too late."""

    saved: bool
    version: int
    conflict: bool = False
    closed: bool = False


class DraftQueries:
    """The draft methods of the Store (mixed into it; needs `self.engine`)."""

    engine: Engine

    def save_draft(self, session_id: str, idx: int, what: str, value: str, now: float,
                   base_version: int | None = None) -> DraftSave:
        """Store `value` as the round's code or answer while the round is open.

        With `base_version`, the save only lands if nobody saved since that version; otherwise
        it is refused as a conflict and the stored text is left as it is.
        """
        column, version_col, saved_col = DRAFT_COLUMNS[what]
        sets = f"{column} = :value, {version_col} = {version_col} + 1"
        if saved_col:
            sets += f", {saved_col} = :now"
        guard = "" if base_version is None else f" AND {version_col} = :base"
        params = {"value": value, "now": now, "s": session_id, "i": idx, "base": base_version}
        with self.engine.begin() as conn:
            moved = conn.execute(text(
                f"UPDATE rounds SET {sets} WHERE session_id = :s AND idx = :i AND ended_at IS NULL{guard}"),
                params).rowcount == 1
            row = conn.execute(text(f"SELECT {version_col}, ended_at FROM rounds"
                                    " WHERE session_id = :s AND idx = :i"), params).first()
        if row is None:
            return DraftSave(False, 0, closed=True)
        version, ended_at = int(row[0]), row[1]
        if moved:
            return DraftSave(True, version)
        return DraftSave(False, version, conflict=ended_at is None, closed=ended_at is not None)
