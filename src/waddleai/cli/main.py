"""`waddleai` command line: run the servers, inspect configuration, check upstreams."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console

from waddleai import __version__
from waddleai.cli import (
    account,
    chat,
    checks,
    config_cmds,
    env_cmd,
    identity,
    launch,
    login,
    rotate,
)
from waddleai.config import ConfigError, Settings, load_settings

app = typer.Typer(
    help="WaddleAI: one gateway between any client and any model provider.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode="markdown",
)
app.add_typer(config_cmds.app, name="config", help="Show, validate and set up configuration.")
app.add_typer(checks.health_app, name="health", help="Check the running server and upstreams.")
app.add_typer(checks.test_app, name="test", help="Round trips to the configured models.")
app.add_typer(identity.users_app, name="users", help="Create and list users.")
app.add_typer(identity.keys_app, name="keys", help="Create, list, rotate, revoke API keys.")
app.add_typer(identity.db_app, name="db", help="Database migrations.")
identity.keys_app.command("rotate")(rotate.rotate)
app.command("login")(login.login)
app.command("logout")(login.logout)
app.command("claude", context_settings=launch.AGENT_CONTEXT)(launch.claude)
app.command("codex", context_settings=launch.AGENT_CONTEXT)(launch.codex)
app.command("chat")(chat.chat)
app.command("usage")(account.usage)
app.command("quota")(account.quota)
app.command("env")(env_cmd.env)

console = Console()
err_console = Console(stderr=True)

ConfigOption = typer.Option(None, "--config", "-c", help="YAML config file (default waddleai.yaml)")


def settings_or_exit(config: Path | None, **overrides: object) -> Settings:
    """Load configuration, or print what is wrong and exit 2 (never a traceback)."""
    try:
        settings = load_settings(config)
    except ConfigError as exc:
        err_console.print(f"[red]Configuration error[/red]\n{exc}")
        raise typer.Exit(2) from None
    for key, value in overrides.items():
        if value is not None:
            setattr(settings, key, value)
    return settings


@app.command()
def version() -> None:
    """Print the version."""
    console.print(f"WaddleAI {__version__}")


@app.command()
def serve(
    config: Path | None = ConfigOption,
    proxy_port: int | None = typer.Option(None, "--proxy-port", help="Overrides PROXY_PORT"),
    mgmt_port: int | None = typer.Option(None, "--mgmt-port", help="Overrides MGMT_PORT"),
    workers: int | None = typer.Option(
        None, "--workers", "-w", min=1, help="Proxy worker processes (default: WORKERS, 1)"
    ),
) -> None:
    """Run the proxy and the management server."""
    from waddleai.server import run_all

    settings = settings_or_exit(config, proxy_port=proxy_port, mgmt_port=mgmt_port)
    run_all(settings, workers=workers or settings.workers)


@app.command()
def proxy(
    config: Path | None = ConfigOption,
    port: int | None = typer.Option(None, "--port", "-p", help="Overrides PROXY_PORT"),
    host: str | None = typer.Option(None, "--host", help="Overrides PROXY_HOST"),
    workers: int | None = typer.Option(
        None, "--workers", "-w", min=1, help="Worker processes (default: WORKERS, 1)"
    ),
) -> None:
    """Run only the (stateless) proxy server."""
    from waddleai.server import run_proxy

    settings = settings_or_exit(config, proxy_port=port, proxy_host=host)
    run_proxy(settings, workers=workers or settings.workers)


@app.command()
def mgmt(
    config: Path | None = ConfigOption,
    port: int | None = typer.Option(None, "--port", "-p", help="Overrides MGMT_PORT"),
    host: str | None = typer.Option(None, "--host", help="Overrides MGMT_HOST"),
) -> None:
    """Run only the management server."""
    from waddleai.server import run_mgmt

    settings = settings_or_exit(config, mgmt_port=port, mgmt_host=host)
    run_mgmt(settings)


@app.command("mock-upstream")
def mock_upstream(
    port: int = typer.Option(9999, "--port", "-p"),
    host: str = typer.Option("127.0.0.1", "--host"),
    latency_ms: float = typer.Option(0.0, "--latency-ms", help="Delay before each answer"),
    stream_interval_ms: float = typer.Option(0.0, "--stream-interval-ms", help="Delay per chunk"),
    require_key: str | None = typer.Option(None, "--require-key", help="Key clients must send"),
) -> None:
    """Run the mock upstream (OpenAI and Anthropic APIs) for tests, demos and benchmarks."""
    from waddleai.mock.options import MockOptions
    from waddleai.mock.server import run

    options = MockOptions(
        latency_ms=latency_ms, stream_interval_ms=stream_interval_ms, require_key=require_key
    )
    run(host=host, port=port, options=options)


def main() -> None:  # pragma: no cover - console entry point
    sys.exit(app())
