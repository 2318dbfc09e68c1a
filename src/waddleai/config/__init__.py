"""Typed, layered configuration (defaults < YAML < .env < environment)."""

from waddleai.config.loader import ConfigError, load_settings
from waddleai.config.settings import ModelLimits, ProviderConfig, Settings, UpstreamKey

__all__ = [
    "ConfigError",
    "ModelLimits",
    "ProviderConfig",
    "Settings",
    "UpstreamKey",
    "load_settings",
]
