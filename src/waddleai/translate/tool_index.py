"""Re-index OpenAI streamed tool calls by id, for OpenAI clients of quirky upstreams.

OpenAI clients (the official SDK's stream accumulator, LangChain, the Agents SDK)
assemble streamed tool calls by ``index``. Kimi-style upstreams send every parallel
call at index 0, each with its own id, so a client would glue two calls into one.
This pure fixer gives each new id the next free index and points id-less
continuation fragments at the call their upstream index last opened.
"""

from __future__ import annotations

from typing import Any


class ToolCallIndexer:
    """Stateful per stream: feed every parsed chunk to :meth:`fix` in order."""

    __slots__ = ("_by_id", "_by_upstream", "_next")

    def __init__(self) -> None:
        self._by_id: dict[str, int] = {}
        self._by_upstream: dict[Any, int] = {}
        self._next = 0  # the index the next new call gets

    def fix(self, chunk: Any) -> bool:
        """Rewrite tool-call indexes in place; True when anything changed."""
        changed = False
        choices = chunk.get("choices") if isinstance(chunk, dict) else None
        for choice in choices if isinstance(choices, list) else ():
            delta = choice.get("delta") if isinstance(choice, dict) else None
            calls = delta.get("tool_calls") if isinstance(delta, dict) else None
            for call in calls if isinstance(calls, list) else ():
                if isinstance(call, dict):
                    changed |= self._fix_call(call)
        return changed

    def _fix_call(self, call: dict[str, Any]) -> bool:
        upstream = call.get("index")
        call_id = call.get("id")
        if isinstance(call_id, str) and call_id:
            index = self._by_id.get(call_id)
            if index is None:
                index = self._by_id[call_id] = self._next
                self._next += 1
            self._by_upstream[upstream] = index
        else:
            index = self._by_upstream.get(upstream)
            if index is None:  # a call that never had an id: keep the upstream's index
                if isinstance(upstream, int) and not isinstance(upstream, bool):
                    self._by_upstream[upstream] = upstream
                    self._next = max(self._next, upstream + 1)
                return False
        if upstream == index:
            return False
        call["index"] = index
        return True
