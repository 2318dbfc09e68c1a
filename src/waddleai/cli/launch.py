"""`waddleai claude` and `waddleai codex`: run the coding agents against the gateway.

Each resolves the gateway and a key (see cli/gateway.py), sets the variables the agent
reads, and replaces this process with the agent (`exec`), so signals, the terminal and
the exit status are the agent's own. Arguments after the options (or after `--`) are
passed to the agent unchanged.
"""

from __future__ import annotations

import os
import shutil

import typer

from waddleai.cli.gateway import GatewayOption, KeyOption, ProxyOption, err, fail, resolve

AGENT_CONTEXT = {"allow_extra_args": True, "ignore_unknown_options": True}
INSTALL_HINTS = {
    "claude": "npm install -g @anthropic-ai/claude-code",
    "codex": "npm install -g @openai/codex",
}
CODEX_PROVIDER = "waddleai"


def _exec(program: str, args: list[str], env: dict[str, str]) -> None:
    found = shutil.which(program, path=env.get("PATH"))
    if found is None:
        fail(
            f"`{program}` is not installed (not on PATH); install it with "
            f"`{INSTALL_HINTS[program]}`",
            127,
        )
    err.print(f"Starting {program} against {env['WADDLEAI_PROXY_URL']}", highlight=False)
    try:
        os.execvpe(found, [program, *args], env)
    except OSError as exc:
        fail(f"cannot start {found}: {exc}", 126)


def claude_environment(
    proxy_url: str, key: str, tiers: dict[str, str | None], model: str | None
) -> dict[str, str]:
    """The variables Claude Code reads; the client's own Anthropic key is dropped."""
    env = {k: v for k, v in os.environ.items() if k != "ANTHROPIC_API_KEY"}
    env.update(ANTHROPIC_BASE_URL=proxy_url, ANTHROPIC_AUTH_TOKEN=key, WADDLEAI_PROXY_URL=proxy_url)
    for tier, name in tiers.items():
        if name:
            env[f"ANTHROPIC_DEFAULT_{tier.upper()}_MODEL"] = name
    if model:
        env["ANTHROPIC_MODEL"] = model
    return env


def claude(
    ctx: typer.Context,
    key: str | None = KeyOption,
    proxy_url: str | None = ProxyOption,
    url: str | None = GatewayOption,
    model: str | None = typer.Option(None, "--model", help="ANTHROPIC_MODEL: the main model."),
    haiku: str | None = typer.Option(
        None, "--haiku-model", envvar="ANTHROPIC_DEFAULT_HAIKU_MODEL", help="Model for haiku."
    ),
    sonnet: str | None = typer.Option(
        None, "--sonnet-model", envvar="ANTHROPIC_DEFAULT_SONNET_MODEL", help="Model for sonnet."
    ),
    opus: str | None = typer.Option(
        None, "--opus-model", envvar="ANTHROPIC_DEFAULT_OPUS_MODEL", help="Model for opus."
    ),
) -> None:
    """Run Claude Code through the gateway: `waddleai claude [-- claude args]`.

    Sets ANTHROPIC_BASE_URL, ANTHROPIC_AUTH_TOKEN and the ANTHROPIC_DEFAULT_*_MODEL tier
    variables, then runs `claude` with the remaining arguments (e.g. `-p "fix the tests"`).
    """
    target = resolve(key, proxy_url, url)
    tiers = {"haiku": haiku, "sonnet": sonnet, "opus": opus}
    env = claude_environment(target.proxy_url, target.key, tiers, model)
    _exec("claude", list(ctx.args), env)


def codex_arguments(proxy_url: str, model: str | None, wire_api: str) -> list[str]:
    """`-c` overrides that define a `waddleai` provider for this run only."""
    base = f"model_providers.{CODEX_PROVIDER}"
    args = [
        "-c", f'model_provider="{CODEX_PROVIDER}"',
        "-c", f'{base}.name="WaddleAI"',
        "-c", f'{base}.base_url="{proxy_url}/v1"',
        "-c", f'{base}.env_key="OPENAI_API_KEY"',
        "-c", f'{base}.wire_api="{wire_api}"',
    ]  # fmt: skip
    if model:
        args += ["-m", model]
    return args


def codex(
    ctx: typer.Context,
    key: str | None = KeyOption,
    proxy_url: str | None = ProxyOption,
    url: str | None = GatewayOption,
    model: str | None = typer.Option(None, "--model", "-m", help="Model Codex asks for."),
    wire_api: str = typer.Option(
        "responses", "--wire-api", help="API Codex speaks: responses (default) or chat."
    ),
) -> None:
    """Run Codex CLI through the gateway: `waddleai codex [-- codex args]`.

    Sets OPENAI_BASE_URL=<proxy>/v1 and OPENAI_API_KEY, and passes `-c` options that make
    a `waddleai` model provider the one Codex uses (nothing is written to ~/.codex).
    """
    if wire_api not in ("responses", "chat"):
        fail("--wire-api must be responses or chat", 2)
    target = resolve(key, proxy_url, url)
    env = dict(os.environ)
    env.update(
        OPENAI_BASE_URL=f"{target.proxy_url}/v1",
        OPENAI_API_KEY=target.key,
        WADDLEAI_PROXY_URL=target.proxy_url,
    )
    _exec("codex", [*codex_arguments(target.proxy_url, model, wire_api), *ctx.args], env)
