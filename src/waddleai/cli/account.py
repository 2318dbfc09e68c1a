"""`waddleai usage` and `waddleai quota`: the caller's own consumption, from the proxy.

Both read the proxy's `GET /api/usage` / `GET /api/quota` with the client key, so any
key holder can use them (no management login needed).
"""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table

from waddleai.cli.gateway import GatewayOption, KeyOption, ProxyOption, err, proxy_get, resolve

console = Console()
COLUMNS_RIGHT = {"requests", "input", "output", "cached"}
COUNTERS = ("requests", "input_tokens", "output_tokens", "cached_tokens", "waddleai_tokens")


def _number(value: object) -> str:
    return "unlimited" if value is None else f"{value:,}"


def usage_table(body: dict) -> Table:
    table = Table(title=f"Usage, last {body['days']} days (UTC)")
    for column in ("day", "provider", "model", "requests", "input", "output", "cached"):
        table.add_column(column, justify="right" if column in COLUMNS_RIGHT else "left")
    table.add_column("WaddleAI tokens", justify="right")
    table.add_column("cost USD", justify="right")
    totals = dict.fromkeys(COUNTERS, 0)
    for row in body["usage"]:
        for name in COUNTERS:
            totals[name] += int(row.get(name, 0))
        table.add_row(
            row.get("day", ""), row.get("provider", ""), row.get("model", ""),
            *(f"{int(row.get(n, 0)):,}" for n in COUNTERS), f"{row.get('cost_usd', 0):.6f}",
        )  # fmt: skip
    table.add_section()
    table.add_row(
        "total", "", "", *(f"{totals[n]:,}" for n in COUNTERS), f"{body['total_cost_usd']:.6f}",
        style="bold",
    )  # fmt: skip
    return table


def usage(
    days: int = typer.Option(30, "--days", min=1, max=366, help="How many UTC days back."),
    as_json: bool = typer.Option(False, "--json", help="Print the raw JSON instead."),
    key: str | None = KeyOption,
    proxy_url: str | None = ProxyOption,
    url: str | None = GatewayOption,
) -> None:
    """Your token use by day, provider and model (input, output, WaddleAI tokens, cost)."""
    target = resolve(key, proxy_url, url)
    with err.status("Fetching usage…"):
        body = proxy_get(target, f"/api/usage?days={days}")
    if as_json:
        typer.echo(json.dumps(body, indent=2))
        return
    if not body["usage"]:
        console.print(f"No usage in the last {days} days.")
        return
    console.print(usage_table(body))


def quota_table(body: dict) -> Table:
    table = Table(title="WaddleAI token quotas")
    for column in ("scope", "period", "used", "limit", "remaining"):
        table.add_column(column, justify="left" if column in ("scope", "period") else "right")
    for scope, periods in body["scopes"].items():
        for period, entry in periods.items():
            remaining = entry["remaining"]
            style = "red" if remaining == 0 else None
            table.add_row(
                scope, period, f"{entry['used']:,}", _number(entry["limit"]),
                _number(remaining), style=style,
            )  # fmt: skip
    return table


def quota(
    as_json: bool = typer.Option(False, "--json", help="Print the raw JSON instead."),
    key: str | None = KeyOption,
    proxy_url: str | None = ProxyOption,
    url: str | None = GatewayOption,
) -> None:
    """Remaining daily and monthly WaddleAI tokens for your key, user and organization."""
    target = resolve(key, proxy_url, url)
    with err.status("Fetching quota…"):
        body = proxy_get(target, "/api/quota")
    if as_json:
        typer.echo(json.dumps(body, indent=2))
        return
    console.print(quota_table(body))
    for period in ("daily", "monthly"):
        binding = body[period]
        console.print(
            f"{period}: {binding['used']:,} used, {_number(binding['remaining'])} left "
            f"(resets {body['resets'][period]})"
        )
