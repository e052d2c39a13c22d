"""Concept and design rounds: the answer saved as typed, locked, its follow-ups, and its scoring.

Mixed into SessionService, whose storage, clock and round logic these methods use.
"""

from __future__ import annotations

from app.sessions.actors import Actor
from app.sessions.errors import SessionError, StaleEdit
from app.sessions.scoring import LEVELS
from app.sessions.timing import round_deadline
from app.states import EndReason, Role
from app.store.drafts import DraftSave
from app.store.records import RoundRecord, SessionRecord


class ConceptRoundsMixin:
    """The concept-round methods of SessionService (and the scoring pair mode shares)."""

    def save_answer(self, session_id: str, idx: int, text: str, base_version: int | None = None,
                    actor: Actor | None = None) -> DraftSave:
        """Store a draft answer while the round runs (as it is typed), refusing stale tabs."""
        session, rnd = self._open_round(session_id, idx, need=("concept", "design"), strict=False)
        self._require(self.store.session(session_id), actor, Role.CANDIDATE)
        if session is None:
            return DraftSave(False, rnd.answer_version, closed=True)
        if rnd.answer == text and (base_version is None or base_version == rnd.answer_version):
            return DraftSave(True, rnd.answer_version)
        deadline = round_deadline(session, rnd)
        now = self.clock.now()
        if deadline is not None and now >= deadline:
            return DraftSave(False, rnd.answer_version, closed=True)
        return self.store.save_draft(session_id, idx, "answer", text, now, base_version)

    def lock_answer(self, session_id: str, idx: int, text: str, base_version: int | None = None,
                    actor: Actor | None = None) -> None:
        """Lock the answer; then the model answer and rubric can be shown.

        In a solo round whose question has follow-up probes, the first lock does not end the
        round: it shows the first probe, answered in the same box under the same clock (see
        `next_follow_up`); locking again hands the whole answer in. In pair mode the interviewer
        asks the probes, so the lock ends the round at once.
        """
        session, rnd = self._open_round(session_id, idx, need=("concept", "design"))
        self._require(session, actor, Role.CANDIDATE)
        deadline = round_deadline(session, rnd)
        now = self.clock.now()
        if deadline is not None and now >= deadline:
            self._hand_in(rnd, at=deadline, reason=EndReason.TIMEOUT, automatic=True)
            return
        saved = self.save_answer(session_id, idx, text, base_version, actor)
        if saved.conflict:
            raise StaleEdit(saved.version)
        if rnd.follow_ups_shown == 0 and self.follow_ups_for(session, rnd):
            self.store.update_round(session_id, idx, only_if_open=True, follow_ups_shown=1)
            return
        self._hand_in(self.store.rounds(session_id)[idx], at=now, reason=EndReason.LOCKED)

    def follow_ups_for(self, session: SessionRecord, rnd: RoundRecord) -> list:
        """Return the probes a solo candidate answers after locking (none in pair mode)."""
        if session.pair or rnd.is_coding:
            return []
        return list(self.question(rnd).follow_ups)

    def next_follow_up(self, session_id: str, idx: int, actor: Actor | None = None) -> int:
        """Show the next follow-up probe of a locked answer; return how many are shown."""
        session, rnd = self._open_round(session_id, idx, need=("concept", "design"))
        self._require(session, actor, Role.CANDIDATE)
        probes = self.follow_ups_for(session, rnd)
        if not 0 < rnd.follow_ups_shown < len(probes):
            raise SessionError("there is no further follow-up")
        self.store.update_round(session_id, idx, only_if_open=True, follow_ups_shown=rnd.follow_ups_shown + 1)
        return rnd.follow_ups_shown + 1

    def score_criterion(self, session_id: str, idx: int, criterion: int, level: str,
                        actor: Actor | None = None) -> None:
        """Record the level a scorer (the acting participant) gives one rubric criterion of a round.

        Concept rounds are scored on their question's rubric; in pair mode coding rounds are scored
        too, on the interviewer rubric. Once a scorer has handed in, their scores are final.
        """
        session = self.store.session(session_id)
        self._require(session, actor, Role.CANDIDATE, Role.INTERVIEWER)
        rnd = self.store.rounds(session_id)[idx]
        scorer = actor.role if actor is not None else Role.CANDIDATE
        if rnd.ended_at is None or (rnd.is_coding and not session.pair):
            raise SessionError("lock the answer before scoring it")
        if level not in LEVELS:
            raise SessionError(f"level must be one of {', '.join(LEVELS)}")
        if not 0 <= criterion < len(self.rubric_for(rnd)):
            raise SessionError(f"no criterion {criterion}")
        if scorer in self.store.score_submissions(session_id).get(idx, set()):
            raise SessionError("your scores for this round are handed in")
        self.store.set_rubric_score(session_id, idx, criterion, level, self.clock.now(), scorer=scorer)
        self._round_changed(session_id, idx)

    def flag_pitfall(self, session_id: str, idx: int, pitfall: int, raised: bool,
                     actor: Actor | None = None) -> None:
        """Tick (or untick) a pitfall the locked answer fell into; each one ticked costs points."""
        self._require(self.store.session(session_id), actor, Role.CANDIDATE, Role.INTERVIEWER)
        rnd = self.store.rounds(session_id)[idx]
        if rnd.is_coding or rnd.ended_at is None:
            raise SessionError("lock the answer before scoring it")
        if not 0 <= pitfall < len(self.question(rnd).pitfalls):
            raise SessionError(f"no pitfall {pitfall}")
        scorer = actor.role if actor is not None else Role.CANDIDATE
        self.store.set_red_flag(session_id, idx, pitfall, raised, self.clock.now(), scorer=scorer)
        self._round_changed(session_id, idx)
