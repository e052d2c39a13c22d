"""Run a command with the candidate's code under OS limits, in namespaces where the OS allows.

Layers, each used when available and reported by `detect_isolation()`:
- bubblewrap: a private mount namespace that shows only the system, the Python install and the
  work directory; no network; a PID namespace torn down with the run.
- a pids cgroup: bounds forks (RLIMIT_NPROC is not enforced for root, which is what we are in CI).
- rlimits: CPU seconds, address space, file size, open files; RLIMIT_NPROC for ordinary users.
"""

from __future__ import annotations

import functools
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

CGROUP_V1_PIDS = Path("/sys/fs/cgroup/pids")


@dataclass(frozen=True)
class Limits:
    """Resource limits for one grading run."""

    wall_s: float = 40.0
    cpu_s: int = 40
    memory_mb: int = 3072
    pids: int = 64
    file_mb: int = 16
    output_kb: int = 64
    test_timeout_s: float = 10.0


@dataclass(frozen=True)
class Isolation:
    """Which isolation layers are in force on this machine."""

    namespaces: bool
    pids_cgroup: bool
    nproc_rlimit: bool

    def describe(self) -> str:
        """Return a one-line summary for `mockloop doctor` and reports."""
        parts = []
        if self.namespaces:
            parts.append("bubblewrap namespaces (filesystem limited to the work dir, no network)")
        if self.pids_cgroup:
            parts.append("pids cgroup")
        elif self.nproc_rlimit:
            parts.append("RLIMIT_NPROC")
        parts.append("rlimits (cpu, memory, file size)")
        text = " + ".join(parts)
        if not self.namespaces:
            text += "; WARNING: no filesystem or network isolation on this machine"
        return text


@dataclass(frozen=True)
class Outcome:
    """How the sandboxed process ended and what it printed (cut to the output limit)."""

    returncode: int
    timed_out: bool
    wall_s: float
    stdout: str
    stderr: str

    @property
    def signal_name(self) -> str | None:
        if self.returncode < 0:
            try:
                return signal.Signals(-self.returncode).name
            except ValueError:
                return f"signal {-self.returncode}"
        return None


@functools.cache
def detect_isolation() -> Isolation:
    """Probe once which layers work here; MOCKLOOP_SANDBOX=none turns namespaces off."""
    namespaces = os.environ.get("MOCKLOOP_SANDBOX", "auto") != "none" and _bwrap_works()
    cgroup = _pids_cgroup_root() is not None
    return Isolation(namespaces=namespaces, pids_cgroup=cgroup, nproc_rlimit=os.geteuid() != 0)


def run(argv: list[str], workdir: Path, limits: Limits, env: dict[str, str]) -> Outcome:
    """Run `argv` inside the sandbox with `workdir` as its only writable directory."""
    isolation = detect_isolation()
    command = (_bwrap_prefix(workdir) + argv) if isolation.namespaces else argv
    cgroup = _make_cgroup(limits.pids) if isolation.pids_cgroup else None
    out_path, err_path = workdir.parent / "stdout.txt", workdir.parent / "stderr.txt"
    started = time.monotonic()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        proc = subprocess.Popen(
            command,
            cwd=workdir,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=True,
            preexec_fn=functools.partial(_limit_self, limits, cgroup, isolation),
        )
        timed_out = False
        try:
            proc.wait(timeout=limits.wall_s)
        except subprocess.TimeoutExpired:
            timed_out = True
        finally:
            _kill_tree(proc, cgroup)
    wall = time.monotonic() - started
    cap = limits.output_kb * 1024
    returncode = proc.returncode
    if isolation.namespaces and returncode > 128:
        # bubblewrap reports a child killed by signal N as exit status 128 + N.
        returncode = -(returncode - 128)
    return Outcome(
        returncode=returncode,
        timed_out=timed_out,
        wall_s=wall,
        stdout=_read_capped(out_path, cap),
        stderr=_read_capped(err_path, cap),
    )


def _limit_self(limits: Limits, cgroup: Path | None, isolation: Isolation) -> None:
    """Apply limits in the forked child just before exec (only async-signal-safe-ish calls)."""
    if cgroup is not None:
        fd = os.open(cgroup / "cgroup.procs", os.O_WRONLY)
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)
    memory = limits.memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_s, limits.cpu_s + 1))
    size = limits.file_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if cgroup is None and isolation.nproc_rlimit:
        # RLIMIT_NPROC counts every process of this user, so leave room for the ones running now.
        resource.setrlimit(resource.RLIMIT_NPROC, (_user_process_count() + limits.pids,) * 2)


def _kill_tree(proc: subprocess.Popen, cgroup: Path | None) -> None:
    """Kill the process group and everything left in the cgroup, then reap the child."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    if cgroup is not None:
        for _ in range(50):
            pids = (cgroup / "cgroup.procs").read_text().split()
            if not pids:
                break
            for pid in pids:
                try:
                    os.kill(int(pid), signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.01)
    proc.wait()
    if cgroup is not None:
        try:
            cgroup.rmdir()
        except OSError:
            pass


def _read_capped(path: Path, cap: int) -> str:
    with open(path, "rb") as handle:
        data = handle.read(cap + 1)
    text = data[:cap].decode("utf-8", errors="replace")
    return text + ("\n... (output cut)" if len(data) > cap else "")


def _user_process_count() -> int:
    uid = os.getuid()
    count = 0
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if entry.isdigit():
            try:
                if os.stat(f"/proc/{entry}").st_uid == uid:
                    count += 1
            except OSError:
                pass
    return count or 256


def _python_roots() -> list[Path]:
    """Return the directories the child's Python needs: the venv and the base install."""
    roots = {Path(sys.prefix), Path(sys.base_prefix), Path(sys.exec_prefix)}
    roots.add(Path(os.path.realpath(sys.executable)).parent.parent)
    return sorted({r.resolve() for r in roots} | roots)


def _bwrap_prefix(workdir: Path) -> list[str]:
    args = ["bwrap", "--unshare-all", "--die-with-parent", "--new-session", "--hostname", "sandbox"]
    for top in ("/usr", "/bin", "/lib", "/lib64", "/lib32", "/sbin"):
        path = Path(top)
        if path.is_symlink():
            args += ["--symlink", os.readlink(path), top]
        elif path.is_dir():
            args += ["--ro-bind", top, top]
    for etc_file in ("/etc/ld.so.cache", "/etc/localtime"):
        if Path(etc_file).exists():
            args += ["--ro-bind", etc_file, etc_file]
    args += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
    for root in _python_roots():
        if not str(root).startswith(("/usr/", "/bin", "/lib")) and root.is_dir():
            args += ["--ro-bind", str(root), str(root)]
    args += ["--bind", str(workdir), str(workdir), "--chdir", str(workdir)]
    return args + ["--"]


def _bwrap_works() -> bool:
    if shutil.which("bwrap") is None:
        return False
    probe = Path("/tmp") if Path("/tmp").is_dir() else Path.cwd()
    try:
        done = subprocess.run(
            _bwrap_prefix(probe) + [sys.executable, "-c", "pass"],
            capture_output=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@functools.cache
def _pids_cgroup_root() -> Path | None:
    """Return a writable parent for per-run pids cgroups, or None."""
    if os.environ.get("MOCKLOOP_CGROUP", "auto") == "none":
        return None
    if CGROUP_V1_PIDS.is_dir():
        parent = CGROUP_V1_PIDS / "mockloop"
        try:
            parent.mkdir(exist_ok=True)
            probe = parent / f"probe-{uuid.uuid4().hex[:8]}"
            probe.mkdir()
            probe.rmdir()
            return parent
        except OSError:
            return None
    return None


def _make_cgroup(pids: int) -> Path | None:
    parent = _pids_cgroup_root()
    if parent is None:
        return None
    group = parent / f"run-{uuid.uuid4().hex}"
    try:
        group.mkdir()
        (group / "pids.max").write_text(str(pids))
    except OSError:
        return None
    return group
