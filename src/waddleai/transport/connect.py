"""Opening a connection: TCP (every resolved address in turn), proxy tunnel, TLS.

Everything here happens once per new connection, never per request on a kept-alive
one, so it favours clarity over speed.
"""

from __future__ import annotations

import asyncio
import socket
import ssl

from waddleai.transport.connection import Connection
from waddleai.transport.dns import Resolver
from waddleai.transport.errors import ConnectError, ConnectTimeout
from waddleai.transport.proxy import ProxyRoute

_MAX_TUNNEL_HEAD = 16 * 1024  # a proxy's CONNECT answer longer than this is refused


async def open_connection(
    resolver: Resolver,
    host: str,
    port: int,
    tls: ssl.SSLContext | None,
    proxy: ProxyRoute | None,
    timeout: float,  # noqa: ASYNC109 - covers TCP, tunnel and TLS together
) -> Connection:
    """A connected Connection to host:port (through `proxy` when given), within `timeout`."""
    try:
        async with asyncio.timeout(timeout):
            return await _open(resolver, host, port, tls, proxy)
    except TimeoutError:
        raise ConnectTimeout(f"connecting to {host}:{port} took over {timeout:g} s") from None
    except ssl.SSLError as exc:
        raise ConnectError(f"TLS with {host}:{port} failed: {exc}") from None
    except OSError as exc:
        raise ConnectError(f"cannot connect to {host}:{port}: {exc}") from None


async def _open(
    resolver: Resolver, host: str, port: int, tls: ssl.SSLContext | None, proxy: ProxyRoute | None
) -> Connection:
    loop = asyncio.get_running_loop()
    if proxy is None:
        sock = await _tcp(resolver, host, port)
        server_hostname = host if tls is not None else None
        _, conn = await loop.create_connection(
            Connection, sock=sock, ssl=tls, server_hostname=server_hostname
        )
        return conn
    sock = await _tcp(resolver, proxy.host, proxy.port)
    if tls is None:  # plain http through a proxy: absolute-form requests, no tunnel
        _, conn = await loop.create_connection(Connection, sock=sock)
        return conn
    transport, tunnel = await loop.create_connection(_TunnelHead, sock=sock)
    authority = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    transport.write(
        f"CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n".encode() + proxy.auth + b"\r\n"
    )
    try:
        await tunnel.answered
        conn = Connection()
        tls_transport = await loop.start_tls(transport, conn, tls, server_hostname=host)
    except BaseException:
        transport.abort()
        raise
    if tls_transport is None:
        raise ConnectError(f"TLS through the proxy to {authority} was not established")
    conn.connection_made(tls_transport)
    return conn


async def _tcp(resolver: Resolver, host: str, port: int) -> socket.socket:
    """A connected non-blocking socket to the first address of host that answers."""
    loop = asyncio.get_running_loop()
    try:
        addresses = await resolver.resolve(host, port)
    except socket.gaierror as exc:
        raise ConnectError(f"cannot resolve {host}: {exc}") from None
    error: OSError | None = None
    for family, sockaddr in addresses:
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setblocking(False)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            await loop.sock_connect(sock, sockaddr)
            return sock
        except OSError as exc:
            error = exc
            sock.close()
        except BaseException:
            sock.close()
            raise
    raise ConnectError(f"cannot connect to {host}:{port}: {error or 'no address'}")


class _TunnelHead(asyncio.Protocol):
    """Reads a proxy's answer to CONNECT; resolves `answered` once it says 2xx."""

    def __init__(self) -> None:
        self.answered: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._buffer = b""

    def data_received(self, data: bytes) -> None:
        if self.answered.done():
            return
        self._buffer += data
        end = self._buffer.find(b"\r\n\r\n")
        if end < 0:
            if len(self._buffer) > _MAX_TUNNEL_HEAD:
                self.answered.set_exception(ConnectError("the proxy's answer is too long"))
            return
        status_line = self._buffer.split(b"\r\n", 1)[0].decode("latin-1")
        parts = status_line.split(" ", 2)
        if len(parts) >= 2 and parts[0].startswith("HTTP/1.") and parts[1].startswith("2"):
            self.answered.set_result(None)
        else:
            self.answered.set_exception(ConnectError(f"the proxy refused: {status_line}"))

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.answered.done():
            self.answered.set_exception(ConnectError("the proxy closed the connection"))
