"""`waddleai keys rotate`: a new secret for a key, through the management API."""

from __future__ import annotations

import typer
from rich.console import Console

from waddleai.cli import credentials
from waddleai.cli.gateway import GatewayOption, fail, mgmt_call, profile_or_none
from waddleai.cli.masking import mask

console = Console()


def rotate(
    key_id: int | None = typer.Argument(
        None, help="Key id (default: the key this machine's CLI created and stored)."
    ),
    url: str | None = GatewayOption,
) -> None:
    """Rotate a key: same id and permissions, new secret; the old one stops working.

    Needs `waddleai login`. The stored machine key is replaced in the credentials file;
    any other key's new secret is printed once.
    """
    profile = profile_or_none(url)
    if profile is None:
        fail("not logged in; run `waddleai login` first")
    own = key_id is None or key_id == profile.api_key_id
    key_id = key_id or profile.api_key_id
    if key_id is None:
        fail("this machine has no stored key yet; give the id of the key to rotate")
    with console.status(f"Rotating key {key_id}…"):
        rotated = mgmt_call(profile, "POST", f"/api-keys/{key_id}/rotate")
    if own:
        profile.api_key = rotated["api_key"]
        profile.api_key_id = rotated["id"]
        credentials.save_profile(profile, make_current=False)
        console.print(
            f"Rotated key {key_id}; the new secret {mask(rotated['api_key'])} is stored "
            f"in {credentials.credentials_path()}."
        )
        return
    console.print(f"Rotated key {key_id} ({rotated['name']}).")
    typer.echo(f"API key (shown once): {rotated['api_key']}")
