"""The rubric scorer: one level per criterion (missed / weak / good / strong) and the red flags."""

from __future__ import annotations

import streamlit as st

from app.content.schema import Criterion, Question
from app.sessions.actors import Actor
from app.sessions.scoring import LEVELS, SCORING_RULE, concept_score
from app.sessions.service import SessionError, SessionService


def rubric_scorer(service: SessionService, session_id: str, idx: int, question: Question,
                  prefix: str, answer: str = "", actor: Actor | None = None) -> None:
    """Let the candidate score a locked answer criterion by criterion, saving each choice."""
    st.caption(SCORING_RULE)
    criterion_levels(service, session_id, idx, question.criteria,
                     service.store.rubric_scores(session_id).get(idx, {}), f"{prefix}_rubric", actor,
                     missed="not in my answer, or wrong")
    flags = service.store.red_flags(session_id).get(idx, set())
    if question.pitfalls:
        st.markdown("**Red flags**: tick each one your answer said")
        for p, pitfall in enumerate(question.pitfalls):
            key = f"{prefix}_flag_{session_id}_{idx}_{p}"
            st.session_state.setdefault(key, p in flags)
            st.checkbox(pitfall, key=key, on_change=_flag, args=(service, session_id, idx, p, key, actor))
    score = concept_score(question, service.store.rubric_scores(session_id).get(idx, {}), answer,
                          service.store.red_flags(session_id).get(idx, set()))
    st.metric("Rubric score", f"{score.points:g} / {score.max_points:g}")
    if not answer.strip():
        st.caption("The answer is empty, so it scores 0 whatever the levels say.")


def criterion_levels(service: SessionService, session_id: str, idx: int, criteria: list[Criterion],
                     stored: dict[int, str], prefix: str, actor: Actor | None, missed: str,
                     disabled: bool = False) -> None:
    """Draw one level radio per criterion, saving each choice as the `actor`'s score.

    Used by the candidate's own scoring and by pair mode's blind scoring, each with its `prefix`.
    """
    for i, criterion in enumerate(criteria):
        key = f"{prefix}_{session_id}_{idx}_{i}"
        if i in stored:
            st.session_state.setdefault(key, stored[i])
        # Unscored stays unselected (never shown as "missed"); a stored level comes from state.
        extra = {} if key in st.session_state else {"index": None}
        st.radio(
            f"**{criterion.text}** ({criterion.points} pt{'s' if criterion.points > 1 else ''})",
            list(LEVELS), key=key, horizontal=True, disabled=disabled, **extra,
            captions=[missed, criterion.weak, criterion.good, criterion.strong],
            on_change=_save, args=(service, session_id, idx, i, key, actor),
        )


def _save(service: SessionService, session_id: str, idx: int, criterion: int, key: str,
          actor: Actor | None) -> None:
    level = st.session_state.get(key)
    if level is None:
        return
    try:
        service.score_criterion(session_id, idx, criterion, level, actor=actor)
    except SessionError as exc:
        st.toast(str(exc))


def _flag(service: SessionService, session_id: str, idx: int, pitfall: int, key: str,
          actor: Actor | None) -> None:
    service.flag_pitfall(session_id, idx, pitfall, bool(st.session_state.get(key)), actor=actor)
