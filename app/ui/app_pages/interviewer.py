"""The interviewer's screen: the candidate's live work, the reference, every test, hints, notes.

Only a participant holding an interviewer token sees this page; the server checks the role on
every call, and nothing here is ever sent to the candidate's browser.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from app.content.titles import short_title
from app.sessions.service import SessionError, SessionService, SessionView
from app.ui.components.countdown import clock_metrics
from app.ui.components.pair import blind_scoring
from app.ui.components.results import attempt_result
from app.ui.state import JOIN_PAGE, actor_from_url, get_service, session_from_url

service = get_service()
sid = session_from_url()
if not sid:
    st.info("Join a pair interview with the code your partner gives you.")
    st.page_link(JOIN_PAGE, label="Join as interviewer", icon=":material/group:")
    st.stop()
ACTOR = actor_from_url(service, sid)
if ACTOR is None or ACTOR.role != "interviewer":
    st.error("This page is for the interviewer of a pair interview: join with the code first.")
    st.page_link(JOIN_PAGE, label="Join as interviewer", icon=":material/group:")
    st.stop()


@st.fragment(run_every=1)
def live(service: SessionService, session_id: str, drawn: tuple) -> None:
    """The clock, the candidate's code or answer as typed, and their latest grade, every second."""
    view = service.tick(session_id)
    if (view.session.current_round, str(view.phase)) != drawn:
        st.rerun(scope="app")
    rnd = view.current
    cols = st.columns(3)
    clock_metrics(view, cols[0], cols[1])
    hints = len(service.store.hints(session_id).get(rnd.idx, []))
    cols[2].metric("Hints shown", hints)
    if rnd.is_coding:
        st.markdown("**The candidate's code, as typed**")
        st.code(rnd.code or "", language="python", line_numbers=True)
        attempts = service.store.attempts(session_id, rnd.idx)
        if attempts:
            latest = attempts[-1]
            if latest.pending:
                st.info(f"The candidate's {latest.kind} is being graded…", icon=":material/hourglass_top:")
            else:
                attempt_result(latest)
    else:
        st.markdown("**The candidate's answer, as typed**")
        st.code(rnd.answer or "(nothing yet)", language=None, wrap_lines=True)


def coding_panel(service: SessionService, view: SessionView) -> None:
    """The reference, every test, and the hint ladder with a button to give the next hint."""
    problem = service.problem(view.current)
    with st.expander("Prompt", expanded=False):
        st.markdown(problem.prompt)
    with st.expander("Reference solution"):
        st.code(problem.reference_path.read_text(encoding="utf-8", errors="replace"), language="python")
    with st.expander("Every test, hidden ones included"):
        for path, hidden in problem.test_paths(include_hidden=True):
            st.caption(f"{path.name}{' (hidden)' if hidden else ''}")
            st.code(path.read_text(encoding="utf-8", errors="replace"), language="python")
    hints = problem.manifest.hints
    rnd = view.current
    shown = len(service.store.hints(view.id).get(rnd.idx, []))
    givers = service.store.hint_givers(view.id).get(rnd.idx, [])
    st.markdown("**Hint ladder**")
    for step, hint in enumerate(hints):
        state = f"shown (by the {givers[step]})" if step < shown else "not shown"
        st.markdown(f"{step + 1}. {hint}  \n*{state}*")
    if view.phase == "answering" and shown < len(hints):
        if st.button(f"Give hint {shown + 1}", key=f"ir_hint_{view.id}_{rnd.idx}",
                     icon=":material/lightbulb:"):
            service.reveal_hint(view.id, rnd.idx, actor=ACTOR)
            st.rerun()


def concept_panel(service: SessionService, view: SessionView) -> None:
    """The model answer, the rubric and the follow-up probes."""
    question = service.question(view.current)
    st.markdown(question.prompt)
    if question.ask_the_interviewer:
        with st.expander("Facts to give when asked"):
            for item in question.ask_the_interviewer:
                st.markdown(f"- **{item.ask}** {item.expect}")
    if question.follow_ups:
        with st.expander("Follow-up probes", expanded=True):
            for item in question.follow_ups:
                st.markdown(f"- **{item.ask}**  \n  expected: {item.expect}")
    with st.expander("Model answer"):
        if question.core_answer:
            st.markdown(f"*Core:* {question.core_answer}")
        st.markdown(question.model_answer)
    with st.expander("Rubric"):
        for c in question.criteria:
            st.markdown(f"- **{c.text}** ({c.points} pts): weak {c.weak}; good {c.good}; strong {c.strong}")
        for p in question.pitfalls:
            st.markdown(f"- :red[Red flag:] {p}")


def notes_panel(service: SessionService, view: SessionView) -> None:
    """Private, timestamped notes (the candidate sees them only in the debrief)."""
    rnd = view.current
    st.markdown("**Private notes**")
    with st.form(key=f"ir_note_form_{view.id}_{rnd.idx}", clear_on_submit=True):
        body = st.text_area("Note", key=f"ir_note_{view.id}_{rnd.idx}", height=80,
                            label_visibility="collapsed")
        if st.form_submit_button("Add note"):
            service.add_note(view.id, rnd.idx, body, actor=ACTOR)
    for note in service.notes(view.id, actor=ACTOR):
        when = dt.datetime.fromtimestamp(note.at).strftime("%H:%M:%S")
        st.caption(f"Round {note.round_idx + 1} · {when}")
        st.write(note.body)


try:
    view = service.tick(sid)
except SessionError as exc:
    st.error(str(exc))
    st.stop()
st.caption(f"Interviewing · {view.loop.title}")
if view.phase == "finished":
    st.success("The loop is over. Hand in your scores for each round below; the debrief opens once "
               "both of you have.")
    for rnd in view.rounds:
        if rnd.ended_at is not None and rnd.started_at is not None:
            st.markdown(f"#### Round {rnd.idx + 1}")
            blind_scoring(service, sid, rnd.idx, ACTOR)
    st.stop()
rnd = view.current
title = service.problem(rnd).manifest.title if rnd.is_coding else short_title(service.question(rnd).prompt)
st.subheader(f"Round {rnd.idx + 1}: {rnd.kind.replace('_', ' ')} · {title}")
left, right = st.columns([3, 2], gap="large")
with left:
    live(service, sid, (view.session.current_round, str(view.phase)))
    if view.phase == "answering":
        if st.button("End this round now", key=f"ir_end_{sid}_{rnd.idx}"):
            service.end_round_early(sid, actor=ACTOR)
            st.rerun()
    else:
        blind_scoring(service, sid, rnd.idx, ACTOR)
with right:
    (coding_panel if rnd.is_coding else concept_panel)(service, view)
    notes_panel(service, view)
