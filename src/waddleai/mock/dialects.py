"""The two chat dialects as data, so one request pipeline serves both APIs.

A :class:`Dialect` bundles everything that differs between OpenAI chat
completions and Anthropic Messages: validation, prompt text, rendering,
error bodies and provider-specific headers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from waddleai.mock import anthropic_api, openai_api, responses_api
from waddleai.mock.tokens import anthropic_prompt_texts, openai_prompt_texts
from waddleai.mock.turn import Turn

# (status, message, code, param) of a request-validation failure.
Invalid = tuple[int, str, str | None, str | None]


@dataclass(frozen=True, slots=True)
class Dialect:
    """What differs between the OpenAI and Anthropic chat APIs."""

    name: str
    error_json: Callable[..., bytes]
    request_id: Callable[[], dict[str, str]]
    rate_limit: Callable[[], dict[str, str]]
    prompt_texts: Callable[[dict[str, Any]], list[str]]
    validate: Callable[[dict[str, Any], bool], Invalid | None]
    max_tokens: Callable[[dict[str, Any]], Any]
    render: Callable[[Turn], bytes]
    render_stream: Callable[[Turn, dict[str, Any]], list[bytes]]
    malformed: Callable[[], bytes]
    malformed_stream: Callable[[Turn], list[bytes]]


def _validate_openai(body: dict[str, Any], has_deployment: bool) -> Invalid | None:
    if not has_deployment and not isinstance(body.get("model"), str):
        return 400, "you must provide a model parameter", None, None
    if not isinstance(body.get("messages"), list):
        return (
            400,
            "Missing required parameter: 'messages'.",
            "missing_required_parameter",
            "messages",
        )
    return None


def _validate_anthropic(body: dict[str, Any], has_deployment: bool) -> Invalid | None:
    del has_deployment
    for name, kind in (("model", str), ("messages", list), ("max_tokens", int)):
        if not isinstance(body.get(name), kind):
            return 400, f"{name}: Field required", None, None
    return None


def _openai_stream(turn: Turn, body: dict[str, Any]) -> list[bytes]:
    options = body.get("stream_options")
    include = isinstance(options, dict) and options.get("include_usage") is True
    return openai_api.completion_events(turn, include)


def _openai_max_tokens(body: dict[str, Any]) -> Any:
    value = body.get("max_completion_tokens")
    return value if value is not None else body.get("max_tokens")


OPENAI = Dialect(
    name="openai",
    error_json=openai_api.error_json,
    request_id=openai_api.request_id_header,
    rate_limit=lambda: dict(openai_api.RATE_LIMIT_HEADERS),
    prompt_texts=openai_prompt_texts,
    validate=_validate_openai,
    max_tokens=_openai_max_tokens,
    render=openai_api.completion_json,
    render_stream=_openai_stream,
    malformed=openai_api.malformed_json,
    malformed_stream=openai_api.malformed_events,
)

ANTHROPIC = Dialect(
    name="anthropic",
    error_json=anthropic_api.error_json,
    request_id=anthropic_api.request_id_header,
    rate_limit=anthropic_api.rate_limit_headers,
    prompt_texts=anthropic_prompt_texts,
    validate=_validate_anthropic,
    max_tokens=lambda body: body.get("max_tokens"),
    render=anthropic_api.message_json,
    render_stream=lambda turn, body: anthropic_api.message_events(turn),
    malformed=anthropic_api.malformed_json,
    malformed_stream=anthropic_api.malformed_events,
)

RESPONSES = Dialect(
    name="responses",
    error_json=openai_api.error_json,
    request_id=openai_api.request_id_header,
    rate_limit=lambda: dict(openai_api.RATE_LIMIT_HEADERS),
    prompt_texts=responses_api.prompt_texts,
    validate=responses_api.validate,
    max_tokens=lambda body: body.get("max_output_tokens"),
    render=lambda turn: b"",  # bodies need the request: see MockApp._responses
    render_stream=responses_api.response_events,
    malformed=openai_api.malformed_json,
    malformed_stream=responses_api.malformed_events,
)
