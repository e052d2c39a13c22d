"""A real `streamlit run` on a free port with a temp SQLite file, and Debian's chromium to drive it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """One streamlit server process that can be stopped and started again on the same port."""

    def __init__(self, database_url: str, log: Path) -> None:
        self.port = free_port()
        self.database_url = database_url
        self.log = log
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> None:
        env = {**os.environ, "MOCKLOOP_DATABASE_URL": self.database_url}
        env.pop("MOCKLOOP_CONTENT", None)  # the browser tests use the real content bank
        argv = [sys.executable, "-m", "streamlit", "run", "app/ui/main.py", "--server.headless", "true",
                "--server.port", str(self.port), "--server.address", "127.0.0.1",
                "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
        with self.log.open("a") as out:
            self.proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                         start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"streamlit exited early:\n{self.log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"streamlit did not become healthy:\n{self.log.read_text()[-3000:]}")

    def kill(self) -> None:
        """Kill the server with SIGKILL, as a crash or an OOM killer would."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)


@pytest.fixture
def database_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'e2e.db'}"


@pytest.fixture
def server(database_url, tmp_path) -> Iterator[Server]:
    srv = Server(database_url, tmp_path / "streamlit.log")
    try:
        srv.start()
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def page(tmp_path):
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            # The size of a laptop screen: the clock and Run/Submit must fit without scrolling.
            tab = browser.new_page(viewport={"width": 1280, "height": 720})
            tab.set_default_timeout(30_000)
            yield tab
        finally:
            browser.close()


@pytest.fixture
def browser_factory():
    """Return a function that opens a page in a fresh browser context (a separate person)."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)

        def new_page():
            context = browser.new_context(viewport={"width": 1280, "height": 720})
            tab = context.new_page()
            tab.set_default_timeout(60_000)  # two browsers and a server share two cores
            return tab

        try:
            yield new_page
        finally:
            browser.close()
