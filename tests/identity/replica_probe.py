"""A stand-in proxy replica, run as a separate process by test_replicas.py.

Reads its settings from the environment like the real servers, authenticates KEY once
(prints `ready`), then re-checks it every 5 ms and prints `refused <epoch seconds>` as
soon as it is refused. The proxy itself will get its own two-process test.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time

from waddleai.auth.store_keys import StoreKeyAuthenticator
from waddleai.config.loader import load_settings
from waddleai.store import open_store


async def main() -> int:
    settings = load_settings(environ=os.environ, env_file=None)
    raw = os.environ["PROBE_KEY"]
    store = await open_store(settings)
    auth = StoreKeyAuthenticator(store, settings)
    await auth.start()
    try:
        if os.environ.get("PROBE_NEEDS_REDIS"):
            while not store.changes.redis_healthy:  # noqa: ASYNC110
                await asyncio.sleep(0.01)
        if await auth.authenticate(raw) is None:
            print("error key not accepted", flush=True)
            return 1
        lookups = auth.db_lookups
        print("ready", flush=True)
        deadline = time.time() + 20
        while time.time() < deadline:
            if await auth.authenticate(raw) is None:
                print(f"refused {time.time():.6f} lookups {auth.db_lookups - lookups}", flush=True)
                return 0
            await asyncio.sleep(0.005)
        print("error still accepted", flush=True)
        return 1
    finally:
        await auth.close()
        await store.close()


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
