"""Entry point of the grading child: import the candidate's code, then run pytest on it.

Runs inside the sandbox with the work directory as its only writable place. It must not import
anything from `app`: the application is not visible from here.
"""

from __future__ import annotations

import json
import signal
import sys
import traceback
from pathlib import Path

WORKDIR = Path(__file__).resolve().parent
sys.path.insert(0, str(WORKDIR))
sys.dont_write_bytecode = True

from mockloop_plugin import MESSAGE_LIMIT, Recorder, TestTimeout, cut  # noqa: E402

SOLUTION = "solution.py"


def main(config_path: str) -> int:
    config = json.loads(Path(config_path).read_text(encoding="utf-8"))
    # Writes past the file-size limit then fail with EFBIG instead of killing the process.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    recorder = Recorder(config["report"], set(config["hidden"]), config["test_timeout_s"])
    problem = import_solution(config["import_timeout_s"])
    if problem:
        recorder.emit({"event": "import_error", "message": cut(problem, MESSAGE_LIMIT)})
        return 0
    import pytest

    args = [
        *config["tests"],
        "-q",
        "-c", str(WORKDIR / "pytest.ini"),
        "--rootdir", str(WORKDIR),
        "-p", "no:cacheprovider",
        "-p", "no:stepwise",
        "--tb=short",
        "--color=no",
    ]
    pytest.main(args, plugins=[recorder])
    return 0


def import_solution(timeout_s: float) -> str:
    """Import the candidate's module once; return a message for the candidate if that fails."""
    source = (WORKDIR / SOLUTION).read_text(encoding="utf-8", errors="replace")
    try:
        compile(source, SOLUTION, "exec")
    except SyntaxError as exc:
        line = (exc.text or "").rstrip("\n")
        pointer = " " * max((exc.offset or 1) - 1, 0) + "^" if line else ""
        return f"SyntaxError on line {exc.lineno}: {exc.msg}\n    {line}\n    {pointer}".rstrip()

    def on_alarm(signum, frame):
        raise TestTimeout(f"Importing your code took longer than {timeout_s:g} s.")

    signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout_s)
    try:
        __import__("solution")
    except SystemExit as exc:
        return (f"Your code called sys.exit({exc.code!r}) while being imported; "
                "keep top-level code to definitions.")
    except TestTimeout as exc:
        return str(exc) + " Keep top-level code to definitions (no long loops at import)."
    except BaseException as exc:  # the candidate's code may raise anything at all
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if Path(f.filename).name == SOLUTION]
        where = f" (line {frames[-1].lineno}: {frames[-1].line})" if frames else ""
        return (f"Importing your code raised {type(exc).__name__}: {exc}{where}")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return ""


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
