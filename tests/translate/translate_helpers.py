"""Test helpers: replay SSE output and validate the Anthropic streaming grammar."""

from __future__ import annotations

import json
from typing import Any

from waddleai.translate import SSEDecoder

DELTA_TYPES = {
    "text": {"text_delta"},
    "thinking": {"thinking_delta", "signature_delta"},
    "tool_use": {"input_json_delta"},
}


def parse_sse(raw: bytes) -> list[tuple[str | None, Any]]:
    """Decode SSE bytes into (event, parsed JSON or the raw string for non-JSON data)."""
    decoder = SSEDecoder()
    events = decoder.feed(raw) + decoder.flush()
    out: list[tuple[str | None, Any]] = []
    for name, data in events:
        try:
            out.append((name, json.loads(data)))
        except ValueError:
            out.append((name, data.decode()))
    return out


def validate_anthropic_stream(raw: bytes) -> dict[str, Any]:
    """Check Anthropic's event grammar and return the reassembled message.

    Grammar: message_start first; content blocks started with contiguous indexes from
    0, one open at a time, deltas only into the open block and of the right type,
    every block stopped before the next starts and before message_delta; exactly one
    message_delta, immediately followed by message_stop, which is last.
    """
    events = parse_sse(raw)
    assert events, "empty stream"
    for name, data in events:
        assert isinstance(data, dict), data
        assert name == data["type"], (name, data)
    assert events[0][0] == "message_start"
    assert events[-1][0] == "message_stop"
    assert events[-2][0] == "message_delta"
    assert sum(1 for n, _ in events if n == "message_start") == 1
    assert sum(1 for n, _ in events if n == "message_delta") == 1
    message = dict(events[0][1]["message"])
    assert message["content"] == []
    blocks: list[dict[str, Any]] = []
    buffers: list[list[str]] = []
    open_index: int | None = None
    for name, data in events[1:-2]:
        if name == "ping":
            continue
        if name == "content_block_start":
            assert open_index is None, "block started while another is open"
            assert data["index"] == len(blocks), "indexes must be contiguous from 0"
            open_index = data["index"]
            blocks.append(dict(data["content_block"]))
            buffers.append([])
        elif name == "content_block_delta":
            assert open_index is not None and data["index"] == open_index, "delta outside block"
            _apply_delta(blocks[open_index], buffers[open_index], data["delta"])
        elif name == "content_block_stop":
            assert data["index"] == open_index, "stop for a block that is not open"
            open_index = None
        else:
            raise AssertionError(f"unexpected event {name}")
    assert open_index is None, "block left open at message_delta"
    assert blocks, "a message needs at least one content block"
    for block, parts in zip(blocks, buffers, strict=True):
        if block["type"] == "tool_use":
            text = "".join(parts)
            block["input"] = json.loads(text) if text else {}
    final = events[-2][1]
    message["content"] = blocks
    message["stop_reason"] = final["delta"]["stop_reason"]
    message["stop_sequence"] = final["delta"].get("stop_sequence")
    message["usage"] = final["usage"]
    return message


def _apply_delta(block: dict[str, Any], parts: list[str], delta: dict[str, Any]) -> None:
    assert delta["type"] in DELTA_TYPES[block["type"]], (block["type"], delta["type"])
    if delta["type"] == "text_delta":
        block["text"] += delta["text"]
    elif delta["type"] == "thinking_delta":
        block["thinking"] += delta["thinking"]
    elif delta["type"] == "signature_delta":
        block["signature"] = delta["signature"]
    else:
        parts.append(delta["partial_json"])


def collect_openai_stream(raw: bytes) -> dict[str, Any]:
    """Reassemble an OpenAI chunk stream (content, reasoning, tool calls, finish, usage)."""
    events = parse_sse(raw)
    assert events and events[-1][1] == "[DONE]", "stream must end with [DONE]"
    content: list[str] = []
    reasoning: list[str] = []
    calls: dict[int, dict[str, Any]] = {}
    finish: list[str] = []
    usage = None
    roles = []
    errors = []
    for name, data in events[:-1]:
        assert name is None
        if "error" in data:
            errors.append(data["error"])
            continue
        assert data["object"] == "chat.completion.chunk"
        if not data["choices"]:
            usage = data["usage"]
            continue
        choice = data["choices"][0]
        delta = choice["delta"]
        if "role" in delta:
            roles.append(delta["role"])
        content.append(delta.get("content") or "")
        reasoning.append(delta.get("reasoning_content") or "")
        for call in delta.get("tool_calls") or []:
            slot = calls.setdefault(call["index"], {"id": None, "name": None, "arguments": ""})
            if call.get("id"):
                slot["id"] = call["id"]
            function = call.get("function") or {}
            if function.get("name"):
                slot["name"] = function["name"]
            slot["arguments"] += function.get("arguments") or ""
        if choice["finish_reason"] is not None:
            finish.append(choice["finish_reason"])
    return {
        "content": "".join(content),
        "reasoning": "".join(reasoning),
        "tool_calls": [calls[i] for i in sorted(calls)],
        "tool_indexes": sorted(calls),
        "finish": finish,
        "usage": usage,
        "roles": roles,
        "errors": errors,
        "first": events[0][1],
    }
