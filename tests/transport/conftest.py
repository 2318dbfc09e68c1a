"""Start real origin servers for a test and stop them after it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from tests.transport.servers import Origin, Route


@pytest.fixture
async def serve() -> AsyncIterator[Callable[..., Any]]:
    started: list[Origin] = []

    async def start(routes: dict[str, Route], **options: Any) -> Origin:
        origin = await Origin(routes, **options).start()
        started.append(origin)
        return origin

    yield start
    for origin in started:
        await origin.stop()
