"""The `mockloop` command line keeps the forms and JSON shapes other tools rely on."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import _parser
from app.paths import PROJECT_ROOT

PROBLEM = PROJECT_ROOT / "problems" / "prefix-sum-inplace"
CONTRACT_KEYS = {"version", "status", "message", "duration_s", "tests"}
TEST_KEYS = {"name", "status", "message", "hidden", "duration_s"}


def mockloop(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True, text=True,
                          cwd=PROJECT_ROOT, timeout=300, check=False)


@pytest.fixture
def wrong_file(tmp_path: Path) -> Path:
    path = tmp_path / "wrong.py"
    path.write_text("def prefix_sum_inplace(arr):\n    return sorted(arr)\n")
    return path


def test_grade_json_for_a_correct_file_is_a_pass() -> None:
    done = mockloop("grade", "prefix-sum-inplace", str(PROBLEM / ".meta" / "reference.py"), "--all", "--json")
    report = json.loads(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    assert CONTRACT_KEYS <= report.keys()
    assert report["version"] == 1 and report["status"] == "pass"
    assert all(TEST_KEYS <= t.keys() for t in report["tests"])
    assert any(t["hidden"] for t in report["tests"]), "--all must include hidden tests"


def test_grade_json_for_a_wrong_file_fails_with_a_readable_message(wrong_file: Path) -> None:
    done = mockloop("grade", "prefix-sum-inplace", str(wrong_file), "--json")
    report = json.loads(done.stdout)
    assert done.returncode == 1
    assert report["status"] == "fail"
    assert not any(t["hidden"] for t in report["tests"]), "without --all only visible tests run"
    failed = [t for t in report["tests"] if t["status"] == "fail"]
    assert failed and "running totals" in failed[0]["message"]


def test_grade_text_output_lists_each_test(wrong_file: Path) -> None:
    done = mockloop("grade", "prefix-sum-inplace", str(wrong_file))
    assert done.returncode == 1
    assert "FAIL  test_visible.py::test_list_example_from_prompt" in done.stdout
    assert "tests passed" in done.stdout


def test_grade_unknown_problem_is_a_usage_error(wrong_file: Path) -> None:
    done = mockloop("grade", "no-such-problem", str(wrong_file))
    assert done.returncode == 2
    assert "no problem 'no-such-problem'" in done.stderr


def test_list_json_shapes() -> None:
    problems = json.loads(mockloop("list", "problems", "--json").stdout)
    row = next(p for p in problems if p["id"] == "prefix-sum-inplace")
    assert {"id", "kind", "difficulty", "topics"} <= row.keys() and row["kind"] == "coding"
    questions = json.loads(mockloop("list", "questions", "--json").stdout)
    assert all({"id", "kind", "difficulty", "topics"} <= q.keys() for q in questions)
    loops = json.loads(mockloop("list", "loops", "--json").stdout)
    assert any(loop["id"] == "short-20" for loop in loops)


def test_doctor_names_the_isolation_in_force() -> None:
    done = mockloop("doctor")
    assert done.returncode == 0
    assert re.search(r"Sandbox: .*rlimits", done.stdout)


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (PROJECT_ROOT / "README.md").read_text()
    commands = _parser()._subparsers._group_actions[0].choices
    for name in commands:
        assert f"mockloop {name}" in readme, f"README does not document `mockloop {name}`"


def test_a_missing_content_folder_is_an_error_not_an_empty_success(tmp_path: Path) -> None:
    done = mockloop("--content", str(tmp_path / "nowhere"), "validate", "--no-run")
    assert done.returncode != 0
    assert "does not exist" in done.stderr and "All content is valid" not in done.stdout


def test_serve_on_a_corrupt_database_exits_1_with_one_line(tmp_path: Path) -> None:
    database = tmp_path / "mockloop.db"
    database.write_bytes(b"not a database\n" * 100)
    done = mockloop("serve", "--headless", "--database-url", f"sqlite:///{database}")
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "move the file aside" in done.stderr


def test_serve_share_refuses_without_sandbox_isolation(tmp_path: Path) -> None:
    env = {**os.environ, "MOCKLOOP_SANDBOX": "none"}
    done = subprocess.run([sys.executable, "-m", "app.cli", "serve", "--headless", "--share",
                           "--database-url", f"sqlite:///{tmp_path / 'm.db'}"], capture_output=True,
                          text=True, cwd=PROJECT_ROOT, timeout=120, check=False, env=env)
    assert done.returncode == 1 and "--force-unsandboxed" in done.stderr


def test_serve_listens_on_loopback_only_by_default(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", "serve", "--headless", "--port", str(port),
                             "--database-url", f"sqlite:///{tmp_path / 'm.db'}"], cwd=PROJECT_ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        listening: set[str] = set()
        while time.monotonic() < deadline and not listening:
            for table in ("/proc/net/tcp", "/proc/net/tcp6"):
                for line in Path(table).read_text().splitlines()[1:]:
                    local, state = line.split()[1], line.split()[3]
                    address, hex_port = local.rsplit(":", 1)
                    if int(hex_port, 16) == port and state == "0A":  # 0A: LISTEN
                        listening.add(address)
            time.sleep(0.3)
        assert listening == {"0100007F"}, f"serve listens on {listening}, not only 127.0.0.1"
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)
