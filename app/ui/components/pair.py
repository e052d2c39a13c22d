"""Pair-mode pieces shared by the candidate's and the interviewer's pages."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app.sessions.actors import Actor
from app.sessions.service import SessionService
from app.ui.components.confirm import click_again
from app.ui.components.rubric import criterion_levels


def join_panel(service: SessionService, session_id: str) -> None:
    """Show the candidate the code (and link) their partner joins with."""
    _, code = service.pair_access(session_id)
    if not code:
        return
    with st.expander(f"Pair interview · join code **{code}**", icon=":material/group:",
                     key=f"iv_join_{session_id}"):
        st.markdown(f"Your partner opens this server's **Join** page and types **{code}**, or opens "
                    f"`…/join?code={code}`. The code stops working when the loop ends.")
        joined = [p for p in service.store.participants(session_id) if p.role == "interviewer"]
        st.caption(f"{len(joined)} interviewer(s) joined.")


def waiting_for_interviewer(service: SessionService, session_id: str, actor: Actor | None) -> None:
    """Hold a pair loop before its first round: the clock starts when the interviewer joins."""
    _, code = service.pair_access(session_id)
    st.info(f"Waiting for your interviewer. The clock starts, and the first round opens, the moment "
            f"they join with the code **{code}** (this page notices by itself).",
            icon=":material/hourglass_empty:")
    if st.button("Start without an interviewer", key=f"iv_begin_{session_id}",
                 help="Start the clock now; a partner can still join later"):
        service.begin(session_id, actor=actor)
        st.rerun()


def blind_scoring(service: SessionService, session_id: str, idx: int, actor: Actor | None) -> None:
    """Score a round on its rubric without seeing the partner's scores until both hand in."""
    if actor is None:
        return
    rnd = service.store.rounds(session_id)[idx]
    if rnd.ended_at is None:
        return
    criteria = service.rubric_for(rnd)
    sheet = service.score_sheet(session_id, idx, actor)
    handed = actor.role in sheet.handed_in
    who = "your partner's performance" if actor.role == "interviewer" else "yourself"
    with st.container(border=True, key=f"pair_score_{session_id}_{idx}_{actor.role}"):
        st.markdown(f"**Score {who}** (blind: neither side sees the other's scores until both hand in)")
        criterion_levels(service, session_id, idx, criteria, sheet.mine, f"pair_{actor.role}", actor,
                         missed="not shown", disabled=handed)
        if not handed:
            left = len(criteria) - len(sheet.mine)
            ask = (f"{left} of {len(criteria)} criteria are not scored. Click again to hand in "
                   "anyway: they count as unscored and cannot be changed later.") if left else None
            if click_again("Hand in my scores", f"pair_hand_in_{actor.role}_{session_id}_{idx}", ask,
                           type="primary", help="Final: your scores cannot be changed after this"):
                service.hand_in_scores(session_id, idx, actor)
                st.rerun()
        elif sheet.partner is None:
            st.info("Scores handed in. Your partner's appear here once they hand in theirs.")
        else:
            rows = []
            for i, criterion in enumerate(criteria):
                self_level = sheet.mine if actor.role == "candidate" else sheet.partner
                partner_level = sheet.partner if actor.role == "candidate" else sheet.mine
                rows.append({"criterion": criterion.text, "candidate (self)": self_level.get(i, "unscored"),
                             "interviewer": partner_level.get(i, "unscored")})
            st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
            gaps = service.store.calibration(session_id).get(idx, {})
            known = [g for g in gaps.values() if g is not None]
            if known:
                st.caption(calibration_sentence(sum(known) / len(known)))


def calibration_sentence(mean_gap: float) -> str:
    """Say how the interviewer's levels compare with the candidate's own, in whole levels.

    A stored gap is interviewer minus self on the 0-1 scale of LEVELS, where one level is ⅓.
    """
    levels = abs(mean_gap) * 3
    if levels < 0.05:
        return "Calibration: the interviewer and the candidate gave the same levels on average."
    way = "higher" if mean_gap > 0 else "lower"
    return (f"Calibration: the interviewer scored {levels:.1f} level{'s' if round(levels, 1) != 1 else ''} "
            f"{way} than the candidate's self-score, on average per criterion.")


def debrief_gate(service: SessionService, session_id: str, actor: Actor | None) -> None:
    """Before both have scored, show only the blind scoring; after, the shared debrief."""
    session = service.store.session(session_id)
    if session is None or not session.pair or actor is None:
        return
    if not service.debrief_open(session_id):
        st.title("Debrief")
        st.info("The debrief (scores side by side, the interviewer's notes, hidden tests) opens once the "
                "loop is over and both of you have handed in your scores for every round.")
        for rnd in service.store.rounds(session_id):
            if rnd.ended_at is not None and rnd.started_at is not None:
                st.markdown(f"#### Round {rnd.idx + 1}")
                blind_scoring(service, session_id, rnd.idx, actor)
        st.stop()
    with st.container(border=True):
        st.markdown("### Debrief: self and partner scores")
        for rnd in service.store.rounds(session_id):
            if rnd.ended_at is not None and rnd.started_at is not None:
                st.markdown(f"**Round {rnd.idx + 1}**")
                blind_scoring(service, session_id, rnd.idx, actor)
        givers = service.store.hint_givers(session_id)
        given = sum(g == "interviewer" for steps in givers.values() for g in steps)
        st.caption(f"Hints given by the interviewer: {given}")
        notes = service.notes(session_id, actor)
        if notes:
            st.markdown("**The interviewer's notes**")
            for note in notes:
                st.markdown(f"- Round {note.round_idx + 1}: {note.body}")
