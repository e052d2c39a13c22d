"""Two browsers, one server: a candidate and a partner run a pair interview together."""

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


def wait_until(condition, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("condition not met in time")


@pytest.fixture
def two_pages(browser_factory):
    return browser_factory(), browser_factory()


def test_a_pair_loop_from_join_to_debrief_never_shows_the_candidate_the_reference(
        two_pages, server, database_url):
    candidate, interviewer = two_pages
    store = open_store(database_url)
    bank = load_bank(content_root())
    reference = bank.problems[PROBLEM].reference_path.read_text(encoding="utf-8")
    # A line of the reference that nothing the candidate may see contains.
    own = ("def prefix_sum_inplace(arr):\n    total = 0\n    for i in range(len(arr)):\n"
           "        total += arr[i]\n        arr[i] = total\n    return arr\n")
    shown = own + "".join(p.read_text(encoding="utf-8") for p in bank.problems[PROBLEM].folder.iterdir()
                          if p.is_file())  # starter, prompt and tests may reach the candidate
    secret = next(line.strip() for line in reference.splitlines()
                  if len(line.strip()) > 12 and line.strip() not in shown)
    frames: list[str] = []
    candidate.on("websocket", lambda ws: ws.on(
        "framereceived", lambda payload: frames.append(payload if isinstance(payload, str)
                                                       else payload.decode("utf-8", "replace"))))

    candidate.goto(server.url)
    candidate.locator(".st-key-home_pair_short-20 button").first.click()
    candidate.wait_for_url(re.compile(r"/interview\?.*as="))
    sid = candidate.url.split("session=")[1].split("&")[0]
    code = store.session(sid).join_code
    candidate.get_by_text(f"join code {code}").wait_for()
    candidate.get_by_text("Waiting for your interviewer").wait_for()
    assert store.rounds(sid)[0].started_at is None, "the clock waits for the interviewer"

    interviewer.goto(f"{server.url}/join?code={code}")
    interviewer.get_by_role("button", name="Join", exact=True).click()
    interviewer.wait_for_url(re.compile(r"/interviewer\?"))
    interviewer.get_by_text("Reference solution").wait_for()
    assert store.rounds(sid)[0].started_at is not None, "their joining started the first round"

    # The candidate types; the interviewer sees it within about two seconds of the save.
    ace = candidate.frame_locator("iframe[title*='code_editor']").locator(".ace_content")
    ace.click()
    candidate.keyboard.press("Control+A")
    candidate.keyboard.insert_text(own + "# marker-pair-2718\n")
    wait_until(lambda: "marker-pair-2718" in (store.rounds(sid)[0].code or ""))
    interviewer.get_by_text("# marker-pair-2718").wait_for(timeout=10_000)  # refreshed every second

    # A hint given by the interviewer appears on the candidate's screen.
    interviewer.get_by_role("button", name="Give hint 1").click()
    candidate.get_by_text(re.compile(r"Hint 1\.")).wait_for(timeout=10_000)
    assert store.hint_givers(sid)[0] == ["interviewer"]

    interviewer.get_by_label("Note").fill("clear plan; checked the empty input")
    interviewer.get_by_role("button", name="Add note").click()
    wait_until(lambda: store.notes(sid))

    candidate.get_by_role("button", name="Submit").click()
    candidate.get_by_text(re.compile(r"Submit \(all tests\): (\d+)/\1 passed")).wait_for(timeout=60_000)

    # Blind scoring: each side scores criterion 1 and hands in; neither sees the other's first.
    candidate.get_by_text("strong").first.click()
    wait_until(lambda: store.rubric_scores(sid, scorer="candidate").get(0))
    candidate.get_by_role("button", name="Hand in my scores").click()
    candidate.get_by_text(re.compile(r"criteria are not scored. Click again")).wait_for()
    assert not store.score_submissions(sid), "an incomplete sheet is not handed in without asking"
    candidate.get_by_role("button", name="Hand in my scores").click()
    candidate.get_by_text("Your partner's appear here").wait_for()
    interviewer.reload()
    interviewer.get_by_text("good").first.click()
    wait_until(lambda: store.rubric_scores(sid, scorer="interviewer").get(0))
    interviewer.get_by_role("button", name="Hand in my scores").click()
    interviewer.get_by_text(re.compile(r"criteria are not scored. Click again")).wait_for()
    interviewer.get_by_role("button", name="Hand in my scores").click()
    wait_until(lambda: len(store.score_submissions(sid).get(0, set())) == 2)

    candidate.get_by_role("button", name="End the loop and review").click()
    candidate.get_by_role("button", name="Yes, end it").click()
    candidate.get_by_text("Debrief: self and partner scores").wait_for(timeout=20_000)
    candidate.get_by_text("clear plan; checked the empty input").wait_for()
    expect(candidate.get_by_text("strong")).not_to_have_count(0)  # self and partner levels, side by side
    expect(candidate.get_by_text("good")).not_to_have_count(0)

    # Whatever the candidate's browser received, it never held the reference solution.
    assert secret not in candidate.content()
    assert not [f for f in frames if secret in f], "the reference reached the candidate's browser"
