"""One settings object for a Mockloop server, built from the environment or given by a test.

Nothing below `app/` reads `os.environ` for these settings: the CLI and the Streamlit entry
point build a `Settings` once (`Settings.from_env`) and pass it in; tests build one directly.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.paths import PROJECT_ROOT

GRADER_MODES = ("warm", "cold")
QUEUE_BACKENDS = ("embedded",)


def default_workers() -> int:
    """Return how many grades run at once by default: one per core, at least one."""
    return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Settings:
    """Where content and data live, and how grading runs."""

    content_root: Path = PROJECT_ROOT
    data_dir: Path = PROJECT_ROOT / "data"
    database_url: str = ""
    grader_mode: str = "warm"
    grader_workers: int = field(default_factory=default_workers)
    queue_backend: str = "embedded"

    def __post_init__(self) -> None:
        if self.grader_mode not in GRADER_MODES:
            raise ValueError(f"grader mode must be one of {', '.join(GRADER_MODES)}, "
                             f"not {self.grader_mode!r}")
        if self.queue_backend not in QUEUE_BACKENDS:
            raise ValueError(f"queue backend must be one of {', '.join(QUEUE_BACKENDS)}, "
                             f"not {self.queue_backend!r}")
        if self.grader_workers < 1:
            raise ValueError("grader workers must be at least 1")
        if not self.database_url:
            object.__setattr__(self, "database_url", f"sqlite:///{self.data_dir / 'mockloop.db'}")

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """Build settings from MOCKLOOP_* variables (the ones `mockloop serve` passes on)."""
        data = Path(env.get("MOCKLOOP_DATA_DIR", PROJECT_ROOT / "data")).resolve()
        workers = env.get("MOCKLOOP_GRADER_WORKERS", "")
        return cls(
            content_root=Path(env.get("MOCKLOOP_CONTENT", PROJECT_ROOT)).resolve(),
            data_dir=data,
            database_url=env.get("MOCKLOOP_DATABASE_URL", ""),
            grader_mode=env.get("MOCKLOOP_GRADER", "warm"),
            grader_workers=int(workers) if workers.strip().isdigit() else default_workers(),
            queue_backend=env.get("MOCKLOOP_QUEUE", "embedded"),
        )
