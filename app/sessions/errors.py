"""Errors the session logic raises; each message is written for the person acting."""

from __future__ import annotations


class SessionError(ValueError):
    """A move that is not allowed in the session's current state; the message is for the user."""


class AccessDenied(SessionError):
    """The caller is not a participant of this session in a role allowed to do this."""
