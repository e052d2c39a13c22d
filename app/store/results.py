"""Round results: what each round earned, stored when it ended, and the reads progress draws from."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, inspect, text

RESULT_COLUMNS = ("session_id", "round_idx", "kind", "item_id", "title", "topics_json", "ended_at",
                  "budget_s", "used_s", "hints_used", "hints_total", "runs", "tests_passed", "tests_total",
                  "first_submit_pass", "rubric_json", "points", "max_points", "pending", "backfilled",
                  "recorded_at")
CANDIDATE = "candidate"
TESTS = "tests"  # the automatic score of a coding round, beside any rubric scorer's


@dataclass(frozen=True)
class RoundResult:
    """One round's stored result: what it asked, the time and hints it took and the points it earned.

    `rubric` is the concept rubric as it stood when the round ended ({"criteria": [...],
    "pitfalls": [...]}, or for a pair-mode coding round the interviewer rubric); points are only
    ever recomputed from it. `scores` maps each scorer ('candidate', 'interviewer', and 'tests'
    for the tests a coding round passed) to (points, max points); `points` is the headline:
    the candidate's own score of an answer, the tests of code.
    """

    session_id: str
    round_idx: int
    kind: str
    item_id: str
    budget_s: float
    title: str = ""
    topics: tuple[str, ...] = ()
    ended_at: float | None = None
    used_s: float | None = None
    hints_used: int = 0
    hints_total: int = 0
    runs: int = 0
    tests_passed: int | None = None
    tests_total: int | None = None
    first_submit_pass: bool | None = None
    rubric: dict | None = None
    points: float = 0.0
    max_points: float = 0.0
    pending: bool = False
    backfilled: bool = False
    recorded_at: float | None = None
    scores: dict[str, tuple[float, float]] = field(default_factory=dict)

    @property
    def fraction(self) -> float:
        return self.points / self.max_points if self.max_points else 0.0


class ResultQueries:
    """The round-result methods of the Store (mixed into it; needs `self.engine`)."""

    engine: Engine

    # writing ------------------------------------------------------------------------------------
    def save_round_result(self, result: RoundResult) -> None:
        """Store (or replace) one round's result and its per-scorer scores in one transaction."""
        row = _row(result)
        names = ", ".join(RESULT_COLUMNS)
        values = ", ".join(f":{c}" for c in RESULT_COLUMNS)
        updates = ", ".join(f"{c} = excluded.{c}" for c in RESULT_COLUMNS[2:])
        key = {"s": result.session_id, "i": result.round_idx}
        with self.engine.begin() as conn:
            conn.execute(text(f"INSERT INTO round_results ({names}) VALUES ({values})"
                              f" ON CONFLICT (session_id, round_idx) DO UPDATE SET {updates}"), row)
            # Upserts, never delete-then-insert: two writers of one round (a grade landing while a
            # tab redraws the review) must not trip over each other's fresh rows.
            for scorer, (points, max_points) in sorted(result.scores.items()):
                conn.execute(text("INSERT INTO round_scores (session_id, round_idx, scorer, points,"
                                  " max_points) VALUES (:s, :i, :scorer, :p, :m)"
                                  " ON CONFLICT (session_id, round_idx, scorer)"
                                  " DO UPDATE SET points = excluded.points,"
                                  " max_points = excluded.max_points"),
                             {**key, "scorer": scorer, "p": points, "m": max_points})
            rows = conn.execute(text("SELECT scorer FROM round_scores WHERE session_id = :s"
                                     " AND round_idx = :i"), key).all()
            for (scorer,) in rows:
                if scorer not in result.scores:
                    conn.execute(text("DELETE FROM round_scores WHERE session_id = :s AND round_idx = :i"
                                      " AND scorer = :scorer"), {**key, "scorer": scorer})

    # reading ------------------------------------------------------------------------------------
    def round_results(self, session_id: str | None = None) -> list[RoundResult]:
        """Return stored results (one session's, or all) in time order, with their scores."""
        where, params = ("WHERE session_id = :s", {"s": session_id}) if session_id else ("", {})
        with self.engine.connect() as conn:
            rows = conn.execute(text(f"SELECT {', '.join(RESULT_COLUMNS)} FROM round_results {where}"
                                     " ORDER BY ended_at, session_id, round_idx"), params).mappings().all()
            scores = conn.execute(text(f"SELECT session_id, round_idx, scorer, points, max_points"
                                       f" FROM round_scores {where}"), params).all()
        by_round: dict[tuple[str, int], dict[str, tuple[float, float]]] = {}
        for sid, idx, scorer, points, max_points in scores:
            by_round.setdefault((sid, idx), {})[scorer] = (points, max_points)
        return [_result(r, by_round.get((r["session_id"], r["round_idx"]), {})) for r in rows]

    def rounds_needing_results(self, session_id: str | None = None) -> list[str]:
        """Return sessions with an ended round whose result is missing, pending or awaits its grade."""
        only = " AND r.session_id = :s" if session_id else ""
        with self.engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT DISTINCT r.session_id FROM rounds r LEFT JOIN round_results rr"
                " ON rr.session_id = r.session_id AND rr.round_idx = r.idx"
                " WHERE r.ended_at IS NOT NULL AND (rr.session_id IS NULL OR rr.pending = 1"
                " OR (r.kind IN ('coding', 'ml_coding') AND rr.tests_total IS NULL AND EXISTS ("
                "  SELECT 1 FROM attempts a WHERE a.session_id = r.session_id AND a.round_idx = r.idx"
                f"  AND a.kind = 'submit' AND a.status = 'done' AND a.total IS NOT NULL))){only}"),
                {"s": session_id}).all()
        return [r[0] for r in rows]

    def history_rows(self, limit: int = 50) -> list[dict[str, Any]]:
        """Return the newest sessions with their round count and summed round fractions (one query)."""
        with self.engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT s.id, s.title, s.mode, s.loop_id, s.started_at, s.finished_at,"
                " COUNT(r.idx) AS rounds,"
                " SUM(CASE WHEN rr.max_points > 0 THEN rr.points / rr.max_points ELSE 0 END) AS earned"
                " FROM (SELECT id, title, mode, loop_id, started_at, finished_at FROM loop_sessions"
                "  ORDER BY started_at DESC, id LIMIT :n) s JOIN rounds r ON r.session_id = s.id"
                " LEFT JOIN round_results rr ON rr.session_id = r.session_id AND rr.round_idx = r.idx"
                " GROUP BY s.id, s.title, s.mode, s.loop_id, s.started_at, s.finished_at"
                " ORDER BY s.started_at DESC, s.id LIMIT :n"), {"n": limit}).mappings().all()
        return [dict(r) for r in rows]

    def progress_rows(self) -> tuple[list[str], list[tuple], list[tuple]]:
        """Return every round of every session beside its stored result (two queries, for charts).

        Returns (column names, rows, partner scores): the scores are (session, round, scorer,
        points, max points) of the rounds someone besides the candidate scored.
        """
        with self.engine.connect() as conn:
            result = conn.execute(text(
                "SELECT s.id AS session_id, s.title AS session_title, s.mode, s.loop_id, s.started_at,"
                " s.finished_at, r.idx AS round_idx, rr.kind, rr.item_id, rr.title, rr.topics_json,"
                " rr.ended_at, rr.budget_s, rr.used_s, rr.hints_used, rr.runs, rr.tests_passed,"
                " rr.tests_total, rr.first_submit_pass, rr.points, rr.max_points, rr.pending"
                " FROM loop_sessions s JOIN rounds r ON r.session_id = s.id"
                " LEFT JOIN round_results rr ON rr.session_id = r.session_id AND rr.round_idx = r.idx"
                " ORDER BY s.started_at, s.id, r.idx"))
            columns, rows = list(result.keys()), [tuple(r) for r in result.all()]
            scores = [tuple(r) for r in conn.execute(text(
                "SELECT session_id, round_idx, scorer, points, max_points FROM round_scores rs"
                f" WHERE scorer <> '{TESTS}' AND EXISTS (SELECT 1 FROM round_scores o"
                " WHERE o.session_id = rs.session_id AND o.round_idx = rs.round_idx"
                f" AND o.scorer NOT IN ('{CANDIDATE}', '{TESTS}'))")).all()]
        return columns, rows, scores

    def solved_since(self, since: float) -> set[str]:
        """Return the coding items whose final Submit passed every test in a round ended since `since`."""
        with self.engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT DISTINCT item_id FROM round_results WHERE ended_at >= :since"
                " AND tests_total > 0 AND tests_passed = tests_total"), {"since": since}).all()
        return {r[0] for r in rows}

    def levels_by_scorer(self, session_id: str, table: str = "rubric_scores"
                         ) -> dict[str, dict[int, dict[int, str]]]:
        """Return {scorer: {round: {criterion: level}}} (`rubric_scores`) or pitfalls (`red_flags`).

        Before pair mode's scorer column exists every row is the candidate's.
        """
        item = "criterion, level" if table == "rubric_scores" else "pitfall, 1"
        scorer = "scorer" if self._has_scorer(table) else f"'{CANDIDATE}'"
        with self.engine.connect() as conn:
            rows = conn.execute(text(f"SELECT {scorer}, round_idx, {item} FROM {table}"
                                     " WHERE session_id = :s"), {"s": session_id}).all()
        found: dict[str, dict[int, dict[int, str]]] = {}
        for who, idx, key, value in rows:
            found.setdefault(who, {}).setdefault(idx, {})[key] = value
        return found

    def _has_scorer(self, table: str) -> bool:
        cache = self.__dict__.setdefault("_scorer_columns", {})
        if table not in cache:
            cache[table] = any(c["name"] == "scorer" for c in inspect(self.engine).get_columns(table))
        return cache[table]


def _row(result: RoundResult) -> dict[str, Any]:
    row = {c: getattr(result, c) for c in RESULT_COLUMNS if hasattr(result, c)}
    row["topics_json"] = json.dumps(list(result.topics))
    row["rubric_json"] = json.dumps(result.rubric) if result.rubric is not None else None
    for flag in ("pending", "backfilled"):
        row[flag] = int(row[flag])
    if result.first_submit_pass is not None:
        row["first_submit_pass"] = int(result.first_submit_pass)
    return row


def _result(row: Any, scores: dict[str, tuple[float, float]]) -> RoundResult:
    values = {c: row[c] for c in RESULT_COLUMNS if c not in ("topics_json", "rubric_json")}
    values["topics"] = tuple(json.loads(row["topics_json"] or "[]"))
    values["rubric"] = json.loads(row["rubric_json"]) if row["rubric_json"] else None
    values["pending"], values["backfilled"] = bool(row["pending"]), bool(row["backfilled"])
    if row["first_submit_pass"] is not None:
        values["first_submit_pass"] = bool(row["first_submit_pass"])
    return RoundResult(**values, scores=scores)


def results_by_round(results: Iterable[RoundResult]) -> dict[tuple[str, int], RoundResult]:
    """Index results by (session id, round index)."""
    return {(r.session_id, r.round_idx): r for r in results}
