"""Secrets never reach the terminal in full."""

from __future__ import annotations

SECRET_HINTS = ("key", "secret", "password", "token", "authorization")


def mask(value: str | None) -> str:
    if not value:
        return ""
    if len(value) <= 8:
        return "****"
    return f"{value[:4]}…{value[-2:]}"


def is_secret(name: str) -> bool:
    lowered = name.lower()
    return any(hint in lowered for hint in SECRET_HINTS)


def masked_value(name: str, value: object) -> str:
    text = "" if value is None else str(value)
    if is_secret(name):
        return mask(text)
    if "://" in text and "@" in text:  # credentials inside URLs (DATABASE_URL, REDIS_URL)
        scheme, rest = text.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}:****@{host}"
    return text
