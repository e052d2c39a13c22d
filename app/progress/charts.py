"""The progress page's data: stored round results as pandas frames, filtered and shaped per chart.

Nothing here imports Streamlit or reads content files; every frame comes from two or three
queries over the stored results, so tests and the benchmark drive it directly.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pandas as pd

from app.content.loader import Bank
from app.progress.results import catch_up
from app.sessions.service import SessionService
from app.store.repository import Store
from app.store.results import CANDIDATE, TESTS

ROLLING_WINDOW = 5
ROUND_COLUMNS = ["session_id", "round_idx", "kind", "item_id", "title", "topics", "when", "week",
                 "budget_min", "used_min", "hints_used", "runs", "tests_passed", "tests_total",
                 "first_submit_pass", "points", "max_points", "percent", "partner_percent", "self_percent",
                 "loop_id", "session_title", "mode"]
SESSION_COLUMNS = ["session_id", "title", "loop_id", "mode", "when", "finished", "rounds", "percent"]


@dataclass(frozen=True)
class ProgressData:
    """Every round result and every session of the history, as frames."""

    rounds: pd.DataFrame
    sessions: pd.DataFrame


def load(service: SessionService) -> ProgressData:
    """Return the whole history's frames (recording any round whose result is missing first)."""
    return load_from(service.store, service.bank, service.clock.now())


def load_from(store: Store, bank: Bank, now: float) -> ProgressData:
    """Return the whole history's frames from a store (the CLI's way in: no session service)."""
    catch_up(store, bank, now)
    return frames(store)


def frames(store: Store) -> ProgressData:
    """Build the frames from the stored results and sessions."""
    sessions = store.history_rows(limit=10**9)
    sess = pd.DataFrame([{
        "session_id": s["id"], "title": s["title"], "loop_id": s["loop_id"], "mode": s["mode"],
        "when": _when(s["started_at"]), "finished": s["finished_at"] is not None, "rounds": int(s["rounds"]),
        "percent": 100.0 * float(s["earned"] or 0.0) / int(s["rounds"]) if s["rounds"] else 0.0}
        for s in sessions], columns=SESSION_COLUMNS)
    info = {s["id"]: s for s in sessions}
    rows = []
    for r in store.round_results():
        if r.pending or r.ended_at is None:
            continue
        partner = [v for k, v in r.scores.items() if k not in (CANDIDATE, TESTS) and v[1]]
        own = r.scores.get(CANDIDATE) if r.kind in ("coding", "ml_coding") else None
        s = info.get(r.session_id, {})
        when = _when(r.ended_at)
        rows.append({
            "session_id": r.session_id, "round_idx": r.round_idx, "kind": r.kind, "item_id": r.item_id,
            "title": r.title, "topics": tuple(r.topics), "when": when, "week": _week(when),
            "budget_min": r.budget_s / 60.0, "used_min": (r.used_s or 0.0) / 60.0, "hints_used": r.hints_used,
            "runs": r.runs, "tests_passed": r.tests_passed, "tests_total": r.tests_total,
            "first_submit_pass": r.first_submit_pass, "points": r.points, "max_points": r.max_points,
            "percent": 100.0 * r.fraction,
            "partner_percent": 100.0 * partner[0][0] / partner[0][1] if partner else None,
            "self_percent": 100.0 * own[0] / own[1] if own and own[1] else 100.0 * r.fraction,
            "loop_id": s.get("loop_id", ""), "session_title": s.get("title", ""), "mode": s.get("mode", "")})
    return ProgressData(pd.DataFrame(rows, columns=ROUND_COLUMNS), sess)


def _when(ts: float) -> pd.Timestamp:
    return pd.Timestamp(datetime.fromtimestamp(ts, tz=UTC)).tz_localize(None)


def _week(when: pd.Timestamp) -> date:
    day = when.date()
    return day - timedelta(days=day.weekday())


def topics_of(data: ProgressData) -> list[str]:
    """Return every topic the history touches, sorted."""
    return sorted({t for topics in data.rounds["topics"] for t in topics})


def filtered(data: ProgressData, start: date | None = None, end: date | None = None,
             loops: Collection[str] = (), topics: Collection[str] = ()) -> ProgressData:
    """Keep the rounds and sessions in [start, end], of the given loops, touching the given topics."""
    rounds, sessions = data.rounds, data.sessions
    if start is not None:
        rounds = rounds[rounds["when"].dt.date >= start]
        sessions = sessions[sessions["when"].dt.date >= start]
    if end is not None:
        rounds = rounds[rounds["when"].dt.date <= end]
        sessions = sessions[sessions["when"].dt.date <= end]
    if loops:
        rounds = rounds[rounds["loop_id"].isin(list(loops))]
        sessions = sessions[sessions["loop_id"].isin(list(loops))]
    if topics:
        wanted = set(topics)
        rounds = rounds[rounds["topics"].map(lambda ts: bool(wanted & set(ts)))]
        sessions = sessions[sessions["session_id"].isin(set(rounds["session_id"]))]
    return ProgressData(rounds, sessions)


def loop_trend(data: ProgressData, window: int = ROLLING_WINDOW) -> pd.DataFrame:
    """Return finished sessions' scores in time order with a rolling mean over `window` of them."""
    sess = data.sessions[data.sessions["finished"]].sort_values("when").copy()
    sess["rolling"] = sess["percent"].rolling(window, min_periods=1).mean()
    return sess.reset_index(drop=True)


def kind_trend(data: ProgressData, window: int = ROLLING_WINDOW) -> pd.DataFrame:
    """Return every round's score in time order, with a rolling mean per round kind."""
    rounds = data.rounds.sort_values("when").copy()
    rounds["rolling"] = rounds.groupby("kind")["percent"].transform(
        lambda s: s.rolling(window, min_periods=1).mean())
    return rounds.reset_index(drop=True)


def mastery(data: ProgressData) -> pd.DataFrame:
    """Return a topic x week table of the mean round score (NaN where a topic was not practised)."""
    exploded = data.rounds.explode("topics").dropna(subset=["topics"])
    if exploded.empty:
        return pd.DataFrame()
    return exploded.pivot_table(index="topics", columns="week", values="percent", aggfunc="mean").sort_index()


def time_vs_budget(data: ProgressData) -> pd.DataFrame:
    """Return each round's minutes used beside its budget."""
    return data.rounds[["session_id", "round_idx", "kind", "title", "when", "budget_min", "used_min",
                        "percent"]].reset_index(drop=True)


def first_submit_rate(data: ProgressData) -> pd.DataFrame:
    """Return, per week, the share of coding rounds whose Submit passed every test."""
    coding = data.rounds[data.rounds["first_submit_pass"].notna()]
    if coding.empty:
        return pd.DataFrame(columns=["week", "rate", "rounds"])
    coding = coding.assign(first_submit_pass=coding["first_submit_pass"].astype(float))
    grouped = coding.groupby("week")["first_submit_pass"].agg(["mean", "count"]).reset_index()
    return grouped.rename(columns={"mean": "rate", "count": "rounds"}).assign(rate=lambda f: 100 * f["rate"])


def hints_used(data: ProgressData) -> pd.DataFrame:
    """Return, per week, the hints used and the coding rounds they were used in."""
    coding = data.rounds[data.rounds["kind"].isin(["coding", "ml_coding"])]
    if coding.empty:
        return pd.DataFrame(columns=["week", "hints", "rounds"])
    grouped = coding.groupby("week")["hints_used"].agg(["sum", "count"]).reset_index()
    return grouped.rename(columns={"sum": "hints", "count": "rounds"})


def self_vs_partner(data: ProgressData) -> pd.DataFrame:
    """Return the rounds a partner also scored, with both scores (empty before pair mode)."""
    return data.rounds[data.rounds["partner_percent"].notna()].reset_index(drop=True)
