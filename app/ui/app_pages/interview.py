"""The interview page: one round at a time under the server's clock (practice: untimed).

Only the live bar at the top refreshes by itself; it asks for a full rerun when the session
moves on or a grade comes back, so no other timer ever redraws part of this page.
"""

from __future__ import annotations

import streamlit as st

from app.sessions.scoring import unscored
from app.sessions.service import SessionError, SessionService, SessionView, StaleEdit
from app.ui.components.confirm import click_again
from app.ui.components.countdown import live_bar, page_state
from app.ui.components.editor import answer_editor, answer_key, code_editor
from app.ui.components.pair import blind_scoring, join_panel, waiting_for_interviewer
from app.ui.components.results import attempt_result
from app.ui.components.rubric import rubric_scorer
from app.ui.components.scroll import scroll_to_top
from app.ui.state import (
    HOME_PAGE,
    INTERVIEW_OPENED,
    INTERVIEW_PAGE,
    INTERVIEWER_PAGE,
    REVIEW_PAGE,
    actor_from_url,
    get_service,
    open_page,
    session_from_url,
)

service = get_service()
sid = session_from_url()
if not sid:
    running = service.running_loop()
    if running:
        st.info("You have an unfinished interview loop.")
        if st.button("Resume it", key="iv_resume_running", type="primary"):
            open_page(INTERVIEW_PAGE, running)
    else:
        st.info("No interview is running. Start one from the home page.")
    st.page_link(HOME_PAGE, label="Go to the home page", icon=":material/home:")
    st.stop()
try:
    view = service.tick(sid)
except SessionError as exc:
    st.error(f"{exc}: the link may be old or mistyped.")
    st.page_link(HOME_PAGE, label="Go to the home page", icon=":material/home:")
    st.stop()
st.session_state[INTERVIEW_OPENED] = sid  # Home now tells a visit from a double click's echo
ACTOR = actor_from_url(service, sid)
if ACTOR is not None and ACTOR.role == "interviewer":
    open_page(INTERVIEWER_PAGE, sid)


def coding_round(service: SessionService, view: SessionView) -> None:
    """Draw a coding round: prompt and hints on the left, editor and results on the right."""
    rnd, sid = view.current, view.id
    problem = service.problem(rnd)
    left, right = st.columns([2, 3], gap="large")
    attempts = service.store.attempts(sid, rnd.idx)
    pending = [a for a in attempts if a.pending]
    with right:
        if view.phase == "answering":
            if view.session.paused_at is not None:
                st.info("Paused. Resume to keep coding.")
            else:
                allow_run = view.practice or not view.loop.realism.whiteboard
                code_editor(service, sid, rnd.idx, rnd.code or problem.starter, rnd.code_version,
                            allow_run, busy=bool(pending), actor=ACTOR)
        else:
            reason = {"timeout": "Time ran out: your code was submitted as it stood."}.get(
                rnd.end_reason or "", "Submitted.")
            st.info(reason, icon=":material/task_alt:")
            st.code(rnd.code or "", language="python")
        for attempt in pending:
            what = "Submit" if attempt.kind == "submit" else "Run"
            cols = st.columns([3, 1])
            cols[0].info(f"Grading your {what}…", icon=":material/hourglass_top:")
            if attempt.kind == "run" and cols[1].button("Cancel", key=f"iv_cancel_{attempt.id}",
                                                        icon=":material/stop_circle:"):
                service.cancel(attempt.id, actor=ACTOR)
                st.rerun()
        finished = [a for a in attempts if not a.pending]
        if finished:
            attempt_result(finished[-1], stale=bool(pending))
        if view.session.pair and view.phase != "answering":
            blind_scoring(service, sid, rnd.idx, ACTOR)
    with left:
        st.markdown(without_title(problem.prompt))
        with st.expander("Visible tests", expanded=False, key=f"iv_visible_{sid}_{rnd.idx}"):
            for path, _ in problem.test_paths(include_hidden=False):
                st.caption(path.name)
                st.code(path.read_text(encoding="utf-8", errors="replace"), language="python")
            helpers = problem.manifest.tests.support
            if helpers:
                st.caption("These tests also import helper modules that check your code: "
                           + ", ".join(f"`{h}`" for h in helpers) + ". They are not part of the task.")
        if not (view.loop.realism.exam and not view.practice):
            hint_ladder(service, view)
        note = service.bank.notes.get(problem.manifest.chapter or "")
        if view.practice and note is not None:
            with st.expander(f"Notes: {note.title}", expanded=False, icon=":material/menu_book:"):
                st.markdown(note.body)


def without_title(prompt: str) -> str:
    """Drop the prompt's leading `# Title` and shrink its headings below the round's title."""
    lines = prompt.lstrip().splitlines()
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
    return "\n".join("#### " + line.lstrip("#").lstrip() if line.startswith("#") and not in_code
                     else line for line, in_code in _code_flags(lines))


def _code_flags(lines: list[str]) -> list[tuple[str, bool]]:
    """Pair each line with whether it sits inside a fenced code block."""
    flags, inside = [], False
    for line in lines:
        if line.lstrip().startswith("```"):
            inside = not inside
            flags.append((line, True))
        else:
            flags.append((line, inside))
    return flags


def hint_ladder(service: SessionService, view: SessionView) -> None:
    """Show the hints revealed so far and a button for the next step."""
    rnd = view.current
    hints = service.problem(rnd).manifest.hints
    shown = len(service.store.hints(view.id).get(rnd.idx, []))
    for step in range(shown):
        st.info(f"**Hint {step + 1}.** {hints[step]}")
    if view.session.pair and shown < len(hints) and view.phase == "answering":
        st.caption(f"{shown} of {len(hints)} hints given. Stuck? Ask your interviewer for a hint.")
    elif shown < len(hints) and view.phase == "answering":
        label = f"Reveal hint {shown + 1} of {len(hints)}"
        if st.button(label, key=f"iv_hint_{view.id}_{rnd.idx}", icon=":material/lightbulb:",
                     help=None if view.practice else "Hints used are shown in the review"):
            service.reveal_hint(view.id, rnd.idx, actor=ACTOR)
            st.rerun()


def concept_round(service: SessionService, view: SessionView) -> None:
    """Draw a concept or design round: answer, lock, then model answer and rubric scorer."""
    rnd, sid = view.current, view.id
    question = service.question(rnd)
    st.markdown(question.prompt)
    if view.phase == "answering" and question.ask_the_interviewer:
        with st.expander("Ask the interviewer", icon=":material/record_voice_over:",
                         key=f"iv_ask_{sid}_{rnd.idx}"):
            st.caption("Real interviewers give scale and constraints only when asked. Ask what you need.")
            for n, item in enumerate(question.ask_the_interviewer):
                asked = f"iv_asked_{sid}_{rnd.idx}_{n}"
                if st.session_state.get(asked) or st.button(item.ask, key=f"{asked}_btn"):
                    st.session_state[asked] = True
                    st.markdown(f"**{item.ask}** {item.expect}")
    if view.phase == "answering":
        answer_editor(service, sid, rnd.idx, rnd.answer or "", rnd.answer_version,
                      height_lines=18 if rnd.kind == "design" else 10, actor=ACTOR)
        key = answer_key(sid, rnd.idx)
        probes = service.follow_ups_for(view.session, rnd)
        shown = rnd.follow_ups_shown
        if shown:
            with st.container(border=True):
                st.markdown("**The interviewer follows up.** Answer each probe below your answer, in the "
                            "same box; the round's clock keeps running.")
                for n, item in enumerate(probes[:shown]):
                    st.markdown(f"**Follow-up {n + 1}.** {item.ask}")
            if shown < len(probes) and st.button(f"Next follow-up ({shown + 1} of {len(probes)})",
                                                 key=f"iv_next_probe_{sid}_{rnd.idx}"):
                service.next_follow_up(sid, rnd.idx, actor=ACTOR)
                st.rerun()
        label = "Hand in" if shown else ("Lock answer (then follow-ups)" if probes else "Lock answer")
        if st.button(label, key=f"iv_lock_{sid}_{rnd.idx}", type="primary", icon=":material/lock:"):
            text = st.session_state.get(f"{key}__text", rnd.answer or "")
            if not text.strip() and not st.session_state.get(f"iv_lock_empty_{sid}_{rnd.idx}"):
                st.session_state[f"iv_lock_empty_{sid}_{rnd.idx}"] = True
                st.warning("Your answer is empty. Click Lock answer again to hand it in as it is.")
                return
            try:
                service.lock_answer(sid, rnd.idx, text, base_version=st.session_state.get(f"{key}__version"),
                                    actor=ACTOR)
            except StaleEdit as exc:
                st.warning(str(exc))
                return
            st.rerun()
        return
    if rnd.end_reason == "timeout":
        st.warning("Time ran out: your answer was locked as it stood.")
    st.markdown("**Your answer**")
    st.code(rnd.answer or "(empty)", language=None, wrap_lines=True)
    follow_ups(question, f"iv_follow_{sid}_{rnd.idx}", answered=rnd.follow_ups_shown)
    left, right = st.columns(2, gap="large")
    with left:
        if question.core_answer:
            st.markdown("**Core answer** (what a strong candidate says in a minute)")
            st.markdown(question.core_answer)
        st.markdown("**Model answer**")
        st.markdown(question.model_answer)
    with right:
        st.markdown("**Score your answer against the rubric**")
        if not view.session.pair:
            rubric_scorer(service, sid, rnd.idx, question, prefix="iv", answer=rnd.answer or "")
    if view.session.pair:
        blind_scoring(service, sid, rnd.idx, ACTOR)


def follow_ups(question, prefix: str, answered: int = 0) -> None:
    """Show the follow-up probes with their expected answers (those answered in the round first)."""
    if not question.follow_ups:
        return
    shown = max(answered, st.session_state.setdefault(f"{prefix}_shown", 0))
    with st.container(border=True):
        st.markdown("**Follow-up probes**: compare what you said with what was expected.")
        for n, item in enumerate(question.follow_ups[:shown]):
            st.markdown(f"{n + 1}. {item.ask}")
            with st.expander("Expected answer", key=f"{prefix}_{n}"):
                st.markdown(item.expect)
        if shown < len(question.follow_ups):
            if st.button(f"Next follow-up ({shown + 1} of {len(question.follow_ups)})", key=f"{prefix}_next"):
                st.session_state[f"{prefix}_shown"] = shown + 1
                st.rerun()


def move_on(service: SessionService, view: SessionView) -> None:
    """Offer the next round (or the review) once the current round has ended."""
    rnd = view.current
    label = "Finish and see the review" if view.is_last_round else "Next round →"
    left = []
    if not rnd.is_coding:
        left = unscored(service.question(rnd), service.store.rubric_scores(view.id).get(rnd.idx, {}))
    criteria = "1 rubric criterion is" if len(left) == 1 else f"{len(left)} rubric criteria are"
    ask = (f"{criteria} not scored yet. Click again to move on: they are recorded as unscored "
           "(0 points) and you can score them later in the review.") if left else None
    if click_again(label, f"iv_next_{view.id}_{view.session.current_round}", ask, type="primary"):
        after = service.next_round(view.id, actor=ACTOR)
        if after.phase == "finished":
            open_page(REVIEW_PAGE, view.id)
        st.rerun()


drawn = page_state(service, sid)
rnd = view.current
live_bar(service, sid, drawn)
scroll_to_top("interview", f"{sid}:{view.session.current_round}")  # each round opens at its top
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
st.caption(view.loop.title)
if view.session.pair:
    join_panel(service, sid)
if view.phase == "waiting":
    waiting_for_interviewer(service, sid, ACTOR)
    st.stop()
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
        if view.practice and rnd.is_coding:
            again, fresh = st.columns(2)
            if again.button("Try again", key=f"iv_retry_{sid}", help="A new practice round on your code"):
                open_page(INTERVIEW_PAGE, service.start_practice(rnd.item_id, code=rnd.code))
            if fresh.button("Start over", key=f"iv_restart_{sid}",
                            help="A new practice round on the starter code"):
                open_page(INTERVIEW_PAGE, service.start_practice(rnd.item_id))
with cols[1]:
    if view.practice and view.phase == "answering":
        paused = view.session.paused_at is not None
        if st.button("Resume" if paused else "Pause", key=f"iv_pause_{sid}",
                     icon=":material/play_arrow:" if paused else ":material/pause:"):
            (service.resume if paused else service.pause)(sid)
            st.rerun()
exam = view.loop.realism.exam and not view.practice
with cols[2]:
    confirm_key = f"iv_end_confirm_{sid}"
    if exam:
        st.caption("Exam mode: the loop runs to its end (abandon it from the home page).")
    label = "Finish practice" if view.practice else "End the loop and review"
    # In practice, once the round is handed in "Finish and see the review" already ends it.
    offer_end = not exam and (view.phase == "answering" or not view.practice)
    if offer_end and st.button(label, key=f"iv_end_{sid}", help="Hand in the running round and finish"):
        st.session_state[confirm_key] = True
    if st.session_state.get(confirm_key):
        st.warning("End now? The running round is handed in as it stands.")
        yes, no = st.columns(2)
        if yes.button("Yes, end it", key=f"iv_end_yes_{sid}", type="primary"):
            st.session_state.pop(confirm_key, None)
            service.finish(sid, actor=ACTOR)
            open_page(REVIEW_PAGE, sid)
        if no.button("Keep going", key=f"iv_end_no_{sid}"):
            st.session_state.pop(confirm_key, None)
            st.rerun()
