"""`waddleai` command line: run the servers, inspect configuration, check upstreams.

The client commands (login, chat, usage, keys, ...) are imported when they are called
or listed: `waddleai proxy` never loads Rich, urllib.request or the client modules
(~3 MB resident for a process that only serves).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from typer import _click as click  # the click Typer vendors (its TyperGroup builds on it)
from typer.core import TyperGroup

from waddleai import __version__
from waddleai.config import ConfigError, Settings, load_settings

if TYPE_CHECKING:
    from rich.console import Console

SUBAPPS: dict[str, tuple[str, str, str]] = {
    "config": ("config_cmds", "app", "Show, validate and set up configuration."),
    "health": ("checks", "health_app", "Check the running server and upstreams."),
    "test": ("checks", "test_app", "Round trips to the configured models."),
    "users": ("identity", "users_app", "Create and list users."),
    "keys": ("identity", "keys_app", "Create, list, rotate, revoke API keys."),
    "db": ("identity", "db_app", "Database migrations."),
}
"""Command groups: name -> (module in waddleai.cli, Typer attribute, help)."""

COMMANDS: dict[str, tuple[str, str]] = {
    "login": ("login", "login"),
    "logout": ("login", "logout"),
    "claude": ("launch", "claude"),
    "codex": ("launch", "codex"),
    "chat": ("chat", "chat"),
    "usage": ("account", "usage"),
    "quota": ("account", "quota"),
    "env": ("env_cmd", "env"),
}
"""Client commands: name -> (module in waddleai.cli, function)."""

_LOADED: dict[str, click.Command] = {}


def _module(name: str) -> Any:
    return importlib.import_module(f"waddleai.cli.{name}")


def _load(name: str) -> click.Command:
    """The click command for a lazily registered name, built as `add_typer`/`command` would."""
    if name not in _LOADED:
        holder = typer.Typer(rich_markup_mode="markdown")
        if name in SUBAPPS:
            module, attribute, help_text = SUBAPPS[name]
            sub = getattr(_module(module), attribute)
            if name == "keys" and not any(c.name == "rotate" for c in sub.registered_commands):
                sub.command("rotate")(_module("rotate").rotate)
            holder.add_typer(sub, name=name, help=help_text)
        else:
            module, function = COMMANDS[name]
            extra = {"context_settings": _module("launch").AGENT_CONTEXT}
            kwargs = extra if name in ("claude", "codex") else {}
            holder.command(name, **kwargs)(getattr(_module(module), function))
        holder.callback()(lambda: None)  # a group even with one command: take it out
        group = typer.main.get_group(holder)
        _LOADED[name] = group.commands[name]
    return _LOADED[name]


class LazyGroup(TyperGroup):
    """The top-level group; client commands are imported on first lookup."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        own = list(self.commands)
        return [*COMMANDS, *own, *(n for n in SUBAPPS if n not in own)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and (cmd_name in COMMANDS or cmd_name in SUBAPPS):
            self.commands[cmd_name] = _load(cmd_name)
        return super().get_command(ctx, cmd_name)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        try:
            return super().resolve_command(ctx, args)
        except click.exceptions.UsageError:  # "did you mean": suggest among every command
            for name in self.list_commands(ctx):
                self.get_command(ctx, name)
            return super().resolve_command(ctx, args)


app = typer.Typer(
    cls=LazyGroup,
    help="WaddleAI: one gateway between any client and any model provider.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode="markdown",
)


def _console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr)


ConfigOption = typer.Option(None, "--config", "-c", help="YAML config file (default waddleai.yaml)")


def settings_or_exit(config: Path | None, **overrides: object) -> Settings:
    """Load configuration, or print what is wrong and exit 2 (never a traceback)."""
    try:
        settings = load_settings(config)
    except ConfigError as exc:
        _console(stderr=True).print(f"[red]Configuration error[/red]\n{exc}")
        raise typer.Exit(2) from None
    for key, value in overrides.items():
        if value is not None:
            setattr(settings, key, value)
    return settings


@app.command()
def version() -> None:
    """Print the version."""
    _console().print(f"WaddleAI {__version__}")


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
