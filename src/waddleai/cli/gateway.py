"""Which gateway and which key a client command uses, shared by every client command.

Key: `--key` / `WADDLEAI_API_KEY`, else the key stored for the logged-in gateway, else
a new key created for the logged-in user (named after this machine) and stored for
reuse. Proxy URL: `--proxy-url` / `WADDLEAI_PROXY_URL`, else the profile's, else
http://localhost:8000.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from typing import Any, NoReturn

import typer
from rich.console import Console

from waddleai.cli import credentials
from waddleai.cli.credentials import Profile
from waddleai.cli.http import GatewayCallError, call

err = Console(stderr=True)

KeyOption = typer.Option(
    None, "--key", "-k", envvar="WADDLEAI_API_KEY", help="Client API key (wa-...)."
)
ProxyOption = typer.Option(
    None, "--proxy-url", envvar="WADDLEAI_PROXY_URL", help="Proxy URL (default: from login)."
)
GatewayOption = typer.Option(
    None, "--url", envvar="WADDLEAI_URL", help="Management URL of a gateway you logged in to."
)
DEFAULT_PROXY_URL = "http://localhost:8000"


def fail(message: str, code: int = 1) -> NoReturn:
    """Print a one-line error (no traceback) and exit."""
    err.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)


@dataclass
class Target:
    proxy_url: str
    key: str
    profile: Profile | None


def profile_or_none(url: str | None) -> Profile | None:
    try:
        return credentials.load_profile(credentials.normalize_url(url) if url else None)
    except ValueError as exc:
        fail(str(exc), 2)


def mgmt_call(profile: Profile, method: str, path: str, body: Any = None) -> Any:
    """A management API call with the stored token; an expired login says so."""
    if not profile.token:
        fail(f"not logged in to {profile.url}; run `waddleai login --url {profile.url}`")
    try:
        return call(method, profile.url + path, token=profile.token, body=body)
    except GatewayCallError as exc:
        if exc.status == 401:
            fail(f"your login to {profile.url} has expired; run `waddleai login` again")
        fail(exc.message)


def machine_key_name() -> str:
    return f"waddleai-cli@{socket.gethostname()}"[:100]


def create_machine_key(profile: Profile) -> str:
    """A key for the logged-in user, named after this host, stored in the profile."""
    with err.status(f"Creating an API key on {profile.url}…"):
        created = mgmt_call(profile, "POST", "/api-keys", {"name": machine_key_name()})
    profile.api_key = created["api_key"]
    profile.api_key_id = created["id"]
    profile.api_key_name = created["name"]
    credentials.save_profile(profile, make_current=False)
    err.print(f"Created API key {created['key_prefix']}… ({created['name']}), stored for reuse.")
    return profile.api_key


def key_refused(proxy_url: str, key: str) -> bool:
    """True only when the proxy answers 401 for the key (unreachable is not refusal)."""
    try:
        call("GET", proxy_url + "/v1/models", token=key, timeout=10)
    except GatewayCallError as exc:
        return exc.status == 401
    return False


def resolve(key: str | None, proxy_url: str | None, url: str | None) -> Target:
    """The proxy URL and key to use, creating the machine key when needed.

    A stored key the proxy refuses (revoked or rotated elsewhere) is replaced by a new
    one, so a stale credentials file never leaves the user with 401s.
    """
    profile = profile_or_none(url)
    if url and profile is None:
        fail(f"not logged in to {url}; run `waddleai login --url {url}`")
    proxy = proxy_url or (profile.proxy_url if profile else None) or DEFAULT_PROXY_URL
    try:
        proxy = credentials.normalize_url(proxy)
    except ValueError as exc:
        fail(str(exc), 2)
    if not key and profile is not None:
        key = profile.api_key
        if key and key_refused(proxy, key):
            err.print("The stored API key is no longer accepted; creating a new one.")
            key = None
        key = key or create_machine_key(profile)
    if not key:
        fail("no API key: pass --key, set WADDLEAI_API_KEY, or run `waddleai login` first")
    return Target(proxy_url=proxy, key=key, profile=profile)


def proxy_get(target: Target, path: str) -> Any:
    try:
        return call("GET", target.proxy_url + path, token=target.key)
    except GatewayCallError as exc:
        fail(exc.message)
