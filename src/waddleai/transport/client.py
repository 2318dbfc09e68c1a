"""The request API: one call sends a request and returns once the answer's head is in.

Built for the proxy's hot path: a URL's request-line prefix, its pool key and its
proxy route are worked out once and cached; header blocks may be passed pre-encoded;
only the Content-Length is formatted per request. A body is then read whole (capped)
or iterated chunk by chunk as it arrives.
"""

from __future__ import annotations

import asyncio
import ssl
import urllib.parse
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from types import TracebackType

from waddleai.transport.connect import open_connection
from waddleai.transport.connection import Connection
from waddleai.transport.decoding import ACCEPT_ENCODING, Decoder, decoder_for
from waddleai.transport.dns import Resolver
from waddleai.transport.errors import BodyTooLarge, ConnectionClosed, TransportError
from waddleai.transport.pool import DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_IDLE, Pool
from waddleai.transport.proxy import ProxyRoute, ProxyTable
from waddleai.transport.tls import context_from_env

# A JSON answer larger than this is refused rather than held in memory. Generous: the
# largest legitimate answers (long completions, big embedding batches) are a few MB.
MAX_BODY = 64 * 1024 * 1024
DEFAULT_CONNECT_TIMEOUT = 10.0
_TARGET_CACHE = 512  # distinct URLs remembered (they come from configuration)


@dataclass(frozen=True, slots=True)
class _Target:
    """What a URL means to the client, worked out once."""

    key: tuple[str, str, int, ProxyRoute | None]  # the pool's origin key
    host: str
    port: int
    tls: bool
    proxy: ProxyRoute | None
    line: bytes  # " /path HTTP/1.1\r\nHost: …\r\n…" — the request head after the method


def encode_headers(headers: Mapping[str, str]) -> bytes:
    """A header block for `Client.request`; refuses values that would split the head."""
    block = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    if block.count("\n") != len(headers) or block.count("\r") != len(headers):
        raise ValueError("a header name or value contains a line break")
    return block.encode("latin-1", "replace")


class Client:
    """A pooled HTTP/1.1 client (https, proxies from the environment, gzip, timeouts)."""

    def __init__(
        self,
        *,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        max_idle: int = DEFAULT_MAX_IDLE,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
        max_body: int = MAX_BODY,
        ssl_context: ssl.SSLContext | None = None,
        proxies: ProxyTable | None = None,
        resolver: Resolver | None = None,
    ) -> None:
        self.connect_timeout = connect_timeout
        self.max_body = max_body
        self.pool = Pool(max_idle, idle_timeout)
        self.resolver = resolver or Resolver()
        self._ssl = ssl_context
        self._proxies = proxies if proxies is not None else ProxyTable()
        self._targets: dict[str, _Target] = {}

    async def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | bytes = b"",
        body: bytes = b"",
        timeout: float | None = None,  # noqa: ASYNC109 - a deadline, not a cancel scope
        read_timeout: float | None = None,
    ) -> Response:
        """Send the request; return once the head arrived.

        `timeout` bounds the whole call, body included (JSON); `read_timeout` bounds
        each silence while waiting for the head or the next chunk (streams).
        """
        target = self._targets.get(url) or self._target(url)
        block = headers if isinstance(headers, bytes) else encode_headers(headers)
        data = b"%s%s%sContent-Length: %d\r\n\r\n%s" % (
            method.encode(),
            target.line,
            block,
            len(body),
            body,
        )
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        for attempt in (0, 1):
            conn = self.pool.take(target.key)
            if conn is None:
                conn = await self._connect(target, deadline, loop)
            conn.send(data)
            try:
                head_by = deadline
                if read_timeout is not None:
                    head_by = _earliest(deadline, loop.time() + read_timeout)
                await conn.read_head(head_by)
            except ConnectionClosed:
                conn.abort()
                # A reused connection the server had already closed: the request never
                # got an answer, so it is sent once more on a new connection.
                if attempt == 0 and conn.reused and not conn.got_bytes:
                    continue
                raise
            except BaseException:
                conn.abort()
                raise
            return Response(self, target.key, conn, deadline, read_timeout)
        raise AssertionError("unreachable")

    async def close(self) -> None:
        self.pool.close()

    async def _connect(
        self, target: _Target, deadline: float | None, loop: asyncio.AbstractEventLoop
    ) -> Connection:
        timeout = self.connect_timeout
        if deadline is not None:
            timeout = max(0.0, min(timeout, deadline - loop.time()))
        tls = (self._ssl or context_from_env()) if target.tls else None
        return await open_connection(
            self.resolver, target.host, target.port, tls, target.proxy, timeout
        )

    def _target(self, url: str) -> _Target:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise TransportError(f"not an http(s) URL: {url!r}")
        tls = parts.scheme == "https"
        host = parts.hostname
        port = parts.port or (443 if tls else 80)
        default_port = port == (443 if tls else 80)
        authority = f"[{host}]" if ":" in host else host
        authority = authority if default_port else f"{authority}:{port}"
        proxy = self._proxies.route(parts.scheme, host, port)
        path = parts.path or "/"
        if parts.query:
            path = f"{path}?{parts.query}"
        if proxy is not None and not tls:  # absolute-form for a plain-http proxy
            path = f"http://{authority}{path}"
        line = f" {path} HTTP/1.1\r\nHost: {authority}\r\nAccept-Encoding: {ACCEPT_ENCODING}\r\n"
        auth = proxy.auth if proxy is not None and not tls else b""
        target = _Target(
            (parts.scheme, host, port, proxy), host, port, tls, proxy, line.encode() + auth
        )
        if len(self._targets) >= _TARGET_CACHE:
            self._targets.clear()
        self._targets[url] = target
        return target


class Response:
    """An answer whose head has arrived; read its body whole or iterate it.

    A body read to its end returns the connection to the pool; one abandoned (closed,
    cancelled, failed) closes it, so the server sees the client go.
    """

    __slots__ = (
        "status",
        "headers",
        "_client",
        "_key",
        "_conn",
        "_deadline",
        "_read_timeout",
        "_decoder",
        "_settled",
    )

    def __init__(
        self,
        client: Client,
        key: tuple[str, str, int, ProxyRoute | None],
        conn: Connection,
        deadline: float | None,
        read_timeout: float | None,
    ) -> None:
        self.status = conn.status
        self.headers = conn.headers()
        self._client = client
        self._key = key
        self._conn = conn
        self._deadline = deadline
        self._read_timeout = read_timeout
        self._settled = False
        try:
            self._decoder: Decoder | None = decoder_for(self.headers.get("content-encoding"))
        except TransportError:
            self.close()
            raise

    async def read(self) -> bytes:
        """The whole (decoded) body; BodyTooLarge past the client's cap."""
        limit = self._client.max_body
        declared = self.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            self.close()
            raise BodyTooLarge(f"the answer declares {declared} bytes (limit {limit})")
        parts: list[bytes] = []
        size = 0
        conn = self._conn
        decoder = self._decoder
        try:
            while True:
                chunk = await conn.read_chunk(self._next_deadline())
                if not chunk:
                    break
                for piece in (chunk,) if decoder is None else decoder.feed(chunk):
                    size += len(piece)
                    if size > limit:
                        raise BodyTooLarge(f"the answer is larger than {limit} bytes")
                    parts.append(piece)
            if decoder is not None and (tail := decoder.flush()):
                parts.append(tail)
        except BaseException:
            self.close()
            raise
        self._release()
        return parts[0] if len(parts) == 1 else b"".join(parts)

    def __aiter__(self) -> AsyncIterator[bytes]:
        """The body's chunks as they arrive (decoded)."""
        return self._pieces()

    def _next_deadline(self) -> float | None:
        if self._read_timeout is None:
            return self._deadline
        return _earliest(self._deadline, asyncio.get_running_loop().time() + self._read_timeout)

    async def _pieces(self) -> AsyncIterator[bytes]:
        conn = self._conn
        finished = False
        try:
            while True:
                chunk = await conn.read_chunk(self._next_deadline())
                if not chunk:
                    break
                if self._decoder is None:
                    yield chunk
                else:
                    for piece in self._decoder.feed(chunk):
                        yield piece
            if self._decoder is not None and (tail := self._decoder.flush()):
                yield tail
            finished = True
        finally:
            if finished:
                self._release()
            else:
                self.close()

    def close(self) -> None:
        """Abandon the answer: the connection is closed, never reused."""
        if not self._settled:
            self._settled = True
            self._conn.abort()

    def _release(self) -> None:
        if self._settled:
            return
        self._settled = True
        if self._conn.finish():
            self._client.pool.give(self._key, self._conn, self.headers.get("keep-alive"))
        else:
            self._conn.abort()

    async def __aenter__(self) -> Response:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _earliest(a: float | None, b: float) -> float:
    return b if a is None or b < a else a
