"""What every provider offers the proxy, and the HTTP plumbing they share.

A provider speaks one wire API (`openai` or `anthropic`); the proxy decides whether to
translate by comparing that with the client's API. Providers never translate.
"""

from __future__ import annotations

import fnmatch
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

import aiohttp
import orjson

from waddleai import __version__
from waddleai.config.settings import ProviderConfig
from waddleai.providers.errors import UpstreamError, error_from_response, remember_secrets

WireApi = Literal["openai", "anthropic"]
_CONNECT_TIMEOUT = 10.0


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

    def __init__(self, response: aiohttp.ClientResponse, provider: str) -> None:
        self._response = response
        self._provider = provider
        self.headers = response.headers

    async def __aiter__(self) -> AsyncIterator[bytes]:
        finished = False
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
            finished = True
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise UpstreamError(
                f"upstream provider '{self._provider}' broke off the stream: {type(exc).__name__}",
                status=502,
                provider=self._provider,
            ) from None
        finally:
            # Only a fully read response may go back to the pool; an abandoned one
            # (client gone, error) must close its connection so the upstream stops.
            if finished:
                self._response.release()
            else:
                self._response.close()

    async def aclose(self) -> None:
        self._response.close()


class Provider:
    """Base for HTTP providers: pooled session, error mapping.

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
        self._session: aiohttp.ClientSession | None = None
        # Built once: a whole-call limit for JSON answers; for streams, a limit on silence
        # between chunks (a long answer may stream for minutes).
        self._total_timeout = aiohttp.ClientTimeout(
            total=self.timeout, sock_connect=_CONNECT_TIMEOUT
        )
        self._stream_timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=_CONNECT_TIMEOUT, sock_read=self.timeout
        )
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
    def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=0, ttl_dns_cache=300, keepalive_timeout=60, enable_cleanup_closed=True
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                cookie_jar=aiohttp.DummyCookieJar(),  # upstream APIs set no cookies we want
                json_serialize=lambda o: orjson.dumps(o).decode(),
                auto_decompress=True,
                skip_auto_headers=("User-Agent",),
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    @property
    def first_key(self) -> str:
        """The key probes (/health, `waddleai test`) use."""
        return self._keys[0]

    async def post_json(
        self, url: str, payload: dict[str, Any], headers: dict[str, str]
    ) -> UpstreamReply:
        """POST and return the parsed JSON body, mapping every failure to UpstreamError."""
        try:
            async with self.session().post(
                url, data=orjson.dumps(payload), headers=headers, timeout=self._total_timeout
            ) as resp:
                body = await resp.read()
                answered = resp.headers
                if resp.status >= 400:
                    raise error_from_response(
                        resp.status, body, answered.get("retry-after"), self.name, answered
                    )
        except TimeoutError:
            raise self._timeout_error() from None
        except aiohttp.ClientError as exc:
            raise self._connection_error(exc) from None
        try:
            data = orjson.loads(body)
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
        self, url: str, payload: dict[str, Any], headers: dict[str, str]
    ) -> UpstreamStream:
        """POST and return the open stream once the upstream has answered 2xx."""
        try:
            resp = await self.session().post(
                url, data=orjson.dumps(payload), headers=headers, timeout=self._stream_timeout
            )
        except TimeoutError:
            raise self._timeout_error() from None
        except aiohttp.ClientError as exc:
            raise self._connection_error(exc) from None
        if resp.status >= 400:
            try:
                body = await resp.read()
            except (TimeoutError, aiohttp.ClientError):
                body = b""
            finally:
                resp.release()
            raise error_from_response(
                resp.status, body, resp.headers.get("retry-after"), self.name, resp.headers
            )
        return UpstreamStream(resp, self.name)

    async def get_json(self, url: str, headers: dict[str, str]) -> Any:
        timeout = aiohttp.ClientTimeout(total=min(self.timeout, 10), sock_connect=_CONNECT_TIMEOUT)
        try:
            async with self.session().get(url, headers=headers, timeout=timeout) as resp:
                body = await resp.read()
                if resp.status >= 400:
                    raise error_from_response(resp.status, body, None, self.name)
                return orjson.loads(body)
        except TimeoutError:
            raise self._timeout_error() from None
        except aiohttp.ClientError as exc:
            raise self._connection_error(exc) from None
        except orjson.JSONDecodeError:
            raise UpstreamError(
                f"upstream provider '{self.name}' returned invalid JSON", provider=self.name
            ) from None

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
