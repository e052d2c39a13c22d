"""Buttons that start something take one click: the browser drops a second one that follows fast.

A double click on Start would otherwise send a second run while the first is switching pages,
and Streamlit may merge the two runs so that the switch is lost. The server still copes with a
second click that gets through (see Home); this keeps it from being sent at all.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from app.ui.components.page_script import page_script

HOLD_MS = 3000  # how long after a click the same group of buttons ignores clicks

_SCRIPT = """(() => {{
  const doc = window.parent ? window.parent.document : document;
  const win = doc.defaultView || window;
  const selector = {selector};
  const flag = "__mockloopOneClick:" + selector;
  if (win[flag]) return;
  win[flag] = true;
  let until = 0;
  // Capture phase on the document runs before React's own listeners, so a dropped click is
  // never seen by the app.
  doc.addEventListener("click", (event) => {{
    const target = event.target;
    if (!(target instanceof win.Element) || !target.closest(selector)) return;
    const now = Date.now();
    if (now < until) {{
      event.stopImmediatePropagation();
      event.preventDefault();
      return;
    }}
    until = now + {hold_ms};
  }}, true);
}})();"""


def one_click(keys: Sequence[str], prefixes: Sequence[str] = (), key: str = "one_click") -> None:
    """Make the buttons keyed `keys`, or with keys starting with `prefixes`, drop a fast second click."""
    selector = ", ".join([*(f".st-key-{k} button" for k in keys),
                          *(f'[class*="st-key-{p}"] button' for p in prefixes)])
    page_script(key, _SCRIPT.format(selector=json.dumps(selector), hold_ms=HOLD_MS))
