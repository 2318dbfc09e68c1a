"""Shape checks of an OpenAI chat request body, before anything reads it.

Later stages (quota reservation, payload shaping, stream relays) read fields such as
`stream_options.include_usage` and `messages[i].tool_calls[j].function.arguments`
assuming the types of the OpenAI API. A client sending another JSON type there must get
OpenAI's own 400 (`invalid_type`, naming the field), never a 500 from deep inside.
Pure functions of the body: no I/O, microseconds per request.
"""

from __future__ import annotations

from typing import Any

from waddleai.core.errors import GatewayError

_JSON_TYPES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    bool: "a boolean",
    int: "an integer",
    float: "a number",
    type(None): "null",
}


def check_openai_shapes(body: dict[str, Any]) -> None:
    """Raise a 400 `invalid_type` for the first field of the wrong JSON type."""
    options = body.get("stream_options")
    if options is not None:
        _expect(options, dict, "stream_options")
        usage = options.get("include_usage")
        if usage is not None:
            _expect(usage, bool, "stream_options.include_usage")
    messages = body.get("messages")
    if not isinstance(messages, list):
        return  # the handler answers a missing or non-array `messages` itself
    for i, message in enumerate(messages):
        _expect(message, dict, f"messages[{i}]")
        calls = message.get("tool_calls")
        if calls is not None:
            _check_tool_calls(calls, f"messages[{i}].tool_calls")


def _check_tool_calls(calls: Any, where: str) -> None:
    _expect(calls, list, where)
    for j, call in enumerate(calls):
        _expect(call, dict, f"{where}[{j}]")
        function = call.get("function")
        if function is None:
            continue
        _expect(function, dict, f"{where}[{j}].function")
        for name in ("name", "arguments"):
            if function.get(name) is not None:
                _expect(function[name], str, f"{where}[{j}].function.{name}")


def _expect(value: Any, kind: type, where: str) -> None:
    if isinstance(value, kind):
        return
    got = _JSON_TYPES.get(type(value), "another type")
    raise GatewayError(
        400,
        f"Invalid type for '{where}': expected {_JSON_TYPES[kind]}, but got {got} instead.",
        code="invalid_type",
    )
