"""Keeping credentials out of every answer and log line.

Two nets: configured secrets by value (a provider key of any shape), and anything that
looks like a credential by pattern (keys of well-known shapes, Bearer tokens).
"""

from __future__ import annotations

import re

_SECRET_PATTERNS = re.compile(
    r"(sk-[A-Za-z0-9_\-*]{6,}|sk-ant-[A-Za-z0-9_\-*]{6,}|wa-[A-Za-z0-9_\-]{6,}|"
    r"Bearer\s+[A-Za-z0-9_\-.=*]{6,}|api[-_]?key[=:]\s*[A-Za-z0-9_\-*]{6,})",
    re.IGNORECASE,
)


_KNOWN_SECRETS: set[str] = set()
_known_pattern: re.Pattern[str] | None = None
_MIN_SECRET = 6  # shorter values would mask ordinary words


def remember_secrets(values: tuple[str, ...] | list[str]) -> None:
    """Configured credentials, masked by value wherever an upstream echoes them.

    Patterns only catch keys that look like OpenAI's or ours; a provider's key of any
    other shape (a UUID, a hex token) must never reach a client or a log either.
    """
    global _known_pattern
    fresh = {v for v in values if isinstance(v, str) and len(v) >= _MIN_SECRET} - _KNOWN_SECRETS
    if not fresh:
        return
    _KNOWN_SECRETS.update(fresh)
    ordered = sorted(_KNOWN_SECRETS, key=len, reverse=True)  # longest first: no partial masks
    _known_pattern = re.compile("|".join(re.escape(v) for v in ordered))


def scrub_secrets(text: str, extra: tuple[str, ...] = ()) -> str:
    """Mask configured secrets (by value) and credential-looking strings (by pattern)."""
    for secret in extra:
        if secret:
            text = text.replace(secret, "***")
    if _known_pattern is not None:
        text = _known_pattern.sub("***", text)
    return _SECRET_PATTERNS.sub("***", text)
