"""Run one job in a freshly forked grading child: import the candidate's code, then pytest.

Runs inside the sandbox and must not import anything from `app`. The harness (this module and
the plugin) is taken out of `sys.modules` and `sys.path` before the candidate's code is imported,
the environment and working directory are restored after it, and pytest loads no conftest, no
ini file and no plugin the candidate could have written.
"""

from __future__ import annotations

import os
import signal
import sys
import traceback
from pathlib import Path

CHILD_DIR = str(Path(__file__).resolve().parent)
if CHILD_DIR not in sys.path:
    sys.path.insert(0, CHILD_DIR)

from mockloop_plugin import (  # noqa: E402
    MESSAGE_LIMIT,
    Recorder,
    TestTimeout,
    cut,
    explain_exception,
)

SOLUTION = "solution.py"
_PREPARED = None  # a pytest Config whose plugin manager the warm parent built before forking
HARNESS_MODULES = ("mockloop_plugin", "mockloop_child", "mockloop_parent")
# Plugins the problems' tests do not use cost startup time in every child.
UNUSED_PLUGINS = ("cacheprovider", "stepwise", "doctest", "junitxml", "pastebin", "legacypath",
                  "unraisableexception", "threadexception", "faulthandler", "setuponly",
                  "setupplan", "warnings", "logging", "debugging", "nose")
PYTEST_ARGS = ["-q", "-c", str(Path(CHILD_DIR) / "pytest.ini"), "--noconftest",
               *(arg for name in UNUSED_PLUGINS for arg in ("-p", f"no:{name}")),
               "--tb=native", "--color=no"]


def run_job(config: dict, events_fd: int) -> None:
    """Grade the job described by `config`, writing events to `events_fd`."""
    # Writes past the file-size limit then fail with EFBIG instead of killing the process.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    job_dir = config["job_dir"]
    recorder = Recorder(events_fd, config["nonce"], set(config["hidden"]), config["test_timeout_s"],
                        config["disk_mb"], config.get("shared_budget_s"), config.get("test_floor_s"))
    hooks = _hook_code(recorder)
    _hide_harness()
    sys.path.insert(0, job_dir)
    environ, cwd = dict(os.environ), os.getcwd()
    problem = import_solution(Path(job_dir) / SOLUTION, config["import_timeout_s"], config["disk_mb"])
    os.environ.clear()
    os.environ.update(environ)
    os.chdir(cwd)
    if not problem and _hook_code(recorder) != hooks:
        problem = ("Your code changed the test harness while being imported; "
                   "keep top-level code to definitions.")
    if problem:
        recorder.emit({"event": "import_error", "message": cut(problem, MESSAGE_LIMIT)})
        return
    tests = [str(Path(job_dir) / name) for name in config["tests"]]
    only = [node for node in config.get("only_tests") or () if node.split("::", 1)[0] in config["tests"]]
    if only:
        tests = [str(Path(job_dir) / node) for node in only]
    stop = [f"--maxfail={int(config['max_failures'])}"] if config.get("max_failures") else []
    run_pytest([*tests, "--rootdir", job_dir, *PYTEST_ARGS, *stop], recorder)


def prepare_pytest() -> None:
    """Build pytest's plugin manager with its builtin plugins now, once, for every later child."""
    from _pytest.config import get_config

    global _PREPARED
    _PREPARED = get_config(list(PYTEST_ARGS), prog="pytest.main()")


def run_pytest(args: list[str], recorder: Recorder) -> None:
    """Run pytest as `pytest.main` does, on the prepared plugin manager when there is one."""
    import pytest

    prepared = _PREPARED
    if prepared is None:
        pytest.main(args, plugins=[recorder])
        return
    os.environ["PYTEST_VERSION"] = pytest.__version__
    manager = prepared.pluginmanager
    manager.register(recorder)
    config = manager.hook.pytest_cmdline_parse(pluginmanager=manager, args=args)
    try:
        config.hook.pytest_cmdline_main(config=config)
    finally:
        config._ensure_unconfigure()


def _hook_code(recorder: Recorder) -> tuple:
    """Return what the recorder's hooks are made of, to notice the candidate patching them."""
    cls = type(recorder)
    methods = {name: getattr(value, "__code__", value) for name, value in vars(cls).items()}
    return cls, methods, sorted(vars(recorder))


def _hide_harness() -> None:
    for name in HARNESS_MODULES:
        sys.modules.pop(name, None)
    sys.path[:] = [p for p in sys.path if p != CHILD_DIR]


def import_solution(path: Path, timeout_s: float, disk_mb: int) -> str:
    """Import the candidate's module once; return a message for the candidate if that fails."""
    source = path.read_text(encoding="utf-8", errors="replace")
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
        friendly = explain_exception(exc, disk_mb)
        if friendly:
            return "While importing your code: " + friendly
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if Path(f.filename).name == SOLUTION]
        where = f" (line {frames[-1].lineno}: {frames[-1].line})" if frames else ""
        return f"Importing your code raised {type(exc).__name__}: {exc}{where}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return ""
