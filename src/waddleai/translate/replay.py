"""A whole answer played back as the stream the client asked for, in its own API.

A cached answer serves a streamed request: the events follow each API's grammar exactly
as the SDKs check it (OpenAI: role chunk, content, tool calls, finish, optional usage
chunk, [DONE]; Anthropic: message_start, one start/delta/stop per block, message_delta,
message_stop). Pure.
"""

from __future__ import annotations

from typing import Any

import orjson

from waddleai.translate.sse import encode_event

_DONE = b"data: [DONE]\n\n"


def replay(api: str, answer: dict[str, Any], include_usage: bool = False) -> bytes:
    if api == "anthropic":
        return replay_anthropic(answer)
    return replay_openai(answer, include_usage)


def replay_openai(answer: dict[str, Any], include_usage: bool) -> bytes:
    base = {
        "id": answer.get("id"),
        "object": "chat.completion.chunk",
        "created": answer.get("created"),
        "model": answer.get("model"),
    }
    choice = (answer.get("choices") or [{}])[0]
    message = choice.get("message") or {}
    deltas: list[dict[str, Any]] = [{"role": "assistant", "content": ""}]
    if message.get("reasoning_content"):
        deltas.append({"reasoning_content": message["reasoning_content"]})
    if message.get("content"):
        deltas.append({"content": message["content"]})
    for index, call in enumerate(message.get("tool_calls") or ()):
        deltas.append({"tool_calls": [{**call, "index": index}]})
    out = [
        encode_event(None, {**base, "choices": [{"index": 0, "delta": d, "finish_reason": None}]})
        for d in deltas
    ]
    finish = {"index": 0, "delta": {}, "finish_reason": choice.get("finish_reason") or "stop"}
    out.append(encode_event(None, {**base, "choices": [finish]}))
    if include_usage and isinstance(answer.get("usage"), dict):
        out.append(encode_event(None, {**base, "choices": [], "usage": answer["usage"]}))
    out.append(_DONE)
    return b"".join(out)


def replay_anthropic(answer: dict[str, Any]) -> bytes:
    usage = dict(answer.get("usage") or {})
    start = {
        **{k: v for k, v in answer.items() if k not in ("content", "usage")},
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {**usage, "output_tokens": 0},
    }
    out = [encode_event("message_start", {"type": "message_start", "message": start})]
    for index, block in enumerate(answer.get("content") or ()):
        out += _block_events(index, block)
    delta = {"stop_reason": answer.get("stop_reason"), "stop_sequence": answer.get("stop_sequence")}
    out.append(
        encode_event("message_delta", {"type": "message_delta", "delta": delta, "usage": usage})
    )
    out.append(encode_event("message_stop", {"type": "message_stop"}))
    return b"".join(out)


def _block_events(index: int, block: dict[str, Any]) -> list[bytes]:
    kind = block.get("type")
    if kind == "text":
        opened, delta = {"type": "text", "text": ""}, {"type": "text_delta", "text": block["text"]}
    elif kind == "thinking":
        opened = {"type": "thinking", "thinking": ""}
        delta = {"type": "thinking_delta", "thinking": block.get("thinking", "")}
    elif kind == "tool_use":
        opened = {**block, "input": {}}
        delta = {
            "type": "input_json_delta",
            "partial_json": orjson.dumps(block.get("input") or {}).decode(),
        }
    else:
        opened, delta = block, None
    events = [
        encode_event(
            "content_block_start",
            {"type": "content_block_start", "index": index, "content_block": opened},
        )
    ]
    if delta is not None:
        events.append(
            encode_event(
                "content_block_delta",
                {"type": "content_block_delta", "index": index, "delta": delta},
            )
        )
    if kind == "thinking" and block.get("signature"):
        signature = {"type": "signature_delta", "signature": block["signature"]}
        events.append(
            encode_event(
                "content_block_delta",
                {"type": "content_block_delta", "index": index, "delta": signature},
            )
        )
    events.append(
        encode_event("content_block_stop", {"type": "content_block_stop", "index": index})
    )
    return events
