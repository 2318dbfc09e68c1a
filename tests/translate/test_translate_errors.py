"""Error bodies for both dialects and the TranslationError contract."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from waddleai.translate import (
    TranslationError,
    anthropic_error_body,
    anthropic_stream_error_event,
    openai_error_body,
    openai_error_code,
)


def test_translation_error_attributes() -> None:
    err = TranslationError("bad thing", 413, "request_too_large")
    assert (err.message, err.status, err.error_type) == ("bad thing", 413, "request_too_large")
    assert str(err) == "bad thing"
    default = TranslationError("x")
    assert (default.status, default.error_type) == (400, "invalid_request_error")


@pytest.mark.parametrize(
    ("status", "error_type", "code"),
    [
        (400, "invalid_request_error", None),
        (401, "invalid_request_error", "invalid_api_key"),
        (403, "permission_error", None),
        (404, "invalid_request_error", None),
        (413, "invalid_request_error", "request_too_large"),
        (429, "rate_limit_error", None),
        (500, "api_error", None),
        (502, "upstream_error", None),
        (503, "service_unavailable", None),
        (504, "timeout", None),
        (418, "invalid_request_error", None),
        (599, "api_error", None),
    ],
)
def test_openai_error_defaults(status: int, error_type: str, code: str | None) -> None:
    body = openai_error_body("msg", status)
    assert body == {"error": {"message": "msg", "type": error_type, "code": code}}


def test_openai_error_explicit_values_and_details() -> None:
    body = openai_error_body(
        "no model", 404, code="model_not_found", error_type="x", details={"a": 1}
    )
    assert body == {
        "error": {
            "message": "no model",
            "type": "x",
            "code": "model_not_found",
            "details": {"a": 1},
        }
    }


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (400, "invalid_request_error"),
        (401, "authentication_error"),
        (403, "permission_error"),
        (404, "not_found_error"),
        (413, "request_too_large"),
        (429, "rate_limit_error"),
        (500, "api_error"),
        (502, "api_error"),
        (503, "overloaded_error"),
        (504, "api_error"),
        (529, "overloaded_error"),
        (422, "invalid_request_error"),
        (507, "api_error"),
    ],
)
def test_anthropic_error_defaults(status: int, error_type: str) -> None:
    body = anthropic_error_body("msg", status)
    assert body == {"type": "error", "error": {"type": error_type, "message": "msg"}}


def test_anthropic_error_explicit_type_wins_and_details_inside() -> None:
    body = anthropic_error_body("over", 429, error_type="quota_exceeded", details={"limit": 5})
    assert body == {
        "type": "error",
        "error": {"type": "quota_exceeded", "message": "over", "details": {"limit": 5}},
    }


def test_anthropic_stream_error_event_bytes() -> None:
    raw = anthropic_stream_error_event("boom", "overloaded_error")
    assert raw.startswith(b"event: error\ndata: ")
    assert raw.endswith(b"\n\n")
    data = orjson.loads(raw[len(b"event: error\ndata: ") : -2])
    assert data == {"type": "error", "error": {"type": "overloaded_error", "message": "boom"}}
    default = anthropic_stream_error_event("x")
    assert b'"api_error"' in default


@pytest.mark.parametrize(
    ("code", "message", "expected"),
    [
        ("context_length_exceeded", "", "context_length_exceeded"),
        (
            "invalid_request_error",
            "prompt is too long: 9 tokens > 8 maximum",
            "context_length_exceeded",
        ),
        ("overloaded_error", "Overloaded", "overloaded"),
        ("authentication_error", "", "invalid_api_key"),
        ("invalid_request_error", "bad field", None),
        (None, "", None),
        ("x" * 200, "", None),
    ],
)
def test_openai_error_code(code: Any, message: str, expected: str | None) -> None:
    assert openai_error_code(code, message) == expected
