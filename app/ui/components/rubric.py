"""The rubric scorer: one level per criterion (missed / weak / good / strong), points summed."""

from __future__ import annotations

import streamlit as st

from app.content.schema import Question
from app.sessions.scoring import LEVELS, concept_score
from app.sessions.service import SessionService


def rubric_scorer(service: SessionService, session_id: str, idx: int, question: Question,
                  prefix: str) -> None:
    """Let the candidate score a locked answer criterion by criterion, saving each choice."""
    levels = service.store.rubric_scores(session_id).get(idx, {})
    options = list(LEVELS)
    for i, criterion in enumerate(question.criteria):
        key = f"{prefix}_rubric_{session_id}_{idx}_{i}"
        current = levels.get(i, "missed")
        st.session_state.setdefault(key, current)
        st.radio(
            f"**{criterion.text}** ({criterion.points} pt{'s' if criterion.points > 1 else ''})",
            options, key=key, horizontal=True,
            captions=["not in my answer", criterion.weak, criterion.good, criterion.strong],
            on_change=_save, args=(service, session_id, idx, i, key),
        )
    score = concept_score(question, service.store.rubric_scores(session_id).get(idx, {}))
    st.metric("Rubric score", f"{score.points:g} / {score.max_points:g}")


def _save(service: SessionService, session_id: str, idx: int, criterion: int, key: str) -> None:
    service.score_criterion(session_id, idx, criterion, st.session_state[key])
