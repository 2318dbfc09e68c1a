"""One streamed chat turn against the proxy's `/v1/chat/completions`.

Kept apart from the terminal loop so it can be read (and tested) as plain async code:
it writes text as it arrives and returns the answer and the final usage chunk.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from waddleai.cli.http import USER_AGENT, error_message

MEMORY_HEADER = "X-WaddleAI-Memory"
CONNECT_TIMEOUT_S = 10
READ_TIMEOUT_S = 300  # a reasoning model may think this long before its first token


class TurnError(Exception):
    """The gateway refused or broke off the turn; the message is the gateway's own."""


@dataclass
class Turn:
    text: str = ""
    usage: dict[str, Any] = field(default_factory=dict)
    model: str | None = None


def request_headers(key: str, memory: str | None) -> dict[str, str]:
    headers = {
        "Authorization": f"Bearer {key}",
        "User-Agent": USER_AGENT,
        "Accept": "text/event-stream",
    }
    if memory:
        headers[MEMORY_HEADER] = memory
    return headers


def apply_event(turn: Turn, data: str, write: Callable[[str], None]) -> None:
    """Fold one SSE `data:` payload into the turn, writing any text delta."""
    try:
        chunk = json.loads(data)
    except ValueError:
        raise TurnError(f"the gateway sent a malformed stream event: {data[:200]}") from None
    if "error" in chunk:
        error = chunk["error"]
        raise TurnError(error.get("message", str(error)) if isinstance(error, dict) else error)
    turn.model = chunk.get("model") or turn.model
    if chunk.get("usage"):
        turn.usage = chunk["usage"]
    for choice in chunk.get("choices") or []:
        piece = (choice.get("delta") or {}).get("content")
        if piece:
            turn.text += piece
            write(piece)


async def stream_turn(
    proxy_url: str,
    key: str,
    body: dict[str, Any],
    write: Callable[[str], None],
    memory: str | None = None,
) -> Turn:
    """POST a streamed request and relay its text; raises TurnError on any failure."""
    payload = {**body, "stream": True, "stream_options": {"include_usage": True}}
    timeout = aiohttp.ClientTimeout(sock_connect=CONNECT_TIMEOUT_S, sock_read=READ_TIMEOUT_S)
    turn = Turn()
    try:
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.post(
                f"{proxy_url}/v1/chat/completions",
                json=payload,
                headers=request_headers(key, memory),
            ) as response,
        ):
            if response.status != 200:
                raise TurnError(
                    f"{response.status}: {error_message(response.status, await response.read())}"
                )
            async for raw in response.content:
                line = raw.decode("utf-8", "replace").strip()
                if not line.startswith("data:"):
                    continue
                data = line[5:].strip()
                if data == "[DONE]":
                    break
                apply_event(turn, data, write)
    except aiohttp.ClientError as exc:
        raise TurnError(f"connection to {proxy_url} failed: {type(exc).__name__} {exc}") from None
    except TimeoutError:
        raise TurnError(f"no answer from {proxy_url} within {READ_TIMEOUT_S} s") from None
    return turn
