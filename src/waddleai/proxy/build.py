"""Assembles a ProxyRuntime from Settings: providers, resolver, catalog, key checks."""

from __future__ import annotations

from waddleai.auth.principal import KeyAuthenticator
from waddleai.auth.static import StaticKeyAuthenticator
from waddleai.config.settings import Settings
from waddleai.observability.logs import log_usage
from waddleai.observability.metrics import IN_FLIGHT, observe_usage
from waddleai.providers.registry import build_providers
from waddleai.proxy.runtime import ProxyRuntime
from waddleai.routing.catalog import ModelCatalog
from waddleai.routing.resolver import ModelResolver


def build_runtime(
    settings: Settings, authenticator: KeyAuthenticator | None = None
) -> ProxyRuntime:
    providers = build_providers(settings)
    runtime = ProxyRuntime(
        settings=settings,
        resolver=ModelResolver(settings, providers),
        catalog=ModelCatalog(settings.models, settings.max_tokens_limit),
        authenticator=authenticator or StaticKeyAuthenticator(settings.api_keys),
    )
    runtime.usage_sinks += [observe_usage, log_usage]
    IN_FLIGHT.set_function(lambda: runtime.in_flight)
    return runtime
