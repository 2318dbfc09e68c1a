"""The proxy's security service: current settings, the scanner, the event writer.

Settings start from SECURITY_POLICY and, with a store, from the admin-edited document
(`POST /config/security`); a change is published on the store's change feed ("security",
see store/changes.py) and reloaded here at once - within a second on every replica.
The hot path only reads `self.settings` (an attribute), never the database.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from waddleai.security import model
from waddleai.security.events import EventWriter
from waddleai.security.scanner import Scanner
from waddleai.store.security_settings import SecuritySettings

log = logging.getLogger("waddleai.security")


class SecurityService:
    def __init__(self, policy: str, store: Any = None, scanner: Scanner | None = None) -> None:
        self.settings = SecuritySettings.for_policy(policy)
        self.store = store
        self.scanner = scanner or Scanner()
        model.current()  # read the learned model (~20 ms) at start, not in the first request
        self.events: EventWriter | None = EventWriter(store) if store is not None else None
        self._unsubscribe: Any = None
        self._reloading: asyncio.Task[None] | None = None

    async def start(self) -> None:
        if self.store is None or self._unsubscribe is not None:
            return
        self._unsubscribe = self.store.changes.subscribe("security", self._on_change)
        await self.store.changes.start()
        await self.reload()
        assert self.events is not None
        await self.events.start()

    def _on_change(self, kind: str, info: dict[str, object]) -> None:
        self._reloading = asyncio.get_running_loop().create_task(self.reload())

    async def reload(self) -> None:
        try:
            self.settings = await self.store.security_settings()
        except Exception as exc:  # keep enforcing the last good settings
            log.warning("security settings reload failed: %s", exc)
            return
        log.info("security settings: policy=%s", self.settings.policy)

    def record(self, row: dict[str, Any]) -> None:
        if self.events is not None:
            self.events.record(row)
        else:
            log.info("security event %s", row)  # no store: the log is the record

    async def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
            await self.store.changes.stop()
        if self.events is not None:
            await self.events.close()
