"""A synthetic history drives the charts, readiness and scheduling, which move the way they should."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd

from app.progress import charts, schedule
from app.progress.readiness import MIN_ATTEMPTS, readiness
from app.progress.synthetic import SyntheticItem, build_history


def _now(service) -> datetime:
    return datetime.fromtimestamp(service.clock.now(), tz=UTC)


def test_the_loop_score_and_its_rolling_mean_rise_as_one_topic_improves(history_service):
    trend = charts.loop_trend(charts.load(history_service))
    assert len(trend) == 30
    assert trend["when"].is_monotonic_increasing
    assert trend["rolling"].iloc[-1] > trend["rolling"].iloc[4] + 20, "the rolling mean climbs"
    assert trend["rolling"].std() < trend["percent"].std(), "the rolling mean is smoother than the scores"


def test_score_by_kind_moves_for_coding_and_stays_flat_for_concept(history_service):
    kinds = charts.kind_trend(charts.load(history_service))
    coding = kinds[kinds["kind"] == "coding"]["percent"]
    concept = kinds[kinds["kind"] == "concept"]["percent"]
    assert coding.iloc[-5:].mean() - coding.iloc[:5].mean() > 50
    assert abs(concept.iloc[-5:].mean() - concept.iloc[:5].mean()) < 15


def test_the_mastery_heatmap_has_a_column_per_week_and_shows_the_gain(history_service):
    heat = charts.mastery(charts.load(history_service))
    assert list(heat.index) == ["arrays", "learning-theory"]
    assert len(heat.columns) == 6 and heat.columns[0] == datetime(2026, 1, 5).date()
    assert heat.loc["arrays"].iloc[-1] > heat.loc["arrays"].iloc[0] + 50
    assert heat.loc["learning-theory"].max() < 50


def test_time_first_submit_and_hints_follow_the_improvement(history_service):
    data = charts.load(history_service)
    timing = charts.time_vs_budget(data)
    assert (timing["used_min"] <= timing["budget_min"] + 1e-9).all() and len(timing) == 60
    rate = charts.first_submit_rate(data)
    assert rate["rate"].iloc[0] == 0 and rate["rate"].iloc[-1] > 50
    hints = charts.hints_used(data)
    assert hints["hints"].iloc[0] > hints["hints"].iloc[-1]
    assert charts.self_vs_partner(data).empty, "no partner scores before pair mode"


def test_filters_keep_dates_loops_and_topics(history_service):
    data = charts.load(history_service)
    late = charts.filtered(data, start=datetime(2026, 2, 2).date())
    assert len(late.sessions) < len(data.sessions) and (late.rounds["when"] >= pd.Timestamp(2026, 2, 2)).all()
    only = charts.filtered(data, topics=["learning-theory"])
    assert set(only.rounds["kind"]) == {"concept"} and len(only.sessions) == 30
    assert charts.filtered(data, loops=["another-loop"]).rounds.empty
    assert charts.topics_of(data) == ["arrays", "learning-theory"]


def test_readiness_weights_recent_rounds_and_names_thin_evidence(history_service):
    data = charts.load(history_service)
    now = pd.Timestamp(_now(history_service)).tz_localize(None)
    ready = {t.topic: t for t in readiness(data.rounds, now)}
    assert ready["arrays"].score > 80, "recent strong rounds outweigh the early weak ones"
    assert ready["arrays"].score > data.rounds[data.rounds["kind"] == "coding"]["percent"].mean()
    assert 20 < ready["learning-theory"].score < 40 and ready["learning-theory"].attempts == 30
    thin = readiness(data.rounds.head(2 * (MIN_ATTEMPTS - 1)), now)
    assert all(t.score is None and "not enough evidence" in t.label for t in thin)


def test_scheduling_brings_back_the_stuck_item_first_and_pushes_out_the_mastered_one(
        history_service, improving, stuck):
    data = charts.load(history_service)
    now = _now(history_service)
    cards = schedule.cards(data.rounds, now)
    assert set(cards) == {improving.item_id, stuck.item_id}
    assert cards[stuck.item_id].due < cards[improving.item_id].due
    assert cards[improving.item_id].due > now, "a mastered problem is not due today"
    assert [c.item_id for c in schedule.due_today(cards, now)] == [stuck.item_id]
    topics = readiness(data.rounds, pd.Timestamp(now).tz_localize(None))
    ranked = schedule.ranking(history_service.bank, cards, topics, now)
    assert ranked[0] == stuck.item_id


def test_the_next_loop_is_built_from_weak_and_due_items(history_service, stuck):
    data = charts.load(history_service)
    now = _now(history_service)
    topics = readiness(data.rounds, pd.Timestamp(now).tz_localize(None))
    ranked = schedule.ranking(history_service.bank, schedule.cards(data.rounds, now), topics, now)
    loop = schedule.next_loop(history_service.bank, ranked)
    assert loop.rounds[0].ids == [stuck.item_id]
    sid = history_service.start_loop(loop)
    assert history_service.view(sid).rounds[0].item_id == stuck.item_id


def test_ratings_follow_points_time_and_hints():
    base = {"kind": "coding", "tests_passed": 10, "tests_total": 10, "percent": 100.0,
            "partner_percent": None, "used_min": 5.0, "budget_min": 20.0, "hints_used": 0}
    r = lambda **kw: schedule.rating(pd.Series({**base, **kw}))  # noqa: E731
    assert r() == schedule.Rating.Easy
    assert r(used_min=15.0) == schedule.Rating.Good, "slow but right is Good, not Easy"
    assert r(hints_used=1) == schedule.Rating.Good
    assert r(hints_used=2) == schedule.Rating.Hard, "leaning on the hint ladder costs a step"
    assert r(used_min=20.0, tests_passed=8) == schedule.Rating.Hard, "running out the clock costs a step"
    assert r(tests_passed=6) == schedule.Rating.Hard
    assert r(tests_passed=3) == schedule.Rating.Again
    concept = {"kind": "concept", "tests_passed": None, "tests_total": None, "percent": 90.0}
    assert r(**concept) == schedule.Rating.Good
    assert r(**{**concept, "partner_percent": 30.0}) == schedule.Rating.Again, "a partner's score wins"


def test_assembly_takes_a_ranking_and_keeps_its_old_choice_without_one(bank):
    import random

    from app.content.assembly import assemble

    loop = bank.loops["fixture-loop"]
    assert assemble(bank, loop, random.Random(3)) == assemble(bank, loop, random.Random(3), ranking=())
    picked = assemble(bank, loop, random.Random(3), ranking=["fixture-cache-design", "fixture-bias-variance"])
    concept = [p for p in picked if p.kind == "concept"]
    assert not concept or concept[0].item_id == "fixture-bias-variance"


def test_a_synthetic_history_is_the_same_for_the_same_seed(service, first_day):
    items = [SyntheticItem("a", "coding", ("x",), 0.2, 0.9)]
    for _ in range(2):
        build_history(service.store, items, sessions=3, first_day=first_day, days=3, seed=1)
    points = [r.points for r in sorted(service.store.round_results(), key=lambda r: r.ended_at)]
    assert points[0::2] == points[1::2] and len(points) == 6


def test_figures_carry_the_session_so_a_click_opens_its_review(history_service):
    from app.progress import figures

    data = charts.load(history_service)
    fig = figures.loop_figure(charts.loop_trend(data))
    first = fig.data[0].customdata[0]
    assert first[0] in set(data.sessions["session_id"]) and "Synthetic loop" in first[1]
    event = {"selection": {"points": [{"customdata": list(first)}]}}
    assert figures.clicked_session(event) == first[0]
    assert figures.clicked_session({"selection": {"points": []}}) is None
    for build, frame in ((figures.kind_figure, charts.kind_trend(data)),
                         (figures.mastery_figure, charts.mastery(data)),
                         (figures.time_figure, charts.time_vs_budget(data)),
                         (figures.first_submit_figure, charts.first_submit_rate(data)),
                         (figures.hints_figure, charts.hints_used(data))):
        assert build(frame).to_json()
    for weekly in (figures.mastery_figure(charts.mastery(data)),
                   figures.first_submit_figure(charts.first_submit_rate(data)),
                   figures.hints_figure(charts.hints_used(data))):
        assert weekly.layout.xaxis.type == "category", "a week is a label, never ticked in hours"
