"""Password hashing with argon2id, run off the event loop.

Argon2 is deliberately slow (tens of milliseconds); doing it on the loop would stall
every other request of the management server, so it runs in a worker thread.
"""

from __future__ import annotations

import asyncio
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_HASHER = PasswordHasher()
# Verified against when the user does not exist, so both cases take the same time.
_DUMMY_HASH = _HASHER.hash(secrets.token_urlsafe(16))

MIN_PASSWORD_LENGTH = 8


def configure_hashing(time_cost: int, memory_cost: int, parallelism: int = 1) -> None:
    """Change argon2 cost (tests use cheap settings; existing hashes keep verifying)."""
    global _HASHER
    _HASHER = PasswordHasher(time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism)


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(_HASHER.hash, password)


async def verify_password(password_hash: str | None, password: str) -> bool:
    """True when `password` matches; a None hash burns the same time and fails."""
    return await asyncio.to_thread(
        _verify, password_hash or _DUMMY_HASH, password, password_hash is not None
    )


def _verify(password_hash: str, password: str, real: bool) -> bool:
    try:
        return _HASHER.verify(password_hash, password) and real
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def generate_password() -> str:
    """A random password for the bootstrap admin when ADMIN_PASSWORD is not set."""
    return secrets.token_urlsafe(18)
