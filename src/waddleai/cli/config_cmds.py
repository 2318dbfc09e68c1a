"""`waddleai config show|validate|env|setup`."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from waddleai.cli.masking import masked_value
from waddleai.config import ConfigError, load_settings
from waddleai.config.settings import Settings
from waddleai.config.unenforced import unenforced

app = typer.Typer(no_args_is_help=True)
console = Console()

ConfigOption = typer.Option(None, "--config", "-c", help="YAML config file (default waddleai.yaml)")

# The variables `config env` and `config setup` know, with what they do.
VARIABLES: dict[str, str] = {
    "OPENAI_API_KEY": "key for the OpenAI(-compatible) upstream",
    "OPENAI_BASE_URL": "OpenAI-compatible base URL (default https://api.openai.com/v1)",
    "ANTHROPIC_API_KEY": "key for an Anthropic upstream",
    "ANTHROPIC_BASE_URL": "Anthropic upstream URL (default https://api.anthropic.com)",
    "OLLAMA_URL": "Ollama base URL, e.g. http://localhost:11434",
    "AZURE_OPENAI_API_KEY": "Azure OpenAI key",
    "AZURE_OPENAI_ENDPOINT": "Azure OpenAI resource URL",
    "AZURE_OPENAI_API_VERSION": "Azure api-version",
    "AZURE_OPENAI_DEPLOYMENT": "Azure deployment name",
    "BIG_MODEL": "model for Claude opus requests",
    "MIDDLE_MODEL": "model for Claude sonnet requests (default BIG_MODEL)",
    "SMALL_MODEL": "model for Claude haiku requests",
    "ANTHROPIC_DEFAULT_HAIKU_MODEL": "overrides SMALL_MODEL for haiku",
    "ANTHROPIC_DEFAULT_SONNET_MODEL": "overrides MIDDLE_MODEL for sonnet",
    "ANTHROPIC_DEFAULT_OPUS_MODEL": "overrides BIG_MODEL for opus",
    "REQUEST_TIMEOUT": "upstream timeout in seconds (default 90)",
    "HTTPS_PROXY": "proxy for https upstreams, http://[user:pass@]host:port (CONNECT tunnel)",
    "HTTP_PROXY": "proxy for plain-http upstreams (lowercase spellings win, as in curl)",
    "ALL_PROXY": "proxy for upstreams HTTPS_PROXY / HTTP_PROXY do not cover",
    "NO_PROXY": "hosts or .domains reached directly (loopback always is)",
    "SSL_CERT_FILE": "CA bundle upstream TLS trusts instead of the system one",
    "SSL_CERT_DIR": "directory of CA certificates upstream TLS trusts instead of the system's",
    "MAX_TOKENS_LIMIT": "cap on max_tokens sent upstream",
    "RESPONSES_RETENTION_DAYS": "days a stored Responses API answer is kept (default 30, 0: none)",
    "PROXY_HOST": "proxy bind address (default 0.0.0.0)",
    "PROXY_PORT": "proxy port (default 8000)",
    "MGMT_HOST": "management bind address (default 0.0.0.0)",
    "MGMT_PORT": "management port (default 8001)",
    "DATABASE_URL": "sqlite:///PATH (default) or postgresql://user:pass@host/db",
    "REDIS_URL": "redis://host:6379/0 to share limits across replicas",
    "JWT_SECRET": "management token signing secret (required with PostgreSQL)",
    "JWT_EXPIRE_MINUTES": "lifetime of a management login token (default 480)",
    "WADDLEAI_SECRET_KEY": "master secret: key hashes, provider-secret encryption; back it up",
    "LOGIN_MAX_FAILURES": "failed logins before a lockout (default 5)",
    "LOGIN_LOCKOUT_SECONDS": "how long a lockout lasts (default 300)",
    "REDIS_PREFIX": "prefix of every Redis key and channel (default waddleai)",
    "DATA_DIR": "directory a relative SQLite path is resolved against (default .)",
    "WORKERS": "not read by the servers: use `waddleai proxy --workers N`",
    "ADMIN_PASSWORD": "password of the first admin user",
    "SECURITY_POLICY": "strict, balanced or permissive",
    "MAX_CONCURRENT_REQUESTS": "requests the proxy serves at once",
    "BODY_TIMEOUT": "seconds a client may take to send a request body (408 after)",
    "CACHE_MAX_BYTES": "size of the in-process response cache (without REDIS_URL)",
    "CACHE_HIT_RATE": "share of the list price a response-cache hit is charged (default 0)",
    "MEMORY_BUDGET_TOKENS": "tokens of earlier turns a memory session adds (default 4000)",
    "MEMORY_MAX_TURNS": "turns a memory session keeps (default 200)",
    "MEMORY_RETENTION_DAYS": "days conversation memory is kept (default 30)",
    "MEMORY_SUMMARY_MODEL": "small model writing memory summaries and facts (default: haiku tier)",
    "PORTAL_PROXY_URL": "the proxy the portal's playground talks to (default: this machine)",
    "LOG_LEVEL": "DEBUG, INFO, WARNING, ERROR",
    "WADDLEAI_API_KEYS": "comma-separated static client keys (no store needed)",
    "API_KEYS": "same as WADDLEAI_API_KEYS (YAML: api_keys)",
    "WADDLEAI_CONFIG": "path of the YAML config file",
}


def _load(config: Path | None) -> Settings:
    try:
        return load_settings(config)
    except ConfigError as exc:
        console.print(f"[red]Configuration error[/red]\n{exc}")
        raise typer.Exit(2) from None


@app.command()
def show(config: Path | None = ConfigOption) -> None:
    """Print the effective configuration, secrets masked."""
    settings = _load(config)
    table = Table(title="WaddleAI configuration", show_lines=False)
    table.add_column("setting")
    table.add_column("value")
    for name, value in settings.model_dump(exclude={"providers", "models"}).items():
        table.add_row(name, masked_value(name, value))
    console.print(table)
    providers = Table(title="Providers")
    for column in ("name", "kind", "endpoint", "models", "keys"):
        providers.add_column(column)
    for p in settings.providers:
        keys = ", ".join(masked_value("key", k.key) for k in p.api_keys)
        providers.add_row(p.name, p.kind, p.endpoint or "", ", ".join(p.models), keys)
    if not settings.providers:
        providers.add_row("demo", "demo", "(built in)", "waddleai-demo", "")
    console.print(providers)


@app.command()
def validate(config: Path | None = ConfigOption) -> None:
    """Check the configuration; exit 2 with the bad keys named if it is invalid."""
    settings = _load(config)
    console.print(f"[green]Configuration is valid[/green]: {len(settings.providers)} provider(s).")
    if not settings.providers:
        console.print(
            "[yellow]No provider configured: the built-in demo model will answer.[/yellow]"
        )
    for warning in unenforced(settings):
        console.print(f"[yellow]warning:[/yellow] {escape(warning)}", soft_wrap=True)
    if settings.uses_postgres and not settings.jwt_secret:
        console.print("[red]JWT_SECRET is required with a PostgreSQL DATABASE_URL[/red]")
        raise typer.Exit(2)


@app.command()
def env() -> None:
    """List the environment variables WaddleAI reads, with their current values (masked)."""
    import os

    table = Table(title="Environment variables")
    table.add_column("variable")
    table.add_column("value")
    table.add_column("meaning")
    for name, meaning in VARIABLES.items():
        table.add_row(name, masked_value(name, os.environ.get(name)), meaning)
    for name, value in sorted(os.environ.items()):
        if name.startswith("CUSTOM_HEADER_"):
            table.add_row(name, masked_value(name, value), "extra upstream header")
    console.print(table)


@app.command()
def setup(path: Path = typer.Option(Path(".env"), "--path", help="Where to write")) -> None:
    """Ask for the main settings and write them to a .env file."""
    answers: dict[str, str] = {}
    kind = typer.prompt("Upstream kind (openai, anthropic, ollama, none)", default="openai")
    if kind == "openai":
        answers["OPENAI_API_KEY"] = typer.prompt("OPENAI_API_KEY", hide_input=True)
        answers["OPENAI_BASE_URL"] = typer.prompt(
            "OPENAI_BASE_URL", default="https://api.openai.com/v1"
        )
        answers["BIG_MODEL"] = typer.prompt("BIG_MODEL", default="gpt-4o")
        answers["SMALL_MODEL"] = typer.prompt("SMALL_MODEL", default="gpt-4o-mini")
    elif kind == "anthropic":
        answers["ANTHROPIC_API_KEY"] = typer.prompt("ANTHROPIC_API_KEY", hide_input=True)
    elif kind == "ollama":
        answers["OLLAMA_URL"] = typer.prompt("OLLAMA_URL", default="http://localhost:11434")
    answers["PROXY_PORT"] = typer.prompt("PROXY_PORT", default="8000")
    answers["MGMT_PORT"] = typer.prompt("MGMT_PORT", default="8001")
    if path.exists() and not typer.confirm(f"{path} exists; overwrite?", default=False):
        raise typer.Exit(1)
    path.write_text("".join(f"{k}={v}\n" for k, v in answers.items() if v), encoding="utf-8")
    path.chmod(0o600)
    console.print(f"Wrote {path}: {', '.join(answers)}")
