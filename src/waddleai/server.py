"""Runs the servers: the proxy, the management server, or both in one process.

`waddleai serve` runs both on one event loop (embedded default: one machine, SQLite).
With `--workers N` the proxy runs as N processes sharing the listening socket, each
building its own runtime from the same configuration.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from types import FrameType

import uvicorn
import uvloop

from waddleai import __version__
from waddleai.config import Settings, load_settings
from waddleai.config.unenforced import unenforced
from waddleai.observability.logs import configure_logging
from waddleai.proxy.app import create_proxy_app
from waddleai.proxy.build import build_store_runtime
from waddleai.proxy.coalesce import CoalescingHttpToolsProtocol
from waddleai.proxy.runtime import ProxyRuntime
from waddleai.store.bootstrap import bootstrap
from waddleai.store.store import Store, open_store

log = logging.getLogger("waddleai")
# The proxy's HTTP protocol: uvicorn's httptools one, with one socket write per loop turn.
PROXY_HTTP = CoalescingHttpToolsProtocol


def _uvicorn_config(
    app: object, host: str, port: int, settings: Settings, http: object = "httptools", **extra
) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        loop="uvloop",
        http=http,  # type: ignore[arg-type]
        access_log=False,
        log_level=settings.log_level.lower(),
        timeout_graceful_shutdown=10,
        server_header=False,
        **extra,
    )


class GatewayServer(uvicorn.Server):
    """uvicorn's server, except that SIGTERM ends in a clean exit (status 0).

    uvicorn re-raises a captured SIGTERM once it has drained, which kills the process
    before `store.close()` flushes usage records and gives exit status -15, which
    orchestrators read as a crash. A drain is a success.
    """

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        super().handle_exit(sig, frame)
        if sig == signal.SIGTERM and sig in self._captured_signals:
            self._captured_signals.remove(sig)


def warn_unenforced(settings: Settings) -> None:
    for warning in unenforced(settings):
        log.warning(warning)


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


async def _open(settings: Settings, *, bootstrap_admin: bool) -> Store:
    """Open (and migrate) the store; on the management side, create the admin once.

    A proxy-only process (no admin to bootstrap) migrates through a child process.
    """
    store = await open_store(settings, migrate_in_child=not bootstrap_admin)
    if bootstrap_admin:
        await bootstrap(store, settings)
    return store


def _proxy_server(settings: Settings, runtime: ProxyRuntime) -> uvicorn.Server:
    app = create_proxy_app(runtime)
    # The proxy reads no client address, so uvicorn's X-Forwarded-For middleware (a
    # wrapper around every request) is left out; the management server keeps it.
    config = _uvicorn_config(
        app,
        settings.proxy_host,
        settings.proxy_port,
        settings,
        proxy_headers=False,
        http=PROXY_HTTP,
    )
    return GatewayServer(config)


def _mgmt_server(settings: Settings, store: Store) -> uvicorn.Server:
    from waddleai.mgmt.app import create_mgmt_app

    app = create_mgmt_app(settings, store)
    return GatewayServer(_uvicorn_config(app, settings.mgmt_host, settings.mgmt_port, settings))


async def serve_proxy(settings: Settings) -> None:
    configure_logging(settings.log_level)
    store = await _open(settings, bootstrap_admin=False)
    try:
        runtime = await build_store_runtime(settings, store)
        print(banner(settings, _provider_names(runtime), mgmt=False), flush=True)
        warn_unenforced(settings)
        await _proxy_server(settings, runtime).serve()
    finally:
        await store.close()


async def serve_mgmt(settings: Settings) -> None:
    configure_logging(settings.log_level)
    store = await _open(settings, bootstrap_admin=True)
    try:
        await _mgmt_server(settings, store).serve()
    finally:
        await store.close()


async def serve_all(settings: Settings) -> None:
    """Both servers on one event loop, sharing one store; either stopping stops both."""
    configure_logging(settings.log_level)
    store = await _open(settings, bootstrap_admin=True)
    try:
        runtime = await build_store_runtime(settings, store)
        print(banner(settings, _provider_names(runtime), mgmt=True), flush=True)
        warn_unenforced(settings)
        servers = [_proxy_server(settings, runtime), _mgmt_server(settings, store)]
        tasks = [asyncio.create_task(server.serve()) for server in servers]
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for server in servers:
            server.should_exit = True
        await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        await store.close()


def _provider_names(runtime: ProxyRuntime) -> list[str]:
    return [p.name for p in runtime.resolver.providers]


def proxy_app_factory():  # type: ignore[no-untyped-def]
    """Entry for `--workers N`: each worker process builds its own runtime and store."""
    settings = load_settings(os.environ.get("WADDLEAI_CONFIG") or None)
    configure_logging(settings.log_level)
    return LazyStoreProxy(settings)


class LazyStoreProxy:
    """ASGI app that opens the store in the worker's own event loop at lifespan start."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.app = None
        self.store: Store | None = None

    async def __call__(self, scope, receive, send) -> None:  # type: ignore[no-untyped-def]
        if scope["type"] == "lifespan" and self.app is None:
            self.store = await _open(self.settings, bootstrap_admin=False)
            self.app = create_proxy_app(await build_store_runtime(self.settings, self.store))
        await self.app(scope, receive, send)  # type: ignore[misc]


def run_proxy_workers(settings: Settings, workers: int) -> None:
    uvicorn.run(
        "waddleai.server:proxy_app_factory",
        factory=True,
        workers=workers,
        host=settings.proxy_host,
        port=settings.proxy_port,
        loop="uvloop",
        http=PROXY_HTTP,
        access_log=False,
        proxy_headers=False,
        server_header=False,
        log_level=settings.log_level.lower(),
    )


def run_proxy(settings: Settings, workers: int = 1) -> None:
    if workers > 1:
        run_proxy_workers(settings, workers)
    else:
        uvloop.run(serve_proxy(settings))


def run_mgmt(settings: Settings) -> None:
    """Run only the management server."""
    uvloop.run(serve_mgmt(settings))


def run_all(settings: Settings, workers: int = 1) -> None:
    """`waddleai serve`: proxy and management server together.

    With several proxy workers, the management server runs in this process and the
    proxy workers in their own (they share the store through the database).
    """
    if workers > 1:
        import multiprocessing

        mgmt = multiprocessing.Process(target=run_mgmt, args=(settings,), daemon=True)
        mgmt.start()
        try:
            run_proxy_workers(settings, workers)
        finally:
            mgmt.terminate()
        return
    uvloop.run(serve_all(settings))
