"""`waddleai users|keys|db ...`: identity administration straight on the store.

For the machine the store lives on (first setup, recovery, scripts) - no management
server or login needed. Changes go through the same functions as the management API,
so they are audited (actor `cli:<os user>`) and proxies hear about revocations.
The store is imported when a command runs, not when `waddleai` starts: the client
commands (`chat`, `claude`, ...) should not pay for SQLAlchemy and argon2 at every call.
"""

from __future__ import annotations

import asyncio
import getpass
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from waddleai.config.loader import ConfigError, load_settings
from waddleai.config.settings import Settings

if TYPE_CHECKING:
    from waddleai.store.identity import ActorRef
    from waddleai.store.store import Store

users_app = typer.Typer(help="Manage users of the management server.", no_args_is_help=True)
keys_app = typer.Typer(help="Manage client API keys (wa-...).", no_args_is_help=True)
db_app = typer.Typer(help="Database maintenance.", no_args_is_help=True)

console = Console()
T = TypeVar("T")
ConfigOption = Annotated[
    Path | None, typer.Option("--config", "-c", help="YAML configuration file.")
]


def _settings(config: Path | None) -> Settings:
    try:
        return load_settings(config)
    except ConfigError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None


def _run(config: Path | None, work: Callable[[Store], Awaitable[T]]) -> T:
    """Open the store, run `work`, close; identity errors become a clean exit 1."""
    from waddleai.store.identity import IdentityError
    from waddleai.store.store import open_store

    async def main() -> T:
        store = await open_store(_settings(config))
        try:
            return await work(store)
        finally:
            await store.close()

    try:
        return asyncio.run(main())
    except IdentityError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from None


def _actor() -> ActorRef:
    from waddleai.store.identity import ActorRef

    try:
        name = getpass.getuser()
    except Exception:
        name = "unknown"
    return ActorRef(id=None, name=f"cli:{name}")


@users_app.command("create")
def users_create(
    username: str,
    role: Annotated[str, typer.Option(help="admin, resource_manager, reporter or user")] = "user",
    org: Annotated[list[int] | None, typer.Option("--org", help="Organization id")] = None,
    password: Annotated[
        str | None, typer.Option(help="Prompted for (hidden) when omitted.")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Create a user."""
    from waddleai.store.identity import create_user

    secret = password or typer.prompt("Password", hide_input=True, confirmation_prompt=True)

    async def work(store: Store) -> None:
        async with store.transaction() as tx:
            user = await create_user(
                tx, _actor(), username=username, password=secret, role=role, org_ids=org or []
            )
        console.print(f"created user {user.username} (id {user.id}, role {user.role})")

    _run(config, work)


@users_app.command("list")
def users_list(config: ConfigOption = None) -> None:
    """List users."""

    async def work(store: Store) -> None:
        async with store.transaction() as tx:
            users = await tx.users.list()
        table = Table("id", "username", "role", "enabled", "orgs")
        for user in users:
            orgs = ",".join(map(str, user.org_ids))
            table.add_row(str(user.id), user.username, user.role, str(user.enabled), orgs)
        console.print(table)

    _run(config, work)


@keys_app.command("create")
def keys_create(
    user: Annotated[str, typer.Option("--user", "-u", help="Owner's username")],
    name: Annotated[str, typer.Option(help="A label for the key")] = "API key",
    model: Annotated[list[str] | None, typer.Option("--model", help="Allowed model")] = None,
    rate_limit: Annotated[int | None, typer.Option(min=1, help="Requests per minute")] = None,
    expires_days: Annotated[int | None, typer.Option(min=1)] = None,
    org: Annotated[int | None, typer.Option("--org", help="Billing organization id")] = None,
    config: ConfigOption = None,
) -> None:
    """Create an API key; it is printed once and cannot be shown again."""
    from waddleai.store.identity import IdentityError, issue_key

    async def work(store: Store) -> None:
        async with store.transaction() as tx:
            owner = await tx.users.by_username(user)
            if owner is None:
                raise IdentityError(f"no user named {user!r}")
            issued = await issue_key(
                tx, store.secrets, _actor(), owner=owner, name=name, org_id=org,
                models=model, rate_limit=rate_limit, expires_days=expires_days,
            )  # fmt: skip
        console.print(f"created key {issued.key.id} for {owner.username}")
        typer.echo(f"API key (shown once): {issued.raw}")

    _run(config, work)


@keys_app.command("list")
def keys_list(
    user: Annotated[str | None, typer.Option("--user", "-u", help="Only this user's")] = None,
    config: ConfigOption = None,
) -> None:
    """List live keys (prefixes only; keys themselves are never stored)."""
    from waddleai.store.identity import IdentityError

    async def work(store: Store) -> None:
        async with store.transaction() as tx:
            owner_id = None
            if user is not None:
                owner = await tx.users.by_username(user)
                if owner is None:
                    raise IdentityError(f"no user named {user!r}")
                owner_id = owner.id
            keys = await tx.keys.list(user_id=owner_id)
        table = Table("id", "name", "prefix", "user", "org", "models", "rpm", "expires", "on")
        for key in keys:
            table.add_row(
                str(key.id), key.name, key.key_prefix + "…", str(key.user_id),
                str(key.org_id or ""), ",".join(key.models or ["*"]),
                str(key.rate_limit or ""),
                key.expires_at.date().isoformat() if key.expires_at else "never",
                str(key.enabled),
            )  # fmt: skip
        console.print(table)

    _run(config, work)


@keys_app.command("revoke")
def keys_revoke(key_id: int, config: ConfigOption = None) -> None:
    """Revoke a key; proxies refuse it within a second."""
    from waddleai.store.identity import IdentityError, revoke_key

    async def work(store: Store) -> None:
        async with store.transaction() as tx:
            key = await tx.keys.get(key_id)
            if key is None:
                raise IdentityError(f"no live key with id {key_id}")
            await revoke_key(tx, _actor(), key)
        console.print(f"revoked key {key_id}")

    _run(config, work)


@db_app.command("upgrade")
def db_upgrade(config: ConfigOption = None) -> None:
    """Apply pending migrations (servers also do this at start)."""
    from waddleai.store.migrate import upgrade

    revision = asyncio.run(upgrade(_settings(config)))
    console.print(f"database at revision {revision}")
