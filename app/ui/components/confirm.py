"""A button that asks once before an action with a consequence the candidate may not expect."""

from __future__ import annotations

import streamlit as st


def click_again(label: str, key: str, ask: str | None, **button) -> bool:
    """Draw a button; return True when its action should run.

    With `ask` (a warning that says what clicking again does), the first click only shows it
    and the next click acts; without it, every click acts.
    """
    armed = f"{key}__armed"
    above = st.container()  # the question goes above the button: a button at the screen's foot
    clicked = st.button(label, key=key, **button)  # would push it out of sight below
    if clicked and ask and not st.session_state.get(armed):
        st.session_state[armed] = True
        clicked = False
    if ask and st.session_state.get(armed):
        above.warning(ask)
    return clicked
