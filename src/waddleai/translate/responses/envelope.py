"""The ``response`` object around the output: what every Responses answer echoes back.

The SDKs parse the echoed request fields (tools, tool_choice, text, reasoning...) and
Codex reads ``usage``; one :class:`ResponseFrame` per request builds the object the
same way for the JSON answer, every stream lifecycle event and the stored copy.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from waddleai.translate.responses.ids import response_id
from waddleai.translate.responses.tools import ToolKinds

_ECHOED = ("instructions", "max_output_tokens", "metadata", "previous_response_id")
_ECHOED += ("prompt_cache_key", "safety_identifier", "service_tier", "temperature", "top_p")
_ECHOED += ("user", "max_tool_calls", "top_logprobs")


@dataclass(slots=True)
class ResponseFrame:
    """Identity and echoed settings of one response."""

    request: dict[str, Any]
    model: str
    kinds: ToolKinds = field(default_factory=ToolKinds)
    id: str = field(default_factory=response_id)
    created_at: int = field(default_factory=lambda: int(time.time()))

    def envelope(
        self,
        status: str,
        output: list[dict[str, Any]],
        usage: dict[str, Any] | None = None,
        *,
        error: dict[str, Any] | None = None,
        incomplete: str | None = None,
    ) -> dict[str, Any]:
        """The full ``response`` object in ``status`` (in_progress, completed, failed...)."""
        req = self.request
        out: dict[str, Any] = {
            "id": self.id,
            "object": "response",
            "created_at": self.created_at,
            "status": status,
            "background": False,
            "error": error,
            "incomplete_details": {"reason": incomplete} if incomplete else None,
            "model": self.model,
            "output": output,
            "parallel_tool_calls": req.get("parallel_tool_calls") is not False,
            "reasoning": _reasoning(req.get("reasoning")),
            "store": req.get("store") is not False,
            "text": req.get("text") if isinstance(req.get("text"), dict) else _TEXT,
            "tool_choice": req.get("tool_choice") or "auto",
            "tools": req.get("tools") or [],
            "truncation": req.get("truncation") or "disabled",
            "usage": usage,
        }
        for name in _ECHOED:
            out[name] = req.get(name)
        if out["metadata"] is None:
            out["metadata"] = {}
        if status == "completed":
            out["completed_at"] = int(time.time())
        return out


_TEXT = {"format": {"type": "text"}}


def _reasoning(value: Any) -> dict[str, Any]:
    value = value if isinstance(value, dict) else {}
    return {"effort": value.get("effort"), "summary": value.get("summary")}


def usage_from_chat(usage: Any) -> dict[str, Any]:
    """Chat usage → Responses usage (input includes cached; output includes reasoning).

    ``waddleai_tokens`` (the gateway's billing unit, stamped on the chat answer) is kept.
    """
    usage = usage if isinstance(usage, dict) else {}
    prompt = _int(usage.get("prompt_tokens"))
    completion = _int(usage.get("completion_tokens"))
    prompt_details = usage.get("prompt_tokens_details") or {}
    output_details = usage.get("completion_tokens_details") or {}
    out: dict[str, Any] = {
        "input_tokens": prompt,
        "input_tokens_details": {"cached_tokens": _int(prompt_details.get("cached_tokens"))},
        "output_tokens": completion,
        "output_tokens_details": {"reasoning_tokens": _int(output_details.get("reasoning_tokens"))},
        "total_tokens": _int(usage.get("total_tokens")) or prompt + completion,
    }
    if "waddleai_tokens" in usage:
        out["waddleai_tokens"] = usage["waddleai_tokens"]
    return out


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
