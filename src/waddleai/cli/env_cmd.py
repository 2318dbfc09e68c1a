"""`waddleai env`: the variables that point Claude Code and the SDKs at the gateway."""

from __future__ import annotations

import shlex

import typer
from rich.console import Console
from rich.table import Table

from waddleai.cli.gateway import GatewayOption, KeyOption, ProxyOption, resolve
from waddleai.cli.masking import mask

console = Console()


def client_variables(proxy_url: str, key: str) -> dict[str, str]:
    return {
        "ANTHROPIC_BASE_URL": proxy_url,
        "ANTHROPIC_AUTH_TOKEN": key,
        "OPENAI_BASE_URL": f"{proxy_url}/v1",
        "OPENAI_API_KEY": key,
    }


def env(
    shell: bool = typer.Option(
        False, "--shell", help="Print `export` lines for eval (the key in full)."
    ),
    key: str | None = KeyOption,
    proxy_url: str | None = ProxyOption,
    url: str | None = GatewayOption,
) -> None:
    """Client settings for Claude Code and the OpenAI / Anthropic SDKs.

    `eval "$(waddleai env --shell)"` sets them in the current shell; without --shell
    they are shown as a table with the key masked.
    """
    target = resolve(key, proxy_url, url)
    variables = client_variables(target.proxy_url, target.key)
    if shell:
        for name, value in variables.items():
            typer.echo(f"export {name}={shlex.quote(value)}")
        return
    table = Table("variable", "value")
    for name, value in variables.items():
        table.add_row(name, mask(value) if value == target.key else value)
    console.print(table)
