"""The OS side of grading: limits, bubblewrap arguments, pids cgroups, stale-run sweeping.

Layers, each used when available and reported by `detect_isolation()`:
- bubblewrap: a private mount namespace that shows only the system, the Python install, the
  harness and the job's files (read-only), plus a size-limited tmpfs at /tmp; the project and
  content folders are hidden even when they live under /usr; no network; a PID namespace.
- a pids cgroup (v1, or a writable v2 layout): bounds forks (RLIMIT_NPROC is not enforced for
  root, which is what we are in CI).
- rlimits: CPU seconds, address space, file size, open files; RLIMIT_NPROC for ordinary users.
"""

from __future__ import annotations

import functools
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.paths import PROJECT_ROOT, content_root, data_dir

CGROUP_V1_PIDS = Path("/sys/fs/cgroup/pids")
CGROUP_V2_MOUNTS = (Path("/sys/fs/cgroup"), Path("/sys/fs/cgroup/unified"))
CHILD_DIR = Path(__file__).parent / "child"
SANDBOX_CHILD_DIR = "/mockloop/child"
SANDBOX_JOBS_DIR = "/mockloop/jobs"
SYSTEM_TOPS = ("/usr", "/bin", "/lib", "/lib64", "/lib32", "/sbin")
RUN_PREFIX = "mockloop-grade-"


@dataclass(frozen=True)
class Limits:
    """Resource limits for one grading run, and how far it goes."""

    wall_s: float = 40.0
    cpu_s: int = 40
    memory_mb: int = 3072
    pids: int = 64
    file_mb: int = 16
    output_kb: int = 64
    test_timeout_s: float = 10.0
    disk_mb: int = 64
    # Fitted from recorded timings: a time budget the run's tests share, and what each test gets
    # at least even once the budget is spent (so one infinite loop does not cost every test).
    shared_budget_s: float | None = None
    test_floor_s: tuple[tuple[str, float], ...] = ()
    # Stop after this many failing tests (pytest's --maxfail); 0 runs them all. Only proofs use
    # it: a known-wrong solution needs one failing hidden test, not every test run to its timeout.
    max_failures: int = 0
    # Run only these tests (pytest node ids such as "test_hidden.py::test_x"); empty runs every
    # test of the run's files. Proofs use it to try first the test that caught a wrong one before.
    only_tests: tuple[str, ...] = ()


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

    def warnings(self) -> list[str]:
        """Return what candidate code can still do here, one sentence each, for `doctor`."""
        found = []
        if not self.namespaces:
            found += [
                "Without bubblewrap, candidate code runs as your user: it can read every file "
                "you can (the project, reference solutions, the database) and the /proc entries "
                "of your other processes.",
                "It can reach the network.",
                "Its environment is scrubbed and it starts in a fresh session; its processes are "
                "killed by session and by a per-run marker, but one that clears its environment "
                "and leaves the session can outlive the run"
                + (" (the pids cgroup still catches it)." if self.pids_cgroup else "."),
                "Disk use is bounded per file only (no size-limited tmpfs).",
            ]
        if not (self.pids_cgroup or self.nproc_rlimit):
            found.append("Nothing bounds the number of processes (root without a writable pids "
                         "cgroup): a fork bomb is stopped only by the time limit.")
        return found


@dataclass(frozen=True)
class Outcome:
    """How the sandboxed child ended and what it printed (cut to the output limit)."""

    returncode: int
    timed_out: bool
    wall_s: float
    stdout: str
    stderr: str
    cancelled: bool = False

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


def child_env(work: str, tmp: str, marker: str | None = None) -> dict[str, str]:
    """Return the whole environment of the sandbox: nothing of the server's leaks in."""
    one_thread = {k: "1" for k in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")}
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": work,
        "TMPDIR": tmp,
        "LANG": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
        "PYTHONWARNINGS": "ignore",
        **one_thread,
    }
    if marker:
        env["MOCKLOOP_RUN"] = marker
    return env


def bwrap_prefix(jobs_dir: Path, disk_mb: int) -> list[str]:
    """Return the bubblewrap command line for a sandbox that sees `jobs_dir` read-only."""
    args = ["bwrap", "--unshare-all", "--die-with-parent", "--new-session", "--hostname", "sandbox"]
    for top in SYSTEM_TOPS:
        path = Path(top)
        if path.is_symlink():
            args += ["--symlink", os.readlink(path), top]
        elif path.is_dir():
            args += ["--ro-bind", top, top]
    for etc_file in ("/etc/ld.so.cache", "/etc/localtime"):
        if Path(etc_file).exists():
            args += ["--ro-bind", etc_file, etc_file]
    # The size-limited /tmp comes before the Python binds: a venv under /tmp (a project cloned
    # there) is then bound on top of it instead of being hidden by it.
    args += ["--proc", "/proc", "--dev", "/dev",
             "--size", str(disk_mb * 1024 * 1024), "--tmpfs", "/tmp", "--dir", "/tmp/work"]
    hidden = _hidden_folders()
    for folder in hidden:
        args += ["--tmpfs", str(folder)]
    for root in _python_roots():
        visible = _under(root, [Path(t) for t in SYSTEM_TOPS]) and not _under(root, hidden)
        if not visible and root.is_dir():
            args += ["--ro-bind", str(root), str(root)]
    args += ["--ro-bind", str(CHILD_DIR.resolve()), SANDBOX_CHILD_DIR,
             "--ro-bind", str(jobs_dir), SANDBOX_JOBS_DIR, "--chdir", "/tmp/work"]
    return args + ["--"]


def _hidden_folders() -> list[Path]:
    """Return the project, content and data folders that a system bind would otherwise show."""
    tops = [Path(t) for t in SYSTEM_TOPS]
    folders = set()
    for folder in (PROJECT_ROOT, content_root(), data_dir()):
        folder = folder.resolve()
        if _under(folder, tops) and folder.is_dir():
            folders.add(folder)
    return sorted(folders)


def _under(path: Path, parents: list[Path]) -> bool:
    return any(path == p or path.is_relative_to(p) for p in parents)


def _python_roots() -> list[Path]:
    """Return the directories the child's Python needs: the venv and the base install."""
    roots = {Path(sys.prefix), Path(sys.base_prefix), Path(sys.exec_prefix)}
    roots.add(Path(os.path.realpath(sys.executable)).parent.parent)
    return sorted({r.resolve() for r in roots} | roots)


def _bwrap_works() -> bool:
    if shutil.which("bwrap") is None:
        return False
    probe = Path(tempfile.mkdtemp(prefix=f"{RUN_PREFIX}{os.getpid()}-probe-"))
    try:
        done = subprocess.run(
            bwrap_prefix(probe, 1) + [sys.executable, "-c", "pass"], capture_output=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    finally:
        shutil.rmtree(probe, ignore_errors=True)
    return done.returncode == 0


def user_process_count() -> int:
    """Count this user's processes (RLIMIT_NPROC counts them all, not just the run's)."""
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


def kill_marked(marker: str | None) -> None:
    """Kill every process whose environment carries this run's marker (no-namespace runs)."""
    if not marker:
        return
    needle = f"MOCKLOOP_RUN={marker}".encode()
    for _ in range(20):
        found = False
        for entry in os.listdir("/proc"):
            if not entry.isdigit() or int(entry) == os.getpid():
                continue
            try:
                with open(f"/proc/{entry}/environ", "rb") as handle:
                    if needle not in handle.read().split(b"\0"):
                        continue
                os.kill(int(entry), signal.SIGKILL)
                found = True
            except OSError:
                continue
        if not found:
            return
        time.sleep(0.01)


# --- pids cgroups -------------------------------------------------------------------------------


@functools.cache
def _pids_cgroup_root() -> Path | None:
    """Return a writable parent for per-run pids cgroups (v1, else a v2 layout), or None."""
    if os.environ.get("MOCKLOOP_CGROUP", "auto") == "none":
        return None
    if CGROUP_V1_PIDS.is_dir():
        parent = _probe_parent(CGROUP_V1_PIDS / "mockloop")
        if parent is not None:
            return parent
    return _v2_root()


def _probe_parent(parent: Path) -> Path | None:
    try:
        parent.mkdir(exist_ok=True)
        probe = parent / f"probe-{uuid.uuid4().hex[:8]}"
        probe.mkdir()
        try:
            (probe / "pids.max").write_text("8")
        finally:
            probe.rmdir()
        return parent
    except OSError:
        return None


def _v2_root() -> Path | None:
    """Find our own v2 cgroup and make a `mockloop` child of it that delegates the pids controller."""
    try:
        own = next(line[3:].strip() for line in Path("/proc/self/cgroup").read_text().splitlines()
                   if line.startswith("0::"))
    except (OSError, StopIteration):
        return None
    for mount in CGROUP_V2_MOUNTS:
        base = mount / own.lstrip("/")
        try:
            if "pids" not in (base / "cgroup.controllers").read_text().split():
                continue
            parent = base / "mockloop"
            parent.mkdir(exist_ok=True)
            # Only a cgroup without processes of its own (or the root) may delegate controllers.
            (base / "cgroup.subtree_control").write_text("+pids")
            (parent / "cgroup.subtree_control").write_text("+pids")
        except OSError:
            continue
        found = _probe_parent(parent)
        if found is not None:
            return found
    return None


def make_cgroup(pids: int) -> Path | None:
    """Create a per-run (or per-parent) pids cgroup named after this process, or return None."""
    parent = _pids_cgroup_root()
    if parent is None:
        return None
    group = parent / f"run-{os.getpid()}-{uuid.uuid4().hex[:12]}"
    try:
        group.mkdir()
        (group / "pids.max").write_text(str(pids))
    except OSError:
        return None
    return group


def join_cgroup(group: Path | None) -> None:
    """Move the calling process into `group` (called in a forked child before exec)."""
    if group is not None:
        fd = os.open(group / "cgroup.procs", os.O_WRONLY)
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)


def remove_cgroup(group: Path | None) -> None:
    """Kill everything left in `group`, then remove it."""
    if group is None:
        return
    for _ in range(100):
        try:
            pids = (group / "cgroup.procs").read_text().split()
        except OSError:
            break
        if not pids:
            break
        for pid in pids:
            try:
                os.kill(int(pid), signal.SIGKILL)
            except (ProcessLookupError, ValueError):
                pass
        time.sleep(0.01)
    try:
        group.rmdir()
    except OSError:
        pass


# --- leftovers of killed runs -------------------------------------------------------------------


@functools.cache
def sweep_stale() -> int:
    """Remove run folders and cgroups whose owning process is dead (once per process)."""
    removed = 0
    for folder in Path(tempfile.gettempdir()).glob(f"{RUN_PREFIX}*"):
        if _owner_dead(folder.name[len(RUN_PREFIX):]):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    parent = _pids_cgroup_root()
    for group in parent.glob("run-*") if parent is not None else []:
        if _owner_dead(group.name[len("run-"):]):
            remove_cgroup(group)
            removed += 1
    return removed


def _owner_dead(rest: str) -> bool:
    owner = rest.split("-", 1)[0]
    if not owner.isdigit():
        return False
    try:
        os.kill(int(owner), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
