"""Small helpers shared by the translators (ids, stop reasons, usage, JSON)."""

from __future__ import annotations

import hashlib
import os
import uuid
from typing import Any

import orjson

from waddleai.translate.errors import TranslationError

# OpenAI finish_reason -> Anthropic stop_reason.
OPENAI_TO_ANTHROPIC_STOP: dict[str, str] = {
    "stop": "end_turn",
    "length": "max_tokens",
    "tool_calls": "tool_use",
    "function_call": "tool_use",
    "content_filter": "refusal",
}

# Anthropic stop_reason -> OpenAI finish_reason.
ANTHROPIC_TO_OPENAI_FINISH: dict[str, str] = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "pause_turn": "stop",
    "max_tokens": "length",
    "model_context_window_exceeded": "length",
    "tool_use": "tool_calls",
    "refusal": "content_filter",
}


def anthropic_message_id(upstream_id: str | None = None) -> str:
    """``msg_<hex>``; derived from the upstream id when known so retries/logs correlate."""
    if upstream_id:
        return "msg_" + hashlib.sha256(upstream_id.encode("utf-8")).hexdigest()[:24]
    return "msg_" + os.urandom(12).hex()  # uuid4 costs 3x for the same randomness


def openai_completion_id(upstream_id: str | None = None) -> str:
    """``chatcmpl-<hex>``; derived from the upstream id when known."""
    if upstream_id:
        return "chatcmpl-" + hashlib.sha256(upstream_id.encode("utf-8")).hexdigest()[:24]
    return "chatcmpl-" + uuid.uuid4().hex[:24]


def tool_use_id() -> str:
    """A fresh Anthropic-looking tool id for upstreams that omit tool call ids."""
    return "toolu_" + uuid.uuid4().hex[:24]


def matched_stop_sequence(choice: dict[str, Any], stop_sequences: list[str] | None) -> str | None:
    """The stop sequence an OpenAI-compatible upstream reports as matched, if any.

    OpenAI itself never says which sequence matched; vLLM puts it in
    ``choice.stop_reason`` and SGLang in ``choice.matched_stop``. Only strings that the
    client actually asked for are trusted (vLLM also reports token ids there).
    """
    if not stop_sequences:
        return None
    for key in ("stop_reason", "matched_stop", "stop_sequence"):
        value = choice.get(key)
        if isinstance(value, str) and value in stop_sequences:
            return value
    return None


def anthropic_stop_reason(
    finish_reason: str | None, *, has_tool_calls: bool, stop_sequence: str | None
) -> str:
    """Map an OpenAI finish_reason to an Anthropic stop_reason.

    Some OpenAI-compatible upstreams report ``stop`` even when they returned tool
    calls; clients loop on ``tool_use``, so tool calls win over a plain ``stop``.
    """
    if stop_sequence is not None and finish_reason in (None, "stop"):
        return "stop_sequence"
    if has_tool_calls and finish_reason in (None, "stop"):
        return "tool_use"
    if finish_reason is None:
        return "end_turn"
    return OPENAI_TO_ANTHROPIC_STOP.get(finish_reason, "end_turn")


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def anthropic_usage_from_openai(usage: dict[str, Any] | None) -> dict[str, Any]:
    """Split OpenAI usage into Anthropic fields without double counting cached tokens.

    OpenAI's ``prompt_tokens`` *includes* cached tokens; Anthropic's ``input_tokens``
    excludes them (they are reported as ``cache_read_input_tokens``).
    """
    usage = usage or {}
    prompt = _int(usage.get("prompt_tokens"))
    details = usage.get("prompt_tokens_details")
    cached = _int(details.get("cached_tokens")) if isinstance(details, dict) else 0
    cached = min(cached, prompt)
    out: dict[str, Any] = {
        "input_tokens": prompt - cached,
        "output_tokens": _int(usage.get("completion_tokens")),
        "cache_read_input_tokens": cached,
        "cache_creation_input_tokens": 0,
    }
    if "waddleai_tokens" in usage:
        out["waddleai_tokens"] = usage["waddleai_tokens"]
    return out


def openai_usage_from_anthropic(usage: dict[str, Any] | None) -> dict[str, Any]:
    """Fold Anthropic's split input counts back into OpenAI's inclusive ``prompt_tokens``."""
    usage = usage or {}
    cache_read = _int(usage.get("cache_read_input_tokens"))
    prompt = (
        _int(usage.get("input_tokens"))
        + cache_read
        + _int(usage.get("cache_creation_input_tokens"))
    )
    completion = _int(usage.get("output_tokens"))
    out: dict[str, Any] = {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": cache_read},
    }
    written = _int(usage.get("cache_creation_input_tokens"))
    if written:  # OpenAI has no field for cache writes; the gateway's own, beside them
        out["cache_creation_input_tokens"] = written
    return out


def parse_tool_arguments(raw: Any) -> dict[str, Any]:
    """Parse OpenAI tool-call ``arguments`` into an Anthropic ``input`` object.

    Unparsable or non-object arguments are kept visible as ``{"raw_arguments": s}``
    rather than silently becoming ``{}``, so the client (and model) can see the problem.
    """
    if isinstance(raw, dict):
        return raw
    if raw is None:
        return {}
    if not isinstance(raw, str):
        raw = orjson.dumps(raw).decode()
    if not raw.strip():
        return {}
    try:
        parsed = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return {"raw_arguments": raw}
    if isinstance(parsed, dict):
        return parsed
    return {"raw_arguments": raw}


def dumps_text(value: Any) -> str:
    """Compact JSON text (OpenAI ``arguments`` are strings)."""
    return orjson.dumps(value).decode()


def require_dict(value: Any, what: str) -> dict[str, Any]:
    """Raise a 400 unless ``value`` is a JSON object."""
    if not isinstance(value, dict):
        raise TranslationError(f"{what} must be a JSON object")
    return value


def positive_int(value: Any, what: str, default: int) -> int:
    """Validate an optional positive integer field (None → default)."""
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise TranslationError(f"{what} must be a positive integer")
    return value
