"""A candidate runs the short loop in a real browser, and a refresh or restart loses nothing."""

from __future__ import annotations

import re
import time

import pytest

from app.content.loader import load_bank
from app.paths import content_root
from app.store import open_store

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.browser

LOOP_TITLE = "Short warm-up loop"
PROBLEM = "prefix-sum-inplace"


def start_short_loop(page, server) -> str:
    page.goto(server.url)
    page.get_by_role("button", name=f"Start {LOOP_TITLE}").click()
    page.wait_for_url(re.compile(r"/interview\?session="))
    return page.url.split("session=")[1].split("&")[0]


def editor(page):
    return page.frame_locator("iframe[title*='code_editor']").locator(".ace_content")


def type_code(page, source: str) -> None:
    editor(page).click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(source)


def stored_code(store, sid: str, idx: int = 0) -> str | None:
    return store.rounds(sid)[idx].code


def wait_until(condition, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError("condition not met in time")


def round_left_s(page) -> int:
    """Return the round countdown currently displayed, in seconds."""
    text = page.locator("[data-testid='stMetricValue']").first.inner_text()
    minutes, seconds = text.strip().split(":")[-2:]
    return int(minutes) * 60 + int(seconds)


def test_a_candidate_runs_the_short_loop_and_sees_the_review(page, server, database_url):
    bank = load_bank(content_root())
    store = open_store(database_url)
    reference = bank.problems[PROBLEM].reference_path.read_text(encoding="utf-8")

    sid = start_short_loop(page, server)
    type_code(page, reference)
    wait_until(lambda: stored_code(store, sid) == reference)  # autosaved while typing

    page.get_by_role("button", name="Run").click()
    page.get_by_text(re.compile(r"Run \(visible tests\): (\d+)/\1 passed")).wait_for()
    page.get_by_role("button", name="Submit").click()
    page.get_by_text(re.compile(r"Submit \(all tests\): (\d+)/\1 passed")).wait_for()

    page.get_by_role("button", name="Next round →").click()
    answer = "Weight decay shrinks weights directly; L2 adds to the gradient and Adam rescales it."
    type_code(page, answer)
    wait_until(lambda: store.rounds(sid)[1].answer == answer)  # saved as typed, no blur needed
    page.get_by_role("button", name="Lock answer").click()
    page.get_by_text(re.compile(r"^Follow-up 1\.")).wait_for()  # probes follow, under the same clock
    page.get_by_role("button", name="Hand in").click()
    page.get_by_text("Model answer", exact=True).wait_for()
    page.get_by_text("strong", exact=True).first.click()
    question = bank.questions[store.rounds(sid)[1].item_id]
    wait_until(lambda: store.rubric_scores(sid) == {1: {0: "strong"}})

    page.get_by_role("button", name="Finish and see the review").click()
    page.get_by_text("not scored yet").wait_for()  # one criterion is scored: moving on asks first
    page.get_by_role("button", name="Finish and see the review").click()
    page.get_by_text(f"Review: {LOOP_TITLE}").wait_for()
    concept = question.criteria[0].points / question.total_points
    expected = f"{(100 + 100 * concept) / 2:.0f}%"
    page.get_by_test_id("stMetricValue").filter(has_text=expected).first.wait_for()
    expect(page.get_by_text(re.compile(r"Final submission: (\d+)/\1 passed"))).to_have_count(1)


def test_a_refresh_and_a_server_restart_keep_code_and_clock(page, server, database_url):
    store = open_store(database_url)
    sid = start_short_loop(page, server)
    code = "def prefix_sum_inplace(arr):\n    # marker-4711: half done\n    return arr\n"
    type_code(page, code)
    wait_until(lambda: stored_code(store, sid) == code)

    def expected_left() -> float:
        rnd = store.rounds(sid)[0]
        return rnd.started_at + rnd.budget_s - time.time()

    page.reload()
    editor(page).get_by_text("marker-4711").wait_for()
    wait_until(lambda: abs(round_left_s(page) - expected_left()) <= 2)  # the countdown shows server time

    server.stop()
    time.sleep(2)
    server.start()
    page.reload()
    editor(page).get_by_text("marker-4711").wait_for()
    wait_until(lambda: abs(round_left_s(page) - expected_left()) <= 2)  # the same clock after a restart
    assert round_left_s(page) < 15 * 60 - 2, "the clock kept running while the server was down"


def test_a_double_click_on_start_opens_the_one_loop_it_started(page, server, database_url):
    page.goto(server.url)
    start = page.get_by_role("button", name=f"Start {LOOP_TITLE}")
    start.scroll_into_view_if_needed()
    box = start.bounding_box()
    for _ in range(2):  # two quick clicks; the second reaches the server while the first runs
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        time.sleep(0.15)
    page.wait_for_url(re.compile(r"/interview\?session="), timeout=30_000)
    sid = page.url.split("session=")[1].split("&")[0]
    store = open_store(database_url)
    assert [s.id for s in store.sessions() if s.finished_at is None] == [sid], "one loop, and it is open"
    # Going Home on purpose once the loop is drawn is a visit, not a double click's echo.
    page.frame_locator("iframe[title*='code_editor']").locator(".ace_content").wait_for()
    page.get_by_role("link", name="Home").click()
    page.get_by_role("button", name="Resume it").wait_for()
    time.sleep(1.5)
    assert "/interview" not in page.url, "Home stays open"
