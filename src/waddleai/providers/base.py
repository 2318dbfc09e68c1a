"""What every provider offers the proxy, and the HTTP plumbing they share.

A provider speaks one wire API (`openai` or `anthropic`); the proxy decides whether to
translate by comparing that with the client's API. Providers never translate.
"""

from __future__ import annotations

import fnmatch
from collections.abc import AsyncIterator, Callable, Hashable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

import orjson

from waddleai import __version__
from waddleai.config.settings import ProviderConfig
from waddleai.providers.errors import UpstreamError, error_from_response, remember_secrets
from waddleai.transport import (
    MAX_BODY,
    BodyTooLarge,
    Client,
    Response,
    TransportError,
    encode_headers,
)

WireApi = Literal["openai", "anthropic"]
_CONNECT_TIMEOUT = 10.0
_HEADER_BLOCKS = 64  # encoded header blocks kept per provider (one per key and variant)


@dataclass(frozen=True, slots=True)
class UpstreamReply:
    """A JSON answer and its response headers (the key pool reads the rate-limit ones)."""

    data: dict[str, Any]
    headers: Mapping[str, str] = field(default_factory=dict)


class UpstreamStream:
    """An upstream SSE response that has answered 2xx; iterate its raw byte chunks.

    Closing it (or cancelling the task iterating it) releases the upstream connection,
    which is how a client disconnect cancels the upstream request.
    """

    def __init__(self, response: Response, provider: str) -> None:
        self._response = response
        self._provider = provider
        self.headers = response.headers

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response:
                yield chunk
        except (TimeoutError, TransportError) as exc:
            raise UpstreamError(
                f"upstream provider '{self._provider}' broke off the stream: {type(exc).__name__}",
                status=502,
                provider=self._provider,
            ) from None
        finally:
            # A fully read response has already gone back to the pool (this is then a
            # no-op); an abandoned one (client gone, error) closes its connection so the
            # upstream stops.
            self._response.close()

    async def aclose(self) -> None:
        self._response.close()


class Provider:
    """Base for HTTP providers: pooled client, error mapping.

    Which key a call uses is the gateway's choice (routing/keys), passed as `key` to
    every operation; the provider only knows how to send it.
    """

    wire_api: ClassVar[WireApi] = "openai"
    native_responses: bool = False  # serves POST /responses itself (OpenAI-compatible only)

    def __init__(
        self, config: ProviderConfig, *, timeout: float, custom_headers: dict[str, str]
    ) -> None:
        self.config = config
        self.name = config.name
        self.kind = config.kind
        self.endpoint = config.endpoint or ""
        self.timeout = config.timeout or timeout
        self._keys = [k.key for k in config.api_keys] or [""]
        remember_secrets(self._keys)
        self._base_headers = {
            "User-Agent": f"waddleai/{__version__}",
            **custom_headers,
            **config.headers,
        }
        self._client: Client | None = None
        self._blocks: dict[Hashable, bytes] = {}
        self._exact = {m for m in config.models if not _is_pattern(m)}
        self._patterns = [m for m in config.models if _is_pattern(m)]

    # -- model ownership -------------------------------------------------------------
    def serves_exactly(self, model: str) -> bool:
        return model in self._exact

    def serves_by_pattern(self, model: str) -> bool:
        return any(p != "*" and fnmatch.fnmatchcase(model, p) for p in self._patterns)

    @property
    def is_catch_all(self) -> bool:
        return "*" in self._patterns

    def listed_models(self) -> list[str]:
        """Concrete model names to show in /v1/models."""
        return sorted(self._exact)

    @property
    def secrets(self) -> tuple[str, ...]:
        return tuple(k for k in self._keys if k)

    # -- HTTP ----------------------------------------------------------------------------
    def client(self) -> Client:
        """The pooled upstream client (proxies and CAs from the environment, read once)."""
        if self._client is None:
            self._client = Client(connect_timeout=_CONNECT_TIMEOUT, max_body=MAX_BODY)
        return self._client

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None

    def header_block(self, variant: Hashable, build: Callable[[], dict[str, str]]) -> bytes:
        """Request headers encoded once per `variant` (the key, the forwarded headers, …).

        Only the auth header really varies between calls, so a provider's header bytes
        are built a handful of times, not per request. Bounded: emptied when full.
        """
        block = self._blocks.get(variant)
        if block is None:
            if len(self._blocks) >= _HEADER_BLOCKS:
                self._blocks.clear()
            try:
                block = self._blocks[variant] = encode_headers(build())
            except ValueError:
                raise UpstreamError(
                    "a header for the upstream contains a line break",
                    status=400,
                    kind="invalid_request_error",
                    provider=self.name,
                ) from None
        return block

    @property
    def first_key(self) -> str:
        """The key probes (/health, `waddleai test`) use."""
        return self._keys[0]

    async def post_json(
        self, url: str, payload: dict[str, Any], headers: dict[str, str] | bytes
    ) -> UpstreamReply:
        """POST and return the parsed JSON body, mapping every failure to UpstreamError."""
        payload_bytes = orjson.dumps(payload)
        status, answered, raw = await self._exchange(
            "POST", url, headers, payload_bytes, self.timeout
        )
        if status >= 400:
            raise error_from_response(status, raw, answered.get("retry-after"), self.name, answered)
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError:
            raise UpstreamError(
                f"upstream provider '{self.name}' returned a body that is not valid JSON",
                status=502,
                upstream_status=200,
                provider=self.name,
            ) from None
        if not isinstance(data, dict):
            raise UpstreamError(
                f"upstream provider '{self.name}' returned an unexpected JSON body",
                status=502,
                upstream_status=200,
                provider=self.name,
            )
        return UpstreamReply(data, answered)

    async def post_stream(
        self, url: str, payload: dict[str, Any], headers: dict[str, str] | bytes
    ) -> UpstreamStream:
        """POST and return the open stream once the upstream has answered 2xx.

        `self.timeout` bounds each silence (before the head, between chunks), not the
        whole stream: a long answer may stream for minutes.
        """
        try:
            resp = await self.client().request(
                "POST", url, headers=headers, body=orjson.dumps(payload), read_timeout=self.timeout
            )
        except TimeoutError:
            raise self._timeout_error() from None
        except TransportError as exc:
            raise self._connection_error(exc) from None
        if resp.status >= 400:
            try:
                body = await resp.read()
            except (TimeoutError, TransportError):
                body = b""
            raise error_from_response(
                resp.status, body, resp.headers.get("retry-after"), self.name, resp.headers
            )
        return UpstreamStream(resp, self.name)

    async def get_json(self, url: str, headers: dict[str, str] | bytes) -> Any:
        status, _, body = await self._exchange("GET", url, headers, b"", min(self.timeout, 10))
        if status >= 400:
            raise error_from_response(status, body, None, self.name)
        try:
            return orjson.loads(body)
        except orjson.JSONDecodeError:
            raise UpstreamError(
                f"upstream provider '{self.name}' returned invalid JSON", provider=self.name
            ) from None

    async def _exchange(
        self, method: str, url: str, headers: dict[str, str] | bytes, body: bytes, limit: float
    ) -> tuple[int, Mapping[str, str], bytes]:
        """One whole-body call within `limit` seconds: (status, headers, body)."""
        try:
            resp = await self.client().request(
                method, url, headers=headers, body=body, timeout=limit
            )
            return resp.status, resp.headers, await resp.read()
        except TimeoutError:
            raise self._timeout_error() from None
        except BodyTooLarge:
            raise UpstreamError(
                f"upstream provider '{self.name}' returned an answer larger than "
                f"{MAX_BODY // (1024 * 1024)} MB",
                status=502,
                provider=self.name,
            ) from None
        except TransportError as exc:
            raise self._connection_error(exc) from None

    def _timeout_error(self) -> UpstreamError:
        return UpstreamError(
            f"upstream provider '{self.name}' did not answer within {self.timeout:g} s",
            status=504,
            kind="timeout",
            provider=self.name,
        )

    def _connection_error(self, exc: Exception) -> UpstreamError:
        return UpstreamError(
            f"upstream provider '{self.name}' could not be reached ({type(exc).__name__})",
            status=503,
            kind="service_unavailable",
            provider=self.name,
        )

    # -- operations every provider implements -------------------------------------------
    async def chat(
        self, payload: dict[str, Any], client_headers: dict[str, str], key: str
    ) -> UpstreamReply:
        raise NotImplementedError

    async def chat_stream(
        self, payload: dict[str, Any], client_headers: dict[str, str], key: str
    ) -> UpstreamStream:
        raise NotImplementedError

    async def embeddings(self, payload: dict[str, Any], key: str) -> UpstreamReply:
        raise UpstreamError(
            f"provider '{self.name}' does not offer embeddings", status=400, provider=self.name
        )

    async def check(self) -> str:
        """Cheap reachability probe for /health; returns 'ok' or raises UpstreamError."""
        raise NotImplementedError


def _is_pattern(model: str) -> bool:
    return any(ch in model for ch in "*?[")
