"""`waddleai login` / `waddleai logout`: a management token stored for later commands."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import typer
from rich.console import Console

from waddleai.cli import credentials
from waddleai.cli.credentials import DEFAULT_MGMT_URL, Profile
from waddleai.cli.gateway import GatewayOption, fail, profile_or_none
from waddleai.cli.http import GatewayCallError, call

console = Console(stderr=True)


def login(
    url: str = typer.Option(DEFAULT_MGMT_URL, "--url", help="Management server URL."),
    proxy_url: str | None = typer.Option(
        None, "--proxy-url", help="Proxy URL (default: the management host, port 8000)."
    ),
    username: str = typer.Option(..., "--username", "-u", prompt=True, help="Your user name."),
    password: str = typer.Option(
        ..., "--password", prompt=True, hide_input=True, help="Prompted for (hidden)."
    ),
) -> None:
    """Log in to a gateway's management server and store the token (mode 0600)."""
    try:
        url = credentials.normalize_url(url)
        proxy = credentials.normalize_url(proxy_url or credentials.default_proxy_url(url))
    except ValueError as exc:
        fail(str(exc), 2)
    body = {"username": username, "password": password}
    try:
        with console.status(f"Logging in to {url}…"):
            answer = call("POST", url + "/auth/login", body=body)
    except GatewayCallError as exc:
        fail(f"login failed: {exc.message}")
    expires = datetime.now(UTC) + timedelta(seconds=int(answer.get("expires_in", 0)))
    previous = profile_or_none(url)
    profile = Profile(
        url=url,
        proxy_url=proxy,
        username=username,
        token=answer["access_token"],
        expires_at=expires.isoformat(timespec="seconds"),
    )
    if previous is not None and previous.username == username:
        # The machine key outlives a login session; keep reusing it.
        profile.api_key = previous.api_key
        profile.api_key_id = previous.api_key_id
        profile.api_key_name = previous.api_key_name
    path = credentials.save_profile(profile)
    console.print(
        f"[green]Logged in[/green] to {url} as {username} (proxy {proxy}); "
        f"token valid until {profile.expires_at}, stored in {path}"
    )


def logout(url: str | None = GatewayOption) -> None:
    """Revoke the stored management token and forget this gateway's credentials."""
    profile = profile_or_none(url)
    if profile is None:
        fail("not logged in")
    if profile.token:
        try:
            call("POST", profile.url + "/auth/logout", token=profile.token)
        except GatewayCallError as exc:
            if exc.status not in (401, 0):
                console.print(f"[yellow]could not revoke the token: {exc.message}[/yellow]")
    credentials.forget_profile(profile.url)
    console.print(f"Logged out of {profile.url}.")
