"""Run a snippet of JavaScript in the page from an element that takes no room on it."""

from __future__ import annotations

import streamlit as st

_HIDE = ('<style>.st-key-{key}, [data-testid="stLayoutWrapper"]:has(> .st-key-{key}) '
         '{{ display: none; }}</style>')


def page_script(key: str, script: str) -> None:
    """Run `script` (the body of a <script> tag) from a hidden block keyed `key`."""
    with st.container(key=key):
        st.html(_HIDE.format(key=key) + f"<script>{script}</script>", unsafe_allow_javascript=True)
