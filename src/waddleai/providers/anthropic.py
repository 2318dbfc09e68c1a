"""Anthropic's Messages API as an upstream.

Anthropic clients are passed straight through (the proxy only rewrites `model`);
OpenAI clients reach it through the translate package.
"""

from __future__ import annotations

from typing import Any

from waddleai.providers.base import Provider, UpstreamReply, UpstreamStream

DEFAULT_ANTHROPIC_VERSION = "2023-06-01"
# Headers a Claude client sends that the upstream must see unchanged.
FORWARDED_HEADERS = ("anthropic-version", "anthropic-beta")


class AnthropicProvider(Provider):
    """POST `{endpoint}/v1/messages` with `x-api-key` and `anthropic-version`."""

    wire_api = "anthropic"

    def _headers(self, client_headers: dict[str, str], key: str) -> dict[str, str]:
        headers = {
            "Content-Type": "application/json",
            "anthropic-version": self.config.api_version or DEFAULT_ANTHROPIC_VERSION,
            **self._base_headers,
        }
        for name in FORWARDED_HEADERS:
            if client_headers.get(name):
                headers[name] = client_headers[name]
        if key:
            headers["x-api-key"] = key
        return headers

    def _block(self, client_headers: dict[str, str], key: str, stream: bool = False) -> bytes:
        """The encoded request headers, built once per key and forwarded-header values."""
        forwarded = tuple(client_headers.get(name) or "" for name in FORWARDED_HEADERS)

        def build() -> dict[str, str]:
            headers = self._headers(client_headers, key)
            if stream:
                headers["Accept"] = "text/event-stream"
            return headers

        return self.header_block((key, stream, forwarded), build)

    def _url(self, path: str) -> str:
        base = self.endpoint.removesuffix("/v1")
        return f"{base}/v1/{path}"

    async def chat(
        self, payload: dict[str, Any], client_headers: dict[str, str], key: str
    ) -> UpstreamReply:
        return await self.post_json(
            self._url("messages"), payload, self._block(client_headers, key)
        )

    async def chat_stream(
        self, payload: dict[str, Any], client_headers: dict[str, str], key: str
    ) -> UpstreamStream:
        headers = self._block(client_headers, key, stream=True)
        return await self.post_stream(self._url("messages"), payload, headers)

    async def count_tokens(
        self, payload: dict[str, Any], client_headers: dict[str, str], key: str
    ) -> UpstreamReply:
        url = self._url("messages/count_tokens")
        return await self.post_json(url, payload, self._block(client_headers, key))

    async def check(self) -> str:
        await self.get_json(self._url("models"), self._headers({}, self.first_key))
        return "ok"
