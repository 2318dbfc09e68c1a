"""Which proxy, if any, a request goes through: HTTP(S)_PROXY, ALL_PROXY, NO_PROXY.

Read from the environment like urllib and httpx do (lowercase names win over
uppercase; `NO_PROXY` lists hosts, domains or `*`). Loopback hosts never go through a
proxy (as in Go's net/http): a local upstream or mock must keep working when a proxy
is set for the outside world.
"""

from __future__ import annotations

import base64
import ipaddress
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass

from waddleai.transport.errors import ConnectError


@dataclass(frozen=True, slots=True)
class ProxyRoute:
    """An HTTP proxy: where it is and the `Proxy-Authorization` it wants, if any."""

    host: str
    port: int
    auth: bytes  # a whole header line, or b""


class ProxyTable:
    """The environment's proxy settings, read once."""

    def __init__(self, env: Mapping[str, str] | None = None) -> None:
        proxies = urllib.request.getproxies_environment() if env is None else _from_mapping(env)
        self._no_proxy = {"no": proxies.pop("no")} if "no" in proxies else {}
        self._proxies = proxies

    def route(self, scheme: str, host: str, port: int) -> ProxyRoute | None:
        url = self._proxies.get(scheme) or self._proxies.get("all")
        if not url or _is_loopback(host):
            return None
        if self._no_proxy and urllib.request.proxy_bypass_environment(  # type: ignore[attr-defined]
            f"{host}:{port}", self._no_proxy
        ):
            return None
        return parse_proxy_url(url)


def parse_proxy_url(url: str) -> ProxyRoute:
    """`http://user:pass@proxy:3128` (scheme optional) as a ProxyRoute."""
    if "://" not in url:
        url = "http://" + url
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        raise ConnectError(f"unsupported proxy URL {parts.scheme}://{parts.hostname or ''}")
    auth = b""
    if parts.username is not None:
        user = urllib.parse.unquote(parts.username)
        password = urllib.parse.unquote(parts.password or "")
        token = base64.b64encode(f"{user}:{password}".encode()).decode()
        auth = f"Proxy-Authorization: Basic {token}\r\n".encode()
    return ProxyRoute(parts.hostname, parts.port or 80, auth)


def _from_mapping(env: Mapping[str, str]) -> dict[str, str]:
    """urllib's reading of proxy variables, from any mapping (tests pass their own)."""
    proxies: dict[str, str] = {}
    for name, value in env.items():
        if value and name[-6:].lower() == "_proxy":
            proxies[name[:-6].lower()] = value
    for name, value in env.items():  # lowercase spelling wins, as in urllib
        if value and name[-6:] == "_proxy":
            proxies[name[:-6]] = value
    return proxies


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
