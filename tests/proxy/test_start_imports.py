"""What a proxy process loads: only what serving needs (issue 16: ≤ 80 MB idle).

The management API (FastAPI), the portal (Jinja2), Alembic on an up-to-date database,
`cryptography` before a provider secret is decrypted, argon2, the client CLI (Rich) and
aiohttp (budget webhooks only) each cost megabytes resident in every proxy worker. A
start-up import that brings one back fails here (a fresh interpreter, a real SQLite
store), naming the modules.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

NOT_AT_START = (
    "aiohttp",  # the upstream client is waddleai.transport
    "fastapi",
    "jinja2",
    "alembic",
    "mako",
    "cryptography",
    "argon2",
    "rich",
    "waddleai.mgmt",
    "waddleai.portal",
    "waddleai.cli.chat",
    "waddleai.cli.identity",
)

_START = """
import asyncio, json, sys
from waddleai.config import load_settings
from waddleai.proxy.app import create_proxy_app
from waddleai.proxy.build import build_store_runtime
from waddleai.server import _open
import waddleai.cli.main  # the console entry point of `waddleai proxy`

async def main():
    settings = load_settings(None)
    store = await _open(settings, bootstrap_admin=False)
    runtime = await build_store_runtime(settings, store)
    create_proxy_app(runtime)
    await runtime.start()
    await runtime.close()
    await store.close()

asyncio.run(main())
print(json.dumps(sorted(sys.modules)))
"""


def _run(code: str, cwd: Path) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "REDIS_"))}
    env["DATABASE_URL"] = f"sqlite:///{cwd / 'gateway.db'}"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_first_start_migrates_in_a_child_and_loads_no_alembic(tmp_path: Path) -> None:
    """The schema is created (by a child process), and Alembic never enters the proxy."""
    loaded = _run(_START, tmp_path)
    assert not [m for m in loaded if m.split(".")[0] in ("alembic", "mako")]
    import sqlite3

    with sqlite3.connect(tmp_path / "gateway.db") as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert {"alembic_version", "users", "api_keys", "usage_records"} <= tables


def test_proxy_start_leaves_management_and_tooling_unloaded(tmp_path: Path) -> None:
    _run(_START, tmp_path)  # the first start creates the schema
    loaded = _run(_START, tmp_path)
    present = [m for m in loaded if m.split(".")[0] in NOT_AT_START or m in NOT_AT_START]
    assert present == []
    assert "waddleai.proxy.app" in loaded and "sqlalchemy" in loaded  # the check is live
