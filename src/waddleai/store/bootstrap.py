"""First start: the `admin` user and an admin API key, announced exactly once.

Never a fixed default password: `ADMIN_PASSWORD` if set, otherwise a random one printed
once. Several processes may start together on a fresh database; the unique username
decides which one creates (and prints), the others see the user and stay quiet.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError

from waddleai.config.settings import Settings
from waddleai.store.identity import SYSTEM, IdentityError, create_user, issue_key
from waddleai.store.passwords import MIN_PASSWORD_LENGTH, generate_password
from waddleai.store.store import Store

log = logging.getLogger(__name__)

ADMIN_USERNAME = "admin"


@dataclass(frozen=True)
class BootstrapInfo:
    """What bootstrap did. Secrets are set only when this process created them."""

    created: bool
    admin_user_id: int | None = None
    admin_api_key: str | None = None
    generated_password: str | None = None

    def __repr__(self) -> str:
        return f"BootstrapInfo(created={self.created}, admin_user_id={self.admin_user_id})"


async def bootstrap(
    store: Store, settings: Settings, echo: Callable[[str], None] | None = None
) -> BootstrapInfo:
    """Create the admin user and key when the store has no users yet."""
    say = echo or _print
    async with store.transaction() as tx:
        if await tx.users.count() > 0:
            return BootstrapInfo(created=False)
    password = settings.admin_password
    generated = None
    if not password:
        password = generated = generate_password()
    elif len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"ADMIN_PASSWORD must be at least {MIN_PASSWORD_LENGTH} characters")
    try:
        async with store.transaction() as tx:
            admin = await create_user(
                tx, SYSTEM, username=ADMIN_USERNAME, password=password, role="admin"
            )
            issued = await issue_key(tx, store.secrets, SYSTEM, owner=admin, name="admin")
    except (IntegrityError, IdentityError) as exc:
        if isinstance(exc, IdentityError) and exc.code != "user_exists":
            raise
        return BootstrapInfo(created=False)  # another process bootstrapped concurrently
    if generated:
        say(f"Admin password (user 'admin', shown once): {generated}")
    say(f"Admin API Key: {issued.raw}")
    return BootstrapInfo(
        created=True,
        admin_user_id=admin.id,
        admin_api_key=issued.raw,
        generated_password=generated,
    )


def _print(line: str) -> None:
    print(line, flush=True)
