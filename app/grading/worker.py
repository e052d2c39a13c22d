"""The host's handle on one in-sandbox parent: start it, hand it jobs, read replies, kill it."""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.grading import sandbox
from app.grading.sandbox import Limits, Outcome

PARENT_PIDS = 4  # bwrap outside, its init, the parent itself, one to spare
REPLY_GRACE_S = 15.0


class Cancelled(Exception):
    """The caller's cancel event was set while a job was waiting or running."""


@dataclass(frozen=True)
class Job:
    """One submission, laid out in a job folder the parent sees read-only."""

    id: str
    folder: Path
    tests: list[str]
    hidden: list[str]
    limits: Limits
    nonce: str


class SandboxParent:
    """A long-lived (warm) or one-shot (cold) parent process inside the sandbox."""

    def __init__(self, root: Path, warm: bool, limits: Limits):
        self.root = root
        self.jobs = root / "jobs"
        self.jobs.mkdir(parents=True, exist_ok=True)
        self.isolation = sandbox.detect_isolation()
        self.warm = warm and self.isolation.namespaces
        self.disk_mb = limits.disk_mb
        self.cgroup = sandbox.make_cgroup(limits.pids + PARENT_PIDS) if self.isolation.pids_cgroup else None
        self.marker = None if self.isolation.namespaces else uuid.uuid4().hex
        self.ready = False
        self._pending = b""
        if self.isolation.namespaces:
            self.work, self.tmp, self.child_dir = "/tmp/work", "/tmp", sandbox.SANDBOX_CHILD_DIR
            prefix = sandbox.bwrap_prefix(self.jobs, limits.disk_mb)
        else:
            work = root / "work"
            work.mkdir(exist_ok=True)
            self.work = self.tmp = str(work)
            self.child_dir, prefix = str(sandbox.CHILD_DIR.resolve()), []
        argv = [*prefix, sys.executable, "-s", "-B", f"{self.child_dir}/mockloop_parent.py"]
        argv += ["--warm"] if self.warm else []
        argv += ["--pidns"] if self.isolation.namespaces else []
        try:
            with open(root / "parent.log", "wb") as log:
                self.proc = subprocess.Popen(
                    argv, cwd=root, env=sandbox.child_env(self.work, self.tmp, self.marker),
                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log,
                    start_new_session=True, preexec_fn=lambda: sandbox.join_cgroup(self.cgroup),
                )
        except BaseException:
            sandbox.remove_cgroup(self.cgroup)
            raise
        self._lock = threading.Lock()

    def job_path(self, job: Job) -> str:
        """Return where the parent sees the job folder."""
        if self.isolation.namespaces:
            return f"{sandbox.SANDBOX_JOBS_DIR}/{job.folder.name}"
        return str(job.folder)

    def wait_ready(self, timeout_s: float, cancel: threading.Event | None = None) -> bool:
        """Wait for the parent's ready line; False if it died or took too long."""
        if self.ready:
            return True
        message = self._read_line(time.monotonic() + timeout_s, cancel)
        self.ready = bool(message and message.get("ready"))
        return self.ready

    def run(self, job: Job, cancel: threading.Event | None = None) -> tuple[Outcome, str] | None:
        """Run `job`; return (outcome, raw events), or None if the parent died or hung."""
        limits = job.limits
        if self.cgroup is not None:
            try:
                (self.cgroup / "pids.max").write_text(str(limits.pids + PARENT_PIDS))
            except OSError:
                pass
        nproc = None
        if self.cgroup is None and self.isolation.nproc_rlimit:
            nproc = sandbox.user_process_count() + limits.pids
        config = {
            "job_dir": self.job_path(job), "nonce": job.nonce, "tests": job.tests,
            "hidden": job.hidden, "test_timeout_s": limits.test_timeout_s,
            "shared_budget_s": limits.shared_budget_s, "test_floor_s": dict(limits.test_floor_s),
            # Importing numpy or torch can take seconds on a busy machine; the wall limit still rules.
            "import_timeout_s": max(limits.test_timeout_s, limits.wall_s * 0.75),
            "disk_mb": min(limits.disk_mb, self.disk_mb),
            "max_failures": limits.max_failures, "only_tests": list(limits.only_tests),
        }
        message = {
            "id": job.id, "config": config, "work": self.work,
            "scratch": self.tmp if self.isolation.namespaces else None, "marker": self.marker,
            "wall_s": limits.wall_s, "cpu_s": limits.cpu_s, "memory_mb": limits.memory_mb,
            "file_mb": limits.file_mb, "output_kb": limits.output_kb, "nproc": nproc,
        }
        try:
            self.proc.stdin.write((json.dumps(message) + "\n").encode())
            self.proc.stdin.flush()
        except OSError:
            return None
        deadline = time.monotonic() + limits.wall_s + REPLY_GRACE_S
        while True:
            reply = self._read_line(deadline, cancel)
            if reply is None:
                return None
            if reply.get("id") == job.id:
                break
        outcome = Outcome(
            returncode=int(reply.get("returncode", -9)), timed_out=bool(reply.get("timed_out")),
            wall_s=float(reply.get("wall_s", 0.0)), stdout=str(reply.get("stdout", "")),
            stderr=str(reply.get("stderr", "")),
        )
        return outcome, str(reply.get("events", ""))

    def _read_line(self, deadline: float, cancel: threading.Event | None) -> dict | None:
        """Read the parent's next JSON line; None on end of file or deadline; raise on cancel."""
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._pending:
            if cancel is not None and cancel.is_set():
                raise Cancelled
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            readable, _, _ = select.select([fd], [], [], min(0.05, remaining))
            if readable:
                data = os.read(fd, 1 << 20)
                if not data:
                    return None
                self._pending += data
        line, self._pending = self._pending.split(b"\n", 1)
        try:
            message = json.loads(line)
        except ValueError:
            return {}
        return message if isinstance(message, dict) else {}

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        """Kill the parent and everything in its sandbox, and remove its folders and cgroup."""
        with self._lock:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            sandbox.remove_cgroup(self.cgroup)
            for stream in (self.proc.stdin, self.proc.stdout):
                try:
                    stream.close()
                except OSError:
                    pass
            self.proc.wait()
            sandbox.kill_marked(self.marker)
            sandbox.remove_cgroup(self.cgroup)
            shutil.rmtree(self.root, ignore_errors=True)
