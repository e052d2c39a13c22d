"""Where content and data live, overridable by environment variables."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def content_root() -> Path:
    """Return the folder holding problems/, rubrics/, interviews/ and notes/."""
    return Path(os.environ.get("MOCKLOOP_CONTENT", PROJECT_ROOT)).resolve()


def data_dir() -> Path:
    """Return the folder for the local database (created on first use)."""
    return Path(os.environ.get("MOCKLOOP_DATA_DIR", PROJECT_ROOT / "data")).resolve()


def database_url() -> str:
    """Return the SQLAlchemy URL: MOCKLOOP_DATABASE_URL, else SQLite in the data dir."""
    url = os.environ.get("MOCKLOOP_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{data_dir() / 'mockloop.db'}"
