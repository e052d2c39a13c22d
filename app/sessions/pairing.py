"""Pair mode: a partner joins as interviewer; every call names its actor; scoring is blind.

Mixed into SessionService, whose storage, clock and round logic these methods use.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.sessions.actors import Actor, new_token
from app.sessions.errors import AccessDenied, SessionError
from app.sessions.scoring import LEVELS
from app.states import EndReason, Phase, Role


@dataclass(frozen=True)
class ScoreSheet:
    """The levels a scorer gave a round, and whether they may see their partner's yet."""

    mine: dict[int, str]
    partner: dict[int, str] | None  # None until both have handed in (scoring is blind)
    handed_in: set[str]


class PairingMixin:
    """The pair-mode methods of SessionService."""

    def pair_access(self, session_id: str) -> tuple[str, str]:
        """Return the candidate's token and the join code of a pair session."""
        session = self.view(session_id).session
        if not session.pair:
            raise SessionError("this is not a pair session")
        token = self.candidate_token(session_id)
        if token is None:
            raise SessionError("this pair session has no candidate")
        return token, session.join_code or ""

    def candidate_token(self, session_id: str) -> str | None:
        """Return the candidate's own link token of a pair session; None for a solo one."""
        return next((p.token for p in self.store.participants(session_id) if p.role == Role.CANDIDATE),
                    None)

    def join(self, code: str) -> tuple[str, str]:
        """Join a running pair loop as interviewer by its code; return (session id, token)."""
        session_id = self.store.session_by_join_code(code.strip().upper())
        if session_id is None:
            raise AccessDenied(f"No running pair interview has the code '{code.strip()}'. "
                               "Codes expire when the loop ends; ask your partner for the current one.")
        token = new_token()
        self.store.add_participant(session_id, Role.INTERVIEWER, token, self.clock.now())
        self._begin(session_id)
        return session_id, token

    def begin(self, session_id: str, actor: Actor | None = None) -> None:
        """Start a waiting pair loop's clock without its interviewer (they may still join later)."""
        self._require(self.store.session(session_id), actor, Role.CANDIDATE)
        self._begin(session_id)

    def _begin(self, session_id: str) -> None:
        """Start the first round of a pair loop that is waiting for its interviewer; else nothing."""
        if self.view(session_id).phase == Phase.WAITING:
            now = self.clock.now()
            self.store.update_round(session_id, 0, started_at=now)
            self.store.update_session(session_id, started_at=now)

    def actor(self, session_id: str, token: str | None) -> Actor:
        """Return who holds `token` in this session, or refuse with a clear message."""
        participant = self.store.participant_by_token(token) if token else None
        if participant is None or participant.session_id != session_id:
            raise AccessDenied("This link is not valid for this session: ask for a new one.")
        return Actor(session_id, participant.id, Role(participant.role))

    def add_note(self, session_id: str, idx: int, body: str, actor: Actor) -> None:
        """Keep a private, timestamped interviewer note on a round."""
        self._require(self.store.session(session_id), actor, Role.INTERVIEWER)
        if body.strip():
            self.store.add_note(session_id, idx, actor.participant_id, self.clock.now(), body.strip())

    def notes(self, session_id: str, actor: Actor) -> list:
        """Return the interviewer's notes (never to the candidate before both have scored)."""
        self._require(self.store.session(session_id), actor, Role.INTERVIEWER, Role.CANDIDATE)
        if actor.role == Role.CANDIDATE and not self.debrief_open(session_id):
            raise AccessDenied("the interviewer's notes are shown in the debrief, once both have scored")
        return self.store.notes(session_id)

    def end_round_early(self, session_id: str, actor: Actor) -> None:
        """Let the interviewer end the running round now (a coding round's code is graded)."""
        view = self.tick(session_id)
        self._require(view.session, actor, Role.INTERVIEWER)
        if view.phase != Phase.ANSWERING:
            raise SessionError("no round is running")
        self._hand_in(view.current, at=self.clock.now(), reason=EndReason.ENDED_BY_INTERVIEWER)

    def hand_in_scores(self, session_id: str, idx: int, actor: Actor) -> None:
        """Hand in this scorer's scores for a round; once both have, each sees the other's."""
        self._require(self.store.session(session_id), actor, Role.CANDIDATE, Role.INTERVIEWER)
        rnd = self.store.rounds(session_id)[idx]
        if rnd.ended_at is None:
            raise SessionError("the round is still running")
        self.store.submit_scores(session_id, idx, actor.role, self.clock.now())
        if len(self.store.score_submissions(session_id).get(idx, set())) == 2:
            self._store_calibration(session_id, idx)
        self._round_changed(session_id, idx)

    def score_sheet(self, session_id: str, idx: int, actor: Actor) -> ScoreSheet:
        """Return my levels and, only once both have handed in, my partner's."""
        self._require(self.store.session(session_id), actor, Role.CANDIDATE, Role.INTERVIEWER)
        partner_role = Role.INTERVIEWER if actor.role == Role.CANDIDATE else Role.CANDIDATE
        handed = self.store.score_submissions(session_id).get(idx, set())
        mine = self.store.rubric_scores(session_id, scorer=actor.role).get(idx, {})
        both = {Role.CANDIDATE, Role.INTERVIEWER} <= handed
        partner = self.store.rubric_scores(session_id, scorer=partner_role).get(idx, {}) if both else None
        return ScoreSheet(mine, partner, set(handed))

    def debrief_open(self, session_id: str) -> bool:
        """Return whether the loop is over and both sides have handed in scores for every round."""
        session = self.store.session(session_id)
        if session is None or not session.pair:
            return True
        if session.finished_at is None:
            return False
        handed = self.store.score_submissions(session_id)
        ended = [r.idx for r in self.store.rounds(session_id) if r.ended_at is not None and r.started_at]
        return all({Role.CANDIDATE, Role.INTERVIEWER} <= handed.get(i, set()) for i in ended)

    def _store_calibration(self, session_id: str, idx: int) -> None:
        """Store, per criterion, partner minus self (in fractions of the criterion's points)."""
        mine = self.store.rubric_scores(session_id, scorer=Role.CANDIDATE).get(idx, {})
        theirs = self.store.rubric_scores(session_id, scorer=Role.INTERVIEWER).get(idx, {})
        rnd = self.store.rounds(session_id)[idx]
        gaps = {}
        for criterion in range(len(self.rubric_for(rnd))):
            a, b = mine.get(criterion), theirs.get(criterion)
            gap = LEVELS[b] - LEVELS[a] if a in LEVELS and b in LEVELS else None
            gaps[criterion] = (a, b, gap)
        self.store.save_calibration(session_id, idx, gaps, self.clock.now())
