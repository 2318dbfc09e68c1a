"""Serve the mock upstream with uvicorn, tuned for throughput."""

from __future__ import annotations

import uvicorn

from waddleai.mock.app import create_app
from waddleai.mock.options import MockOptions


def run(
    host: str = "127.0.0.1",
    port: int = 9999,
    options: MockOptions | None = None,
    log_level: str = "warning",
) -> None:
    """Serve until interrupted (blocking).

    uvloop + httptools, no access log, no ``server`` header and no lifespan:
    the mock must out-run the gateway it is benchmarked against. The short
    graceful-shutdown timeout keeps a hanging (``mock-timeout``) request from
    delaying shutdown.
    """
    uvicorn.run(
        create_app(options),
        host=host,
        port=port,
        loop="uvloop",
        http="httptools",
        lifespan="off",
        access_log=False,
        server_header=False,
        log_level=log_level,
        timeout_graceful_shutdown=1,
        backlog=4096,
    )
