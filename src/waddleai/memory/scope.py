"""Who a memory session belongs to, and what a client may name one.

A session is private to the key's user within the key's organization (a key without a
user: to the key itself). Another user naming the same session shares nothing, because
the name is only ever looked up under the caller's own (org, owner).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from waddleai.auth.principal import Principal
from waddleai.core.errors import GatewayError

SESSION_HEADER = "x-waddleai-memory"
TYPE_HEADER = "x-waddleai-memory-type"
SESSION_PATTERN = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")
MemoryType = Literal["conversation", "summary", "facts"]
TYPES: tuple[str, ...] = ("conversation", "summary", "facts")


@dataclass(frozen=True, slots=True)
class SessionKey:
    org_id: int  # 0: the key has no organization
    owner: str  # "user:<id>", or "key:<id>" for a key without a user
    session: str


def owner_of(principal: Principal) -> str:
    if principal.user_id is not None:
        return f"user:{principal.user_id}"
    return f"key:{principal.key_id}"[:80]


def user_owner(user_id: int) -> str:
    return f"user:{user_id}"


def session_key(principal: Principal, session: str) -> SessionKey:
    return SessionKey(principal.org_id or 0, owner_of(principal), session)


def check_session(name: str) -> str:
    """The session name as given, or a 400 saying what a name may be."""
    if not SESSION_PATTERN.match(name):
        raise GatewayError(
            400,
            "X-WaddleAI-Memory must be a session name of 1-128 characters from A-Z a-z 0-9 . _ : -",
            code="invalid_memory_session",
        )
    return name


def memory_type(raw: str | None) -> MemoryType:
    kind = (raw or "conversation").strip().lower()
    if kind not in TYPES:
        raise GatewayError(
            400,
            f"X-WaddleAI-Memory-Type must be one of {', '.join(TYPES)}",
            code="invalid_memory_type",
        )
    return kind  # type: ignore[return-value]
