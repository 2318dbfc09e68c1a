"""What is removed from a turn before it is stored.

Secrets (configured provider keys, credential-looking strings) are always masked, with
core/redact.py. PII redaction belongs to the security concern (src/waddleai/security/):
when it offers a text redactor, call it from `redact` here - the one hook memory uses.
"""

from __future__ import annotations

from waddleai.core.redact import scrub_secrets


def redact(text: str) -> str:
    return scrub_secrets(text)
