"""The practice picker: filter the bank, search it, and open one item untimed."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from app.content.titles import short_title
from app.progress.results import catch_up
from app.sessions.service import SessionService
from app.ui.state import INTERVIEW_PAGE, note_started, open_page, started_moments_ago

KINDS = ["coding", "ml_coding", "concept", "design"]
LEVELS = ["easy", "medium", "hard"]
STATUSES = ["new", "tried", "solved"]
TABLE_KEY = "home_practice_table"
LAST_OPENED = "home_practice_opened"  # this tab's last practice session (see note_started)
# A concept or design answer counts as solved from this share of its rubric's points.
ANSWER_SOLVED = 0.75


@dataclass(frozen=True)
class PracticeItem:
    """One problem or question as the picker lists it."""

    id: str
    title: str
    kind: str
    difficulty: str
    topics: tuple[str, ...]
    minutes: int


def bank_items(service: SessionService) -> list[PracticeItem]:
    """Return every problem and question of the bank, by kind then title."""
    bank = service.bank
    items = [PracticeItem(p.id, p.manifest.title, p.manifest.kind, p.manifest.difficulty,
                          tuple(p.manifest.topics), p.manifest.minutes) for p in bank.problems.values()]
    items += [PracticeItem(q.id, short_title(q.prompt, 90), q.kind, q.difficulty, tuple(q.topics), q.minutes)
              for q in bank.questions.values()]
    return sorted(items, key=lambda i: (KINDS.index(i.kind) if i.kind in KINDS else 9, i.title.lower()))


def item_status(service: SessionService) -> dict[str, str]:
    """Return 'solved' or 'tried' per item with a stored round result (items never tried are absent)."""
    catch_up(service.store, service.bank, service.clock.now())
    status: dict[str, str] = {}
    for r in service.store.round_results():
        if r.pending or r.ended_at is None:
            continue
        if r.tests_total:
            solved = r.tests_passed == r.tests_total
        else:
            solved = r.fraction >= ANSWER_SOLVED
        if solved:
            status[r.item_id] = "solved"
        else:
            status.setdefault(r.item_id, "tried")
    return status


def matches(item: PracticeItem, kinds, topics, levels, statuses, query: str, status: str) -> bool:
    """Say whether `item` passes every filter (an empty filter lets everything through)."""
    words = query.lower().split()
    haystack = " ".join((item.title, item.id, *item.topics)).lower()
    return ((not kinds or item.kind in kinds) and (not levels or item.difficulty in levels)
            and (not topics or bool(set(topics) & set(item.topics)))
            and (not statuses or status in statuses) and all(w in haystack for w in words))


def practice_picker(service: SessionService) -> None:
    """Let the candidate filter and search the bank, pick one row, and open it in practice mode."""
    st.write("Open any problem or question untimed, with hints free and the chapter's notes beside it.")
    items = bank_items(service)
    status = item_status(service)
    c1, c2, c3, c4 = st.columns([2, 3, 2, 2])
    kinds = c1.multiselect("Kind", KINDS, key="home_practice_kinds", placeholder="Any kind",
                           format_func=lambda k: k.replace("_", " "))
    topics = c2.multiselect("Topic", sorted({t for i in items for t in i.topics}), key="home_practice_topics",
                            placeholder="Any topic")
    levels = c3.multiselect("Difficulty", LEVELS, key="home_practice_levels", placeholder="Any difficulty")
    statuses = c4.multiselect("Progress", STATUSES, key="home_practice_status", placeholder="Solved or not")
    query = st.text_input("Search titles and topics", key="home_practice_query",
                          placeholder="e.g. attention, lru, dijkstra")
    shown = [i for i in items if matches(i, kinds, topics, levels, statuses, query, status.get(i.id, "new"))]
    st.caption(f"{len(shown)} of {len(items)} items. Click a row to choose it.")
    frame = pd.DataFrame({
        "Title": [i.title for i in shown],
        "Kind": [i.kind.replace("_", " ") for i in shown],
        "Difficulty": [i.difficulty for i in shown],
        "Minutes": [i.minutes for i in shown],
        "Progress": [status.get(i.id, "new") for i in shown],
        "Topics": [", ".join(i.topics) for i in shown],
    })
    event = st.dataframe(frame, key=TABLE_KEY, on_select="rerun", selection_mode="single-row",
                         hide_index=True, width="stretch", height=min(420, 38 + 35 * max(len(shown), 1)),
                         column_config={"Title": st.column_config.TextColumn(width=380),
                                        "Kind": st.column_config.TextColumn(width=90),
                                        "Difficulty": st.column_config.TextColumn(width=80),
                                        "Minutes": st.column_config.NumberColumn(width=70),
                                        "Progress": st.column_config.TextColumn(width=80)})
    rows = [r for r in event.selection.rows if 0 <= r < len(shown)]
    chosen = shown[rows[0]] if rows else None
    label = f"Open “{chosen.title}” in practice" if chosen else "Open in practice"
    if st.button(label, key="home_practice", type="primary", disabled=chosen is None,
                 help=None if chosen else "Choose a row in the table first"):
        recent = started_moments_ago(LAST_OPENED, service.clock.now())
        if recent is not None and recent[0] == chosen.id:
            open_page(INTERVIEW_PAGE, recent[1])  # the second click of a double click: the same session
        else:
            sid = service.start_practice(chosen.id)
            note_started(LAST_OPENED, sid, service.clock.now(), item=chosen.id)
            open_page(INTERVIEW_PAGE, sid)
