"""Client keys listed in configuration (`api_keys:` / `WADDLEAI_API_KEYS`).

Useful for stateless deployments and tests; the store-backed authenticator adds users,
organizations and revocation on top.
"""

from __future__ import annotations

import hashlib
import hmac

from waddleai.auth.principal import Principal


class StaticKeyAuthenticator:
    """Accepts exactly the configured keys, compared in constant time."""

    def __init__(self, keys: list[str]) -> None:
        self._digests = {hashlib.sha256(k.encode()).digest(): k for k in keys}

    async def authenticate(self, raw_key: str) -> Principal | None:
        digest = hashlib.sha256(raw_key.encode()).digest()
        for known in self._digests:
            if hmac.compare_digest(digest, known):
                return Principal(key_id="static-" + digest.hex()[:12], name="static", role="user")
        return None

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None
