"""The progress page's data: stored round results as pandas frames, filtered and shaped per chart.

Nothing here imports Streamlit or reads content files; every frame comes from two or three
queries over the stored results, so tests and the benchmark drive it directly.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

import pandas as pd

from app.content.loader import Bank
from app.progress.results import catch_up
from app.sessions.service import SessionService
from app.store.repository import Store
from app.store.results import CANDIDATE

ROLLING_WINDOW = 5
ROUND_COLUMNS = ["session_id", "round_idx", "kind", "item_id", "title", "topics", "when", "week",
                 "budget_min", "used_min", "hints_used", "runs", "tests_passed", "tests_total",
                 "first_submit_pass", "points", "max_points", "percent", "partner_percent", "self_percent",
                 "loop_id", "session_title", "mode", "at"]
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
    """Build the frames from the stored results and sessions (two queries, vectorised after)."""
    columns, rows, scores = store.progress_rows()
    every = pd.DataFrame.from_records(rows, columns=columns)
    if every.empty:
        return ProgressData(pd.DataFrame(columns=ROUND_COLUMNS), pd.DataFrame(columns=SESSION_COLUMNS))
    fraction = (every["points"] / every["max_points"].where(every["max_points"] > 0)).fillna(0.0)
    per_session = every.assign(fraction=fraction).groupby("session_id", sort=False).agg(
        title=("session_title", "first"), loop_id=("loop_id", "first"), mode=("mode", "first"),
        started_at=("started_at", "first"), finished_at=("finished_at", "first"),
        rounds=("round_idx", "size"), earned=("fraction", "sum")).reset_index()
    sessions = pd.DataFrame({
        "session_id": per_session["session_id"], "title": per_session["title"],
        "loop_id": per_session["loop_id"], "mode": per_session["mode"],
        "when": _when(per_session["started_at"]),
        "finished": per_session["finished_at"].notna(), "rounds": per_session["rounds"].astype(int),
        "percent": 100.0 * per_session["earned"] / per_session["rounds"]}, columns=SESSION_COLUMNS)
    done = every[every["kind"].notna() & every["ended_at"].notna() & (every["pending"] != 1)]
    done = done.sort_values(["ended_at", "session_id", "round_idx"], kind="stable").reset_index(drop=True)
    when = _when(done["ended_at"])
    percent = 100.0 * (done["points"] / done["max_points"].where(done["max_points"] > 0)).fillna(0.0)
    partner, own = _pair_scores(scores)
    keys = list(zip(done["session_id"], done["round_idx"], strict=True))
    coding = done["kind"].isin(["coding", "ml_coding"]).tolist()
    rounds = pd.DataFrame({
        "session_id": done["session_id"], "round_idx": done["round_idx"].astype(int), "kind": done["kind"],
        "item_id": done["item_id"], "title": done["title"],
        "topics": _topics(done["topics_json"]), "when": when,
        "week": (when - pd.to_timedelta(when.dt.day_of_week, unit="D")).dt.date,
        "budget_min": done["budget_s"] / 60.0, "used_min": done["used_s"].fillna(0.0) / 60.0,
        "hints_used": done["hints_used"].fillna(0).astype(int), "runs": done["runs"].fillna(0).astype(int),
        "tests_passed": done["tests_passed"], "tests_total": done["tests_total"],
        "first_submit_pass": [None if pd.isna(v) else bool(v) for v in done["first_submit_pass"]],
        "points": done["points"], "max_points": done["max_points"], "percent": percent,
        "partner_percent": [partner.get(k) for k in keys],
        "self_percent": [own[k] if c and k in own else p
                         for k, c, p in zip(keys, coding, percent, strict=True)],
        "loop_id": done["loop_id"], "session_title": done["session_title"], "mode": done["mode"],
        "at": done["ended_at"]})
    return ProgressData(rounds, sessions)


def _pair_scores(scores: list[tuple]) -> tuple[dict, dict]:
    """Return {(session, round): percent} for the partner's and for the candidate's own rubric scores."""
    partner: dict[tuple[str, int], float] = {}
    own: dict[tuple[str, int], float] = {}
    for session_id, idx, scorer, points, max_points in scores:
        if not max_points:
            continue
        target = own if scorer == CANDIDATE else partner
        target.setdefault((session_id, idx), 100.0 * points / max_points)
    return partner, own


def _topics(column: pd.Series) -> list[tuple[str, ...]]:
    """Parse each round's topics, once per distinct list (a bank has far fewer lists than rounds)."""
    parsed: dict[str, tuple[str, ...]] = {}
    return [parsed.setdefault(t or "[]", tuple(json.loads(t or "[]"))) if (t or "[]") not in parsed
            else parsed[t or "[]"] for t in column]


def _when(seconds: pd.Series) -> pd.Series:
    """Turn epoch seconds into naive UTC timestamps."""
    return pd.to_datetime(seconds.astype(float), unit="s")


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
