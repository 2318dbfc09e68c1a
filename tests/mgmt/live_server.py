"""A real management server (uvicorn) in a background thread with its own event loop.

Schemathesis drives the API over HTTP from synchronous code; the server thread opens
its own store in its own loop, as the real `waddleai` process does.
"""

from __future__ import annotations

import asyncio
import socket
import threading

import uvicorn

from waddleai.config.settings import Settings
from waddleai.mgmt import create_mgmt_app
from waddleai.store import bootstrap, open_store


class LiveMgmtServer:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self._server: uvicorn.Server | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="mgmt-live-server", daemon=True)

    def __enter__(self) -> LiveMgmtServer:
        self._thread.start()
        if not self._ready.wait(60) or self._error:
            raise RuntimeError(f"management server did not start: {self._error}")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.should_exit = True
        self._thread.join(30)

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # surfaced by __enter__
            self._error = exc
            self._ready.set()

    async def _serve(self) -> None:
        store = await open_store(self.settings)
        try:
            await bootstrap(store, self.settings, echo=lambda _line: None)
            app = create_mgmt_app(self.settings, store)
            config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
            self._server = uvicorn.Server(config)
            serving = asyncio.create_task(self._server.serve(sockets=[self._socket]))
            while not self._server.started and not serving.done():  # noqa: ASYNC110
                await asyncio.sleep(0.01)
            self._ready.set()
            await serving
        finally:
            await store.close()
