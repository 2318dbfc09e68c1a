"""Blocking JSON calls to the gateway for the CLI, with errors worded for a terminal.

The standard library is enough for these few small requests; streaming chat uses aiohttp.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

from waddleai import __version__

USER_AGENT = f"waddleai-cli/{__version__}"


class GatewayCallError(Exception):
    """A failed call: `status` 0 means the gateway could not be reached."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def error_message(status: int, body: bytes) -> str:
    """The message of an OpenAI / Anthropic / management error body, else its start."""
    try:
        data = json.loads(body)
    except ValueError:
        return body[:300].decode("utf-8", "replace") or f"HTTP {status}"
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, dict) and error.get("message"):
        return str(error["message"])
    return str(data)[:300]


def call(
    method: str,
    url: str,
    *,
    token: str | None = None,
    body: Any = None,
    timeout: float = 30.0,
) -> Any:
    """Send a JSON request and return the decoded JSON answer (None for 204)."""
    headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
    except urllib.error.HTTPError as exc:
        raise GatewayCallError(exc.code, error_message(exc.code, exc.read())) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise GatewayCallError(0, f"cannot reach {url}: {reason}") from None
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        raise GatewayCallError(200, f"{url} did not answer JSON") from None
