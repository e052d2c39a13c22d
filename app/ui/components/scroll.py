"""Open each page at its top: Streamlit keeps the previous page's scroll position otherwise."""

from __future__ import annotations

import json

import streamlit as st

# Streamlit scrolls its main block, not the window; both are reset in case that changes.
_SCRIPT = """<style>
.st-key-{key}, [data-testid="stLayoutWrapper"]:has(> .st-key-{key}) {{ display: none; }}
</style>
<script>(() => {{
  const view = {view};
  const doc = window.parent ? window.parent.document : document;
  const key = "mockloop-scrolled-to-top";
  if (sessionStorage.getItem(key) === view) return;
  sessionStorage.setItem(key, view);
  for (const sel of ['[data-testid="stMain"]', '[data-testid="stAppViewContainer"]', 'section.main']) {{
    doc.querySelectorAll(sel).forEach((el) => el.scrollTo({{ top: 0, left: 0, behavior: "instant" }}));
  }}
  window.scrollTo(0, 0);
}})();</script>"""


def scroll_to_top(page: str, session_id: str | None = None) -> None:
    """Scroll the page to its top the first time it is drawn for this page and session."""
    key = "scroll_top"
    view = json.dumps(f"{page}:{session_id or ''}")
    with st.container(key=key):
        st.html(_SCRIPT.format(key=key, view=view), unsafe_allow_javascript=True)
