"""`waddleai users|keys|db` against a store chosen by DATABASE_URL."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from tests.services import require_postgres
from tests.store.fixtures import JWT_SECRET, DatabaseFactory
from waddleai.cli.identity import db_app, keys_app, users_app
from waddleai.config.settings import Settings
from waddleai.store import open_store
from waddleai.store.migrate import head_revision

app = typer.Typer()
app.add_typer(users_app, name="users")
app.add_typer(keys_app, name="keys")
app.add_typer(db_app, name="db")


@pytest.fixture(params=["sqlite", "postgres"])
async def cli_env(
    request, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, databases: DatabaseFactory
):
    monkeypatch.chdir(tmp_path)  # no stray waddleai.yaml / .env
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'cli.db'}"
        env = {"DATABASE_URL": url}
    else:
        require_postgres()
        url = await databases.url("postgres")
        env = {"DATABASE_URL": url, "JWT_SECRET": JWT_SECRET}
    for name in ("REDIS_URL", "ADMIN_PASSWORD", "WADDLEAI_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return env


def _run(*args: str, input: str | None = None):
    result = CliRunner().invoke(app, list(args), input=input)
    return result


def test_db_upgrade(cli_env) -> None:
    result = _run("db", "upgrade")
    assert result.exit_code == 0, result.output
    assert f"revision {head_revision()}" in result.output


def test_users_and_keys_lifecycle(cli_env) -> None:
    created = _run("users", "create", "carol", "--role", "resource_manager",
                   "--password", "carol-password")  # fmt: skip
    assert created.exit_code == 0, created.output
    prompted = _run("users", "create", "dave", input="dave-password\ndave-password\n")
    assert prompted.exit_code == 0, prompted.output
    listing = _run("users", "list")
    assert "carol" in listing.output and "resource_manager" in listing.output
    assert "dave" in listing.output and "password" not in listing.output

    key = _run("keys", "create", "--user", "carol", "--name", "ci", "--model", "gpt-4",
               "--rate-limit", "60")  # fmt: skip
    assert key.exit_code == 0, key.output
    raw = re.search(r"wa-[A-Za-z0-9_\-]+", key.output)
    assert raw is not None and "shown once" in key.output
    listed = _run("keys", "list", "--user", "carol")
    assert raw.group(0) not in listed.output and raw.group(0)[:10] in listed.output
    key_id = re.search(r"created key (\d+)", key.output)
    assert key_id is not None
    assert _run("keys", "revoke", key_id.group(1)).exit_code == 0
    assert raw.group(0)[:10] not in _run("keys", "list").output
    assert _run("keys", "revoke", key_id.group(1)).exit_code == 1


def test_errors_exit_nonzero(cli_env) -> None:
    assert _run("users", "create", "erin", "--password", "short").exit_code == 1
    assert (
        _run("users", "create", "erin", "--role", "king", "--password", "long-enough").exit_code
        == 1
    )
    assert _run("keys", "create", "--user", "nobody").exit_code == 1


async def test_cli_changes_are_audited(databases: DatabaseFactory, tmp_path: Path) -> None:
    """The CLI shares the API's code path: its changes land in the audit log."""
    url = f"sqlite:///{tmp_path / 'audit.db'}"
    result = await asyncio.to_thread(
        CliRunner().invoke, app, ["users", "create", "frank", "--password", "frank-password"],
        env={"DATABASE_URL": url},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    store = await open_store(Settings(database_url=url))
    try:
        async with store.transaction() as tx:
            entries = await tx.audit.list()
        assert entries[0].action == "user.create" and entries[0].actor_name.startswith("cli:")
    finally:
        await store.close()
