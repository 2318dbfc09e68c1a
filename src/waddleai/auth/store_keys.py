"""Client keys checked against the store, from an in-memory cache.

Hot path: the cache is keyed by the raw key string, so a warm request costs one dict
lookup - no HMAC, no database round trip. Misses (first use, or an unknown key) hash the
key and query the store once; concurrent misses for the same key share that query.
Unknown keys are cached negatively for a few seconds, in a separate bounded map so a
flood of garbage keys cannot evict real ones.

Freshness: the store's change feed (`store.changes`, see store/changes.py) reports every
change to keys, users or organizations - through Redis pub/sub when REDIS_URL is set,
otherwise by polling a counter row every 0.5 s - and the whole cache is dropped, so a
revoked, rotated or disabled key is refused within a second on every replica. Expiry
is checked on every request against the cached expiry time. Positive entries are also
refreshed after `ttl` seconds as a last safety net; if the database is unreachable at
that moment the stale entry keeps serving rather than failing valid traffic.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from waddleai.auth.principal import Principal
from waddleai.config.settings import Settings
from waddleai.store.models import ApiKey, User, role_rank
from waddleai.store.repos.keys import KeysRepo
from waddleai.store.secrets import looks_like_api_key
from waddleai.store.store import Store

log = logging.getLogger(__name__)


class KeyStoreUnavailable(RuntimeError):
    """The key is not cached and the database cannot be asked (answer 503, not 401)."""


@dataclass
class _Entry:
    principal: Principal | None
    loaded_at: float  # monotonic
    expires_at: float | None  # wall clock (epoch seconds) when the key itself expires


class StoreKeyAuthenticator:
    """KeyAuthenticator backed by the store; see the module docstring."""

    def __init__(
        self,
        store: Store,
        settings: Settings | None = None,
        *,
        ttl: float = 300.0,
        negative_ttl: float = 5.0,
        max_entries: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._store = store
        self._settings = settings or store.settings
        self.ttl = ttl
        self.negative_ttl = negative_ttl
        self.max_entries = max_entries
        self._clock = clock
        # Both maps are keyed by the raw key (its HMAC is computed on a miss only) and
        # bounded LRU; `invalidate` empties them when any key, user or org changes.
        self._positive: OrderedDict[str, _Entry] = OrderedDict()
        self._negative: OrderedDict[str, float] = OrderedDict()
        self._inflight: dict[str, asyncio.Future[_Entry]] = {}
        self._generation = 0
        self._unsubscribe: Callable[[], None] | None = None
        self.db_lookups = 0  # for metrics and tests

    async def start(self) -> None:
        """Subscribe to key changes and start the store's change feed."""
        if self._unsubscribe is None:
            self._unsubscribe = self._store.changes.subscribe("keys", self._on_change)
            await self._store.changes.start()

    async def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
            await self._store.changes.stop()

    def invalidate(self) -> None:
        """Forget everything; the next request per key asks the database again."""
        self._generation += 1
        self._positive.clear()
        self._negative.clear()

    def _on_change(self, kind: str, info: dict[str, object]) -> None:
        self.invalidate()

    async def authenticate(self, raw_key: str) -> Principal | None:
        entry = self._positive.get(raw_key)
        if entry is not None and self._clock() - entry.loaded_at < self.ttl:
            self._positive.move_to_end(raw_key)
            return self._usable(entry)
        negative_until = self._negative.get(raw_key)
        if negative_until is not None and negative_until > self._clock():
            return None
        if not looks_like_api_key(raw_key):
            return None
        try:
            entry = await self._load(raw_key)
        except Exception as exc:
            stale = self._positive.get(raw_key)
            if stale is not None:
                log.warning("key store unreachable, serving cached key: %s", exc)
                return self._usable(stale)
            raise KeyStoreUnavailable("cannot verify the API key right now") from exc
        return self._usable(entry)

    @staticmethod
    def _usable(entry: _Entry) -> Principal | None:
        if entry.expires_at is not None and time.time() >= entry.expires_at:
            return None
        return entry.principal

    async def _load(self, raw_key: str) -> _Entry:
        """One database query per key, shared by concurrent callers."""
        pending = self._inflight.get(raw_key)
        if pending is not None:
            return await asyncio.shield(pending)
        future: asyncio.Future[_Entry] = asyncio.get_running_loop().create_future()
        self._inflight[raw_key] = future
        generation = self._generation
        try:
            entry = await self._query(self._store.secrets.hash_api_key(raw_key))
            if generation == self._generation:  # no change arrived while we were asking
                self._remember(raw_key, entry)
            future.set_result(entry)
            return entry
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # mark retrieved: no "never retrieved" warning
            raise
        finally:
            del self._inflight[raw_key]

    async def _query(self, digest: str) -> _Entry:
        self.db_lookups += 1
        async with self._store.session() as session:
            found = await KeysRepo(session).lookup(digest)
        now = self._clock()
        if found is None or not hmac.compare_digest(found[0].key_hash, digest):
            return _Entry(principal=None, loaded_at=now, expires_at=None)
        key, user, org_cache_ttl = found
        if not (key.enabled and user.enabled):
            return _Entry(principal=None, loaded_at=now, expires_at=None)
        expires = key.expires_at.timestamp() if key.expires_at else None
        principal = _principal(key, user, key.cache_ttl_seconds or org_cache_ttl)
        return _Entry(principal=principal, loaded_at=now, expires_at=expires)

    def _remember(self, raw_key: str, entry: _Entry) -> None:
        if entry.principal is None:
            self._positive.pop(raw_key, None)
            self._negative[raw_key] = entry.loaded_at + self.negative_ttl
            self._negative.move_to_end(raw_key)
            while len(self._negative) > self.max_entries:
                self._negative.popitem(last=False)
            return
        self._negative.pop(raw_key, None)
        self._positive[raw_key] = entry
        self._positive.move_to_end(raw_key)
        while len(self._positive) > self.max_entries:
            self._positive.popitem(last=False)


def effective_role(owner_role: str, issued_by_role: str | None) -> str:
    """The owner's role now, capped by the role of whoever else received the secret.

    A key a resource manager created or rotated for someone stays a resource manager's
    key even if its owner is promoted later: the manager still knows the secret.
    """
    if issued_by_role is None or role_rank(issued_by_role) >= role_rank(owner_role):
        return owner_role
    return issued_by_role


def _principal(key: ApiKey, user: User, cache_ttl: int | None = None) -> Principal:
    models = key.models or []
    allowed = None if not models or "*" in models else frozenset(models)
    return Principal(
        key_id=str(key.id),
        name=key.name,
        user_id=user.id,
        org_id=key.org_id,
        role=effective_role(user.role, key.issued_by_role),
        allowed_models=allowed,
        rate_limit_rpm=key.rate_limit,
        cache_ttl=cache_ttl,
        extra={
            "username": user.username,
            "expires_at": key.expires_at.isoformat() if key.expires_at else None,
        },
    )
