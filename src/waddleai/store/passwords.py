"""Password hashing with argon2id, run off the event loop.

Argon2 is deliberately slow (tens of milliseconds); doing it on the loop would stall
every other request of the management server, so it runs in a worker thread.

The hasher (and the argon2 bindings) are made on first use: the proxy imports this
module through the store package but never hashes a password, and the dummy hash
below costs one full argon2 run (64 MiB, tens of milliseconds) at every start.
"""

from __future__ import annotations

import asyncio
import secrets
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argon2 import PasswordHasher

_HASHER: PasswordHasher | None = None
# Verified against when the user does not exist, so both cases take the same time.
_DUMMY_HASH: str | None = None

MIN_PASSWORD_LENGTH = 8


def _hasher() -> PasswordHasher:
    global _HASHER, _DUMMY_HASH
    if _HASHER is None:
        from argon2 import PasswordHasher

        _HASHER = PasswordHasher()
    if _DUMMY_HASH is None:
        _DUMMY_HASH = _HASHER.hash(secrets.token_urlsafe(16))
    return _HASHER


def configure_hashing(time_cost: int, memory_cost: int, parallelism: int = 1) -> None:
    """Change argon2 cost (tests use cheap settings; existing hashes keep verifying)."""
    global _HASHER
    from argon2 import PasswordHasher

    _HASHER = PasswordHasher(time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism)


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(_hash, password)


def _hash(password: str) -> str:
    return _hasher().hash(password)


async def verify_password(password_hash: str | None, password: str) -> bool:
    """True when `password` matches; a None hash burns the same time and fails."""
    return await asyncio.to_thread(_verify, password_hash, password)


def _verify(password_hash: str | None, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    hasher = _hasher()
    try:
        return hasher.verify(password_hash or _DUMMY_HASH or "", password) and (
            password_hash is not None
        )
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def generate_password() -> str:
    """A random password for the bootstrap admin when ADMIN_PASSWORD is not set."""
    return secrets.token_urlsafe(18)
