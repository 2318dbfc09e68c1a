"""TLS with a private CA, proxies from the environment, name resolution."""

from __future__ import annotations

import asyncio
import base64
import socket

import pytest

from tests.transport.servers import Proxy, make_authority, response
from waddleai.transport import Client, ConnectError
from waddleai.transport.dns import Resolver
from waddleai.transport.proxy import ProxyTable


async def ok(req, writer, origin) -> None:
    writer.write(response(200, b"ok"))


async def closing(req, writer, origin) -> None:
    writer.write(response(200, b"ok", {"Connection": "close"}))


@pytest.fixture
async def proxy():
    started = await Proxy().start()
    yield started
    await started.stop()


async def test_tls_trusts_the_ca_named_by_ssl_cert_file(serve, tmp_path, monkeypatch) -> None:
    authority = make_authority(tmp_path, ["localhost"])
    origin = await serve({"/": ok}, ssl_context=authority.server_context)
    monkeypatch.setenv("SSL_CERT_FILE", str(authority.ca_pem))
    client = Client()
    resp = await client.request("GET", origin.url("/", host="localhost"))
    assert (resp.status, await resp.read()) == (200, b"ok")
    assert authority.sni_seen == ["localhost"]
    await client.close()


async def test_tls_refuses_an_untrusted_certificate(serve, tmp_path, monkeypatch) -> None:
    authority = make_authority(tmp_path, ["localhost"])
    origin = await serve({"/": ok}, ssl_context=authority.server_context)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    client = Client()  # the system CAs do not know the test CA
    with pytest.raises(ConnectError, match="certificate verify failed"):
        await client.request("GET", origin.url("/", host="localhost"))
    assert origin.requests == []
    await client.close()


async def test_tls_refuses_a_certificate_for_another_name(serve, tmp_path) -> None:
    authority = make_authority(tmp_path, ["other.test"])
    origin = await serve({"/": ok}, ssl_context=authority.server_context)
    client = Client(ssl_context=authority.client_context())
    with pytest.raises(ConnectError, match="certificate verify failed"):
        await client.request("GET", origin.url("/", host="localhost"))
    await client.close()


async def test_http_through_a_proxy_uses_absolute_form_and_basic_auth(serve, proxy) -> None:
    origin = await serve({"/json": ok})
    table = ProxyTable({"HTTP_PROXY": f"http://user:p%40ss@127.0.0.1:{proxy.port}"})
    client = Client(proxies=table)  # upstream.test resolves nowhere: only the proxy knows it
    for _ in range(2):
        resp = await client.request("GET", f"http://upstream.test:{origin.port}/json")
        assert await resp.read() == b"ok"
    auth = "Basic " + base64.b64encode(b"user:p@ss").decode()
    target = f"http://upstream.test:{origin.port}/json"
    assert proxy.seen == [("GET", target, auth)]  # one proxy connection, reused
    assert [r.target for r in origin.requests] == [target, target]
    await client.close()


async def test_https_through_a_proxy_uses_a_connect_tunnel(serve, proxy, tmp_path) -> None:
    authority = make_authority(tmp_path, ["upstream.test"])
    origin = await serve({"/json": ok}, ssl_context=authority.server_context)
    table = ProxyTable({"https_proxy": f"http://bob:secret@127.0.0.1:{proxy.port}"})
    client = Client(proxies=table, ssl_context=authority.client_context())
    for _ in range(2):
        resp = await client.request("POST", f"https://upstream.test:{origin.port}/json", body=b"{}")
        assert await resp.read() == b"ok"
    auth = "Basic " + base64.b64encode(b"bob:secret").decode()
    assert proxy.seen == [("CONNECT", f"upstream.test:{origin.port}", auth)]
    assert authority.sni_seen == ["upstream.test"]  # TLS is end to end, through the tunnel
    assert [r.target for r in origin.requests] == ["/json", "/json"]
    await client.close()


async def test_no_proxy_hosts_are_reached_directly(serve, proxy) -> None:
    origin = await serve({"/": ok})
    env = {"HTTP_PROXY": f"http://127.0.0.1:{proxy.port}", "NO_PROXY": "example.org, .test"}
    resolver = Resolver(overrides={"upstream.test": "127.0.0.1"})
    client = Client(proxies=ProxyTable(env), resolver=resolver)
    assert await (await client.request("GET", f"http://upstream.test:{origin.port}/")).read()
    assert proxy.seen == [] and len(origin.requests) == 1
    await client.close()


async def test_loopback_never_goes_through_the_proxy(serve) -> None:
    origin = await serve({"/": ok})
    client = Client(proxies=ProxyTable({"ALL_PROXY": "http://127.0.0.1:9"}))  # a dead proxy
    assert await (await client.request("GET", origin.url("/"))).read() == b"ok"
    await client.close()


async def test_proxy_variables_are_read_from_the_environment(serve, proxy, monkeypatch) -> None:
    origin = await serve({"/": ok})
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # dead: the lowercase one wins
    monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{proxy.port}")
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    client = Client()
    assert await (await client.request("GET", f"http://upstream.test:{origin.port}/")).read()
    assert [m for m, _, _ in proxy.seen] == ["GET"]
    await client.close()


def test_proxy_table_reads_all_proxy_and_no_proxy() -> None:
    table = ProxyTable({"ALL_PROXY": "proxy.internal:3128", "no_proxy": "api.local"})
    route = table.route("https", "api.openai.com", 443)
    assert route is not None and (route.host, route.port, route.auth) == (
        "proxy.internal",
        3128,
        b"",
    )
    assert table.route("http", "api.local", 80) is None
    assert table.route("https", "localhost", 443) is None
    assert ProxyTable({}).route("https", "api.openai.com", 443) is None


async def test_proxy_refusing_the_tunnel_is_a_connect_error(tmp_path) -> None:
    async def refuse(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()

    server = await asyncio.start_server(refuse, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    client = Client(proxies=ProxyTable({"HTTPS_PROXY": f"http://127.0.0.1:{port}"}))
    with pytest.raises(ConnectError, match="407"):
        await client.request("GET", "https://upstream.test/")
    server.close()
    await client.close()


def _has_ipv6() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as sock:
            sock.bind(("::1", 0))
        return True
    except OSError:
        return False


@pytest.mark.skipif(not _has_ipv6(), reason="no IPv6 loopback on this machine")
async def test_ipv6_literal(serve) -> None:
    origin = await serve({"/": ok}, host="::1")
    client = Client()
    assert await (await client.request("GET", origin.url("/"))).read() == b"ok"
    assert origin.requests[0].headers["host"] == f"[::1]:{origin.port}"
    await client.close()


async def test_names_are_resolved_off_the_loop_and_cached(serve, monkeypatch) -> None:
    origin = await serve({"/": closing})  # every call needs a new connection
    loop = asyncio.get_running_loop()
    calls: list[str] = []
    real = loop.getaddrinfo

    async def counting(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(host)
        return await real(host, *args, **kwargs)

    monkeypatch.setattr(loop, "getaddrinfo", counting)
    client = Client()
    for _ in range(3):
        assert await (await client.request("GET", origin.url("/", host="localhost"))).read()
    # one lookup of the name for three connections (uvloop also passes the IPs through
    # getaddrinfo when connecting a socket: those are not name lookups)
    assert origin.connections == 3 and [h for h in calls if h == "localhost"] == ["localhost"]
    await client.close()
