"""Runs the servers: the proxy, the management server, or both in one process.

`waddleai serve` runs both on one event loop (embedded default: one machine, SQLite).
With `--workers N` the proxy runs as N processes sharing the listening socket, each
building its own runtime from the same configuration.
"""

from __future__ import annotations

import asyncio
import logging
import os

import uvicorn

from waddleai import __version__
from waddleai.config import Settings, load_settings
from waddleai.observability.logs import configure_logging
from waddleai.proxy.app import create_proxy_app
from waddleai.proxy.build import build_runtime

log = logging.getLogger("waddleai")


def _uvicorn_config(
    app: object, host: str, port: int, settings: Settings, **extra
) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        loop="uvloop",
        http="httptools",
        access_log=False,
        log_level=settings.log_level.lower(),
        timeout_graceful_shutdown=10,
        server_header=False,
        **extra,
    )


def banner(settings: Settings, providers: list[str], *, mgmt: bool) -> str:
    lines = [
        f"WaddleAI {__version__}",
        f"  proxy:      http://{settings.proxy_host}:{settings.proxy_port}  "
        "(OpenAI /v1/chat/completions, Anthropic /v1/messages)",
    ]
    if mgmt:
        lines.append(
            f"  management: http://{settings.mgmt_host}:{settings.mgmt_port}  (API docs at /docs)"
        )
    if providers == ["demo"]:
        lines += [
            "  providers:  NONE CONFIGURED - serving the built-in demo model 'waddleai-demo'.",
            "              Add a real provider: set OPENAI_API_KEY (optionally OPENAI_BASE_URL),",
            "              ANTHROPIC_API_KEY or OLLAMA_URL, or list providers in waddleai.yaml;",
            "              `waddleai config setup` writes a .env for you.",
        ]
    else:
        lines.append(f"  providers:  {', '.join(providers)}")
    return "\n".join(lines)


async def serve_proxy(settings: Settings) -> None:
    configure_logging(settings.log_level)
    runtime = build_runtime(settings)
    print(banner(settings, [p.name for p in runtime.resolver.providers], mgmt=False), flush=True)
    app = create_proxy_app(runtime)
    server = uvicorn.Server(
        _uvicorn_config(app, settings.proxy_host, settings.proxy_port, settings)
    )
    await server.serve()


def proxy_app_factory():  # type: ignore[no-untyped-def]
    """Entry for `--workers N`: each worker process loads the configuration itself."""
    settings = load_settings(os.environ.get("WADDLEAI_CONFIG") or None)
    return create_proxy_app(build_runtime(settings))


def run_proxy_workers(settings: Settings, workers: int) -> None:
    uvicorn.run(
        "waddleai.server:proxy_app_factory",
        factory=True,
        workers=workers,
        host=settings.proxy_host,
        port=settings.proxy_port,
        loop="uvloop",
        http="httptools",
        access_log=False,
        log_level=settings.log_level.lower(),
    )


def run_proxy(settings: Settings, workers: int = 1) -> None:
    if workers > 1:
        run_proxy_workers(settings, workers)
    else:
        asyncio.run(serve_proxy(settings))


def run_mgmt(settings: Settings) -> None:
    """Run only the management server (needs the store)."""
    from waddleai.mgmt_server import serve_mgmt

    asyncio.run(serve_mgmt(settings))


def run_all(settings: Settings, workers: int = 1) -> None:
    """`waddleai serve`: proxy and management server together."""
    asyncio.run(serve_proxy(settings))
