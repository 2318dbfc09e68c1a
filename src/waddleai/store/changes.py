"""Change notifications between the management server and every proxy replica.

A change to keys, provider links or security settings bumps a counter row in the same
transaction (`revisions` table); after commit the writer publishes `{kind, revision}` on
the Redis channel `<REDIS_PREFIX>:changes`. Each process runs one `ChangeFeed` which:

* with Redis: listens on the channel and reacts at once (well under a second); it still
  polls the counters every `healthy_poll_interval` seconds as a safety net for a missed
  message;
* without Redis, or while Redis is unreachable: polls the counters every
  `poll_interval` (0.5 s) - one tiny query per process, never one per request.

Subscribers get `callback(kind, info)` once per new revision, whichever path saw it first.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import orjson

from waddleai.store.repos.revisions import RevisionsRepo

if TYPE_CHECKING:
    from redis.asyncio import Redis
    from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

log = logging.getLogger(__name__)

ChangeCallback = Callable[[str, dict[str, Any]], Awaitable[None] | None]


class ChangeFeed:
    """Delivers change notifications to in-process subscribers (see module docstring)."""

    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        *,
        redis: Redis | None = None,
        channel: str = "waddleai:changes",
        poll_interval: float = 0.5,
        healthy_poll_interval: float = 2.0,
    ) -> None:
        self._sessionmaker = sessionmaker
        self._redis = redis
        self.channel = channel
        self.poll_interval = poll_interval
        self.healthy_poll_interval = healthy_poll_interval
        self._subscribers: dict[str, list[ChangeCallback]] = {}
        self._seen: dict[str, int] = {}
        self._tasks: list[asyncio.Task[None]] = []
        self._users = 0
        self.redis_healthy = False

    def subscribe(self, kind: str, callback: ChangeCallback) -> Callable[[], None]:
        """Register `callback` for `kind`; returns a function that unregisters it."""
        self._subscribers.setdefault(kind, []).append(callback)
        return lambda: self._subscribers.get(kind, []).remove(callback)

    async def start(self) -> None:
        """Begin listening; reference-counted so several components can share one feed."""
        self._users += 1
        if self._users > 1:
            return
        with contextlib.suppress(Exception):
            self._seen = await self._read_revisions()
        self._tasks.append(asyncio.create_task(self._poll_loop(), name="waddleai-change-poll"))
        if self._redis is not None:
            self._tasks.append(asyncio.create_task(self._listen_loop(), name="waddleai-change-sub"))

    async def stop(self) -> None:
        self._users = max(0, self._users - 1)
        if self._users:
            return
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()
        self.redis_healthy = False

    @property
    def running(self) -> bool:
        return bool(self._tasks)

    async def publish(self, changed: dict[str, int], info: dict[str, Any] | None = None) -> None:
        """Tell other processes (Redis) and this one (directly) about committed changes."""
        for kind, revision in changed.items():
            await self._dispatch(kind, revision, info or {})
        if self._redis is None:
            return
        for kind, revision in changed.items():
            message = orjson.dumps({"kind": kind, "revision": revision, **(info or {})})
            try:
                await self._redis.publish(self.channel, message)
            except Exception as exc:  # replicas still see it by polling
                log.warning("could not publish %s change to Redis: %s", kind, exc)

    async def poll_once(self) -> None:
        """Read the counters and notify subscribers of any kind that moved."""
        for kind, revision in (await self._read_revisions()).items():
            await self._dispatch(kind, revision, {})

    async def _read_revisions(self) -> dict[str, int]:
        async with self._sessionmaker() as session:
            return await RevisionsRepo(session).all()

    async def _dispatch(self, kind: str, revision: int, info: dict[str, Any]) -> None:
        if revision <= self._seen.get(kind, -1):
            return
        self._seen[kind] = revision
        for callback in list(self._subscribers.get(kind, [])):
            try:
                result = callback(kind, {"revision": revision, **info})
                if inspect.isawaitable(result):
                    await result
            except Exception:
                log.exception("change subscriber for %s failed", kind)

    async def _poll_loop(self) -> None:
        while True:
            healthy = self._redis is not None and self.redis_healthy
            await asyncio.sleep(self.healthy_poll_interval if healthy else self.poll_interval)
            try:
                await self.poll_once()
            except Exception as exc:
                log.warning("change poll failed (database unreachable?): %s", exc)

    async def _listen_loop(self) -> None:
        """Stay subscribed; on any Redis failure fall back to fast polling and retry."""
        assert self._redis is not None
        backoff = 0.5
        while True:
            pubsub = self._redis.pubsub()
            try:
                await pubsub.subscribe(self.channel)
                self.redis_healthy = True
                backoff = 0.5
                await self.poll_once()  # anything missed while we were not subscribed
                while True:
                    message = await pubsub.get_message(ignore_subscribe_messages=True, timeout=1.0)
                    if message and message.get("type") == "message":
                        await self._on_message(message.get("data"))
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if self.redis_healthy:
                    log.warning("Redis change channel lost (%s); polling the database", exc)
                self.redis_healthy = False
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 10.0)
            finally:
                self.redis_healthy = False
                with contextlib.suppress(Exception):
                    await pubsub.aclose()

    async def _on_message(self, data: object) -> None:
        try:
            payload = orjson.loads(data)  # type: ignore[arg-type]
            kind, revision = str(payload.pop("kind")), int(payload.pop("revision"))
        except Exception:
            log.warning("ignoring malformed change message on %s", self.channel)
            return
        await self._dispatch(kind, revision, payload)
