"""Client keys listed in configuration (`api_keys:` / `WADDLEAI_API_KEYS`).

Useful for stateless deployments and tests; the store-backed authenticator adds users,
organizations and revocation on top.
"""

from __future__ import annotations

import hashlib
import hmac

from waddleai.auth.principal import Principal


class StaticKeyAuthenticator:
    """Accepts exactly the configured keys, compared in constant time.

    The keys are fixed for the process's life, so each raw key's outcome (its
    Principal, or None - the usual answer for a store key tried first through a
    ChainedAuthenticator) is remembered: a repeated key costs one dict lookup instead
    of a hash and a comparison per configured key. The memo is bounded; past
    `max_memo` distinct keys it starts over.
    """

    def __init__(self, keys: list[str], max_memo: int = 10_000) -> None:
        self._digests = {hashlib.sha256(k.encode()).digest(): k for k in keys}
        self._memo: dict[str, Principal | None] = {}
        self.max_memo = max_memo

    async def authenticate(self, raw_key: str) -> Principal | None:
        try:
            return self._memo[raw_key]
        except KeyError:
            pass
        principal = self._check(raw_key)
        if len(self._memo) >= self.max_memo:
            self._memo.clear()
        self._memo[raw_key] = principal
        return principal

    def _check(self, raw_key: str) -> Principal | None:
        digest = hashlib.sha256(raw_key.encode()).digest()
        for known in self._digests:
            if hmac.compare_digest(digest, known):
                return Principal(key_id="static-" + digest.hex()[:12], name="static", role="user")
        return None

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None
