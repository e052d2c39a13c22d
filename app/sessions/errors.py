"""Errors the session logic raises; each message is written for the person acting."""

from __future__ import annotations


class SessionError(ValueError):
    """A move that is not allowed in the session's current state; the message is for the user."""


class AccessDenied(SessionError):
    """The caller is not a participant of this session in a role allowed to do this."""


class LoopAlreadyRunning(SessionError):
    """Another interview loop is still running; finish or abandon it first."""

    def __init__(self, session_id: str) -> None:
        super().__init__("Another interview loop is still running. Resume it, or abandon it first.")
        self.session_id = session_id


class StaleEdit(SessionError):
    """A save or submit from a tab whose copy is older than the stored one."""

    def __init__(self, version: int) -> None:
        super().__init__("This round was changed in another tab or window since this one loaded it. "
                         "Reload to continue from the newer copy; nothing was overwritten.")
        self.version = version
