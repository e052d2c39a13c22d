"""Who is acting: every session call names its participant, and the server checks the role."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from app.states import Role

# No 0/O, 1/I/L: a join code is read aloud or typed from a chat message.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6


@dataclass(frozen=True)
class Actor:
    """A participant of one session acting in a role (from a token the server checked)."""

    session_id: str
    participant_id: str
    role: Role


def new_token() -> str:
    """Return an unguessable participant token (URL-safe, 256 bits)."""
    return secrets.token_urlsafe(32)


def new_join_code() -> str:
    """Return a short join code for a partner to type."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
