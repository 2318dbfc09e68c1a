"""Tool-name shortening so long client names fit OpenAI's function-name rule.

OpenAI requires ``^[a-zA-Z0-9_-]{1,64}$``; Anthropic clients (notably MCP tools in
Claude Code, ``mcp__server__tool``) can exceed that. Shortening is a pure function of
the name, so tool definitions, history ``tool_use`` blocks and streamed calls all map
identically without shared state.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

_VALID = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
_INVALID_CHARS = re.compile(r"[^a-zA-Z0-9_-]")
_PREFIX_LEN = 55


def shorten_tool_name(name: str) -> str:
    """Return an OpenAI-valid name for ``name``; valid names are returned unchanged.

    Other names become ``<first 55 chars, invalid chars replaced by "_">_<8 hex of
    sha256(name)>``: readable for the model, deterministic, and collision-resistant.
    """
    if _VALID.match(name):
        return name
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
    prefix = _INVALID_CHARS.sub("_", name[:_PREFIX_LEN])
    return f"{prefix}_{digest}"


class ToolNameMap:
    """Bidirectional map between client tool names and upstream (shortened) names."""

    __slots__ = ("_to_client", "_to_upstream")

    def __init__(self, names: Iterable[str] = ()) -> None:
        self._to_upstream: dict[str, str] = {}
        self._to_client: dict[str, str] = {}
        for name in names:
            self.add(name)

    def add(self, name: str) -> str:
        """Register a client name and return its upstream name."""
        upstream = self._to_upstream.get(name)
        if upstream is None:
            upstream = shorten_tool_name(name)
            self._to_upstream[name] = upstream
            self._to_client.setdefault(upstream, name)
        return upstream

    def to_upstream(self, name: str) -> str:
        """Upstream name for a client name (unregistered names are shortened the same way)."""
        found = self._to_upstream.get(name)
        return found if found is not None else shorten_tool_name(name)

    def to_client(self, name: str) -> str:
        """Client name for an upstream name; unknown names are returned unchanged."""
        return self._to_client.get(name, name)

    @property
    def renamed(self) -> dict[str, str]:
        """Only the client→upstream pairs that differ (for logging / debugging)."""
        return {k: v for k, v in self._to_upstream.items() if k != v}

    def __len__(self) -> int:
        return len(self._to_upstream)

    def __contains__(self, name: object) -> bool:
        return name in self._to_upstream

    def __repr__(self) -> str:
        return f"ToolNameMap({list(self._to_upstream)!r})"
