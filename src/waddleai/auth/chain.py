"""Several key sources tried in order (static keys from configuration, then the store)."""

from __future__ import annotations

from waddleai.auth.principal import KeyAuthenticator, Principal


class ChainedAuthenticator:
    """The first source that recognises the key wins."""

    def __init__(self, sources: list[KeyAuthenticator]) -> None:
        self._sources = sources

    async def authenticate(self, raw_key: str) -> Principal | None:
        for source in self._sources:
            principal = await source.authenticate(raw_key)
            if principal is not None:
                return principal
        return None

    async def start(self) -> None:
        for source in self._sources:
            await source.start()

    async def close(self) -> None:
        for source in self._sources:
            await source.close()
