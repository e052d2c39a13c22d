"""Fixtures for the grading tests: one warm Grader per test process, and leftover checks."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from app.grading import sandbox
from app.grading.pool import Grader, GraderSettings


@pytest.fixture(scope="session")
def warm_grader():
    """A warm Grader shared by the tests of this process (closed at the end)."""
    grader = Grader(GraderSettings(mode="warm", workers=2))
    yield grader
    grader.close()


@pytest.fixture
def tree():
    """Return a function listing the live descendants of a pid."""
    return descendants


@pytest.fixture
def leftovers():
    """Return a function listing this process's run folders and cgroups still on disk."""
    return leftover_runs


def descendants(pid: int) -> list[int]:
    """Return every live descendant of `pid` (zombies left out)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if stat[0] != "Z":
            children.setdefault(int(stat[1]), []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def leftover_runs(exclude: set[str] = frozenset()) -> list[str]:
    """Return this process's run folders and cgroups that still exist, minus `exclude`."""
    mine = f"{os.getpid()}-"
    found = [str(p) for p in Path(tempfile.gettempdir()).glob(f"{sandbox.RUN_PREFIX}{mine}*")]
    root = sandbox._pids_cgroup_root()
    if root is not None:
        found += [str(p) for p in root.glob(f"run-{mine}*")]
    return sorted(set(found) - set(exclude))
