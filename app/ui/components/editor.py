"""The code and answer editors: react-ace, saved as the candidate types, with Run and Submit.

Each save carries the version this tab last saw, so a second tab on the same round is told
that it is stale instead of silently overwriting newer work.
"""

from __future__ import annotations

from typing import Any

import streamlit as st
from code_editor import code_editor as ace_editor

from app.sessions.actors import Actor
from app.sessions.service import SessionError, SessionService, StaleEdit

EDITOR_FONT_PX = 14
RUN_KEYS = {"win": "Ctrl-Enter", "mac": "Command-Enter"}
SUBMIT_KEYS = {"win": "Ctrl-Shift-Enter", "mac": "Command-Shift-Enter"}
SETTLE_S = 0.3  # how long a click waits for its grade before the page shows it pending
SHORTCUTS = "Ctrl/⌘+Enter: Run · Ctrl/⌘+Shift+Enter: Submit"
# Ace binds commands only through buttons; these stay hidden, the real buttons sit above.
_SHORTCUT_BUTTONS = [
    {"name": name, "hasText": True, "alwaysOn": True, "commands": [["response", name.lower()]],
     "bindKey": keys, "style": {"display": "none"}}
    for name, keys in (("Run", RUN_KEYS), ("Submit", SUBMIT_KEYS))
]
# The component's Streamlit themes give each line 24 px at 14 px type, so `_` (drawn on the last
# pixel row of DejaVu Sans Mono) is never clipped the way ace's default 16 px line box clips it.
_PROPS = {"fontSize": EDITOR_FONT_PX, "tabSize": 4, "enableLiveAutocompletion": False,
          "enableSnippets": False, "debounceChangePeriod": 200}


def editor_key(session_id: str, idx: int) -> str:
    """Return the widget key of a round's code editor (AppTest sets it to feed code in)."""
    return f"iv_editor_{session_id}_{idx}"


def answer_key(session_id: str, idx: int) -> str:
    """Return the widget key of a concept round's answer box."""
    return f"iv_answer_{session_id}_{idx}"


def _version_key(key: str) -> str:
    return f"{key}__version"


def _mounted_key(key: str) -> str:
    return f"{key}__mounted"


def _event_key(key: str) -> str:
    return f"{key}__event"


def _draw(key: str, initial: str, **options: Any) -> tuple[str, str, str]:
    """Draw one editor; return its text, the last event's type ('change', 'run', 'submit') and id.

    While the candidate types, the editor keeps the code it was mounted with, so no rerun resets
    it (which would drop keystrokes typed meanwhile). An editor with nothing typed in it yet (a
    new tab, a page opened again, "Load the newer copy") is mounted with `initial`, the latest.
    """
    if not _typed(st.session_state.get(key)):
        st.session_state[_mounted_key(key)] = initial
    mounted = st.session_state.setdefault(_mounted_key(key), initial)
    # theme="default" follows the app's light or dark theme, live, without a rerun.
    value = ace_editor(mounted, theme="default", shortcuts="", allow_reset=True,
                       response_mode="debounce", key=key, **options)
    if isinstance(value, str):  # a value set through session_state (AppTest feeds code this way)
        return value, "change", ""
    if not isinstance(value, dict) or not value.get("type"):
        return mounted, "", ""
    return str(value.get("text") or ""), str(value["type"]), str(value.get("id") or "")


def _typed(value: object) -> bool:
    """Say whether a widget value came from the editor (or AppTest), not from its default."""
    return isinstance(value, str) or (isinstance(value, dict) and bool(value.get("type")))


def _new_event(key: str, kind: str, event_id: str) -> str | None:
    """Return 'run' or 'submit' once per shortcut press, never again on later reruns."""
    seen = st.session_state.setdefault(_event_key(key), event_id)
    if kind not in ("run", "submit") or event_id == seen:
        return None
    st.session_state[_event_key(key)] = event_id
    return kind


@st.fragment
def code_editor(service: SessionService, session_id: str, idx: int, initial: str, version: int,
                allow_run: bool, busy: bool, actor: Actor | None = None) -> None:
    """Draw the editor and buttons; typing reruns only this fragment, so each change is saved."""
    key = editor_key(session_id, idx)
    vkey = _version_key(key)
    st.session_state.setdefault(vkey, version)
    # The buttons sit above the editor so they stay on screen however long the code grows.
    buttons = st.container()
    source, kind, event_id = _draw(key, initial, lang="python", height=[16, 40], buttons=_SHORTCUT_BUTTONS,
                                   props=_PROPS, options={"showLineNumbers": True, "wrap": False})
    shortcut = _new_event(key, kind, event_id)
    saved = service.save_code(session_id, idx, source, base_version=st.session_state[vkey], actor=actor)
    if saved.saved:
        st.session_state[vkey] = saved.version
    elif saved.conflict:
        _stale_notice(key)
        return
    cols = buttons.columns([1, 1, 3])
    run = allow_run and cols[0].button("Run", key=f"iv_run_{session_id}_{idx}", icon=":material/play_arrow:",
                                       help="Run the visible tests (Ctrl/⌘+Enter)", disabled=busy)
    submit = cols[1].button("Submit", key=f"iv_submit_{session_id}_{idx}", type="primary",
                            help="Grade against every test, including hidden ones, and end the round "
                                 "(Ctrl/⌘+Shift+Enter)", disabled=busy)
    cols[2].caption(SHORTCUTS if allow_run else "Ctrl/⌘+Shift+Enter: Submit")
    if shortcut and busy:
        cols[2].caption("Still grading the last one: press it again when it is done.")
    elif shortcut == "submit" or (shortcut == "run" and allow_run):
        run, submit = shortcut == "run", shortcut == "submit"
    if run or submit:
        try:
            action = service.submit if submit else service.run
            attempt_id = action(session_id, idx, source, base_version=st.session_state[vkey], actor=actor)
        except StaleEdit:
            _stale_notice(key)
            return
        except SessionError as exc:
            cols[2].warning(str(exc))
            return
        if attempt_id:
            # A warm grade takes a tenth of a second: wait that long, and the redraw shows the
            # result itself instead of "Grading..." then, a poll later, the result.
            service.wait(attempt_id, timeout=SETTLE_S, poll_s=0.02)
        st.rerun(scope="app")


@st.fragment
def answer_editor(service: SessionService, session_id: str, idx: int, initial: str, version: int,
                  height_lines: int, actor: Actor | None = None) -> str:
    """Draw the answer box; every change is saved as it is typed (no need to click away)."""
    key = answer_key(session_id, idx)
    vkey = _version_key(key)
    st.session_state.setdefault(vkey, version)
    props = {**_PROPS, "showGutter": False,
             "placeholder": "Write your answer as you would say it to the interviewer."}
    text, _, _ = _draw(key, initial, lang="text", height=[height_lines, height_lines * 2], props=props,
                       options={"showLineNumbers": False, "wrap": True, "highlightActiveLine": False})
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
        for k in (key, _version_key(key), _mounted_key(key), _event_key(key)):
            st.session_state.pop(k, None)
        st.rerun(scope="app")
