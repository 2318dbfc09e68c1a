"""Upstream error bodies keep their code, in OpenAI terms, for OpenAI clients."""

from __future__ import annotations

import orjson
import pytest

from waddleai.providers.errors import error_from_response


def openai_body(message: str, code: str | None, kind: str = "invalid_request_error") -> bytes:
    return orjson.dumps({"error": {"message": message, "type": kind, "param": None, "code": code}})


def anthropic_body(kind: str, message: str) -> bytes:
    return orjson.dumps({"type": "error", "error": {"type": kind, "message": message}})


@pytest.mark.parametrize(
    ("status", "body", "code"),
    [
        (400, openai_body("too long", "context_length_exceeded"), "context_length_exceeded"),
        (404, openai_body("no such model", "model_not_found"), "model_not_found"),
        (
            429,
            openai_body("quota", "insufficient_quota", "insufficient_quota"),
            "insufficient_quota",
        ),
        (401, openai_body("Incorrect API key", "invalid_api_key"), "upstream_invalid_api_key"),
        (401, anthropic_body("authentication_error", "bad x-api-key"), "upstream_invalid_api_key"),
        (
            400,
            anthropic_body("invalid_request_error", "prompt is too long: 210000 tokens > 200000"),
            "context_length_exceeded",
        ),
        (
            400,
            openai_body("This model's maximum context length is 4096 tokens", None),
            "context_length_exceeded",
        ),
        (429, anthropic_body("rate_limit_error", "slow down"), "rate_limit_exceeded"),
        (529, anthropic_body("overloaded_error", "Overloaded"), "overloaded"),
        (400, anthropic_body("invalid_request_error", "messages: bad"), None),
        (500, b"<html>oops</html>", None),
        (400, openai_body("weird", "not a code; <script>"), None),
    ],
)
def test_upstream_code_is_kept_in_openai_terms(status: int, body: bytes, code: str | None) -> None:
    err = error_from_response(status, body, None, "up")
    assert err.code == code


def test_message_and_status_unchanged_by_code() -> None:
    err = error_from_response(400, openai_body("too long", "context_length_exceeded"), None, "up")
    assert err.status == 400 and err.kind == "invalid_request_error"
    assert err.message == "upstream provider 'up' rejected the request: too long"
