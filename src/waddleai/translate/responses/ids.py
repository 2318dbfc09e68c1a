"""Ids in the shapes the Responses API uses (``resp_``, ``msg_``, ``fc_``, ``call_``...)."""

from __future__ import annotations

import secrets


def new_id(prefix: str) -> str:
    """``<prefix>_<48 hex>``: the length OpenAI's own ids have, unguessable."""
    return f"{prefix}_{secrets.token_hex(24)}"


def response_id() -> str:
    """A fresh response id; also the key of the stored response."""
    return new_id("resp")


def is_response_id(value: object) -> bool:
    """Whether ``value`` looks like a response id (bounded: ids are short)."""
    return isinstance(value, str) and value.startswith("resp_") and 5 < len(value) <= 128
