"""The progress page draws its charts from stored results; the review replays a round's code."""

from __future__ import annotations

from datetime import UTC, datetime

from app.progress.synthetic import SyntheticItem, build_history

PROGRESS = "app_pages/progress.py"
REVIEW = "app_pages/review.py"
FIRST_DAY = datetime(2026, 1, 5, 9, tzinfo=UTC).timestamp()
ITEMS = [SyntheticItem("prefix-sum-inplace", "coding", ("arrays",), 0.2, 1.0, minutes=15, title="Prefix sum"),
         SyntheticItem("fixture-bias-variance", "concept", ("learning-theory",), 0.3, 0.3, minutes=5,
                       title="Bias and variance")]


def test_an_empty_history_says_so(app_env, make_app):
    at = make_app(PROGRESS).run()
    assert not at.exception
    assert any("No finished rounds yet" in i.value for i in at.info)


def test_the_page_draws_every_chart_readiness_and_what_is_due(app_env, make_app, service):
    build_history(service.store, ITEMS, sessions=12, first_day=FIRST_DAY, days=30)
    at = make_app(PROGRESS).run()
    assert not at.exception, at.exception
    charts = at.get("plotly_chart")
    assert len(charts) >= 5, "loop, kind, mastery, time and first-Submit charts"
    assert [h.value for h in at.subheader] == ["Readiness and what is due", "Over time"]
    assert len(at.dataframe) == 2, "readiness and the due list"
    assert "learning-theory" in at.dataframe[0].value["topic"].tolist()
    at.multiselect(key="pg_topics").set_value(["arrays"]).run()
    assert not at.exception
    assert list(at.dataframe[0].value["topic"]) == ["arrays"]


def test_build_my_next_loop_starts_a_loop_of_weak_and_due_items(app_env, make_app, service):
    build_history(service.store, ITEMS, sessions=12, first_day=FIRST_DAY, days=30)
    at = make_app(PROGRESS).run()
    at.button(key="pg_next_loop").click().run()
    assert not at.exception
    started = [s for s in service.store.sessions() if s.loop_id == "weak-and-due"]
    assert len(started) == 1
    assert service.view(started[0].id).rounds[0].item_id == "fixture-bias-variance"


def test_the_review_replays_the_code_at_an_earlier_moment(app_env, make_app, service):
    sid = service.start_loop(service.bank.loops["fixture-loop"])
    starter = service.bank.problems["prefix-sum-inplace"].starter
    early = starter + "\n# first try\n"
    service.wait(service.run(sid, 0, early))
    reference = service.bank.problems["prefix-sum-inplace"].reference_path.read_text()
    service.wait(service.submit(sid, 0, reference))
    service.finish(sid)
    at = make_app(REVIEW, sid).run()
    assert not at.exception, at.exception
    slider = at.select_slider(key=f"rv_replay_{sid}_0")
    assert len(slider.options) >= 2
    slider.set_value(slider.options[0]).run()
    assert not at.exception
    assert any(c.value.strip() == early.strip() for c in at.code), [c.value[-40:] for c in at.code]
    assert any("Run at this moment" in s.value for s in [*at.success, *at.error])
