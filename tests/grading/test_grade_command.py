"""`mockloop grade` refuses what is not a solution file, and --cold grades like the pool does."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from app.paths import PROJECT_ROOT

PROBLEM = PROJECT_ROOT / "problems" / "prefix-sum-inplace"


def mockloop(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True, text=True,
                          cwd=PROJECT_ROOT, timeout=120, check=False)


def test_non_regular_files_are_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "solution.py"
    os.mkfifo(fifo)
    for path in ("/dev/zero", str(fifo)):
        done = mockloop("grade", "prefix-sum-inplace", path)
        assert done.returncode == 2
        assert "not a regular file" in done.stderr
        assert "Traceback" not in done.stderr


def test_an_oversized_file_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.py"
    big.write_text("x = 1\n" * 50_000)
    done = mockloop("grade", "prefix-sum-inplace", str(big))
    assert done.returncode == 2
    assert "larger than 256 KB" in done.stderr


def test_cold_grade_keeps_the_json_contract() -> None:
    done = mockloop("grade", "prefix-sum-inplace", str(PROBLEM / ".meta" / "reference.py"),
                    "--all", "--json", "--cold")
    report = json.loads(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    assert report["status"] == "pass" and report["version"] == 1


def test_ctrl_c_prints_one_line_and_leaves_no_sandbox(tmp_path: Path) -> None:
    loop = tmp_path / "loop.py"
    # Stuck at import: fitted limits stop a loop inside a test in about 2 s, before the Ctrl-C.
    loop.write_text("import time\ntime.sleep(120)\n\ndef prefix_sum_inplace(arr):\n    return arr\n")
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", "grade", "prefix-sum-inplace", str(loop)],
                            cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        proc.wait(timeout=8)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.strip().splitlines() == ["mockloop: interrupted; the run was stopped."]
    assert not list(Path(tempfile.gettempdir()).glob(f"mockloop-grade-{proc.pid}-*"))
