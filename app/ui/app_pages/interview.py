"""The interview page: one round at a time under the server's clock (practice: untimed)."""

from __future__ import annotations

import streamlit as st

from app.sessions.locks import GradingBusy
from app.sessions.service import SessionError, SessionService, SessionView
from app.ui.components.countdown import countdown
from app.ui.components.editor import code_editor, grading_status
from app.ui.components.results import results_table
from app.ui.components.rubric import rubric_scorer
from app.ui.state import HOME_PAGE, REVIEW_PAGE, get_jobs, get_service, open_page, session_from_url

service = get_service()
jobs = get_jobs()
sid = session_from_url()
if not sid:
    st.info("No interview is running. Start one from the home page.")
    st.page_link(HOME_PAGE, label="Go to the home page", icon=":material/home:")
    st.stop()
try:
    view = service.tick(sid)
except SessionError as exc:
    st.error(str(exc))
    st.stop()


def coding_round(service: SessionService, view: SessionView) -> None:
    """Draw a coding round: prompt and hints on the left, editor and results on the right."""
    rnd, sid = view.current, view.id
    problem = service.problem(rnd)
    left, right = st.columns([2, 3], gap="large")
    with left:
        st.markdown(without_title(problem.prompt))
        with st.expander("Visible tests"):
            for path, _ in problem.test_paths(include_hidden=False):
                st.code(path.read_text(encoding="utf-8"), language="python")
        hint_ladder(service, view)
        note = service.bank.notes.get(problem.manifest.chapter or "")
        if view.practice and note is not None:
            with st.expander(f"Notes: {note.title}", expanded=True, icon=":material/menu_book:"):
                st.markdown(note.body)
    with right:
        attempts = service.store.attempts(sid, rnd.idx)
        if view.phase == "answering":
            if view.session.paused_at is not None:
                st.info("Paused. Resume to keep coding.")
            else:
                allow_run = view.practice or not view.loop.realism.whiteboard
                code_editor(service, jobs, sid, rnd.idx, rnd.code or problem.starter, allow_run)
            if jobs.running((sid, rnd.idx)):
                grading_status(jobs, sid, rnd.idx)
        else:
            reason = {"timeout": "Time ran out: your code was submitted as it stood."}.get(
                rnd.end_reason or "", "Submitted.")
            st.success(reason)
            st.code(rnd.code or "", language="python")
            if jobs.running((sid, rnd.idx)):
                grading_status(jobs, sid, rnd.idx)
        error = jobs.take_error((sid, rnd.idx))
        if error:
            st.error(error)
        if attempts:
            last = attempts[-1]
            label = "Submit (all tests)" if last.kind == "submit" else "Run (visible tests)"
            results_table(last.report, label)


def without_title(prompt: str) -> str:
    """Drop the prompt's leading `# Title` line: the round header already shows the title."""
    lines = prompt.lstrip().splitlines()
    return "\n".join(lines[1:]) if lines and lines[0].startswith("# ") else prompt


def hint_ladder(service: SessionService, view: SessionView) -> None:
    """Show the hints revealed so far and a button for the next step."""
    rnd = view.current
    hints = service.problem(rnd).manifest.hints
    shown = len(service.store.hints(view.id).get(rnd.idx, []))
    for step in range(shown):
        st.info(f"**Hint {step + 1}.** {hints[step]}")
    if shown < len(hints) and view.phase == "answering":
        label = f"Reveal hint {shown + 1} of {len(hints)}"
        if st.button(label, key=f"iv_hint_{view.id}_{rnd.idx}", icon=":material/lightbulb:",
                     help=None if view.practice else "Hints used are shown in the review"):
            service.reveal_hint(view.id, rnd.idx)
            st.rerun()


def concept_round(service: SessionService, view: SessionView) -> None:
    """Draw a concept or design round: answer, lock, then model answer and rubric scorer."""
    rnd, sid = view.current, view.id
    question = service.question(rnd)
    st.markdown(question.prompt)
    key = f"iv_answer_{sid}_{rnd.idx}"
    if view.phase == "answering":
        st.session_state.setdefault(key, rnd.answer or "")
        st.text_area("Your answer", key=key, height=420 if rnd.kind == "design" else 220,
                     on_change=lambda: service.save_answer(sid, rnd.idx, st.session_state[key]),
                     placeholder="Write your answer as you would say it to the interviewer.")
        if st.button("Lock answer", key=f"iv_lock_{sid}_{rnd.idx}", type="primary",
                     icon=":material/lock:"):
            service.lock_answer(sid, rnd.idx, st.session_state.get(key, ""))
            st.rerun()
        return
    if rnd.end_reason == "timeout":
        st.warning("Time ran out: your answer was locked as it stood.")
    st.markdown("**Your answer**")
    st.markdown("> " + (rnd.answer or "(empty)").replace("\n", "\n> "))
    left, right = st.columns(2, gap="large")
    with left:
        st.markdown("**Model answer**")
        st.markdown(question.model_answer)
    with right:
        st.markdown("**Score your answer against the rubric**")
        rubric_scorer(service, sid, rnd.idx, question, prefix="iv")


def move_on(service: SessionService, view: SessionView) -> None:
    """Offer the next round (or the review) once the current round has ended."""
    label = "Finish and see the review" if view.is_last_round else "Next round →"
    if st.button(label, key=f"iv_next_{view.id}_{view.session.current_round}", type="primary"):
        after = service.next_round(view.id)
        if after.phase == "finished":
            open_page(REVIEW_PAGE, view.id)
        st.rerun()


rnd = view.current
st.title(view.loop.title)
countdown(service, sid, (view.session.current_round, view.phase))
if view.phase == "finished":
    st.success("This session is over.")
    if st.button("See the review", key="iv_to_review", type="primary"):
        open_page(REVIEW_PAGE, sid)
    st.stop()

if rnd.is_coding:
    problem = service.problem(rnd)
    title, tags = problem.manifest.title, (problem.manifest.difficulty, *problem.manifest.topics)
else:
    question = service.question(rnd)
    title, tags = f"{rnd.kind.capitalize()} question", (question.difficulty, *question.topics)
st.subheader(f"Round {rnd.idx + 1}: {title}")
if view.practice or not view.loop.realism.hide_tags:
    st.caption(" · ".join([rnd.kind.replace("_", " "), *tags]))

if rnd.is_coding:
    coding_round(service, view)
else:
    concept_round(service, view)

st.divider()
cols = st.columns([2, 2, 3])
with cols[0]:
    if view.phase == "between":
        move_on(service, view)
with cols[1]:
    if view.practice and view.phase == "answering":
        paused = view.session.paused_at is not None
        if st.button("Resume" if paused else "Pause", key=f"iv_pause_{sid}",
                     icon=":material/play_arrow:" if paused else ":material/pause:"):
            (service.resume if paused else service.pause)(sid)
            st.rerun()
with cols[2]:
    if st.button("End and review", key=f"iv_end_{sid}", help="Hand in the running round and finish"):
        try:
            service.finish(sid)
            open_page(REVIEW_PAGE, sid)
        except GradingBusy:
            st.info("grading... try again in a moment")
