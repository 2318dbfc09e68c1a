"""What the Anthropic-API test modules share: model names, a prompt, the SDK client."""

from __future__ import annotations

import anthropic

from tests.conftest import CLIENT_KEY

# Translated: the sonnet tier maps to gpt-4o on the OpenAI-format provider `mock`.
SONNET = "claude-sonnet-4-20250514"
# Passed through: forced onto the Anthropic-format provider `mockant`.
PASSTHROUGH = "mockant:claude-sonnet-4-20250514"
USER_HI = [{"role": "user", "content": "hi"}]


def anthropic_client(base_url: str, **options: object) -> anthropic.Anthropic:
    """The official SDK on the gateway, without retries so every failure is seen."""
    options.setdefault("api_key", CLIENT_KEY)
    return anthropic.Anthropic(base_url=base_url, max_retries=0, **options)  # type: ignore[arg-type]
