"""Short titles that end on a word, never mid-word."""

from __future__ import annotations


def short_title(text: str, limit: int = 80) -> str:
    """Return the first line of `text`, cut at the last word boundary within `limit` with an ellipsis."""
    line = " ".join(text.strip().splitlines()[0].split()) if text.strip() else ""
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    head = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return head.rstrip(" ,;:.-–(") + "…"
