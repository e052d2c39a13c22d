"""The editor in a real browser: Ctrl+Enter runs, Ctrl+Shift+Enter submits, and `_` is visible."""

from __future__ import annotations

import io
import re
import time

import pytest

from app.content.loader import load_bank
from app.paths import content_root
from app.sessions.service import SessionService
from app.store import open_store

pytestmark = pytest.mark.browser

SHORT = "short-20"
PROBLEM = "prefix-sum-inplace"


@pytest.fixture
def service(database_url) -> SessionService:
    """A service on the server's database, for arranging sessions and reading what was stored."""
    return SessionService(open_store(database_url), load_bank(content_root()))


def editor(page):
    return page.frame_locator("iframe[title*='code_editor']")


def type_text(page, text: str) -> None:
    editor(page).locator(".ace_content").click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(text)


def wait_until(condition, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError("condition not met in time")


def open_round(page, server, service: SessionService) -> str:
    sid = service.start_loop(service.bank.loops[SHORT])
    page.goto(f"{server.url}/interview?session={sid}")
    page.get_by_test_id("stMetricValue").first.wait_for()
    editor(page).locator(".ace_content").wait_for()
    return sid


def ink(png: bytes) -> int:
    """Count the pixels that differ clearly from the image's most common (background) colour."""
    from PIL import Image

    counts = Image.open(io.BytesIO(png)).convert("L").histogram()
    background = max(range(256), key=counts.__getitem__)
    return sum(n for level, n in enumerate(counts) if abs(level - background) > 60)


def test_ctrl_enter_runs_the_visible_tests_and_ctrl_shift_enter_submits(page, server, service):
    sid = open_round(page, server, service)
    reference = service.bank.problems[PROBLEM].reference_path.read_text()
    type_text(page, reference)
    wait_until(lambda: (service.store.rounds(sid)[0].code or "").strip() == reference.strip())
    page.keyboard.press("Control+Enter")
    page.get_by_text(re.compile(r"Run \(visible tests\): (\d+)/\1 passed")).wait_for(timeout=60_000)
    assert [a.kind for a in service.store.attempts(sid, 0)] == ["run"], "one Run, from the shortcut"
    assert service.store.rounds(sid)[0].ended_at is None, "a Run does not end the round"
    page.reload()
    page.get_by_test_id("stMetricValue").first.wait_for()
    editor(page).locator(".ace_content").wait_for()
    time.sleep(2)
    assert len(service.store.attempts(sid, 0)) == 1, "a reload does not replay the shortcut"
    editor(page).locator(".ace_content").click()
    page.keyboard.press("Control+Shift+Enter")
    wait_until(lambda: service.store.rounds(sid)[0].ended_at is not None, timeout=60)
    assert [a.kind for a in service.store.attempts(sid, 0)] == ["run", "submit"]


def test_an_underscore_renders_in_the_editor(page, server, service):
    sid = open_round(page, server, service)
    type_text(page, "a_b = 1\na b = 1\n\n")
    wait_until(lambda: (service.store.rounds(sid)[0].code or "").startswith("a_b = 1\na b"))
    time.sleep(0.5)
    lines = editor(page).locator(".ace_line")
    wait_until(lambda: lines.count() >= 3)
    underscored, spaced = lines.nth(0).screenshot(), lines.nth(1).screenshot()
    assert underscored != spaced, "the line with `a_b` must not look like the line with `a b`"
    assert ink(underscored) > ink(spaced), "the underscore adds visible pixels to its line"


def test_code_typed_survives_leaving_the_page_and_coming_back(page, server, service):
    sid = open_round(page, server, service)
    type_text(page, "def prefix_sum_inplace(arr):\n    # marker-8086 typed before leaving\n    return arr\n")
    wait_until(lambda: "marker-8086" in (service.store.rounds(sid)[0].code or ""))
    page.get_by_role("link", name="Home").click()
    page.get_by_role("button", name="Resume it").wait_for()
    page.get_by_role("button", name="Resume it").click()
    editor(page).locator(".ace_content").get_by_text("marker-8086").wait_for()
    time.sleep(2)
    assert "marker-8086" in (service.store.rounds(sid)[0].code or ""), "coming back never saves older code"
