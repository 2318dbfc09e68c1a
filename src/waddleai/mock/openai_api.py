"""OpenAI wire format: chat completions (JSON and SSE), embeddings, models, errors.

Shapes follow what api.openai.com returns today (``service_tier``,
``refusal``, ``annotations``, ``usage: null`` on every chunk when
``stream_options.include_usage`` is set, a final ``choices: []`` usage
chunk, ``data: [DONE]``), so a gateway tested against the mock meets no
surprises from the real service.
"""

from __future__ import annotations

import base64
import hashlib
import struct
import time
from typing import Any

import orjson

from waddleai.mock.script import random_id
from waddleai.mock.tokens import count_tokens
from waddleai.mock.turn import Turn, fragments

SYSTEM_FINGERPRINT = "fp_9a6c4e2b71"
DONE = b"data: [DONE]\n\n"
_MODEL_CREATED = 1_715_367_049

# Anthropic stop reasons that a script may use, mapped to OpenAI's words.
_FINISH = {"end_turn": "stop", "max_tokens": "length", "tool_use": "tool_calls"}

_ERRORS: dict[int, tuple[str, str | None, str]] = {
    400: ("invalid_request_error", None, "Invalid request."),
    401: (
        "invalid_request_error",
        "invalid_api_key",
        "Incorrect API key provided. You can find your API key at "
        "https://platform.openai.com/account/api-keys.",
    ),
    403: ("invalid_request_error", "unsupported_country_region_territory", "Forbidden."),
    404: ("invalid_request_error", "model_not_found", "The model does not exist."),
    408: ("timeout", None, "Request timed out."),
    409: ("invalid_request_error", None, "Conflict."),
    413: ("invalid_request_error", None, "Request too large."),
    422: ("invalid_request_error", None, "Unprocessable entity."),
    429: (
        "requests",
        "rate_limit_exceeded",
        "Rate limit reached for requests. Please try again in 1s.",
    ),
    500: (
        "server_error",
        None,
        "The server had an error while processing your request. Sorry about that!",
    ),
    503: ("server_error", None, "The engine is currently overloaded, please try again later."),
}

RATE_LIMIT_HEADERS = {
    "x-ratelimit-limit-requests": "500",
    "x-ratelimit-limit-tokens": "30000",
    "x-ratelimit-remaining-requests": "0",
    "x-ratelimit-remaining-tokens": "0",
    "x-ratelimit-reset-requests": "1s",
    "x-ratelimit-reset-tokens": "1s",
}


def request_id_header() -> dict[str, str]:
    """``x-request-id`` as OpenAI sends it on every response."""
    return {"x-request-id": "req_" + random_id(32)}


def error_json(
    status: int,
    message: str | None = None,
    err_type: str | None = None,
    code: str | None = None,
    param: str | None = None,
) -> bytes:
    """``{"error": {message, type, param, code}}`` with status-typical defaults."""
    d_type, d_code, d_message = _ERRORS.get(
        status, ("server_error" if status >= 500 else "invalid_request_error", None, "Error.")
    )
    return orjson.dumps(
        {
            "error": {
                "message": message or d_message,
                "type": err_type or d_type,
                "param": param,
                "code": code if code is not None else d_code,
            }
        }
    )


def finish_reason(turn: Turn) -> str:
    """The turn's finish reason in OpenAI's vocabulary."""
    if turn.finish_override:
        return _FINISH.get(turn.finish_override, turn.finish_override)
    return turn.finish


def usage(turn: Turn) -> dict[str, Any]:
    """``usage`` object; a scripted override may use either API's key names."""
    prompt, completion = turn.prompt_tokens, turn.completion_tokens
    reasoning = turn.reasoning_tokens
    override = turn.usage_override or {}
    prompt = override.get("prompt_tokens", override.get("input_tokens", prompt))
    completion = override.get("completion_tokens", override.get("output_tokens", completion))
    out: dict[str, Any] = {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": override.get("total_tokens", prompt + completion),
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": reasoning,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }
    for key, value in override.items():
        if key in out or key not in ("input_tokens", "output_tokens"):
            out[key] = value
    return out


def _tool_calls(turn: Turn) -> list[dict[str, Any]]:
    return [
        {
            "id": call.id or "call_" + random_id(24),
            "type": "function",
            "function": {"name": call.name, "arguments": call.arguments},
        }
        for call in turn.tool_calls
    ]


def completion_json(turn: Turn) -> bytes:
    """Non-streamed ``chat.completion`` body."""
    message: dict[str, Any] = {"role": "assistant", "content": turn.text}
    if turn.reasoning is not None:
        message["reasoning_content"] = turn.reasoning
    if turn.tool_calls:
        message["tool_calls"] = _tool_calls(turn)
    message["refusal"] = None
    message["annotations"] = []
    return orjson.dumps(
        {
            "id": "chatcmpl-" + random_id(29),
            "object": "chat.completion",
            "created": int(time.time()),
            "model": turn.model,
            "choices": [
                {
                    "index": 0,
                    "message": message,
                    "logprobs": None,
                    "finish_reason": finish_reason(turn),
                }
            ],
            **({} if turn.no_usage else {"usage": usage(turn)}),
            "service_tier": "default",
            "system_fingerprint": SYSTEM_FINGERPRINT,
        }
    )


def _deltas(turn: Turn) -> list[dict[str, Any]]:
    """The ``delta`` objects of a stream, in the order OpenAI sends them."""
    calls = _tool_calls(turn)
    first: dict[str, Any] = {"role": "assistant", "content": "", "refusal": None}
    deltas: list[dict[str, Any]] = []
    if turn.text is None and turn.reasoning is None and calls:
        # A pure tool-call answer opens with role + the first call's header.
        first["content"] = None
    deltas.append(first)
    deltas += [{"reasoning_content": p} for p in turn.pieces(turn.reasoning or "")]
    deltas += [{"content": p} for p in turn.pieces(turn.text or "")]
    for position, call in enumerate(calls):
        index = 0 if turn.same_tool_index else position
        fn = call["function"]
        header = {
            "index": index,
            "id": call["id"],
            "type": "function",
            "function": {"name": fn["name"], "arguments": ""},
        }
        if position == 0 and first["content"] is None:
            first["tool_calls"] = [header]
        else:
            deltas.append({"tool_calls": [header]})
        for frag in fragments(fn["arguments"], turn.argument_chunk_size):
            deltas.append({"tool_calls": [{"index": index, "function": {"arguments": frag}}]})
    return deltas


def completion_events(turn: Turn, include_usage: bool) -> list[bytes]:
    """SSE ``data:`` lines of a streamed completion, ending with ``[DONE]``."""
    base: dict[str, Any] = {
        "id": "chatcmpl-" + random_id(29),
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": turn.model,
        "service_tier": "default",
        "system_fingerprint": SYSTEM_FINGERPRINT,
    }
    choices: list[list[dict[str, Any]]] = [
        [{"index": 0, "delta": d, "logprobs": None, "finish_reason": None}] for d in _deltas(turn)
    ]
    choices.append(
        [{"index": 0, "delta": {}, "logprobs": None, "finish_reason": finish_reason(turn)}]
    )
    events = []
    include_usage = include_usage and not turn.no_usage
    for choice in choices:
        chunk = {**base, "choices": choice}
        if include_usage:
            chunk["usage"] = None
        events.append(b"data: " + orjson.dumps(chunk) + b"\n\n")
    if include_usage:
        events.append(
            b"data: " + orjson.dumps({**base, "choices": [], "usage": usage(turn)}) + b"\n\n"
        )
    events.append(DONE)
    return events


def malformed_json() -> bytes:
    """A 200 body that starts like a completion and is cut mid-string."""
    return b'{"id":"chatcmpl-malformed","object":"chat.completion","choices":[{"index":0,"mess'


def malformed_events(turn: Turn) -> list[bytes]:
    """A stream whose second event is not JSON."""
    good = completion_events(turn, include_usage=False)[0]
    return [good, b'data: {"id":"chatcmpl-malformed","choices":[{"delta":{"content":"oo\n\n', DONE]


def _embedding(item: bytes, dims: int) -> list[float]:
    """Deterministic unit vector derived from a hash of the input."""
    raw = hashlib.shake_256(item).digest(dims * 2)
    values = [v / 32767.5 - 1.0 for v in struct.unpack(f"<{dims}H", raw)]
    norm = sum(v * v for v in values) ** 0.5 or 1.0
    return [v / norm for v in values]


def embedding_inputs(raw: Any) -> list[tuple[bytes, int]] | None:
    """Normalize ``input`` to (hash key, token count) pairs; ``None`` if invalid."""
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not raw:
        return None
    if all(isinstance(x, int) for x in raw):
        raw = [raw]
    out = []
    for item in raw:
        if isinstance(item, str):
            out.append((item.encode(), count_tokens(item)))
        elif isinstance(item, list) and all(isinstance(x, int) for x in item):
            out.append((orjson.dumps(item), len(item)))
        else:
            return None
    return out


def embeddings_json(inputs: list[tuple[bytes, int]], model: str, body: dict[str, Any]) -> bytes:
    """``/v1/embeddings`` body (float or base64 little-endian float32)."""
    dims = body.get("dimensions")
    dims = dims if isinstance(dims, int) and 0 < dims <= 8192 else 8
    as_base64 = body.get("encoding_format") == "base64"
    data = []
    for index, (key, _) in enumerate(inputs):
        vector: Any = _embedding(key, dims)
        if as_base64:
            vector = base64.b64encode(struct.pack(f"<{dims}f", *vector)).decode()
        data.append({"object": "embedding", "index": index, "embedding": vector})
    tokens = sum(n for _, n in inputs)
    return orjson.dumps(
        {
            "object": "list",
            "data": data,
            "model": model,
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }
    )


def _owner(model: str) -> str:
    if model.startswith(("gpt-", "o1", "o3", "o4", "text-embedding", "dall-e", "whisper")):
        return "system"
    if model.startswith("claude"):
        return "anthropic"
    return "organization-owner"


def model_object(model: str) -> dict[str, Any]:
    """One entry of ``/v1/models``."""
    return {"id": model, "object": "model", "created": _MODEL_CREATED, "owned_by": _owner(model)}


def models_json(models: list[str]) -> bytes:
    """``GET /v1/models`` body."""
    return orjson.dumps({"object": "list", "data": [model_object(m) for m in models]})
