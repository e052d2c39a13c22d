"""One error for a database that cannot be used, with one line that says what to do about it."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError

URL_FIX = "fix --database-url or MOCKLOOP_DATABASE_URL"


class StoreError(RuntimeError):
    """The database cannot be opened or used; the message is one line written for the user."""


def masked(url: str) -> str:
    """Return `url` with any password replaced by ***, even when it does not parse."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def store_error(url: str, exc: BaseException) -> StoreError:
    """Turn whatever opening `url` raised into a StoreError saying what is wrong and what to do."""
    shown = masked(url)
    detail = _first_line(exc, url)
    if isinstance(exc, NoSuchModuleError):
        return StoreError(f"database URL {shown} names a database kind SQLAlchemy does not know"
                          f" ({detail}); {URL_FIX}")
    if isinstance(exc, ArgumentError):
        return StoreError(f"database URL {shown!r} is not a valid SQLAlchemy URL"
                          f" (e.g. sqlite:///data/mockloop.db); {URL_FIX}")
    if isinstance(exc, ImportError):
        driver = exc.name or detail
        fix = f"install it or {URL_FIX}"
        if "psycopg" in driver:
            fix = ("pip install 'mockloop[postgres]' (psycopg 3, for postgresql:// and"
                   f" postgresql+psycopg:// URLs) or {URL_FIX}")
        return StoreError(f"database URL {shown} needs the Python driver '{driver}', which is not"
                          f" installed: {fix}")
    path = _sqlite_path(url)
    if path is None:
        return StoreError(f"cannot use the database at {shown}: {detail}; check that the server is"
                          f" running and that the URL's host, port, user, password and database are right")
    if path.is_dir():
        return StoreError(f"the database {path} is a folder, not a file: move it aside or point"
                          f" --database-url / MOCKLOOP_DATABASE_URL at a file")
    if isinstance(exc, OSError) or any(w in detail for w in ("readonly", "read-only", "unable to open")):
        return StoreError(f"cannot write the database {path}: {detail}; make {path.parent} writable,"
                          " or set MOCKLOOP_DATA_DIR (or --database-url) to a writable place")
    if isinstance(exc, DatabaseError) and any(w in detail for w in ("not a database", "malformed")):
        return StoreError(f"{path} is not a usable SQLite database ({detail}): move the file aside"
                          f" (e.g. mv {path} {path}.broken) and start again to get a fresh one")
    return StoreError(f"cannot use the database {path}: {detail}; if it is damaged, move the file aside"
                      " and start again to get a fresh one")


def _sqlite_path(url: str) -> Path | None:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite":
        return None
    return Path(parsed.database or ":memory:").expanduser()


def _first_line(exc: BaseException, url: str) -> str:
    inner = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(inner).splitlines() if line.strip()]
    text = lines[0] if lines else type(inner).__name__
    try:
        password = make_url(url).password
    except ArgumentError:
        password = None
    return text.replace(password, "***") if password else text
