"""HTML form bodies (application/x-www-form-urlencoded), parsed without extra packages.

Bounded like everything a client sends: the body size, the number of fields and each
value. Values are handed to the API's own pydantic schemas, which validate them; this
module only turns the flat form into their shapes and their errors into sentences.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from fastapi import Request
from pydantic import ValidationError

MAX_BODY = 256 * 1024
MAX_FIELDS = 2000


class FormError(ValueError):
    """A form that cannot be read or fails validation; the message is for the page."""


class Form:
    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._pairs = pairs

    def get(self, name: str, default: str = "") -> str:
        for key, value in self._pairs:
            if key == name:
                return value.strip()
        return default

    def getlist(self, name: str) -> list[str]:
        return [v.strip() for k, v in self._pairs if k == name and v.strip()]

    def has(self, name: str) -> bool:
        return any(k == name for k, _ in self._pairs)

    def optional_int(self, name: str, label: str | None = None) -> int | None:
        raw = self.get(name).replace(",", "").replace("_", "")
        if raw == "":
            return None
        try:
            return int(raw)
        except ValueError:
            raise FormError(f"{label or name}: must be a whole number") from None

    def ints(self, name: str) -> list[int]:
        try:
            return [int(v) for v in self.getlist(name)]
        except ValueError:
            raise FormError(f"{name}: must be ids") from None

    def flag(self, name: str) -> bool:
        return self.get(name).lower() in ("on", "true", "1", "yes")


async def read_form(request: Request) -> Form:
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise FormError("the form is too large")
    if not body:
        return Form([])
    try:
        text = body.decode("utf-8")
        pairs = parse_qsl(text, keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except (UnicodeDecodeError, ValueError):
        raise FormError("the form could not be read") from None
    return Form(pairs)


def describe(exc: ValidationError) -> str:
    """The first validation problem as `field: message`."""
    first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid input"}
    where = ".".join(str(p) for p in first["loc"]) or "form"
    message = str(first["msg"]).removeprefix("Value error, ")
    limits = first.get("ctx") or {}
    kind = first.get("type")
    if isinstance(first.get("input"), str) and kind in ("too_short", "string_too_short"):
        message = f"must be at least {limits.get('min_length')} characters"
    elif isinstance(first.get("input"), str) and kind in ("too_long", "string_too_long"):
        message = f"must be at most {limits.get('max_length')} characters"
    return f"{where}: {message}"
