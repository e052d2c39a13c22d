"""Group a query's (round_idx, ...) rows by round, the shape every per-round store read returns."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def listed(rows: Iterable[Any]) -> dict[int, list]:
    """(round_idx, value) rows → {round_idx: [value, ...]} in row order."""
    found: dict[int, list] = {}
    for round_idx, value in rows:
        found.setdefault(round_idx, []).append(value)
    return found


def collected(rows: Iterable[Any]) -> dict[int, set]:
    """(round_idx, value) rows → {round_idx: {value, ...}}."""
    found: dict[int, set] = {}
    for round_idx, value in rows:
        found.setdefault(round_idx, set()).add(value)
    return found


def keyed(rows: Iterable[Any]) -> dict[int, dict]:
    """(round_idx, key, value) rows → {round_idx: {key: value}}; a later row wins."""
    found: dict[int, dict] = {}
    for round_idx, key, value in rows:
        found.setdefault(round_idx, {})[key] = value
    return found
