"""The code and answer editors: ace, saved as the candidate types, with Run and Submit.

Each save carries the version this tab last saw, so a second tab on the same round is told
that it is stale instead of silently overwriting newer work.
"""

from __future__ import annotations

import streamlit as st
from streamlit_ace import st_ace

from app.sessions.actors import Actor
from app.sessions.service import SessionError, SessionService, StaleEdit

# Underscores vanish in ace at 14 px with DejaVu Sans Mono on Linux/Chrome; 15 px and an explicit
# line height render `_` at full pixel height.
EDITOR_FONT_PX = 15


def editor_key(session_id: str, idx: int) -> str:
    """Return the widget key of a round's code editor (AppTest sets it to feed code in)."""
    return f"iv_editor_{session_id}_{idx}"


def answer_key(session_id: str, idx: int) -> str:
    """Return the widget key of a concept round's answer box."""
    return f"iv_answer_{session_id}_{idx}"


def _version_key(key: str) -> str:
    return f"{key}__version"


def _theme() -> str:
    try:
        dark = st.context.theme.type == "dark"
    except AttributeError:
        dark = False
    return "tomorrow_night" if dark else "tomorrow"


@st.fragment
def code_editor(service: SessionService, session_id: str, idx: int, initial: str, version: int,
                allow_run: bool, busy: bool, actor: Actor | None = None) -> None:
    """Draw the editor and buttons; typing reruns only this fragment, so each change is saved."""
    key = editor_key(session_id, idx)
    vkey = _version_key(key)
    st.session_state.setdefault(vkey, version)
    # The buttons sit above the editor so they stay on screen however long the code grows.
    buttons = st.container()
    # auto_update makes ace send every change; without it Submit would grade stale code.
    source = st_ace(value=initial, language="python", theme=_theme(), key=key, auto_update=True,
                    min_lines=16, max_lines=40, font_size=EDITOR_FONT_PX, tab_size=4,
                    show_print_margin=False, wrap=False)
    if not isinstance(source, str):
        source = initial
    saved = service.save_code(session_id, idx, source, base_version=st.session_state[vkey], actor=actor)
    if saved.saved:
        st.session_state[vkey] = saved.version
    elif saved.conflict:
        _stale_notice(key)
        return
    cols = buttons.columns([1, 1, 3])
    run = allow_run and cols[0].button("Run", key=f"iv_run_{session_id}_{idx}", icon=":material/play_arrow:",
                                       help="Run the visible tests", disabled=busy)
    submit = cols[1].button("Submit", key=f"iv_submit_{session_id}_{idx}", type="primary",
                            help="Grade against every test, including hidden ones, and end the round",
                            disabled=busy)
    if run or submit:
        try:
            action = service.submit if submit else service.run
            action(session_id, idx, source, base_version=st.session_state[vkey], actor=actor)
        except StaleEdit:
            _stale_notice(key)
            return
        except SessionError as exc:
            cols[2].warning(str(exc))
            return
        st.rerun(scope="app")


@st.fragment
def answer_editor(service: SessionService, session_id: str, idx: int, initial: str, version: int,
                  height_lines: int, actor: Actor | None = None) -> str:
    """Draw the answer box; every change is saved as it is typed (no need to click away)."""
    key = answer_key(session_id, idx)
    vkey = _version_key(key)
    st.session_state.setdefault(vkey, version)
    text = st_ace(value=initial, language="text", theme=_theme(), key=key, auto_update=True,
                  min_lines=height_lines, max_lines=height_lines * 2, font_size=EDITOR_FONT_PX,
                  wrap=True, show_gutter=False, show_print_margin=False,
                  placeholder="Write your answer as you would say it to the interviewer.")
    if not isinstance(text, str):
        text = initial
    saved = service.save_answer(session_id, idx, text, base_version=st.session_state[vkey], actor=actor)
    if saved.saved:
        st.session_state[vkey] = saved.version
    elif saved.conflict:
        _stale_notice(key)
    st.session_state[f"{key}__text"] = text
    return text


def _stale_notice(key: str) -> None:
    st.warning("This round was changed in another tab or window since this one loaded it. Nothing was "
               "overwritten. Reload to continue from the newer copy.", icon=":material/sync_problem:")
    if st.button("Load the newer copy", key=f"{key}__reload", type="primary"):
        for k in (key, _version_key(key)):
            st.session_state.pop(k, None)
        st.rerun(scope="app")
