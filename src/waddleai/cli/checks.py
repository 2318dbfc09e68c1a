"""`waddleai health server|upstream` and `waddleai test connection|models`."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.table import Table

from waddleai.config import ConfigError, load_settings
from waddleai.config.settings import Settings

if TYPE_CHECKING:  # providers and aiohttp load when a check runs, not at every `waddleai`
    from waddleai.providers.base import Provider
    from waddleai.routing.resolver import ModelResolver

health_app = typer.Typer(no_args_is_help=True)
test_app = typer.Typer(no_args_is_help=True)
console = Console()
ConfigOption = typer.Option(None, "--config", "-c", help="YAML config file")


def _settings(config: Path | None) -> Settings:
    try:
        return load_settings(config)
    except ConfigError as exc:
        console.print(f"[red]Configuration error[/red]\n{exc}")
        raise typer.Exit(2) from None


@health_app.command("server")
def health_server(
    url: str | None = typer.Option(None, "--url", help="Proxy base URL"),
    config: Path | None = ConfigOption,
) -> None:
    """Ask the running proxy for /healthz and /health."""
    settings = _settings(config)
    host = "127.0.0.1" if settings.proxy_host in ("0.0.0.0", "::") else settings.proxy_host
    base = url or f"http://{host}:{settings.proxy_port}"

    import aiohttp

    async def probe() -> int:
        async with aiohttp.ClientSession() as session:
            failed = 0
            for path in ("/healthz", "/health"):
                try:
                    async with session.get(base + path, timeout=aiohttp.ClientTimeout(10)) as r:
                        body = await r.text()
                        colour = "green" if r.status == 200 else "red"
                        console.print(f"[{colour}]{path} {r.status}[/{colour}] {body[:500]}")
                        failed += r.status != 200
                except aiohttp.ClientError as exc:
                    console.print(f"[red]{path}: cannot reach {base} ({type(exc).__name__})[/red]")
                    failed += 1
            return failed

    raise typer.Exit(1 if asyncio.run(probe()) else 0)


async def _check_all(providers: list[Provider]) -> list[tuple[str, str, str, float]]:
    from waddleai.providers.errors import UpstreamError

    async def one(p: Provider) -> tuple[str, str, str, float]:
        started = time.perf_counter()
        try:
            await asyncio.wait_for(p.check(), timeout=15)
            state = "ok"
        except (TimeoutError, UpstreamError) as exc:
            state = getattr(exc, "message", "timed out")
        finally:
            await p.close()
        return p.name, p.kind, state, (time.perf_counter() - started) * 1000

    return list(await asyncio.gather(*(one(p) for p in providers)))


def _results_table(title: str, rows: list[tuple[str, ...]], columns: tuple[str, ...]) -> bool:
    table = Table(title=title)
    for column in columns:
        table.add_column(column)
    ok = True
    for row in rows:
        good = row[-2] == "ok"
        ok &= good
        table.add_row(*row[:-2], f"[{'green' if good else 'red'}]{row[-2]}[/]", row[-1])
    console.print(table)
    return ok


@health_app.command("upstream")
def health_upstream(
    config: Path | None = ConfigOption,
    url: str | None = typer.Option(None, "--url", help="Running proxy's base URL"),
    key: str | None = typer.Option(None, "--key", envvar="WADDLEAI_API_KEY", help="Client key"),
) -> None:
    """Check that every configured upstream answers; show the running proxy's key pools."""
    from waddleai.providers.registry import build_providers

    settings = _settings(config)
    rows = asyncio.run(_check_all(build_providers(settings)))
    table_rows = [(n, k, s, f"{ms:.0f} ms") for n, k, s, ms in rows]
    ok = _results_table("Upstreams", table_rows, ("provider", "kind", "status", "latency"))
    asyncio.run(_print_key_pools(url or _proxy_url(settings), key))
    raise typer.Exit(0 if ok else 1)


def _proxy_url(settings: Settings) -> str:
    host = "127.0.0.1" if settings.proxy_host in ("0.0.0.0", "::") else settings.proxy_host
    return f"http://{host}:{settings.proxy_port}"


async def _print_key_pools(base: str, key: str | None) -> None:
    """The key-state table of the running proxy's /api/status (routing/keys/status.py)."""
    import aiohttp

    headers = {"Authorization": f"Bearer {key}"} if key else {}
    try:
        async with (
            aiohttp.ClientSession() as session,
            session.get(
                base + "/api/status", headers=headers, timeout=aiohttp.ClientTimeout(10)
            ) as resp,
        ):
            body = await resp.json(content_type=None) if resp.status == 200 else {}
    except (aiohttp.ClientError, TimeoutError, ValueError):
        console.print(f"[yellow]No proxy answering at {base}: key states not shown[/yellow]")
        return
    pools = body.get("upstream_keys") if isinstance(body, dict) else None
    if not pools:
        hint = "" if key else " (pass --key or WADDLEAI_API_KEY: key states need a client key)"
        console.print(f"[yellow]{base}/api/status shows no key states{hint}[/yellow]")
        return
    console.print(key_pool_table(pools))


def key_pool_table(pools: list[dict]) -> Table:
    table = Table(title="Upstream keys")
    for column in ("provider", "breaker", "key", "weight", "state", "until", "last minute", "left"):
        table.add_column(column)
    colours = {"ready": "green", "resting": "yellow", "limited": "yellow", "out": "red"}
    for pool in pools:
        for key in pool.get("keys", []):
            state = str(key.get("state", "?"))
            shown = f"[{colours.get(state, 'white')}]{state}[/]"
            if key.get("reason"):
                shown += f" ({key['reason']})"
            used = f"{key.get('requests_last_minute', 0)} req"
            if key.get("max_requests_per_minute"):
                used += f" / {key['max_requests_per_minute']}"
            share = key.get("remaining_share")
            table.add_row(
                str(pool.get("provider")),
                str(pool.get("breaker")),
                str(key.get("key")),
                str(key.get("weight")),
                shown,
                str(key.get("until", "")),
                used,
                "" if share is None else f"{share:.0%}",
            )
    return table


@test_app.command("connection")
def test_connection(config: Path | None = ConfigOption) -> None:
    """One reachability round trip per provider."""
    health_upstream(config, None, None)


def _models_to_test(settings: Settings, resolver: ModelResolver) -> list[str]:
    names = [m for m, _ in resolver.listed_models()]
    for tier in ("haiku", "sonnet", "opus"):
        target = settings.tier_target(tier)
        if target and target not in names:
            names.append(target)
    return names


async def _chat_round_trips(settings: Settings) -> list[tuple[str, ...]]:
    from waddleai.providers.errors import UpstreamError
    from waddleai.providers.registry import build_providers
    from waddleai.routing.resolver import ModelNotFound, ModelResolver

    resolver = ModelResolver(settings, build_providers(settings))
    rows: list[tuple[str, ...]] = []
    for model in _models_to_test(settings, resolver):
        started = time.perf_counter()
        try:
            route = resolver.resolve(model)[0]
        except ModelNotFound:
            rows.append((model, "-", "no provider serves it", ""))
            continue
        payload = _tiny_request(route.upstream_model)
        try:
            await route.provider.chat(payload, {}, route.provider.first_key)
            state = "ok"
        except UpstreamError as exc:
            state = exc.message
        rows.append(
            (model, route.provider.name, state, f"{(time.perf_counter() - started) * 1000:.0f} ms")
        )
    for p in resolver.providers:
        await p.close()
    return rows


def _tiny_request(model: str) -> dict:
    """Valid in both wire APIs: a user turn and max_tokens."""
    return {"model": model, "max_tokens": 5, "messages": [{"role": "user", "content": "Reply OK."}]}


@test_app.command("models")
def test_models(config: Path | None = ConfigOption) -> None:
    """One real chat round trip per configured model, as a table."""
    rows = asyncio.run(_chat_round_trips(_settings(config)))
    ok = _results_table("Models", rows, ("model", "provider", "result", "latency"))
    raise typer.Exit(0 if ok else 1)
