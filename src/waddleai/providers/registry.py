"""Builds provider objects from configuration: one module per family, chosen by `kind`."""

from __future__ import annotations

from waddleai.config.settings import ProviderConfig, Settings
from waddleai.providers.anthropic import AnthropicProvider
from waddleai.providers.base import Provider
from waddleai.providers.demo import DemoProvider
from waddleai.providers.openai_compat import (
    AzureOpenAIProvider,
    OllamaProvider,
    OpenAICompatibleProvider,
)

_FAMILIES: dict[str, type[Provider]] = {
    "openai": OpenAICompatibleProvider,
    "azure": AzureOpenAIProvider,
    "anthropic": AnthropicProvider,
    "ollama": OllamaProvider,
}


def build_provider(config: ProviderConfig, settings: Settings) -> Provider:
    if config.kind == "demo":
        return DemoProvider()
    family = _FAMILIES[config.kind]
    return family(config, timeout=settings.request_timeout, custom_headers=settings.custom_headers)


def build_providers(
    settings: Settings, extra: list[ProviderConfig] | None = None
) -> list[Provider]:
    """All enabled providers; the demo provider only when nothing real is configured."""
    configs = [p for p in [*settings.providers, *(extra or [])] if p.enabled]
    if not configs:
        return [DemoProvider()]
    return [build_provider(c, settings) for c in configs]
