"""Open each page at its top: Streamlit keeps the previous page's scroll position otherwise."""

from __future__ import annotations

import json

from app.ui.components.page_script import page_script

# Streamlit scrolls its main block, not the window; both are reset in case that changes.
_SCRIPT = """(() => {{
  const view = {view};
  const doc = window.parent ? window.parent.document : document;
  const key = "mockloop-scrolled-to-top";
  if (sessionStorage.getItem(key) === view) return;
  sessionStorage.setItem(key, view);
  for (const sel of ['[data-testid="stMain"]', '[data-testid="stAppViewContainer"]', 'section.main']) {{
    doc.querySelectorAll(sel).forEach((el) => el.scrollTo({{ top: 0, left: 0, behavior: "instant" }}));
  }}
  window.scrollTo(0, 0);
}})();"""


def scroll_to_top(page: str, session_id: str | None = None) -> None:
    """Scroll the page to its top the first time it is drawn for this page and session."""
    page_script("scroll_top", _SCRIPT.format(view=json.dumps(f"{page}:{session_id or ''}")))
