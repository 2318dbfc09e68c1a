"""Real servers for the transport tests: an HTTP/1.1 origin, a proxy, a private CA.

The origin is a plain asyncio server whose routes write raw bytes, so each test
controls the exact framing (Content-Length, chunked, until-close), the pacing and
when a connection closes — and can see what the client did (connections opened,
requests, disconnects).
"""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes
    connection: int  # which accepted connection carried it (1, 2, …)
    reader: asyncio.StreamReader | None = None  # lets a route watch for the client leaving

    def client_gone(self, writer: asyncio.StreamWriter) -> bool:
        return writer.is_closing() or (self.reader is not None and self.reader.at_eof())


Route = Callable[["Request", asyncio.StreamWriter, "Origin"], Awaitable[None]]


@dataclass
class Origin:
    """An HTTP/1.1 server on 127.0.0.1 (or ::1) with raw-byte routes."""

    routes: dict[str, Route]
    host: str = "127.0.0.1"
    ssl_context: ssl.SSLContext | None = None
    port: int = 0
    connections: int = 0
    requests: list[Request] = field(default_factory=list)
    closed: list[int] = field(default_factory=list)  # connections that have ended
    _server: asyncio.Server | None = None
    _writers: set[asyncio.StreamWriter] = field(default_factory=set)

    async def start(self) -> Origin:
        self._server = await asyncio.start_server(self._serve, self.host, 0, ssl=self.ssl_context)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for writer in self._writers:
                writer.transport.abort()
            await self._server.wait_closed()

    async def wait_closed(self, connection: int, within: float = 3.0) -> bool:
        """Whether `connection` ends within `within` seconds."""
        for _ in range(int(within / 0.02)):
            if connection in self.closed:
                return True
            await asyncio.sleep(0.02)
        return connection in self.closed

    def url(self, path: str, host: str | None = None) -> str:
        scheme = "https" if self.ssl_context else "http"
        name = host or (f"[{self.host}]" if ":" in self.host else self.host)
        return f"{scheme}://{name}:{self.port}{path}"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        number = self.connections
        self._writers.add(writer)
        try:
            while True:
                request = await read_request(reader, number)
                if request is None:
                    break
                request.reader = reader
                self.requests.append(request)
                route = self.routes[_path(request.target)]
                await route(request, writer, self)
                if writer.is_closing():
                    break
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            self.closed.append(number)
            writer.close()


def _path(target: str) -> str:
    """/path of an origin-form or absolute-form request target."""
    if target.startswith("http://"):
        target = "/" + target.split("/", 3)[3]
    return target.split("?")[0]


async def read_request(reader: asyncio.StreamReader, connection: int) -> Request | None:
    """One request (Content-Length bodies only), or None at a clean end of connection."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        if line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    body = await reader.readexactly(int(headers.get("content-length", "0")))
    return Request(method, target, headers, body, connection)


def response(
    status: int, body: bytes, headers: dict[str, str] | None = None, *, length: bool = True
) -> bytes:
    """Raw bytes of an answer (with Content-Length unless `length` is False)."""
    lines = [f"HTTP/1.1 {status} X"]
    for name, value in (headers or {}).items():
        lines.append(f"{name}: {value}")
    if length:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


# -- TLS -------------------------------------------------------------------------------
@dataclass
class Authority:
    """A private CA and one server certificate it signed."""

    ca_pem: Path
    server_context: ssl.SSLContext
    sni_seen: list[str | None] = field(default_factory=list)

    def client_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=str(self.ca_pem))
        return ctx


def _make_ca(now: datetime.datetime) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    """A self-signed CA certificate and its key."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "waddleai test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    return ca, ca_key


def make_authority(directory: Path, names: list[str]) -> Authority:
    """A CA, and a certificate for `names` (DNS names or IPs), written under `directory`."""
    now = datetime.datetime.now(datetime.UTC)
    ca, ca_key = _make_ca(now)
    key = ec.generate_private_key(ec.SECP256R1())
    alt: list[x509.GeneralName] = []
    for name in names:
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alt.append(x509.DNSName(name))
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(alt), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([x509.OID_SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_pem = directory / "ca.pem"
    ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_pem = directory / "server.pem"
    cert_pem.write_bytes(
        cert.public_bytes(serialization.Encoding.PEM)
        + key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(str(cert_pem))
    authority = Authority(ca_pem, server)

    def remember_sni(sock: ssl.SSLObject, name: str | None, ctx: ssl.SSLContext) -> None:
        authority.sni_seen.append(name)

    server.sni_callback = remember_sni  # type: ignore[assignment]
    return authority


# -- proxy -----------------------------------------------------------------------------
@dataclass
class Proxy:
    """An HTTP proxy: CONNECT tunnels and absolute-form requests, every host → 127.0.0.1."""

    seen: list[tuple[str, str, str | None]] = field(default_factory=list)  # method, target, auth
    port: int = 0
    _server: asyncio.Server | None = None
    _writers: set[asyncio.StreamWriter] = field(default_factory=set)

    async def start(self) -> Proxy:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for writer in self._writers:
                writer.transport.abort()
            await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            request = await read_request(reader, 0)
            if request is None:
                return
            self.seen.append(
                (request.method, request.target, request.headers.get("proxy-authorization"))
            )
            if request.method == "CONNECT":
                port = int(request.target.rsplit(":", 1)[1])
                up_reader, up_writer = await asyncio.open_connection("127.0.0.1", port)
                writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
                await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))
                return
            # absolute-form: forward this one request and every later one on the connection
            port = int(request.target.split("/", 3)[2].rsplit(":", 1)[1])
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", port)
            up_writer.write(_forwarded(request))
            rest = asyncio.ensure_future(_pipe(reader, up_writer))
            await _pipe(up_reader, writer)
            rest.cancel()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()


def _forwarded(request: Request) -> bytes:
    lines = [f"{request.method} {request.target} HTTP/1.1"]
    lines += [f"{k}: {v}" for k, v in request.headers.items() if k != "proxy-authorization"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + request.body


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except ConnectionError:
        pass
    finally:
        writer.close()
