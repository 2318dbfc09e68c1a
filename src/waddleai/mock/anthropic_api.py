"""Anthropic wire format: Messages (JSON and SSE), count_tokens, models, errors.

The SSE stream follows Anthropic's event grammar exactly: ``message_start``;
per content block ``content_block_start`` / ``content_block_delta``... /
``content_block_stop`` (a ``ping`` after the first block start);
``message_delta`` carrying the stop reason and output usage;
``message_stop``. Thinking blocks end with a ``signature_delta`` and tool
inputs arrive as ``input_json_delta`` fragments, first an empty one.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import orjson

from waddleai.mock.script import random_id
from waddleai.mock.turn import Turn, fragments

# OpenAI finish reasons that a script may use, mapped to Anthropic's words.
_STOP = {"stop": "end_turn", "length": "max_tokens", "tool_calls": "tool_use"}
_STOP.update(content_filter="refusal")

_ERRORS: dict[int, tuple[str, str]] = {
    400: ("invalid_request_error", "Invalid request."),
    401: ("authentication_error", "invalid x-api-key"),
    403: ("permission_error", "Your API key does not have permission to use this resource."),
    404: ("not_found_error", "Not found."),
    413: ("request_too_large", "Request exceeds the maximum allowed number of bytes."),
    429: ("rate_limit_error", "Number of requests has exceeded your rate limit."),
    500: ("api_error", "Internal server error"),
    504: ("timeout_error", "Request timed out."),
    529: ("overloaded_error", "Overloaded"),
}
_MODEL_CREATED_AT = "2025-05-14T00:00:00Z"
_SIGNATURE = "EqQBCkYIBxgCIkBmb2NrLXNpZ25hdHVyZS1mb3ItdGhlLXdhZGRsZWFpLW1vY2stdXBzdHJlYW0"


def request_id_header() -> dict[str, str]:
    """``request-id`` as Anthropic sends it on every response."""
    return {"request-id": "req_011C" + random_id(20)}


def rate_limit_headers() -> dict[str, str]:
    """Anthropic's rate-limit headers for an exhausted request budget."""
    reset = (datetime.now(UTC) + timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "anthropic-ratelimit-requests-limit": "50",
        "anthropic-ratelimit-requests-remaining": "0",
        "anthropic-ratelimit-requests-reset": reset,
    }


def error_json(
    status: int,
    message: str | None = None,
    err_type: str | None = None,
    code: str | None = None,
    param: str | None = None,
) -> bytes:
    """``{"type": "error", "error": {type, message}, "request_id"}``.

    ``code`` and ``param`` exist for signature parity with the OpenAI
    dialect; Anthropic errors carry neither.
    """
    del code, param
    d_type, d_message = _ERRORS.get(
        status,
        ("api_error", "Internal server error")
        if status >= 500
        else ("invalid_request_error", "Error."),
    )
    return orjson.dumps(
        {
            "type": "error",
            "error": {"type": err_type or d_type, "message": message or d_message},
            "request_id": "req_011C" + random_id(20),
        }
    )


def stop_reason(turn: Turn) -> str:
    """The turn's stop reason in Anthropic's vocabulary."""
    reason = turn.finish_override or turn.finish
    return _STOP.get(reason, reason)


def _usage_parts(turn: Turn) -> tuple[int, int, dict[str, Any]]:
    """(input, output, extra keys) honouring an override in either API's names."""
    override = turn.usage_override or {}
    inp = override.get("input_tokens", override.get("prompt_tokens", turn.prompt_tokens))
    out = override.get("output_tokens", override.get("completion_tokens", turn.completion_tokens))
    openai_only = {"prompt_tokens", "completion_tokens", "total_tokens", "input_tokens"}
    extra = {k: v for k, v in override.items() if k not in openai_only and k != "output_tokens"}
    extra = {k: v for k, v in extra.items() if not k.endswith("_tokens_details")}
    return inp, out, extra


def usage(turn: Turn, output_tokens: int | None = None) -> dict[str, Any]:
    """Full ``usage`` object (non-stream body and ``message_start``)."""
    inp, out, extra = _usage_parts(turn)
    result: dict[str, Any] = {
        "input_tokens": inp,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 0,
        "output_tokens": out if output_tokens is None else output_tokens,
        "service_tier": "standard",
    }
    result.update(extra)
    return result


def _blocks(turn: Turn) -> list[dict[str, Any]]:
    """Complete content blocks: thinking, text, then tool_use."""
    blocks: list[dict[str, Any]] = []
    if turn.reasoning is not None:
        blocks.append({"type": "thinking", "thinking": turn.reasoning, "signature": _SIGNATURE})
    if turn.text:
        blocks.append({"type": "text", "text": turn.text})
    for call in turn.tool_calls:
        blocks.append(
            {
                "type": "tool_use",
                "id": call.id or "toolu_01" + random_id(22),
                "name": call.name,
                "input": call.input_object(),
            }
        )
    return blocks


def message_json(turn: Turn) -> bytes:
    """Non-streamed ``message`` body."""
    return orjson.dumps(
        {
            "id": "msg_01" + random_id(22),
            "type": "message",
            "role": "assistant",
            "model": turn.model,
            "content": _blocks(turn),
            "stop_reason": stop_reason(turn),
            "stop_sequence": None,
            "usage": usage(turn),
        }
    )


def _event(name: str, payload: dict[str, Any]) -> bytes:
    return b"event: " + name.encode() + b"\ndata: " + orjson.dumps(payload) + b"\n\n"


def _block_events(turn: Turn, index: int, block: dict[str, Any], raw_args: str) -> list[bytes]:
    """start / deltas / stop of one content block (``raw_args``: tool input text)."""
    kind = block["type"]
    if kind == "thinking":
        start = {"type": "thinking", "thinking": "", "signature": ""}
        deltas = [{"type": "thinking_delta", "thinking": p} for p in turn.pieces(block["thinking"])]
        deltas.append({"type": "signature_delta", "signature": block["signature"]})
    elif kind == "text":
        start = {"type": "text", "text": ""}
        deltas = [{"type": "text_delta", "text": p} for p in turn.pieces(block["text"])]
    else:
        start = {"type": "tool_use", "id": block["id"], "name": block["name"], "input": {}}
        parts = [""] + fragments(raw_args, turn.argument_chunk_size)
        deltas = [{"type": "input_json_delta", "partial_json": p} for p in parts]
    events = [
        _event(
            "content_block_start",
            {"type": "content_block_start", "index": index, "content_block": start},
        )
    ]
    if index == 0:
        events.append(_event("ping", {"type": "ping"}))
    for delta in deltas:
        events.append(
            _event(
                "content_block_delta",
                {"type": "content_block_delta", "index": index, "delta": delta},
            )
        )
    events.append(_event("content_block_stop", {"type": "content_block_stop", "index": index}))
    return events


def message_events(turn: Turn) -> list[bytes]:
    """SSE events of a streamed message, in Anthropic's order."""
    _, output_tokens, _ = _usage_parts(turn)
    message = {
        "id": "msg_01" + random_id(22),
        "type": "message",
        "role": "assistant",
        "model": turn.model,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": usage(turn, output_tokens=1),
    }
    events = [_event("message_start", {"type": "message_start", "message": message})]
    blocks = _blocks(turn)
    if not blocks:
        events.append(_event("ping", {"type": "ping"}))
    first_tool = len(blocks) - len(turn.tool_calls)
    for index, block in enumerate(blocks):
        raw = turn.tool_calls[index - first_tool].arguments if index >= first_tool else ""
        events.extend(_block_events(turn, index, block, raw))
    delta = {
        "type": "message_delta",
        "delta": {"stop_reason": stop_reason(turn), "stop_sequence": None},
        "usage": {"output_tokens": output_tokens},
    }
    events.append(_event("message_delta", delta))
    events.append(_event("message_stop", {"type": "message_stop"}))
    return events


def malformed_json() -> bytes:
    """A 200 body that starts like a message and is cut mid-string."""
    return b'{"id":"msg_01malformed","type":"message","role":"assistant","content":[{"type":"te'


def malformed_events(turn: Turn) -> list[bytes]:
    """A stream whose second event's data is not JSON."""
    first = message_events(turn)[0]
    bad = b'event: content_block_start\ndata: {"type":"content_block_start","index":0,"conte\n\n'
    return [first, bad]


def count_tokens_json(tokens: int) -> bytes:
    """``POST /v1/messages/count_tokens`` body."""
    return orjson.dumps({"input_tokens": tokens})


def models_json(models: list[str]) -> bytes:
    """``GET /v1/models`` in Anthropic's shape (Claude models only)."""
    claude = [m for m in models if m.startswith("claude")] or list(models)
    data = [
        {
            "type": "model",
            "id": m,
            "display_name": m.replace("-", " ").title(),
            "created_at": _MODEL_CREATED_AT,
        }
        for m in claude
    ]
    return orjson.dumps(
        {
            "data": data,
            "has_more": False,
            "first_id": data[0]["id"] if data else None,
            "last_id": data[-1]["id"] if data else None,
        }
    )
