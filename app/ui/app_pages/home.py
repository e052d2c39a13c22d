"""Home: the loops from interviews/, a loop of your own, and untimed practice."""

from __future__ import annotations

import streamlit as st

from app.content.assembly import AssemblyError
from app.content.schema import Realism
from app.progress.history import recently_solved
from app.sessions.custom import custom_loop
from app.sessions.service import SessionError, SessionService
from app.ui.components.one_click import one_click
from app.ui.components.practice_picker import practice_picker
from app.ui.state import (
    INTERVIEW_OPENED,
    INTERVIEW_PAGE,
    JOIN_PAGE,
    get_service,
    note_started,
    open_page,
    started_moments_ago,
)

STARTED = "home_started"  # the loop this tab started last (see note_started)


def open_started(service: SessionService, session_id: str) -> None:
    """Open a loop this tab has just started, as its candidate."""
    note_started(STARTED, session_id, service.clock.now())
    open_page(INTERVIEW_PAGE, session_id, service.candidate_token(session_id))


def just_started(service: SessionService, running_id: str | None) -> bool:
    """Whether this tab started the running loop moments ago (see SECOND_CLICK_S)."""
    recent = started_moments_ago(STARTED, service.clock.now())
    return running_id is not None and recent is not None and recent[1] == running_id


EXAM_NOTE = "exam mode: no hints, no pause, no notes, and no ending the loop early"

service = get_service()
bank = service.bank

st.title("Mockloop")
st.caption("Timed mock interviews for software and ML engineers. The clock lives on the server: "
           "refresh, open a second tab or restart, and the time left stays right.")
st.page_link(JOIN_PAGE, label="Joining a partner's interview as interviewer? Enter their code here",
             icon=":material/group:")

one_click(["home_build", "home_practice"], prefixes=["home_start_", "home_pair_"])
running_id = service.running_loop()
if just_started(service, running_id) and st.session_state.get(INTERVIEW_OPENED) != running_id:
    open_started(service, running_id)  # a second click on Start cut short the switch to the loop
if running_id:
    latest = service.store.session(running_id)
    st.info(f"You have an unfinished loop: **{latest.title}**. One loop runs at a time: resume it, "
            "or abandon it (it is kept in the history, unscored).")
    c1, c2, _ = st.columns([1, 1, 3])
    if c1.button("Resume it", key="home_resume", type="primary"):
        open_page(INTERVIEW_PAGE, latest.id)
    if c2.button("Abandon it", key="home_abandon"):
        st.session_state["home_abandon_confirm"] = True
    if st.session_state.get("home_abandon_confirm"):
        st.warning("Abandon this loop? Its running round is closed and nothing more is graded.")
        if st.button("Yes, abandon it", key="home_abandon_yes"):
            token = service.candidate_token(latest.id)
            service.abandon(latest.id, actor=service.actor(latest.id, token) if token else None)
            st.session_state.pop("home_abandon_confirm", None)
            st.rerun()

loops_tab, custom_tab, practice_tab = st.tabs(["Interview loops", "Build my own", "Practice"])

with loops_tab:
    if not bank.loops:
        st.warning("No loops in interviews/ yet.")
    for loop in bank.loops.values():
        with st.container(border=True):
            st.markdown(f"### {loop.title} · {loop.minutes} min")
            if loop.description:
                st.write(loop.description)
            st.markdown("\n".join(f"{n}. {r.kind.replace('_', ' ')} · {r.minutes} min"
                                  for n, r in enumerate(loop.rounds, start=1)))
            flags = [name for name, on in (("tags hidden", loop.realism.hide_tags),
                                           ("whiteboard", loop.realism.whiteboard),
                                           ("exam", loop.realism.exam)) if on]
            if flags:
                st.caption("Realism: " + ", ".join(flags) + (f" ({EXAM_NOTE})" if loop.realism.exam else ""))
            b1, b2, _ = st.columns([2, 2, 3])
            solo = b1.button(f"Start {loop.title}", key=f"home_start_{loop.id}", type="primary",
                             disabled=running_id is not None)
            paired = b2.button("Start with a partner", key=f"home_pair_{loop.id}",
                               disabled=running_id is not None,
                               help="A partner joins as interviewer with a code you give them")
            if (solo or paired) and just_started(service, running_id):
                open_started(service, running_id)  # the second click of a double click, sent late
            elif solo or paired:
                try:
                    sid = service.start_loop(loop, avoid=recently_solved(service), pair=paired)
                except (AssemblyError, SessionError) as exc:
                    st.error(str(exc))
                else:
                    open_started(service, sid)

with custom_tab:
    topics = sorted({t for p in bank.problems.values() for t in p.manifest.topics}
                    | {t for q in bank.questions.values() for t in q.topics})
    kinds = st.multiselect("Round kinds (one round each)", ["coding", "ml_coding", "concept", "design"],
                           default=["coding", "concept"], key="home_kinds")
    chosen_topics = st.multiselect("Topics (empty: any)", topics, key="home_topics")
    levels = st.multiselect("Difficulty (empty: any)", ["easy", "medium", "hard"], key="home_levels")
    minutes = st.slider("Total length (minutes)", 10, 120, 45, step=5, key="home_minutes")
    c1, c2, c3, c4 = st.columns(4)
    hide = c1.checkbox("Hide tags", key="home_hide_tags")
    board = c2.checkbox("Whiteboard (no Run)", key="home_whiteboard")
    exam = c3.checkbox("Exam mode", key="home_exam", help=EXAM_NOTE)
    repeats = c4.checkbox("Allow recently solved", key="home_repeats",
                          help="By default problems you solved in the last two weeks are skipped")
    build = st.button("Build and start", key="home_build", type="primary",
                      disabled=not kinds or running_id is not None)
    if build and just_started(service, running_id):
        open_started(service, running_id)  # the second click of a double click, sent late
    elif build:
        try:
            loop = custom_loop(kinds, chosen_topics, levels, minutes,
                               Realism(hide_tags=hide, whiteboard=board, exam=exam))
            sid = service.start_loop(loop, avoid=() if repeats else recently_solved(service))
        except AssemblyError as exc:
            share = minutes // max(1, len(kinds))
            st.error(f"{exc}. The {minutes} minutes are shared evenly, {share} per round: try a longer "
                     "loop, fewer round kinds, or fewer topic and difficulty filters.")
        except (ValueError, SessionError) as exc:
            st.error(str(exc))
        else:
            open_started(service, sid)

with practice_tab:
    practice_picker(service)
