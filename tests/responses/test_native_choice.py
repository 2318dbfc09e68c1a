"""Which providers get /v1/responses passed through, and which translated."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from waddleai.config.settings import ProviderConfig
from waddleai.providers.anthropic import AnthropicProvider
from waddleai.providers.openai_compat import OpenAICompatibleProvider


def provider(cls, **config):
    return cls(ProviderConfig(**config), timeout=5, custom_headers={})


@pytest.mark.parametrize(
    ("config", "native"),
    [
        ({"endpoint": "https://api.openai.com/v1"}, True),  # OpenAI itself: native by default
        ({"endpoint": "https://api.cerebras.ai/v1"}, False),  # a chat-only compatible URL
        ({"endpoint": "http://vllm:8000/v1", "responses_api": True}, True),
        ({"endpoint": "https://api.openai.com/v1", "responses_api": False}, False),
    ],
)
def test_openai_compatible(config, native):
    assert (
        provider(OpenAICompatibleProvider, name="p", kind="openai", **config).native_responses
        is native
    )


def test_anthropic_is_always_translated_and_cannot_be_marked_native():
    assert provider(AnthropicProvider, name="c", kind="anthropic").native_responses is False
    with pytest.raises(ValidationError, match="responses_api"):
        ProviderConfig(name="c", kind="anthropic", responses_api=True)
