"""The sandbox keeps the candidate's code away from the project, the network and other runs."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from app.grading import sandbox
from app.grading.grader import grade_source
from app.grading.sandbox import Limits
from app.paths import PROJECT_ROOT

LIMITS = Limits(wall_s=20, cpu_s=20, test_timeout_s=5)

PROBE_TEST = '''
import os
import socket

from solution import probe


def test_probe_reports_what_it_could_reach():
    reached = probe()
    assert reached == [], "the sandbox let the code reach: " + ", ".join(reached)
'''

PROBE_SOLUTION = '''
import os
import socket

SECRETS = {secrets!r}
PORT = {port}


def probe():
    reached = []
    for path in SECRETS:
        if os.path.exists(path):
            reached.append(path)
    try:
        socket.create_connection(("127.0.0.1", PORT), timeout=2).close()
        reached.append("a server on the host's loopback")
    except OSError:
        pass
    interfaces = [name for _, name in socket.if_nameindex() if name != "lo"]
    if interfaces:
        reached.append("network interfaces " + ",".join(interfaces))
    return reached
'''


SECRETS = [str(PROJECT_ROOT / "problems" / "prefix-sum-inplace" / ".meta" / "reference.py"),
           str(PROJECT_ROOT / "pyproject.toml")]


@pytest.fixture
def probe_test(tmp_path: Path) -> list[tuple[Path, bool]]:
    test_file = tmp_path / "test_probe.py"
    test_file.write_text(PROBE_TEST)
    return [(test_file, False)]


@pytest.fixture
def probe_source():
    """Return the probe's source, aimed at a real server listening on the host's loopback."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield PROBE_SOLUTION.format(secrets=SECRETS, port=server.getsockname()[1])


@pytest.mark.skipif(not sandbox.detect_isolation().namespaces,
                    reason="bubblewrap namespaces are not available on this machine")
def test_candidate_code_cannot_see_the_project_or_the_network(probe_test, probe_source) -> None:
    report = grade_source(probe_source, probe_test, LIMITS)
    assert report.status == "pass", report.tests[0].message if report.tests else report.message


def test_without_namespaces_grading_still_works_and_says_so(monkeypatch, probe_test, probe_source):
    monkeypatch.setenv("MOCKLOOP_SANDBOX", "none")
    sandbox.detect_isolation.cache_clear()
    try:
        isolation = sandbox.detect_isolation()
        assert not isolation.namespaces
        assert "no filesystem or network isolation" in isolation.describe()
        report = grade_source(probe_source, probe_test, LIMITS)
        # Without namespaces the project is readable: the probe must notice (an honest report).
        assert report.status == "fail"
        assert "reference.py" in report.tests[0].message
        assert "rlimits" in report.isolation
    finally:
        sandbox.detect_isolation.cache_clear()


def test_no_process_outlives_its_run(tmp_path: Path) -> None:
    test_file = tmp_path / "test_spawn.py"
    test_file.write_text(
        "import subprocess\nfrom solution import spawn\n\n"
        "def test_spawn():\n    assert spawn() > 0\n"
    )
    marker = f"mockloop-orphan-{tmp_path.name}"
    source = (
        "import subprocess\n\n"
        "def spawn():\n"
        f"    p = subprocess.Popen(['sleep', '300', '{marker}'], start_new_session=True)\n"
        "    return p.pid\n"
    )
    report = grade_source(source, [(test_file, False)], LIMITS)
    assert report.status == "pass", report.message
    survivors = [p for p in Path("/proc").iterdir() if p.name.isdigit() and _cmdline_has(p, marker)]
    assert survivors == [], "a process started by the candidate survived the run"


def _cmdline_has(proc: Path, marker: str) -> bool:
    try:
        return marker in (proc / "cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return False


def test_without_namespaces_the_child_gets_a_scrubbed_environment(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("MOCKLOOP_SANDBOX", "none")
    monkeypatch.setenv("MOCKLOOP_TEST_SECRET", "server-only")
    sandbox.detect_isolation.cache_clear()
    try:
        test_file = tmp_path / "test_env.py"
        test_file.write_text("import os\nfrom solution import secret\n\n"
                             "def test_env():\n    assert secret() is None, secret()\n")
        source = "import os\n\ndef secret():\n    return os.environ.get('MOCKLOOP_TEST_SECRET')\n"
        report = grade_source(source, [(test_file, False)], LIMITS)
        assert report.status == "pass", report.tests[0].message if report.tests else report.message
        assert sandbox.detect_isolation().warnings(), "doctor must say what is unprotected"
    finally:
        sandbox.detect_isolation.cache_clear()
