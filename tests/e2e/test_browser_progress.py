"""After one finished loop the progress page draws its charts, and the review replays earlier code."""

from __future__ import annotations

import pytest

from app.content.loader import load_bank
from app.paths import content_root
from app.progress import results
from app.sessions.service import SessionService
from app.store import open_store

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.browser

LOOP = "short-20"
PROBLEM = "prefix-sum-inplace"
EARLY_MARK = "# replay: the first attempt"


@pytest.fixture
def finished_loop(server, database_url) -> str:
    """Play the short loop through the core on the server's database: a Run, a Submit, a scored answer."""
    bank = load_bank(content_root())
    service = SessionService(open_store(database_url), bank)
    service.round_listeners.append(results.listener(service.store, bank, service.clock.now))
    sid = service.start_loop(bank.loops[LOOP])
    problem = bank.problems[PROBLEM]
    service.wait(service.run(sid, 0, f"{problem.starter}\n{EARLY_MARK}\n"))
    service.wait(service.submit(sid, 0, problem.reference_path.read_text(encoding="utf-8")))
    service.next_round(sid)
    answer = "Decoupled weight decay shrinks weights directly; L2 goes through Adam."
    service.lock_answer(sid, 1, answer)  # the question has follow-ups: this shows the first probe
    service.lock_answer(sid, 1, answer)  # and this hands the answer in
    service.score_criterion(sid, 1, 0, "good")
    service.finish(sid)
    service.queue.close()
    return sid


def test_the_progress_page_draws_its_charts_after_one_finished_loop(page, server, finished_loop):
    page.goto(f"{server.url}/progress")
    page.get_by_role("heading", name="Over time").wait_for()
    charts = page.locator("[data-testid='stPlotlyChart']")
    charts.nth(3).wait_for()
    assert charts.count() >= 4, "loop score, score by kind, mastery and time against budget at least"
    expect(page.locator(".js-plotly-plot").first).to_be_visible()
    page.get_by_text("Readiness and what is due").wait_for()


def test_the_replay_scrubber_shows_the_code_of_an_earlier_snapshot(page, server, finished_loop):
    page.goto(f"{server.url}/review?session={finished_loop}")
    page.get_by_text("Replay", exact=True).first.wait_for()
    assert page.get_by_text(EARLY_MARK).count() == 0, "the scrubber starts at the last moment"
    slider = page.get_by_role("slider").first
    slider.focus()
    slider.press("Home")
    page.get_by_text(EARLY_MARK).first.wait_for()
    page.get_by_text("Run at this moment").first.wait_for()
