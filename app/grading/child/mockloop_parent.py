"""The in-sandbox parent: optionally warm the heavy imports, then fork one fresh child per job.

Started by the grader inside the sandbox with a scrubbed environment. It reads one job per line
on stdin and answers one JSON line on stdout: the child's raw event lines, how it ended and what
it printed. A child never serves a second job; after each job every other process in the sandbox
is killed and the scratch tmpfs is emptied. Must not import anything from `app`.
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import resource
import select
import shutil
import signal
import sys
import time
import traceback

import mockloop_child

EVENTS_CAP = 8 * 1024 * 1024
PR_SET_DUMPABLE = 4


def main(argv: list[str]) -> int:
    warm, pidns = "--warm" in argv, "--pidns" in argv
    reply_fd = os.dup(1)
    # Not dumpable: a child running as the same user cannot open /proc/<parent>/fd or mem.
    try:
        ctypes.CDLL(None).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if warm:
        warm_up()
    _write_line(reply_fd, {"ready": True, "pid": os.getpid()})
    pending = b""
    while True:
        while b"\n" not in pending:
            data = os.read(0, 1 << 16)
            if not data:
                return 0
            pending += data
        line, pending = pending.split(b"\n", 1)
        job = json.loads(line)
        _write_line(reply_fd, run(job, pidns))


def warm_up() -> None:
    """Import what the tests use and run pytest once, so each forked child starts warm."""
    import pytest
    from mockloop_plugin import Recorder

    try:
        import numpy  # noqa: F401
    except ImportError:
        pass
    try:
        import torch
        import torch.nn.functional  # noqa: F401
        import torch.optim  # noqa: F401

        # A multi-threaded op before fork leaves the children's thread pool deadlocked.
        torch.set_num_threads(1)
        torch.set_num_interop_threads(1)
        (torch.ones(4, 4) @ torch.ones(4, 4)).sum().item()
        # The first optimizer built in a process imports torch._dynamo, which takes seconds.
        weight = torch.zeros(2, requires_grad=True)
        for optimizer in (torch.optim.SGD([weight], lr=0.1), torch.optim.Adam([weight])):
            (weight * 2.0).sum().backward()
            optimizer.step()
            optimizer.zero_grad()
        import torch.utils.data  # noqa: F401
    except ImportError:
        pass
    folder = "/tmp/mockloop-warm-up"
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "test_warm_up.py"), "w") as handle:
        handle.write("def test_warm_up():\n    assert True\n")
    devnull = os.open(os.devnull, os.O_WRONLY)
    recorder = Recorder(devnull, "", set(), 10.0, 1)
    saved = os.dup(1), os.dup(2)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    try:
        pytest.main([folder, "--rootdir", folder, *mockloop_child.PYTEST_ARGS], plugins=[recorder])
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in (*saved, devnull):
            os.close(fd)
    sys.modules.pop("test_warm_up", None)
    shutil.rmtree(folder, ignore_errors=True)
    mockloop_child.prepare_pytest()
    # Without freezing, pytest's gc.collect in every child walks the whole torch heap.
    gc.collect()
    gc.freeze()


def run(job: dict, pidns: bool) -> dict:
    """Fork a child for `job`, collect its output until it ends or the wall limit, kill the rest."""
    started = time.monotonic()
    scratch = job.get("scratch")
    if scratch:
        _empty(scratch)
    os.makedirs(job["work"], exist_ok=True)
    pipes = [os.pipe() for _ in range(3)]
    pid = os.fork()
    if pid == 0:
        _child(job, *(w for _, w in pipes))
    for _, write in pipes:
        os.close(write)
    reads = [r for r, _ in pipes]
    output_cap = job["output_kb"] * 1024
    caps = dict(zip(reads, (EVENTS_CAP, output_cap, output_cap), strict=True))
    buffers = {fd: bytearray() for fd in reads}
    poller = select.poll()
    for fd in reads:
        os.set_blocking(fd, False)
        poller.register(fd, select.POLLIN)
    deadline = started + job["wall_s"]
    status, timed_out, open_fds = None, False, set(reads)
    while True:
        done, code = os.waitpid(pid, os.WNOHANG)
        if done:
            status = code
            break
        if _reported_done(buffers[reads[0]], job["config"]["nonce"], pid):
            # Every result is in: pytest's own teardown and the exit would only cost time.
            break
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            timed_out = True
            break
        for fd, _ in poller.poll(max(1, min(50, int(remaining * 1000)))):
            if not _drain(fd, buffers[fd], caps[fd]):
                poller.unregister(fd)
                open_fds.discard(fd)
        if not open_fds:
            time.sleep(0.005)
    _kill_rest(pid, pidns, job.get("marker"))
    if status is None:
        status = os.waitpid(pid, 0)[1]
    for fd in reads:
        _drain(fd, buffers[fd], caps[fd])
        os.close(fd)
    if scratch:
        _empty(scratch)
    events, out, err = (buffers[fd].decode("utf-8", errors="replace") for fd in reads)
    return {"id": job["id"], "events": events, "returncode": os.waitstatus_to_exitcode(status),
            "timed_out": timed_out, "wall_s": time.monotonic() - started, "stdout": out,
            "stderr": err}


def _reported_done(events: bytearray, nonce: str, pid: int) -> bool:
    """Say whether the last complete event line is this run's `done`, sent by the child `pid`.

    A process forked by the candidate's code reports too; its `done` does not end the run.
    """
    end = events.rfind(b"\n")
    if end < 0 or b'"done"' not in events[max(0, events.rfind(b"\n", 0, end)):end]:
        return False
    try:
        event = json.loads(events[events.rfind(b"\n", 0, end) + 1:end])
    except ValueError:
        return False
    return (isinstance(event, dict) and event.get("event") == "done" and event.get("nonce") == nonce
            and event.get("pid") == pid)


def _drain(fd: int, buffer: bytearray, cap: int) -> bool:
    """Read what `fd` has now into `buffer` (keeping at most `cap` bytes); False at end of file."""
    while True:
        try:
            data = os.read(fd, 1 << 16)
        except BlockingIOError:
            return True
        except OSError:
            return False
        if not data:
            return False
        buffer += data[: max(0, cap - len(buffer))]


def _child(job: dict, events_w: int, out_w: int, err_w: int) -> None:
    """Become the grading child: fresh session, private fds, limits, then the job. Never returns."""
    code = 0
    try:
        os.setsid()
        devnull = os.open(os.devnull, os.O_RDONLY)
        for fd, target in ((devnull, 0), (out_w, 1), (err_w, 2), (events_w, 3)):
            os.dup2(fd, target)
        os.closerange(4, resource.getrlimit(resource.RLIMIT_NOFILE)[0])
        os.chdir(job["work"])
        _limit_self(job)
        mockloop_child.run_job(job["config"], 3)
    except BaseException:  # the harness reports any failure of its own on stderr
        traceback.print_exc()
        code = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:  # noqa: S110 - a closed or full stream must not block the exit
                pass
        os._exit(code)


def _limit_self(job: dict) -> None:
    mapped = _mapped_bytes()
    memory = mapped + job["memory_mb"] * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (job["cpu_s"], job["cpu_s"] + 1))
    size = job["file_mb"] * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if job.get("nproc"):
        resource.setrlimit(resource.RLIMIT_NPROC, (job["nproc"], job["nproc"]))


def _mapped_bytes() -> int:
    """Return the address space this process already maps (the warm imports), or 0."""
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _kill_rest(child: int, pidns: bool, marker: str | None) -> None:
    """Kill the child and everything it started; in a PID namespace, every process but us."""
    me = os.getpid()
    for _ in range(200):
        try:
            os.killpg(child, signal.SIGKILL)
        except OSError:
            pass
        left = [pid for pid in _pids() if pid not in (1, me) and (pidns or _has_marker(pid, marker))]
        left = [pid for pid in left if not _is_zombie(pid)]
        if not left:
            return
        for pid in left:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.01)


def _pids() -> list[int]:
    try:
        return [int(name) for name in os.listdir("/proc") if name.isdigit()]
    except OSError:
        return []


def _is_zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except (OSError, IndexError):
        return True


def _has_marker(pid: int, marker: str | None) -> bool:
    if not marker:
        return False
    try:
        with open(f"/proc/{pid}/environ", "rb") as handle:
            return marker.encode() in handle.read().split(b"\0")
    except OSError:
        return False


def _empty(folder: str) -> None:
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            try:
                os.unlink(path)
            except OSError:
                pass


def _write_line(fd: int, message: dict) -> None:
    data = (json.dumps(message) + "\n").encode()
    while data:
        data = data[os.write(fd, data):]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
